package events

import (
	"strings"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// candidate reads the meeting stated by the token at i, if it is a
// meeting trigger used in that sense.
func (r *meetingReader) candidate(s text.Sentence, i int) (meetingCandidate, bool) {
	doc := r.in.Doc
	low := doc.Lower(i)
	c := meetingCandidate{trig: i}
	if !r.mv.triggerWords.MayHold(low) {
		return c, false // neither a meeting verb nor a meeting noun
	}
	switch {
	case r.isMeetingVerb(s, i, low) && !r.otherSense:
		c.verb = true // "the seeded player meets the titleholder" is sport
	case r.mv.nouns[low] && r.isMeetingNoun(s, i):
	default:
		return c, false
	}
	if r.denied(s, i) {
		return c, false
	}
	if !c.verb {
		c.definite, c.indefinite = r.determiner(s, i)
	}
	c.clause = r.scanClause(s, i, c.verb, low)
	if c.verb && !r.verbHasCounterpart(c.clause, low) {
		// "X will visit Chile": a meeting only if a later one on the
		// trip names whom X meets.
		c.pending = strings.HasPrefix(low, "visit") && c.clause.place != nil && len(c.clause.participants) == 1
		if !c.pending {
			return c, false // "failed to meet", "visited a camp": nobody met
		}
	}
	c.pronoun = c.verb && r.pronounSubject(s, i)
	c.first, c.last = r.evidenceBounds(s, c)
	c.status = r.meetingStatus(s, c, low)
	return c, true
}

// isMeetingVerb reports a meeting verb used as a verb: "met", "will meet",
// "meeting with", and not "meet expectations".
func (r *meetingReader) isMeetingVerb(s text.Sentence, i int, low string) bool {
	doc := r.in.Doc
	form, ok := r.mv.verbs[low]
	if !ok || !strings.HasPrefix(doc.Tokens[i].POS(), "VB") && low != "meet" && low != "met" {
		return false
	}
	if form == formGerund && low == "meeting" {
		next := i + 1
		if next >= s.Last || doc.Lower(next) != "with" && !r.mentionAt(next) {
			return false // "the meeting" is a noun
		}
	}
	// "meet its targets": the object gives another sense.
	for k := i + 1; k < s.Last && k <= i+3; k++ {
		w := doc.Lower(k)
		if r.mv.notObjects[w] {
			return false
		}
		if p := doc.Tokens[k].POS(); p != "DT" && p != "PRP$" && p != "JJ" && p != "VBN" && p != "POS" && !strings.HasPrefix(p, "NN") {
			break
		}
	}
	return true
}

// isMeetingNoun reports a meeting noun used as one: not "press
// conference", "session lows", "visit permits", nor in a sports story.
func (r *meetingReader) isMeetingNoun(s text.Sentence, i int) bool {
	doc := r.in.Doc
	t := doc.Tokens[i]
	if !strings.HasPrefix(t.POS(), "NN") && doc.Lower(i) != "talks" {
		return false
	}
	if i > s.First && r.mv.modifiers[doc.Lower(i-1)] {
		return false
	}
	if i+1 < s.Last {
		n := doc.Tokens[i+1]
		if strings.HasPrefix(n.POS(), "NN") && !text.IsCapitalized(n.Text) {
			return false // "visit permits": the noun modifies another
		}
	}
	return !r.otherSense
}

// denied reports a negation or an open call before the trigger in its
// clause: "no meeting", "has yet to open talks", "not clear when talks",
// "called for talks".
func (r *meetingReader) denied(s text.Sentence, i int) bool {
	doc := r.in.Doc
	for k := i - 1; k >= s.First && k >= i-8; k-- {
		w := doc.Lower(k)
		if w == "," || w == ";" || w == "--" {
			return false
		}
		if r.mv.negators[w] {
			return true
		}
	}
	return false
}

// determiner reads the words before a meeting noun: "the", "that",
// "Tuesday's" make it definite; "a", "an" indefinite.
func (r *meetingReader) determiner(s text.Sentence, i int) (definite, indefinite bool) {
	doc := r.in.Doc
	for k := i - 1; k >= s.First && k >= i-4; k-- {
		t := doc.Tokens[k]
		w := doc.Lower(k)
		switch {
		case w == "a" || w == "an":
			return false, r.distinctBetween(k, i)
		case w == "the" || w == "that" || w == "this" || w == "these" || w == "those" ||
			w == "its" || w == "their" || w == "his" || w == "her" || w == "such":
			return true, false
		case t.POS() == "POS" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			return true, false
		case t.POS() == "JJ" || t.POS() == "NN" || t.POS() == "NNP" || t.POS() == "VBN" || t.POS() == "CD" || t.POS() == "JJR":
		default:
			return false, false
		}
	}
	return false, false
}

// meetingStatus reads the status from the words around the trigger: a
// cancellation after it ("the summit was called off") first, then the
// verb group after a noun ("talks will resume"), then the words before.
func (r *meetingReader) meetingStatus(s text.Sentence, c meetingCandidate, low string) model.MeetingStatus {
	doc := r.in.Doc
	i := c.trig
	for k := i + 1; k < s.Last && k <= c.clause.used+3; k++ {
		if st := r.mv.statusAfter[doc.Lower(k)]; st == model.MeetingCancelled {
			return st
		}
	}
	for _, k := range []int{i + 1, i + 2, c.clause.used, c.clause.used + 1} {
		if !c.verb && k < s.Last && k > i {
			if st, ok := r.mv.statusAfter[doc.Lower(k)]; ok {
				return st
			}
		}
	}
	for k := i - 1; k >= s.First && k >= i-4; k-- {
		w := doc.Lower(k)
		if w == "," || w == ";" {
			break
		}
		if w == "to" && !c.verb && k+1 < i && doc.Tokens[k+1].POS() == "VB" && r.mv.holding[doc.Lower(k+1)] {
			return model.MeetingPlanned // "offered to host talks", "agreed to hold a summit": yet to come
		}
		if st, ok := r.mv.statusWords[w]; ok && (w != "to" || c.verb) && (st != model.MeetingOngoing || !c.verb || r.mv.verbs[low] == formGerund) {
			return st
		}
	}
	if c.verb && r.mv.verbs[low] == formBase {
		return model.MeetingPlanned
	}
	return model.MeetingHeld
}

// mentionAt reports an entity mention starting at token k.
func (r *meetingReader) mentionAt(k int) bool {
	_, ok := mentionStarting(r.in.Mentions, k)
	return ok
}

// verbHasCounterpart reports a meeting verb with someone met: a name
// after it ("met X", "visited the X Council"), or, for "meet", two
// subjects ("A and B met").
func (r *meetingReader) verbHasCounterpart(cl meetingClause, low string) bool {
	if cl.after > 0 {
		return true
	}
	return len(cl.participants) >= 2 // "A and B met", "A invited B to visit"
}

// pronounSubject reports a personal pronoun just before a verb's group:
// "he will meet", "she was to meet".
func (r *meetingReader) pronounSubject(s text.Sentence, i int) bool {
	for k := i - 1; k >= s.First && k >= i-6; k-- {
		t := r.in.Doc.Tokens[k]
		if t.POS() == "PRP" {
			return true
		}
		if t.Text == "," || strings.HasPrefix(t.POS(), "NN") {
			return false
		}
	}
	return false
}

// distinctBetween reports a word between tokens k and i that makes an
// indefinite meeting noun another meeting: "a previous meeting".
func (r *meetingReader) distinctBetween(k, i int) bool {
	for ; k < i; k++ {
		if r.mv.distinct[r.in.Doc.Lower(k)] {
			return true
		}
	}
	return false
}
