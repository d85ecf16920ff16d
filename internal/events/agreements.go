package events

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// Finder finds agreements. Build it once with New; it is safe for
// concurrent use.
type Finder struct {
	lex          *gazetteer.Lexicon
	vocab        *vocabulary
	meetingVocab *meetingVocabulary
}

// New returns a Finder that reads titles from lex. It parses the embedded
// word lists (once per process); the error reports a malformed one.
func New(lex *gazetteer.Lexicon) (*Finder, error) {
	v, err := loadVocabulary()
	if err != nil {
		return nil, err
	}
	mv, err := loadMeetingVocabulary()
	if err != nil {
		return nil, err
	}
	return &Finder{lex: lex, vocab: v, meetingVocab: mv}, nil
}

// Input is what the earlier stages know of one article.
type Input struct {
	Doc *text.Document
	// Mentions are the assembled entity mentions, in text order.
	Mentions []ner.Mention
	// Refs maps a mention's start offset to a reference to its record:
	// what a party is. Sealed; nil for none.
	Refs *Refs
	// Dates are the article's temporal expressions, in text order.
	Dates []model.Date
	// BodyStart is the offset where the dateline ends (0 without one):
	// names before it place the story and are nobody's party.
	BodyStart int
	// states maps a country's name to its place record, when the article
	// has one: the state that a national adjective or an official stands
	// for.
	states map[string]model.Ref
	// orgs are the organization records, sorted by name, when the
	// stage has listed them (see orgNamed); nil before.
	orgs []model.Ref
	// asides are the relative clauses of the sentence being read, when
	// the sentence loop has read them.
	asides *sentenceAsides
}

// Prepare returns in with what Agreements and Meetings both read of its
// Refs (the country and organization records) listed, so that a caller
// that runs both lists them once; either lists them itself for an Input
// not prepared.
func Prepare(in Input) Input {
	if in.states == nil {
		in.states, in.orgs = statesOf(in.Refs), orgsOf(in.Refs)
	}
	return in
}

// statesOf maps each country's name to the article's place record of it.
// Two place records of one name (a Paris in France and one in Texas) map
// to the one mentioned first, not to whichever a map ranges over last.
func statesOf(refs *Refs) map[string]model.Ref {
	states := map[string]model.Ref{}
	for _, ref := range refs.All() {
		if _, seen := states[ref.Name]; !seen && ref.Kind == model.KindPlace {
			states[ref.Name] = ref
		}
	}
	return states
}

// orgsOf lists the organization records of refs sorted by name, then id.
func orgsOf(refs *Refs) []model.Ref {
	orgs := []model.Ref{}
	for ref := range refs.Records() {
		if ref.Kind == model.KindOrganization {
			orgs = append(orgs, ref)
		}
	}
	slices.SortFunc(orgs, func(a, b model.Ref) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return orgs
}

// Agreements finds every statement that something was agreed, reaffirmed,
// committed to, signed, rejected or proposed.
func (f *Finder) Agreements(in Input) []model.Agreement {
	var out []model.Agreement
	doc := in.Doc
	in = Prepare(in)
	for _, s := range doc.Sentences {
		// Only this sentence's mentions and dates matter; slicing them out
		// once keeps the work linear in the article's length.
		sent := in
		sent.Mentions = inRange(in.Mentions, s.Start, s.End, func(m ner.Mention) int { return m.Start })
		sent.Dates = inRange(in.Dates, s.Start, s.End, func(d model.Date) int { return d.Start })
		sent.asides = &sentenceAsides{start: s.Start, ranges: f.relativeClauses(doc, s)}
		consumed := s.First // tokens before this belong to earlier subjects
		for i := s.First; i < s.Last; i++ {
			a, subjLast, ok := f.agreementAt(sent, s, i, consumed, lastParties(out))
			if !ok {
				if subjLast > i { // denied: its object is no agreement either
					i, consumed = subjLast-1, subjLast
				}
				continue
			}
			if len(a.Parties) == 0 && len(out) > 0 && consumed > s.First {
				a.Parties = out[len(out)-1].Parties // "X reaffirmed A and a rejection of B": same parties
			}
			out = append(out, a)
			for f.coordinates(doc, subjLast, s.Last) {
				var b model.Agreement
				b, subjLast = f.coordinated(doc, s, a, subjLast+1)
				out = append(out, b)
			}
			i = subjLast - 1 // the subject is consumed; "and a rejection of" after it starts anew
			consumed = subjLast
		}
	}
	f.resolvePronouns(in, out)
	inheritParties(doc, out)
	out = f.fold(in, out)
	out = slices.DeleteFunc(out, f.anonymous)
	for i := range out {
		out[i].ID = "agreement-" + strconv.Itoa(i+1)
	}
	return out
}

// passiveName moves a named agreement that is the subject of a passive
// trigger in [start, trig) from the parties to the name: an agreement is
// no party to itself.
func (f *Finder) passiveName(in Input, a model.Agreement, start, trig int) model.Agreement {
	doc := in.Doc
	for _, m := range inRange(in.Mentions, start, trig, func(m ner.Mention) int { return m.First }) {
		if m.Last > trig || !f.namesAgreement(doc, m) {
			continue
		}
		name := doc.Text[m.Start:m.End]
		a.Parties = slices.DeleteFunc(a.Parties, func(p model.Party) bool { return p.Name == name })
		if a.Name == "" {
			a.Name = name
		}
	}
	return a
}

// namesAgreement reports a mention that names an agreement: one ending in
// an agreement noun ("the Lindau Accord"), or starting with one before
// "of" ("Treaty of Lindau"); "North Atlantic Treaty Organization" is none.
func (f *Finder) namesAgreement(doc *text.Document, m ner.Mention) bool {
	if f.vocab.agreementNouns[doc.Lower(m.Last-1)] {
		return true
	}
	return m.First+1 < m.Last && f.vocab.agreementNouns[doc.Lower(m.First)] &&
		strings.EqualFold(doc.Tokens[m.First+1].Text, "of")
}

// anonymous reports a record stated by a generic agreement noun that the
// clause only describes ("the deal was a great deal"), with neither a
// party nor a name nor a type: the guideline keeps an empty party list for
// a named agreement only.
func (f *Finder) anonymous(a model.Agreement) bool {
	low := strings.ToLower(a.Trigger.Text)
	t, ok := f.vocab.triggers[low]
	return ok && t.noun && f.vocab.genericNouns[low] && len(a.Parties) == 0 && a.Name == "" &&
		a.Type == model.AgreementOther && isBe(firstWord(a.Subject))
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// agreementAt reads the agreement stated by the trigger at token i, if any,
// and returns it with the token index just past its subject; prev are the
// parties of the article's last agreement with two or more, which a collective
// subject ("both sides") refers to. A denied statement returns false with
// its subject's end, so that its object is no agreement either.
func (f *Finder) agreementAt(in Input, s text.Sentence, i, consumed int, prev []model.Party) (model.Agreement, int, bool) {
	doc := in.Doc
	t := doc.Tokens[i]
	low := doc.Lower(i)
	if !f.vocab.triggerWords.MayHold(low) {
		return model.Agreement{}, 0, false // most tokens: no map lookup
	}
	trig, ok := f.vocab.triggers[low]
	if !ok || !f.triggerFits(doc, i, trig) || !f.objectFits(in, s, i, trig) {
		return model.Agreement{}, 0, false
	}
	// A noun trigger inside a named agreement ("the 1931 Quorby border
	// agreement") is the name, not a statement.
	if trig.noun && i > s.First && f.isNamedAgreementHead(doc, i) {
		return model.Agreement{}, 0, false
	}
	subjFirst, subjLast := f.subjectRange(doc, s, i, trig, in.Dates)
	if subjFirst >= subjLast {
		return model.Agreement{}, 0, false
	}
	start := bodyStart(doc, f.clauseStart(doc, s, i, consumed), i, in.BodyStart)
	a := model.Agreement{
		Status:   f.clauseStatus(doc, start, i, subjLast, trig),
		Trigger:  span(doc, t.Start, t.End()),
		Evidence: span(doc, doc.Tokens[start].Start, doc.Tokens[max(subjLast-1, i)].End()),
		Subject:  doc.Text[doc.Tokens[subjFirst].Start:doc.Tokens[subjLast-1].End()],
		Name:     f.namedAgreement(doc, subjFirst, subjLast),
	}
	if a.Status == "" {
		return model.Agreement{}, subjLast, false
	}
	a.Type = f.classify(strings.ToLower(a.Subject + " " + a.Name))
	if trig.noun { // "a ceasefire sealed in talks": a ceasefire
		a.Type = f.classify(strings.ToLower(t.Text + " " + a.Subject + " " + a.Name))
	}
	if i > start && isBe(doc.Tokens[i-1].Text) { // "the truce was agreed after talks": the truce
		a.Type = f.classify(strings.ToLower(a.Evidence.Text))
	}
	if a.Type == model.AgreementOther {
		a.Type = f.classify(strings.ToLower(a.Evidence.Text))
	}
	objParties := f.objectSides(in, s, i, subjFirst, subjLast, trig, prev)
	if !trig.noun || len(objParties) < 2 || !f.approvedByOther(doc, start, i) {
		a.Parties = f.partiesBefore(in, s, i, consumed, trig.noun)
	}
	if !trig.noun && i-1 > start && (isBe(doc.Tokens[i-1].Text) || isBe(doc.Tokens[i-2].Text)) {
		a = f.passiveName(in, a, start, i) // "the Treaty of X was signed by A and B": the name
	}
	if len(a.Parties) == 0 && f.collective(doc, start, i) {
		a.Parties = slices.Clone(prev) // "both sides", "the two countries"
	}
	for _, p := range objParties {
		a.Parties = withParty(a.Parties, p)
	}
	if trig.addressee { // "assured the mayor that": the party assured
		for _, m := range in.Mentions {
			if m.First == i+1 {
				a.Parties = f.addParty(in, a.Parties, m)
			}
		}
	}
	if place, cut := f.agreementPlace(in, start, i, subjFirst, subjLast, a.Parties); place != nil {
		a.Place = place
		if cut > subjFirst && cut < subjLast { // "a swap deal in Lyon": the deal, signed in Lyon
			a.Subject = doc.Text[doc.Tokens[subjFirst].Start:doc.Tokens[cut-1].End()]
		}
	}
	a.Date = f.clauseDate(doc, in.Dates, s, i, f.asidesOf(in, s))
	return a, subjLast, true
}

// objectSides names the parties that the trigger at token i states after
// it: those of its object [subjFirst, subjLast); for a noun, a partner
// phrase before that object ("a deal with X that will ..."); and the
// sides of the agreement before (prev) that a collective partner
// ("signed by both states") refers to.
func (f *Finder) objectSides(in Input, s text.Sentence, i, subjFirst, subjLast int, trig trigger, prev []model.Party) []model.Party {
	doc := in.Doc
	objEnd := f.objectEnd(doc, subjFirst, subjLast, trig)
	parties := f.objectParties(in, s, subjFirst, objEnd)
	if trig.noun && subjFirst > i+1 && strings.EqualFold(doc.Tokens[i+1].Text, "with") {
		for _, p := range f.objectParties(in, s, i+1, subjFirst) {
			parties = withParty(parties, p)
		}
	}
	if f.collectivePartner(doc, subjFirst, objEnd) {
		for _, p := range prev {
			parties = withParty(parties, p)
		}
	}
	return parties
}

// triggerFits filters trigger words used in other senses: "agreed" as an
// adjective before a noun is fine, "sign" as a noun ("a sign of") is not.
func (f *Finder) triggerFits(doc *text.Document, i int, trig trigger) bool {
	t := doc.Tokens[i]
	low := doc.Lower(i)
	next := ""
	if i+1 < len(doc.Tokens) {
		next = doc.Lower(i + 1)
	}
	switch low {
	case "sign", "signs":
		return strings.HasPrefix(t.POS(), "VB")
	case "deal", "understanding", "accord", "pact", "treaty", "ceasefire", "cease-fire", "truce", "contract":
		return strings.HasPrefix(t.POS(), "NN") && (next == "to" || next == "on" || next == "with" || next == "for" ||
			next == "between" || i+1 < len(doc.Tokens) && statesAfterNoun(doc.Tokens[i+1].POS()))
	case "offer":
		return strings.HasPrefix(t.POS(), "NN") && (next == "for" || next == "to" || next == "of")
	case "acquisition", "takeover", "merger":
		return strings.HasPrefix(t.POS(), "NN") && (next == "of" || next == "with" || next == "by" || next == "between")
	case "bid":
		return next == "for" || next == "to" || next == "by"
	case "offered":
		return next != "by"
	case "committed":
		return next == "to"
	}
	if trig.noun {
		return strings.HasPrefix(t.POS(), "NN") || t.POS() == "VBG"
	}
	return true
}

// isNamedAgreementHead reports an agreement noun preceded by a year or a
// capitalized name: the head of a named agreement, not a statement.
func (f *Finder) isNamedAgreementHead(doc *text.Document, i int) bool {
	s := doc.Sentences[doc.Tokens[i].Sent]
	k := i - 1
	for k >= s.First && (isYear(doc.Tokens[k].Text) || text.IsCapitalized(doc.Tokens[k].Text) && k > s.First || doc.Tokens[k].POS() == "JJ" || doc.Tokens[k].POS() == "NN") {
		if isYear(doc.Tokens[k].Text) || text.IsCapitalized(doc.Tokens[k].Text) {
			return f.vocab.agreementNouns[doc.Lower(i)]
		}
		k--
	}
	return false
}

// isYear reports four digits starting with 1 or 2.
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

func span(doc *text.Document, start, end int) model.Span {
	return model.Span{Text: doc.Text[start:end], Start: start, End: end}
}

// lastParties returns the parties of the last agreement that has two or
// more: the sides that "both sides" and "the two countries" refer to.
func lastParties(out []model.Agreement) []model.Party {
	for k := len(out) - 1; k >= 0; k-- {
		if len(out[k].Parties) > 1 {
			return out[k].Parties
		}
	}
	return nil
}

// coordinates reports "and to" + verb at token k: a second undertaking
// after the first one's subject ("agreed to reopen the road and to
// exchange prisoners").
func (f *Finder) coordinates(doc *text.Document, k, end int) bool {
	return k+2 < end && strings.EqualFold(doc.Tokens[k].Text, "and") &&
		strings.EqualFold(doc.Tokens[k+1].Text, "to") && doc.Tokens[k+2].POS() == "VB"
}

// coordinated returns the undertaking whose "to" is at token k, sharing
// the trigger, status, parties and date of a, and the token just past it.
func (f *Finder) coordinated(doc *text.Document, s text.Sentence, a model.Agreement, k int) (model.Agreement, int) {
	last := f.clauseEnd(doc, s, k+1)
	b := a
	b.Subject = doc.Text[doc.Tokens[k+1].Start:doc.Tokens[last-1].End()]
	b.Evidence = span(doc, doc.Tokens[k].Start, doc.Tokens[last-1].End())
	b.Name = f.namedAgreement(doc, k+1, last)
	b.Type = f.classify(strings.ToLower(b.Subject + " " + b.Name))
	b.Mentions = nil
	return b, last
}

// statesAfterNoun reports a verb after an agreement noun that makes it
// the subject of a statement: "a ceasefire sealed last week", "the pact
// would resolve", "an uneasy truce has held".
func statesAfterNoun(pos string) bool {
	return pos == "VBN" || pos == "VBD" || pos == "VBZ" || pos == "MD"
}

// inheritParties gives an agreement stated by a noun with no party of its
// own ("with an agreement to send more grain", "a renewed pledge to the
// accord") the parties of the agreement just before it, when that one is
// at most two sentences back: the story goes on about the same sides.
func inheritParties(doc *text.Document, out []model.Agreement) {
	for i := 1; i < len(out); i++ {
		a := &out[i]
		t := doc.Tokens[tokenAt(doc, a.Trigger.Start)]
		if len(a.Parties) > 0 || !strings.HasPrefix(t.POS(), "NN") {
			continue
		}
		prev := out[i-1]
		if p := doc.Tokens[tokenAt(doc, prev.Trigger.Start)]; len(prev.Parties) > 0 && t.Sent-p.Sent <= 2 {
			a.Parties = prev.Parties
		}
	}
}

// approvedByOther reports an agreement noun that is the object of a verb
// of approval ("the Commission cleared the acquisition of X by Y"): when
// the noun phrase names the sides, the approver is a regulator, no party.
func (f *Finder) approvedByOther(doc *text.Document, start, trig int) bool {
	k := trig - 1
	for k > start && (doc.Tokens[k].POS() == "DT" || doc.Tokens[k].POS() == "JJ") {
		k--
	}
	return k >= start && strings.HasPrefix(doc.Tokens[k].POS(), "VB") && f.vocab.approvalVerbs[doc.Lower(k)]
}
