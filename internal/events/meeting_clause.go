package events

import (
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
	from         int // first token of the subject, or of the noun phrase
	end          int // one past the last token the clause was read to
	used         int // one past the last token that gave a field
	after        int // participants named after the trigger
}

// scanMode is the role the next name after a trigger plays.
type scanMode int

const (
	modeNone scanMode = iota
	modeParty
	modePlace
	modeMediator
)

// maxMeetingWindow bounds the tokens read after a trigger.
const maxMeetingWindow = 30

// scanClause reads the participants before and after the trigger at i,
// and the place, date and mediator after it.
func (r *meetingReader) scanClause(s text.Sentence, i int, verb bool, low string) meetingClause {
	doc := r.in.Doc
	cl := meetingClause{from: i, end: i + 1, used: i + 1}
	npFirst := i
	if !verb {
		npFirst = r.nounPhraseStart(s, i)
		cl.from = npFirst
		cl.participants = r.partiesIn(npFirst, i, true) // "Arab-Israeli talks"
	}
	if verb || r.takesSubject(s, npFirst) {
		from := r.subjectStart(s, npFirst)
		if subj := r.partiesIn(from, npFirst, false); len(subj) > 0 {
			cl.participants = addParties(subj, cl.participants)
			cl.from = r.titledStart(s, firstMentionFrom(r.in.Mentions, from))
		}
	}
	mode := modeNone
	if verb {
		mode = modeParty
	}
	k := i + 1
	for ; k < s.Last && k < i+maxMeetingWindow; k++ {
		w := strings.ToLower(doc.Tokens[k].Text)
		if r.clauseStops(s, k, w) {
			break
		}
		mode = r.nextMode(k, w, mode)
		if m, ok := mentionStarting(r.in.Mentions, k); ok {
			r.assign(&cl, m, mode, verb && strings.HasPrefix(low, "visit"))
			k = m.Last - 1
			cl.used = m.Last
		}
	}
	cl.end = k
	cl.date = r.meetingDate(s, cl.from, k, i)
	if cl.date != nil {
		if e := r.tokenEndingAt(s, cl.date.End); e+1 > cl.used && e < k {
			cl.used = e + 1
		}
	}
	return cl
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
		if k > 0 && r.mv.mediation[strings.ToLower(doc.Tokens[k-1].Text)] {
			return modeMediator
		}
		return modeNone
	case "and", ",", "of", "the", "his", "her", "their", "its":
		return mode
	}
	if p := doc.Tokens[k].POS; p == "IN" || p == "TO" {
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
	if k > s.First && doc.Tokens[k-1].Text == "," && r.f.vocab.relativePronouns[w] {
		return true
	}
	pos := doc.Tokens[k].POS
	if !strings.HasPrefix(pos, "VB") && pos != "MD" || r.mv.verbs[w].isSet() || r.mv.mediation[w] {
		return false
	}
	if doc.Tokens[k-1].Text == "," && pos != "VBG" {
		return true // "The talks, mediated by X, focused on": the aside is over
	}
	if k+1 < s.Last && doc.Tokens[k+1].POS == "IN" && (pos == "VBN" || pos == "VBD") && r.mv.nouns[strings.ToLower(doc.Tokens[k-1].Text)] {
		return false // "a meeting held in Paris"
	}
	return pos == "VBD" || pos == "VBZ" || pos == "VBP" || pos == "MD"
}

func (f verbForm) isSet() bool { return f != "" }

// assign gives the mention m the role mode says.
func (r *meetingReader) assign(cl *meetingClause, m ner.Mention, mode scanMode, visit bool) {
	ref, ok := r.in.Refs[m.Start]
	if !ok || r.f.qualifiesTitle(r.in.Doc, m) {
		return // "U.S. envoy X": X is the one
	}
	switch {
	case mode == modeMediator && cl.mediator == nil:
		p := r.party(m, ref)
		cl.mediator = &p
	case mode == modePlace && cl.place == nil && (m.Label == ner.LabelLOC || m.Label == ner.LabelORG):
		cl.place = &ref
	case mode == modeParty && visit && m.Label == ner.LabelLOC && cl.place == nil:
		cl.place = &ref // "will visit Bonn": where, not whom
	case mode == modeParty && m.Label != ner.LabelMISC:
		cl.participants = addParties(cl.participants, []model.Party{r.party(m, ref)})
		cl.after++
	}
}

// takesSubject reports a meeting noun that is the object of a verb or of
// "in" ("held talks", "are in talks", "began a new round of talks"): its
// clause's subject takes part.
func (r *meetingReader) takesSubject(s text.Sentence, npFirst int) bool {
	doc := r.in.Doc
	for k := npFirst - 1; k >= s.First && k >= npFirst-3; k-- {
		t := doc.Tokens[k]
		w := strings.ToLower(t.Text)
		switch {
		case w == "in" || w == "for":
			continue
		case r.mv.holding[w]:
			return true
		case w == "of" || t.POS == "DT" || t.POS == "JJ" || t.POS == "NN":
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
	for k := i - 1; k >= s.First && k >= i-20; k-- {
		w := strings.ToLower(doc.Tokens[k].Text)
		if w == ";" || w == ":" || w == "--" || w == "that" || r.f.vocab.sayingWords[w] {
			return k + 1
		}
	}
	return max(s.First, i-20)
}

// nounPhraseStart returns the first token of the noun phrase a meeting
// noun heads: its determiner, adjectives and modifiers.
func (r *meetingReader) nounPhraseStart(s text.Sentence, i int) int {
	doc := r.in.Doc
	k := i
	for k-1 >= s.First && k > i-6 {
		t := doc.Tokens[k-1]
		switch {
		case t.POS == "DT" || t.POS == "PRP$" || t.POS == "POS" || t.POS == "CD" ||
			strings.HasPrefix(t.POS, "JJ") || strings.HasPrefix(t.POS, "NN") || t.POS == "HYPH" || t.Text == "of":
			k--
		default:
			return k
		}
		if t.POS == "DT" || t.POS == "PRP$" {
			return k
		}
	}
	return k
}
