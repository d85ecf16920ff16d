package events

import (
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// A meeting is found from a trigger: a meeting noun ("talks", "summit")
// or a meeting verb ("met", "will visit"). The clause around the trigger
// gives its participants (the subject, and names after the verb or after
// "with", "between"), its place ("in X"), its date and its mediator
// ("mediated by X"). A definite noun ("the talks", "that session",
// "Tuesday's meeting") after a meeting is one of its later mentions; a
// second trigger in the clause of a new meeting ("met ... for talks")
// belongs to that meeting.

// meetingCandidate is what the clause of one trigger says.
type meetingCandidate struct {
	trig       int // token index of the trigger
	verb       bool
	definite   bool // "the talks", "that session": may refer back
	indefinite bool // "a previous meeting": a new one
	pronoun    bool // "he will meet X": the subject is a pronoun
	pending    bool // "X will visit Chile": kept until a meeting on the trip
	first      int  // first token of the evidence
	last       int  // one past its last token
	clause     meetingClause
	status     model.MeetingStatus
}

// Meetings finds every meeting the article reports: held, ongoing,
// planned or cancelled encounters between named parties.
func (f *Finder) Meetings(in Input) []model.Meeting {
	mv := f.meetingVocab
	in = Prepare(in)
	if in.BodyStart == 0 {
		in.BodyStart = agencyDatelineEnd(in.Doc, mv)
	}
	r := meetingReader{f: f, mv: mv, in: in, all: in.Mentions, places: in.states}
	out := []model.Meeting{}
	for _, s := range in.Doc.Sentences {
		if s.End <= in.BodyStart {
			continue // the headline summarises what the body states
		}
		sent := in
		sent.Mentions = inRange(in.Mentions, s.Start, s.End, func(m ner.Mention) int { return m.Start })
		sent.Dates = inRange(in.Dates, s.Start, s.End, func(d model.Date) int { return d.Start })
		r.in = sent
		out = r.sentence(s, out)
	}
	dateline := datelinePlace(in)
	for i := range out {
		out[i].ID = "meeting-" + strconv.Itoa(i+1)
		if out[i].Place == nil && dateline != nil && out[i].Status != model.MeetingPlanned {
			out[i].Place = dateline // a held meeting with no other place: where the story was filed
		}
	}
	return out
}

// maxReferents bounds how many earlier meetings a mention is compared
// with, so that the work stays linear in the article's length.
const maxReferents = 20

// meetingReader reads the meetings of one article.
type meetingReader struct {
	f      *Finder
	mv     *meetingVocabulary
	in     Input // the current sentence's mentions and dates
	all    []ner.Mention
	places map[string]model.Ref
	open   []bool // per meeting: its counterpart is left open
	// pending are visits to a place with nobody named yet.
	pending []model.Meeting
	floor   int // first token a subject may start at: after the last clause read
	// otherSense is set for a sentence whose words show a sports meeting
	// or a market session.
	otherSense bool
}

// showsOtherSense reports whether a word of sentence s shows a sports
// meeting or a market session. "the Rugby Football Union" is a name;
// "football", "FOOTBALL" are not. The word is looked up first: it is
// rarely listed, and the case of the few that are is read without copying
// the rest.
func (r *meetingReader) showsOtherSense(s text.Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		if low := r.in.Doc.Lower(k); r.mv.otherSenseWords.MayHold(low) && r.mv.otherSenses[low] {
			t := r.in.Doc.Tokens[k].Text
			if !text.IsCapitalized(t) || t == strings.ToUpper(t) {
				return true
			}
		}
	}
	return false
}

// sentence adds the meetings and mentions of sentence s to out.
func (r *meetingReader) sentence(s text.Sentence, out []model.Meeting) []model.Meeting {
	fresh := -1    // index in out of a meeting this sentence started
	freshEnd := -1 // and the end of its clause
	r.floor = s.First
	r.otherSense = r.showsOtherSense(s)
	for i := max(s.First, r.firstBodyToken(s)); i < s.Last; i++ {
		c, ok := r.candidate(s, i)
		if !ok {
			continue
		}
		if c.pending {
			r.pending = append(r.pending, r.record(c))
			if len(r.pending) > maxReferents {
				r.pending = r.pending[1:]
			}
			continue
		}
		if c.verb && !c.also(r.in.Doc) {
			out = r.promoteVisit(out, c)
		}
		switch {
		case fresh >= 0 && !c.indefinite && !c.also(r.in.Doc) && (!c.verb || c.clause.after == 0) &&
			(c.trig <= freshEnd || r.forMeeting(c.trig)):
			r.merge(&out[fresh], c, c.trig <= freshEnd) // "met X ... for talks": one meeting
		case c.definite && !c.verb:
			if k := r.referent(out, c); k >= 0 {
				r.addMention(&out[k], c)
			} else if len(c.clause.participants) > 0 {
				out, fresh = r.add(out, c)
				freshEnd = c.clause.end
			}
		case c.verb && !c.also(r.in.Doc) && r.openVisit(out, c, true) >= 0:
			// "X arrived for a visit ... X was to meet Y": the visit's meeting
			k := r.openVisit(out, c, true)
			r.addMention(&out[k], c)
			out[k].Participants = addParties(out[k].Participants, c.clause.participants)
		case !c.also(r.in.Doc) && r.sameSides(out, c) >= 0:
			r.addMention(&out[r.sameSides(out, c)], c) // the same sides, again: "she may see the governor"
		case len(c.clause.participants) == 0 && c.clause.mediator == nil && r.sameAs(out, c) >= 0:
			r.addMention(&out[r.sameAs(out, c)], c) // "negotiations in Oslo" again
		case c.also(r.in.Doc) && r.openVisit(out, c, false) >= 0:
			// "During the visit, X will also meet Y": another meeting, same trip
			k := r.openVisit(out, c, false)
			out, fresh = r.add(out, c)
			freshEnd = c.clause.end
			if out[fresh].Place == nil {
				out[fresh].Place = out[k].Place
			}
			if out[fresh].Date == nil {
				out[fresh].Date = out[k].Date
			}
		case len(c.clause.participants) > 0 || c.clause.mediator != nil ||
			!c.verb && !c.definite && !r.isVisit(c) && (c.clause.place != nil || c.clause.date != nil):
			// "talks in Oslo last month": a meeting even with its sides unnamed
			out, fresh = r.add(out, c)
			freshEnd = c.clause.end
		}
		if c.clause.used > i {
			i = c.clause.used - 1 // what the clause gave is read; a name after it may start the next
		}
		r.floor = i + 1
	}
	return out
}

// add appends the meeting of c and notes whether it leaves its
// counterpart open: a visit, or "to meet his counterpart".
func (r *meetingReader) add(out []model.Meeting, c meetingCandidate) ([]model.Meeting, int) {
	low := r.in.Doc.Lower(c.trig)
	r.open = append(r.open, strings.HasPrefix(low, "visit") || c.clause.unnamed)
	return append(out, r.record(c)), len(out)
}

// openVisit returns the index of the latest meeting whose counterpart
// was left open and whose first participant (with sole, its only one)
// takes part in c, when their dates do not differ; -1 when there is none.
func (r *meetingReader) openVisit(out []model.Meeting, c meetingCandidate, sole bool) int {
	for k := len(out) - 1; k >= max(0, len(out)-maxReferents); k-- {
		m := out[k]
		if !r.open[k] || len(m.Participants) == 0 || sole && len(m.Participants) != 1 ||
			!sharesSide(c.clause.participants, m.Participants[0]) && !c.pronoun {
			continue
		}
		if c.clause.date != nil && m.Date != nil && c.clause.date.Value != m.Date.Value {
			continue
		}
		return k
	}
	return -1
}

// firstBodyToken returns the first token of s at or after BodyStart.
func (r *meetingReader) firstBodyToken(s text.Sentence) int {
	k := s.First
	for k < s.Last && r.in.Doc.Tokens[k].Start < r.in.BodyStart {
		k++
	}
	return k
}

// also reports a verb trigger after "also": "he will also meet X" is
// another encounter.
func (c meetingCandidate) also(doc *text.Document) bool {
	for k := c.trig - 1; k >= 0 && k >= c.trig-3; k-- {
		if strings.EqualFold(doc.Tokens[k].Text, "also") {
			return c.verb
		}
	}
	return false
}

// record builds a meeting from a candidate.
func (r *meetingReader) record(c meetingCandidate) model.Meeting {
	doc := r.in.Doc
	t := doc.Tokens[c.trig]
	m := model.Meeting{
		Status:       c.status,
		Participants: c.clause.participants,
		Place:        c.clause.place,
		Date:         c.clause.date,
		Mediator:     c.clause.mediator,
		Trigger:      span(doc, t.Start, t.End()),
		Evidence:     span(doc, doc.Tokens[c.first].Start, doc.Tokens[c.last-1].End()),
		Mentions:     []model.Span{},
	}
	if m.Participants == nil {
		m.Participants = []model.Party{}
	}
	return m
}

// merge folds a second trigger of the same sentence into its meeting; the
// evidence grows only when the trigger is inside the meeting's clause.
func (r *meetingReader) merge(m *model.Meeting, c meetingCandidate, inClause bool) {
	doc := r.in.Doc
	m.Participants = addParties(m.Participants, c.clause.participants)
	fill(m, c.clause)
	if end := doc.Tokens[c.last-1].End(); end > m.Evidence.End && inClause && !c.definite {
		m.Evidence = span(doc, m.Evidence.Start, end)
	}
}

// addMention records a later mention of m and takes the fields it adds.
func (r *meetingReader) addMention(m *model.Meeting, c meetingCandidate) {
	doc := r.in.Doc
	first, last := min(c.clause.from, c.trig), max(c.clause.named, c.trig+1) // no minimum length
	for last-1 > c.trig && isPunct(doc.Tokens[last-1].Text) {
		last--
	}
	m.Mentions = append(m.Mentions, span(doc, doc.Tokens[first].Start, doc.Tokens[last-1].End()))
	if len(m.Participants) == 0 {
		m.Participants = c.clause.participants
	}
	cl := c.clause
	if cl.date != nil && len(cl.date.Value) < len("2006-01") {
		cl.date = nil // "the third session this spring" says how often, not when
	}
	fill(m, cl)
}

// fill sets the place, date and mediator m lacks from a clause.
func fill(m *model.Meeting, cl meetingClause) {
	if m.Place == nil {
		m.Place = cl.place
	}
	if m.Date == nil {
		m.Date = cl.date
	}
	if m.Mediator == nil {
		m.Mediator = cl.mediator
	}
}

// referent returns the index of the nearest earlier meeting a definite
// mention can refer to: one whose date and place do not contradict it.
func (r *meetingReader) referent(out []model.Meeting, c meetingCandidate) int {
	for k := len(out) - 1; k >= max(0, len(out)-maxReferents); k-- {
		m := out[k]
		if c.clause.date != nil && m.Date != nil && c.clause.date.Value != m.Date.Value {
			continue
		}
		if c.clause.place != nil && m.Place != nil && c.clause.place.ID != m.Place.ID {
			continue
		}
		return k
	}
	return -1
}

// sameSides returns the index of the latest meeting of the same status
// whose sides include every side c names, when their dates do not differ;
// -1 when there is none.
func (r *meetingReader) sameSides(out []model.Meeting, c meetingCandidate) int {
	if len(c.clause.participants) < 2 && (len(c.clause.participants) == 0 || !c.clause.unnamed) {
		return -1 // one side alone may meet anyone
	}
	for k := len(out) - 1; k >= max(0, len(out)-maxReferents); k-- {
		m := out[k]
		if m.Status != c.status || c.clause.date != nil && m.Date != nil && c.clause.date.Value != m.Date.Value {
			continue
		}
		all := true
		for _, p := range c.clause.participants {
			all = all && sharesSide(m.Participants, p)
		}
		if all {
			return k
		}
	}
	return -1
}

// sameAs returns the index of the latest meeting with the place or the
// date of c, or -1.
func (r *meetingReader) sameAs(out []model.Meeting, c meetingCandidate) int {
	for k := len(out) - 1; k >= max(0, len(out)-maxReferents); k-- {
		m := out[k]
		if c.clause.place != nil && m.Place != nil && c.clause.place.ID == m.Place.ID ||
			c.clause.date != nil && m.Date != nil && c.clause.date.Value == m.Date.Value {
			return k
		}
	}
	return -1
}

// addParties appends the parties of more not yet in ps.
func addParties(ps, more []model.Party) []model.Party {
	for _, p := range more {
		switch {
		case !hasParty(ps, p.ID):
			ps = append(ps, p)
		default:
			for _, rep := range p.Representatives {
				ps = withRepresentative(ps, p.Ref, rep) // two officials of one state
			}
		}
	}
	return ps
}

func hasParty(ps []model.Party, id string) bool {
	for _, p := range ps {
		if p.ID == id {
			return true
		}
	}
	return false
}

// datelinePlace returns the record of the dateline's place: the last
// place named before the body starts.
func datelinePlace(in Input) *model.Ref {
	// The dateline is the last line before the body ("KHASAVYURT, Russia
	// 1996-08-31"); its first place is the most specific.
	line := strings.LastIndexByte(in.Doc.Text[:in.BodyStart], '\n') + 1
	if line > 0 && line >= in.BodyStart-1 {
		line = strings.LastIndexByte(in.Doc.Text[:line-1], '\n') + 1
	}
	for _, m := range in.Mentions {
		if m.Start >= in.BodyStart {
			break
		}
		if ref, ok := in.Refs.At(m.Start); ok && m.Label == ner.LabelLOC && m.Start >= line {
			return &ref
		}
	}
	return nil
}

// sharesSide reports a party of ps that is p or one of its
// representatives, or has p among its own.
func sharesSide(ps []model.Party, p model.Party) bool {
	ids := map[string]bool{p.ID: true}
	for _, r := range p.Representatives {
		ids[r.ID] = true
	}
	for _, q := range ps {
		if ids[q.ID] {
			return true
		}
		for _, r := range q.Representatives {
			if ids[r.ID] {
				return true
			}
		}
	}
	return false
}

// agencyDatelineEnd returns the end of a dateline without a date that the
// earlier stages did not see ("NAIROBI, Kenya (AP) _"), or 0: an agency's
// name in brackets among the first tokens, after a name in capitals.
func agencyDatelineEnd(doc *text.Document, mv *meetingVocabulary) int {
	toks := doc.Tokens
	if len(toks) == 0 || toks[0].Text != strings.ToUpper(toks[0].Text) {
		return 0
	}
	for k := 1; k+2 < len(toks) && k < 8; k++ {
		if toks[k].Text == "(" && mv.agencies[doc.Lower(k+1)] && toks[k+2].Text == ")" {
			end := toks[k+2].End()
			if k+3 < len(toks) && (toks[k+3].Text == "_" || toks[k+3].Text == "--" || toks[k+3].Text == "-") {
				end = toks[k+3].End()
			}
			return end
		}
	}
	return 0
}

// promoteVisit adds the latest pending visit of a side of c to out, as a
// meeting whose counterpart is open: "Y will visit Chile ... Y hopes to
// meet Z" is one meeting on that visit.
func (r *meetingReader) promoteVisit(out []model.Meeting, c meetingCandidate) []model.Meeting {
	for k := len(r.pending) - 1; k >= 0; k-- {
		v := r.pending[k]
		if !sharesSide(c.clause.participants, v.Participants[0]) && !c.pronoun {
			continue
		}
		if c.clause.date != nil && v.Date != nil && c.clause.date.Value != v.Date.Value {
			continue
		}
		r.pending = append(r.pending[:k], r.pending[k+1:]...)
		r.open = append(r.open, true)
		return append(out, v)
	}
	return out
}

// isVisit reports a candidate whose trigger is a visit: with nobody named,
// a visit is travel, not a meeting.
func (r *meetingReader) isVisit(c meetingCandidate) bool {
	return strings.HasPrefix(r.in.Doc.Lower(c.trig), "visit")
}
