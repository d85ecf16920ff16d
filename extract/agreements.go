package extract

import (
	"sort"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// agreementTrigger is a word that states an agreement, and the status it
// gives. Nouns take their object after "to", "on", "of" or "for"; verbs
// directly or after "to".
type agreementTrigger struct {
	status model.AgreementStatus
	noun   bool
}

var agreementTriggers = map[string]agreementTrigger{
	"agreed": {model.StatusAgreed, false}, "agree": {model.StatusAgreed, false}, "agrees": {model.StatusAgreed, false},
	"agreement": {model.StatusAgreed, true}, "deal": {model.StatusAgreed, true}, "accord": {model.StatusAgreed, true},
	"consensus": {model.StatusAgreed, true}, "understanding": {model.StatusAgreed, true},
	"reaffirmed": {model.StatusReaffirmed, false}, "reaffirm": {model.StatusReaffirmed, false}, "reaffirms": {model.StatusReaffirmed, false},
	"reiterated": {model.StatusReaffirmed, false}, "reasserted": {model.StatusReaffirmed, false},
	"committed": {model.StatusCommitted, false}, "commitment": {model.StatusCommitted, true}, "pledged": {model.StatusCommitted, false},
	"pledge": {model.StatusCommitted, true}, "vowed": {model.StatusCommitted, false},
	"signed": {model.StatusSigned, false}, "sign": {model.StatusSigned, false}, "signs": {model.StatusSigned, false}, "signing": {model.StatusSigned, true},
	"ratified": {model.StatusSigned, false},
	"rejected": {model.StatusRejected, false}, "reject": {model.StatusRejected, false}, "rejects": {model.StatusRejected, false},
	"rejection": {model.StatusRejected, true}, "refused": {model.StatusRejected, false}, "dismissed": {model.StatusRejected, false},
	"proposed": {model.StatusProposed, false}, "propose": {model.StatusProposed, false}, "proposes": {model.StatusProposed, false},
	"proposal": {model.StatusProposed, true}, "offered": {model.StatusProposed, false},
}

// renewalWords before a commitment or agreement make it a reaffirmation.
var renewalWords = map[string]bool{"renewed": true, "reaffirmed": true, "reiterated": true}

// agreementNouns end a named agreement: "the 1974 disengagement agreement".
var agreementNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true, "pact": true,
	"deal": true, "ceasefire": true, "truce": true, "protocol": true, "convention": true, "memorandum": true,
}

// agreementTypes classify an agreement by words of its subject; the first
// rule that matches wins, so the specific come before the general.
var agreementTypes = []struct {
	typ   model.AgreementType
	words []string
}{
	{model.AgreementCeasefire, []string{"ceasefire", "cease-fire", "truce", "armistice", "hostilities"}},
	{model.AgreementHumanitarianAid, []string{"aid", "humanitarian", "relief", "food", "medical", "refugee", "evacuat"}},
	{model.AgreementDeEscalation, []string{"escalat", "tension", "de-escalat", "restraint"}},
	{model.AgreementSecurity, []string{"security", "disengagement", "military", "troops", "border", "defence", "defense", "weapons", "incursion"}},
	{model.AgreementTerritorial, []string{"territorial", "sovereignty", "partition", "annex", "integrity"}},
	{model.AgreementTrade, []string{"trade", "tariff", "export", "import", "customs", "investment", "market"}},
	{model.AgreementLegal, []string{"court", "settlement", "plea", "lawsuit", "charges", "appeal", "conviction", "verdict", "ruling", "sentence"}},
	{model.AgreementAcquisition, []string{"buy ", "acquire", "acquisition", "merger", "takeover", "stake", "purchase"}},
	{model.AgreementContract, []string{"contract", "memorandum", "licence", "license", "sponsorship"}},
	{model.AgreementEconomic, []string{"debt", "loan", "budget", "tax", "economic", "price", "wage"}},
	{model.AgreementEnergy, []string{"oil", "gas", "energy", "pipeline", "nuclear", "climate", "emission"}},
	{model.AgreementDiplomatic, []string{"diplomatic", "relations", "embassy", "normaliz", "normalis", "dialogue", "talks", "peace"}},
}

// findAgreements finds every statement that something was agreed,
// reaffirmed, committed to, signed, rejected or proposed.
func (e *Extractor) findAgreements(doc *text.Document, ents entities, dates []model.Date, bodyStart int) []model.Agreement {
	var out []model.Agreement
	for _, s := range doc.Sentences {
		// Only this sentence's mentions and dates matter; slicing them out
		// once keeps the work linear in the article's length.
		sentEnts := ents
		sentEnts.mentions = inRange(ents.mentions, s.Start, s.End, func(m ner.Mention) int { return m.Start })
		sentDates := inRange(dates, s.Start, s.End, func(d model.Date) int { return d.Start })
		consumed := s.First // tokens before this belong to earlier subjects
		for i := s.First; i < s.Last; i++ {
			t := doc.Tokens[i]
			trig, ok := agreementTriggers[strings.ToLower(t.Text)]
			if !ok || !e.triggerFits(doc, i, trig) {
				continue
			}
			// A noun trigger inside a named agreement ("the 1974
			// disengagement agreement") is the name, not a statement.
			if trig.noun && i > s.First && isNamedAgreementHead(doc, i) {
				continue
			}
			a := model.Agreement{
				Status:   trig.status,
				Trigger:  span(doc, t.Start, t.End),
				Evidence: span(doc, s.Start, s.End),
			}
			if i > s.First && renewalWords[strings.ToLower(doc.Tokens[i-1].Text)] {
				a.Status = model.StatusReaffirmed
			}
			subjFirst, subjLast := subjectRange(doc, s, i, trig, sentDates)
			if subjFirst >= subjLast {
				continue
			}
			a.Subject = doc.Text[doc.Tokens[subjFirst].Start:doc.Tokens[subjLast-1].End]
			a.Name = namedAgreement(doc, subjFirst, subjLast)
			a.Type = classifyAgreement(strings.ToLower(a.Subject + " " + a.Name))
			a.Parties = e.partiesBefore(doc, sentEnts, s, i, consumed, bodyStart)
			if len(a.Parties) == 0 && len(out) > 0 && consumed > s.First {
				a.Parties = out[len(out)-1].Parties // "X reaffirmed A and a rejection of B": same parties
			}
			a.Date = clauseDate(doc, sentDates, s, i)
			out = append(out, a)
			i = subjLast - 1 // the subject is consumed; "and a rejection of" after it starts anew
			consumed = subjLast
		}
	}
	return out
}

// triggerFits filters trigger words used in other senses: "agreed" as an
// adjective before a noun is fine, "sign" as a noun ("a sign of") is not.
func (e *Extractor) triggerFits(doc *text.Document, i int, trig agreementTrigger) bool {
	t := doc.Tokens[i]
	low := strings.ToLower(t.Text)
	next := ""
	if i+1 < len(doc.Tokens) {
		next = strings.ToLower(doc.Tokens[i+1].Text)
	}
	switch low {
	case "sign", "signs":
		return strings.HasPrefix(t.POS, "VB")
	case "deal", "understanding", "accord":
		return strings.HasPrefix(t.POS, "NN") && (next == "to" || next == "on" || next == "with" || next == "for")
	case "offered":
		return next != "by"
	case "committed":
		return next == "to"
	}
	if trig.noun {
		return strings.HasPrefix(t.POS, "NN") || t.POS == "VBG"
	}
	return true
}

// isNamedAgreementHead reports an agreement noun preceded by a year or a
// capitalized name: the head of a named agreement, not a statement.
func isNamedAgreementHead(doc *text.Document, i int) bool {
	s := doc.Sentences[doc.Tokens[i].Sent]
	k := i - 1
	for k >= s.First && (isYear(doc.Tokens[k].Text) || text.IsCapitalized(doc.Tokens[k].Text) && k > s.First || doc.Tokens[k].POS == "JJ" || doc.Tokens[k].POS == "NN") {
		if isYear(doc.Tokens[k].Text) || text.IsCapitalized(doc.Tokens[k].Text) {
			return agreementNouns[strings.ToLower(doc.Tokens[i].Text)]
		}
		k--
	}
	return false
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s[0] == '1' || s[0] == '2'
}

// subjectRange finds what the trigger at i says was agreed: its object,
// from after the linking preposition to the end of the clause.
func subjectRange(doc *text.Document, s text.Sentence, i int, trig agreementTrigger, dates []model.Date) (int, int) {
	first := i + 1
	// "agreed on Monday to ...": the date says when, not what.
	if end, ok := dateAfter(doc, first, s.Last, dates); ok {
		first = end
	}
	// Skip what links trigger and object: "agreement to", "commitment to",
	// "rejection of", "agreed on", "reaffirmed a strong commitment to".
	for first < s.Last {
		low := strings.ToLower(doc.Tokens[first].Text)
		// "agreed with the government to deliver ...": the partner is not
		// what was agreed.
		if low == "with" {
			if k := linkAfterPartner(doc, first+1, s.Last); k > 0 {
				first = k
				continue
			}
		}
		switch {
		case low == "to" || low == "on" || low == "of" || low == "for" || low == "upon" || low == "that":
			first++
			continue
		case !trig.noun && (doc.Tokens[first].POS == "DT" || doc.Tokens[first].POS == "JJ" || doc.Tokens[first].POS == "RB") &&
			first+1 < s.Last && isLinkedNounAhead(doc, first, s.Last):
			first++
			continue
		case !trig.noun && (low == "commitment" || low == "pledge" || low == "agreement"):
			first++
			continue
		}
		break
	}
	last := first
	depth := 0
	for last < s.Last {
		t := doc.Tokens[last]
		low := strings.ToLower(t.Text)
		if t.Text == "(" {
			depth++
		}
		if t.Text == ")" && depth > 0 {
			depth--
		}
		if depth == 0 && clauseEnds(doc, last, s.Last, low) {
			break
		}
		last++
	}
	// "rejected the proposal on Thursday": the date says when, not what.
	for _, d := range dates {
		if last > first && d.End == doc.Tokens[last-1].End && d.Start > doc.Tokens[first].Start {
			k := last - 1
			for k > first && doc.Tokens[k].Start >= d.Start {
				k--
			}
			if doc.Tokens[k].POS == "IN" && k > first {
				last = k
			} else if doc.Tokens[k].End <= d.Start {
				last = k + 1
			}
			break
		}
	}
	return first, last
}

// linkAfterPartner finds the "to", "on" or "that" ending a short partner
// phrase that starts at k, or returns -1.
func linkAfterPartner(doc *text.Document, k, end int) int {
	for j := k; j < end && j < k+8; j++ {
		switch strings.ToLower(doc.Tokens[j].Text) {
		case "to", "on", "that":
			return j
		case ",", ".", ";":
			return -1
		}
	}
	return -1
}

// dateAfter reports a temporal expression starting at token k, or at k+1
// after a preposition, and returns the token index just past it.
func dateAfter(doc *text.Document, k, end int, dates []model.Date) (int, bool) {
	for _, start := range []int{k, k + 1} {
		if start >= end || start > k && doc.Tokens[k].POS != "IN" {
			continue
		}
		for _, d := range dates {
			if d.Start == doc.Tokens[start].Start {
				j := start
				for j < end && doc.Tokens[j].End <= d.End {
					j++
				}
				return j, true
			}
		}
	}
	return k, false
}

// isLinkedNounAhead: "a strong commitment to ..." after a verb trigger,
// where the object is the commitment's own object.
func isLinkedNounAhead(doc *text.Document, k, end int) bool {
	for ; k < end && k < len(doc.Tokens); k++ {
		low := strings.ToLower(doc.Tokens[k].Text)
		if low == "commitment" || low == "pledge" || low == "agreement" {
			return true
		}
		p := doc.Tokens[k].POS
		if p != "DT" && p != "JJ" && p != "RB" {
			return false
		}
	}
	return false
}

// clauseEnds reports where a subject stops: sentence punctuation, a comma,
// quotation marks, or "and" followed by a new trigger.
func clauseEnds(doc *text.Document, k, end int, low string) bool {
	switch low {
	case ".", ",", ";", ":", "!", "?", "—", "–", "“", "”", "\"":
		return true
	case "and", "but", "while", "whereas":
		for j := k + 1; j < end && j <= k+4; j++ {
			if _, ok := agreementTriggers[strings.ToLower(doc.Tokens[j].Text)]; ok {
				return true
			}
		}
	}
	return false
}

// namedAgreement returns the named agreement inside a subject: a run ending
// in an agreement noun that holds a year or a capitalized word.
func namedAgreement(doc *text.Document, first, last int) string {
	for k := first; k < last; k++ {
		if !agreementNouns[strings.ToLower(doc.Tokens[k].Text)] || !isNamedAgreementHead(doc, k) {
			continue
		}
		start := k
		for start-1 >= first && (isYear(doc.Tokens[start-1].Text) || text.IsCapitalized(doc.Tokens[start-1].Text) ||
			doc.Tokens[start-1].POS == "JJ" || doc.Tokens[start-1].POS == "NN" || doc.Tokens[start-1].POS == "NNP") {
			start--
		}
		return doc.Text[doc.Tokens[start].Start:doc.Tokens[k].End]
	}
	return ""
}

func classifyAgreement(text string) model.AgreementType {
	for _, rule := range agreementTypes {
		for _, w := range rule.words {
			if strings.Contains(text, w) {
				return rule.typ
			}
		}
	}
	return model.AgreementOther
}

// partiesBefore names the people, countries and organizations that the
// sentence puts before the trigger. When a verb of saying stands between
// ("Rubio said that Washington and Kyiv had agreed"), the parties are those
// of the reported clause, if it names any. Sources ("according to X",
// "cited by X"), places of the action ("in Paris"), words that only qualify
// a title ("U.S." in "U.S. envoy X") and the dateline are left out.
func (e *Extractor) partiesBefore(doc *text.Document, ents entities, s text.Sentence, trig, from, bodyStart int) []string {
	if clause := reportedClauseStart(doc, from, trig); clause > from {
		if parties := e.partiesBetween(doc, ents, s, clause, trig, bodyStart); len(parties) > 0 {
			return parties
		}
	}
	return e.partiesBetween(doc, ents, s, from, trig, bodyStart)
}

func (e *Extractor) partiesBetween(doc *text.Document, ents entities, s text.Sentence, from, trig, bodyStart int) []string {
	var parties []string
	seen := map[string]bool{}
	for _, m := range ents.mentions {
		if m.First < from || m.Last > trig || m.Start < bodyStart {
			continue
		}
		if m.Label == ner.LabelMISC || isSourceOrPlace(doc, s, m) || e.qualifiesTitle(doc, m) {
			continue
		}
		name := ents.canonical[m.Start]
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		parties = append(parties, name)
	}
	return parties
}

// sayingWords introduce a reported clause.
var sayingWords = map[string]bool{
	"said": true, "says": true, "told": true, "stated": true, "announced": true, "added": true,
	"confirmed": true, "reported": true, "insisted": true, "noted": true, "claimed": true,
}

// reportedClauseStart returns the first token after the last verb of
// saying (and "that") before the trigger, or from when there is none.
func reportedClauseStart(doc *text.Document, from, trig int) int {
	for k := trig - 1; k >= from; k-- {
		if sayingWords[strings.ToLower(doc.Tokens[k].Text)] {
			k++
			if k < trig && strings.ToLower(doc.Tokens[k].Text) == "that" {
				k++
			}
			return k
		}
	}
	return from
}

// qualifiesTitle reports a mention followed by a title word: "U.S." in
// "U.S. envoy Thomas Barack" says who the envoy works for, and the envoy is
// the party.
func (e *Extractor) qualifiesTitle(doc *text.Document, m ner.Mention) bool {
	if m.Label == ner.LabelPER {
		return false
	}
	phrase := ""
	for k := m.Last; k < len(doc.Tokens) && k < m.Last+3; k++ {
		low := strings.ToLower(doc.Tokens[k].Text)
		if k == m.Last && e.lexicon.IsTitleModifier(low) {
			return true
		}
		if phrase != "" {
			phrase += " "
		}
		phrase += low
		if e.lexicon.IsTitle(phrase) {
			return true
		}
	}
	return false
}

// isSourceOrPlace reports a mention that gives the source of the report
// ("according to X", "cited by X", "X told") or the place of the action
// ("in Paris", "at the White House").
func isSourceOrPlace(doc *text.Document, s text.Sentence, m ner.Mention) bool {
	// "LONDON - A court ruled": a dateline's place, whatever its date.
	if m.First == s.First && m.Last < s.Last {
		switch doc.Tokens[m.Last].Text {
		case "-", "—", "–", "--":
			return true
		}
	}
	for k := m.First - 1; k >= s.First && k >= m.First-3; k-- {
		switch strings.ToLower(doc.Tokens[k].Text) {
		case "according", "by", "cited", "in", "at", "from":
			return true
		case ",", ".", "and", "that":
			return false
		}
	}
	return false
}

// inRange returns the items of a slice sorted by start offset whose start
// lies in [start, end).
func inRange[T any](items []T, start, end int, startOf func(T) int) []T {
	lo := sort.Search(len(items), func(i int) bool { return startOf(items[i]) >= start })
	hi := sort.Search(len(items), func(i int) bool { return startOf(items[i]) >= end })
	return items[lo:hi]
}

// clauseDate returns the first date or time of the sentence that is not
// inside a relative clause the trigger at token trig is outside of: in
// "X, who joined two years ago, signed a contract on Friday", Friday.
// Durations and sets say how long or how often, not when.
func clauseDate(doc *text.Document, dates []model.Date, s text.Sentence, trig int) *model.Date {
	asides := relativeClauses(doc, s)
	for i := range dates {
		d := dates[i]
		if d.Start < s.Start || d.End > s.End || d.Type != model.TimexDate && d.Type != model.TimexTime {
			continue
		}
		if aside, ok := enclosing(asides, d.Start); ok && !(aside[0] <= doc.Tokens[trig].Start && doc.Tokens[trig].Start < aside[1]) {
			continue
		}
		return &d
	}
	return nil
}

// relativeClauses returns the byte ranges of the sentence's comma-bounded
// relative clauses: ", who joined two years ago,".
func relativeClauses(doc *text.Document, s text.Sentence) [][2]int {
	var out [][2]int
	for k := s.First; k+1 < s.Last; k++ {
		if doc.Tokens[k].Text != "," || !relativePronouns[strings.ToLower(doc.Tokens[k+1].Text)] {
			continue
		}
		end := k + 1
		for end < s.Last && doc.Tokens[end].Text != "," {
			end++
		}
		if end < s.Last {
			out = append(out, [2]int{doc.Tokens[k].Start, doc.Tokens[end].End})
			k = end - 1
		}
	}
	return out
}

// relativePronouns open a relative clause after a comma.
var relativePronouns = map[string]bool{"who": true, "which": true, "whose": true, "whom": true, "where": true, "when": true}

// enclosing returns the range holding offset off.
func enclosing(ranges [][2]int, off int) ([2]int, bool) {
	for _, r := range ranges {
		if r[0] <= off && off < r[1] {
			return r, true
		}
	}
	return [2]int{}, false
}
