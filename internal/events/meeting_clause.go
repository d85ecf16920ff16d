package events

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// meetingClause is what the clause of a trigger says about its meeting.
type meetingClause struct {
	participants []model.Party
	place        *model.Ref
	date         *model.Date
	mediator     *model.Party
	from         int  // first token of the subject, or of the noun phrase
	end          int  // one past the last token the clause was read to
	used         int  // one past the last token that gave a field
	after        int  // participants named after the trigger
	unnamed      bool // "his counterpart": someone met is not named
	dateFrom     int  // first token a date of the clause may start at
	named        int  // one past the last token that gave a name
}

// scanMode is the role the next name after a trigger plays.
type scanMode int

const (
	modeNone scanMode = iota
	modeParty
	modePlace
	modeMediator
	modeTarget // "talks to acquire X", "talks about buying X": X is the other side
)

// maxMeetingWindow bounds the tokens read after a trigger.
const maxMeetingWindow = 30

// scanClause reads the participants before and after the trigger at i,
// and the place, date and mediator around it.
func (r *meetingReader) scanClause(s text.Sentence, i int, verb bool, low string) meetingClause {
	cl := meetingClause{from: i, end: i + 1, used: i + 1, dateFrom: -1}
	r.readBefore(&cl, s, i, verb)
	r.readAfter(&cl, s, i, verb, low)
	if cl.dateFrom < 0 || cl.dateFrom > cl.from {
		cl.dateFrom = cl.from
	}
	cl.named = cl.used
	cl.date = r.meetingDate(s, cl.dateFrom, cl.end, i)
	if cl.date != nil {
		if e := r.tokenEndingAt(s, cl.date.End); e+1 > cl.used && e < cl.end {
			cl.used = e + 1
		}
	}
	return cl
}

// readBefore reads the noun phrase of a meeting noun ("Franco-German
// talks", "the NATO summit") and the subject of its clause when the
// subject takes part ("A met", "A held talks"), and a place the subject
// went to ("X arrived in Rome ... for talks").
func (r *meetingReader) readBefore(cl *meetingClause, s text.Sentence, i int, verb bool) {
	npFirst := i
	if !verb {
		npFirst = r.nounPhraseStart(s, i)
		cl.from = npFirst
		r.readNounPhrase(cl, npFirst, i)
		if p, _, ok := r.pronounParty(s, npFirst, i); ok && len(cl.participants) == 0 {
			cl.participants = []model.Party{p} // "its negotiations"
		}
	}
	from := max(r.subjectStart(s, npFirst), r.firstBodyToken(s))
	if !verb && r.readMediatorSubject(cl, s, from, npFirst) {
		return // "X was an intermediary in the talks"
	}
	if verb || r.takesSubject(s, npFirst) {
		cl.dateFrom = from // "met in Oslo on Friday for talks"
		if subj := r.partiesIn(from, npFirst, false); len(subj) > 0 {
			cl.participants = addParties(subj, cl.participants)
			cl.from = r.titledStart(s, firstMentionFrom(r.in.Mentions, from))
		} else if p, k, ok := r.pronounParty(s, from, npFirst); ok {
			cl.participants = addParties([]model.Party{p}, cl.participants)
			cl.from = k
		}
	}
	// "X said after a meeting with Y", "X told visiting Y".
	if len(cl.participants) == 0 || !verb {
		r.readAttending(cl, s, npFirst)
	}
	for _, m := range mentionsIn(r.in.Mentions, from, npFirst) {
		if cl.place != nil || m.First < from || m.Last > npFirst || m.Label != ner.LabelLOC || m.First == 0 {
			continue
		}
		if w := r.in.Doc.Lower(m.First - 1); w == "in" || w == "at" || w == "to" {
			if ref, ok := r.in.Refs.At(m.Start); ok && m.Start >= r.in.BodyStart {
				cl.place = &ref
			}
		}
	}
}

// readNounPhrase reads the names inside a meeting noun's phrase: places
// say where ("the EU Lisbon summit"), other names who ("Franco-German
// talks", "the Senate meeting").
func (r *meetingReader) readNounPhrase(cl *meetingClause, first, i int) {
	for _, m := range mentionsIn(r.in.Mentions, first, i) {
		if m.First < first || m.Last > i || m.Start < r.in.BodyStart {
			continue
		}
		ref, ok := r.in.Refs.At(m.Start)
		if !ok {
			continue
		}
		if r.mediatedBy(m) {
			p := r.party(m, ref)
			cl.mediator = &p // "UN-mediated talks"
			continue
		}
		if m.Label == ner.LabelLOC && !strings.Contains(r.in.Doc.Text[m.Start:m.End], "-") {
			if cl.place == nil {
				cl.place = &ref
			}
			continue
		}
		cl.participants = addParties(cl.participants, []model.Party{r.party(m, ref)})
	}
}

// predicateBefore reports a verb, or an adjective after a form of "be",
// right before the "to" at token k: "to" is then the predicate's own
// complement ("was unrelated to X", "used to"), not a visit's goal. An
// adjective of the visit itself stays ("his first to France").
func predicateBefore(doc *text.Document, k int) bool {
	prev := doc.Tokens[k-1]
	if strings.HasPrefix(prev.POS(), "VB") {
		return true
	}
	if !strings.HasPrefix(prev.POS(), "JJ") || k < 2 {
		return false
	}
	switch doc.Lower(k - 2) {
	case "is", "was", "are", "were", "be", "been", "being", "'s", "’s":
		return true
	}
	return false
}

// readAfter reads the names after the trigger to the end of its clause:
// parties after a verb or "with", "between"; places after "in", "at";
// mediators after "mediated by".
func (r *meetingReader) readAfter(cl *meetingClause, s text.Sentence, i int, verb bool, low string) {
	doc := r.in.Doc
	mode := modeNone
	if verb {
		mode = modeParty
	}
	k := i + 1
	if !verb {
		k = r.skipVerbGroup(s, k) // "talks will resume", "discussions were taking place"
	}
	atComma := *cl // the clause as it stood at its last comma
	for ; k < s.Last && k < i+maxMeetingWindow; k++ {
		w := doc.Lower(k)
		if r.f.vocab.sayingWords[w] && atComma.used > i {
			*cl = atComma // ", the ministry said": the names since the comma are the source
			break
		}
		if r.clauseStops(s, k, w) || r.mv.nouns[w] && k > i+1 && strings.HasPrefix(doc.Tokens[k].POS(), "NN") && !r.forMeeting(k) ||
			r.mv.subordinators[w] && r.finiteVerbWithin(s, k+1, 6) {
			break // another meeting noun, another clause
		}
		if w == "," {
			atComma = *cl
			atComma.participants = slices.Clone(cl.participants)
		}
		m, isName := mentionStarting(r.in.Mentions, k)
		if !isName {
			mode = r.nextMode(k, w, mode) // "Near Harbour Ltd" starts no place
		}
		if w == "to" && strings.HasPrefix(low, "visit") && !predicateBefore(doc, k) {
			mode = modePlace // "a visit to Chile", not "the visit was linked to X"
		}
		if mode == modeParty && (r.mv.counterparts[w] || verb && r.isTitleWord(w)) {
			cl.after++ // "met his Russian counterpart", "met three deputy ministers"
			cl.unnamed = true
			cl.used = k + 1
		}
		if isName {
			if r.assign(cl, m, mode, verb && strings.HasPrefix(low, "visit")) {
				cl.used = m.Last
			}
			k = m.Last - 1
		}
	}
	cl.end = k
}

// skipVerbGroup skips the verbs after a meeting noun that keep its clause
// going: "will resume", "were taking place".
func (r *meetingReader) skipVerbGroup(s text.Sentence, k int) int {
	for k < s.Last && r.mv.afterVerbs[r.in.Doc.Lower(k)] {
		k++
	}
	return k
}

// isTitleWord reports a title or its plural: "ministers", "president".
func (r *meetingReader) isTitleWord(w string) bool {
	return r.f.lex.IsTitle(w) || strings.HasSuffix(w, "s") && r.f.lex.IsTitle(strings.TrimSuffix(w, "s"))
}

// nextMode returns the role of the names after the word at k.
func (r *meetingReader) nextMode(k int, w string, mode scanMode) scanMode {
	doc := r.in.Doc
	switch w {
	case "between", "with", "among", "together", "counterpart", "counterparts":
		return modeParty
	case "in", "at", "near", "inside":
		return modePlace
	case "by":
		if k > 0 && r.mv.mediation[doc.Lower(k-1)] {
			return modeMediator
		}
		return modeNone
	case "and", ",", "of", "the", "his", "her", "their", "its":
		return mode
	case "to":
		if k > 0 && r.isTitleWord(doc.Lower(k-1)) {
			return mode // "the special envoy to Sudan, X": the title goes on
		}
	case "for":
		if k+1 < len(doc.Tokens) && text.IsCapitalized(doc.Tokens[k+1].Text) {
			return mode // "Minister for Foreign Trade X": the title goes on
		}
	}
	if (w == "to" || w == "about" || w == "over" || w == "on") && k+1 < len(doc.Tokens) &&
		(doc.Tokens[k+1].POS() == "VB" || doc.Tokens[k+1].POS() == "VBG") {
		return modeTarget
	}
	if p := doc.Tokens[k].POS(); p == "IN" || p == "TO" {
		return modeNone
	}
	return mode
}

// clauseStops reports the end of the trigger's clause: a semicolon, a
// dash, a verb of saying, a relative pronoun after a comma, or a finite
// verb ("The talks, mediated by X, focused on ...").
func (r *meetingReader) clauseStops(s text.Sentence, k int, w string) bool {
	doc := r.in.Doc
	switch w {
	case ";", ":", "--", "—", "(", "\"", "“", "”":
		return true
	}
	if r.f.vocab.sayingWords[w] {
		return true
	}
	if w == "and" && k+1 < s.Last && strings.HasPrefix(doc.Tokens[k+1].POS(), "VB") && doc.Tokens[k+1].POS() != "VBG" && !r.nameWithin(k+1, 3) {
		return true // "to meet X and discuss Y": another verb; not "and union chief X"
	}
	if k > s.First && doc.Tokens[k-1].Text == "," && r.f.vocab.relativePronouns[w] {
		return true
	}
	pos := doc.Tokens[k].POS()
	if !strings.HasPrefix(pos, "VB") && pos != "MD" || r.mv.verbs[w].isSet() || r.mv.mediation[w] {
		return false
	}
	if doc.Tokens[k-1].Text == "," && pos != "VBG" {
		return true // "The talks, mediated by X, focused on": the aside is over
	}
	if k+1 < s.Last && doc.Tokens[k+1].POS() == "IN" && (pos == "VBN" || pos == "VBD") && r.mv.nouns[doc.Lower(k-1)] &&
		(r.mv.holding[w] || r.mv.statusWords[w] != "") {
		return false // "a meeting held in Quorby", "talks scheduled for May"; not "talks meant to"
	}
	return pos == "VBD" || pos == "VBZ" || pos == "VBP" || pos == "MD"
}

func (f verbForm) isSet() bool { return f != "" }

// assign gives the mention m the role mode says, and reports whether
// it took one.
func (r *meetingReader) assign(cl *meetingClause, m ner.Mention, mode scanMode, visit bool) bool {
	ref, ok := r.in.Refs.At(m.Start)
	if !ok || r.f.qualifiesTitle(r.in.Doc, m) || r.inTitle(m) {
		return false // "U.S. envoy X", "the envoy to Sudan, X": X is the one
	}
	took := true
	switch {
	case mode == modeMediator && cl.mediator == nil:
		cl.mediator = &model.Party{Ref: ref, Representatives: []model.Ref{}} // the envoy mediates, not the country
	case mode == modePlace && m.Label == ner.LabelLOC:
		if cl.place == nil {
			cl.place = &ref
		}
	case mode == modeTarget && m.Label == ner.LabelORG && len(cl.participants) > 0:
		cl.participants = addParties(cl.participants, []model.Party{r.party(m, ref)})
	case mode == modePlace && m.Label == ner.LabelORG:
		// "talks at the Council of Growers": the body meets
		cl.participants = addParties(cl.participants, []model.Party{r.party(m, ref)})
		cl.after++
	case mode == modeParty && visit && m.Label == ner.LabelLOC && cl.place == nil:
		cl.place = &ref // "will visit Quito": where, not whom
	case mode == modeParty && m.Label != ner.LabelMISC:
		cl.participants = addParties(cl.participants, []model.Party{r.party(m, ref)})
		cl.after++
	default:
		took = false
	}
	return took
}

// takesSubject reports a meeting noun that is the object of a verb or of
// "in" ("held talks", "are in talks", "began a new round of talks"): its
// clause's subject takes part.
func (r *meetingReader) takesSubject(s text.Sentence, npFirst int) bool {
	doc := r.in.Doc
	// "X flew in for talks": the subject came to meet.
	if npFirst-1 >= s.First && strings.EqualFold(doc.Tokens[npFirst-1].Text, "for") {
		return true
	}
	// "X reached Lima late on Monday for a visit": over the
	// prepositional phrases between the verb and the noun.
	for k := npFirst - 1; k >= s.First && k >= npFirst-8; k-- {
		t := doc.Tokens[k]
		w := doc.Lower(k)
		switch {
		case r.mv.holding[w]:
			return true
		case t.POS() == "IN" || t.POS() == "DT" || t.POS() == "CD" || t.POS() == "TO" ||
			strings.HasPrefix(t.POS(), "JJ") || strings.HasPrefix(t.POS(), "NN"):
			continue
		}
		return false
	}
	return false
}

// subjectStart returns where the clause before token i starts: after a
// verb of saying, a semicolon or "that", at most 20 tokens back.
func (r *meetingReader) subjectStart(s text.Sentence, i int) int {
	doc := r.in.Doc
	start := max(s.First, i-20, r.floor)
	for k := i - 1; k >= start; k-- {
		w := doc.Lower(k)
		if w == ";" || w == ":" || w == "--" || w == "that" || r.f.vocab.sayingWords[w] {
			start = k + 1
			break
		}
	}
	// "Before the envoy reaches Quito, Y will visit": the opening adverbial
	// is not the subject.
	if start < i && r.mv.openers[doc.Lower(start)] {
		for k := start; k < i; k++ {
			if doc.Tokens[k].Text == "," {
				return k + 1
			}
		}
	}
	return start
}

// nounPhraseStart returns the first token of the noun phrase a meeting
// noun heads: its determiner, adjectives and modifiers.
func (r *meetingReader) nounPhraseStart(s text.Sentence, i int) int {
	doc := r.in.Doc
	k := i
	for k-1 >= s.First && k > i-6 {
		t := doc.Tokens[k-1]
		switch {
		case t.POS() == "DT" || t.POS() == "PRP$" || t.POS() == "POS" || t.POS() == "CD" ||
			strings.HasPrefix(t.POS(), "JJ") || strings.HasPrefix(t.POS(), "NN") || t.Text == "of":
			k--
		default:
			return k
		}
		if t.POS() == "DT" || t.POS() == "PRP$" {
			return k
		}
	}
	return k
}

// mediatedBy reports a name joined to a mediation word: "UN-mediated".
func (r *meetingReader) mediatedBy(m ner.Mention) bool {
	name := strings.ToLower(r.in.Doc.Text[m.Start:m.End])
	if k := strings.LastIndexByte(name, '-'); k >= 0 && r.mv.mediation[name[k+1:]] {
		return true
	}
	return false
}

// forMeeting reports a meeting noun after "for" ("visit Quito for talks
// with X", "met for talks"): the purpose of the same meeting.
func (r *meetingReader) forMeeting(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch r.in.Doc.Lower(j) {
		case "for":
			return true
		case ",", ";", "and":
			return false
		}
	}
	return false
}

// maxAntecedents bounds how many names back a pronoun is resolved.
const maxAntecedents = 30

// pronounParty resolves a subject pronoun in tokens [from, to) ("He met
// X", "it is holding talks") to the latest name before it of the label
// the pronoun stands for, and returns that party and the pronoun's token.
func (r *meetingReader) pronounParty(s text.Sentence, from, to int) (model.Party, int, bool) {
	doc := r.in.Doc
	for k := to - 1; k >= from; k-- {
		t := doc.Tokens[k]
		low := doc.Lower(k)
		label, ok := r.mv.pronouns[low]
		if !ok || t.POS() != "PRP" && t.POS() != "PRP$" && !(strings.HasPrefix(t.POS(), "NN") && r.definiteBefore(s, k)) {
			continue
		}
		at := doc.Tokens[k].Start
		hi := sort.Search(len(r.all), func(j int) bool { return r.all[j].Start >= at })
		for j := hi - 1; j >= 0 && j >= hi-maxAntecedents; j-- {
			m := r.all[j]
			if m.Label != label {
				continue
			}
			if ref, ok := r.in.Refs.At(m.Start); ok {
				return model.Party{Ref: ref, Representatives: []model.Ref{}}, k, true
			}
		}
		return model.Party{}, 0, false
	}
	return model.Party{}, 0, false
}

// nameWithin reports a name starting within n tokens from token k.
func (r *meetingReader) nameWithin(k, n int) bool {
	return len(mentionsIn(r.in.Mentions, k, k+n)) > 0
}

// firstVerb returns the index of the first verb in tokens [from, to), or
// to: the sentence's subject comes before it.
func (r *meetingReader) firstVerb(s text.Sentence, from, to int) int {
	for k := max(from, s.First); k < to; k++ {
		if strings.HasPrefix(r.in.Doc.Tokens[k].POS(), "VB") || r.in.Doc.Tokens[k].POS() == "MD" {
			return k
		}
	}
	return to
}

// definiteBefore reports "the" at most three tokens before token k, with
// only modifiers between: "the Italian prime minister", "the company".
func (r *meetingReader) definiteBefore(s text.Sentence, k int) bool {
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		t := r.in.Doc.Tokens[j]
		if strings.EqualFold(t.Text, "the") {
			return true
		}
		if !strings.HasPrefix(t.POS(), "NN") && !strings.HasPrefix(t.POS(), "JJ") {
			return false
		}
	}
	return false
}

// readAttending adds the sentence's subject when the word before the
// meeting's phrase makes it a participant even across a verb of saying:
// "X said after a meeting with Y", "X told a board meeting", "X told
// visiting Y".
func (r *meetingReader) readAttending(cl *meetingClause, s text.Sentence, npFirst int) {
	if npFirst <= s.First || !r.mv.attending[r.in.Doc.Lower(npFirst-1)] {
		return
	}
	if subj := r.partiesIn(r.floor, r.firstVerb(s, r.floor, npFirst), false); len(subj) > 0 {
		cl.participants = addParties(subj, cl.participants)
	}
}

// inTitle reports a place inside a title: "Sudan" in "the envoy to
// Sudan", "Foreign Trade" in "Minister for Foreign Trade".
func (r *meetingReader) inTitle(m ner.Mention) bool {
	doc := r.in.Doc
	if m.Label != ner.LabelLOC || m.First < 2 {
		return false
	}
	switch doc.Lower(m.First - 1) {
	case "to", "for", "of":
		return r.isTitleWord(doc.Lower(m.First - 2))
	}
	return false
}

// finiteVerbWithin reports a finite verb in the n tokens from k, before
// any comma: "after the unions said", not "after a meeting on Friday".
func (r *meetingReader) finiteVerbWithin(s text.Sentence, k, n int) bool {
	for j := k; j < s.Last && j < k+n; j++ {
		switch r.in.Doc.Tokens[j].POS() {
		case ",":
			return false
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// readMediatorSubject reads "X acted as an intermediary in the talks": a
// mediator noun between the subject and the meeting's phrase makes the
// subject the mediator, not a side.
func (r *meetingReader) readMediatorSubject(cl *meetingClause, s text.Sentence, from, npFirst int) bool {
	for k := npFirst - 1; k >= from && k >= npFirst-5; k-- {
		if !r.mv.mediatorNouns[r.in.Doc.Lower(k)] {
			continue
		}
		if subj := r.partiesIn(from, k, false); len(subj) > 0 {
			cl.mediator = &model.Party{Ref: subj[0].Ref, Representatives: []model.Ref{}}
			cl.dateFrom = from
			return true
		}
	}
	return false
}
