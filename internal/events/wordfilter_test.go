package events

import "testing"

// TestTriggerFiltersHoldTheLists: every agreement trigger and every
// meeting noun and verb the vocabularies load passes its filter, which
// turns a token away before the list is asked: a word added to a list
// after the filter is built would never be found.
func TestTriggerFiltersHoldTheLists(t *testing.T) {
	f := newTestFinder(t)
	for w := range f.vocab.triggers {
		if !f.vocab.triggerWords.MayHold(w) {
			t.Errorf("trigger %q: the filter turns it away", w)
		}
	}
	mv := f.meetingVocab
	for w := range mv.nouns {
		if !mv.triggerWords.MayHold(w) {
			t.Errorf("meeting noun %q: the filter turns it away", w)
		}
	}
	for w := range mv.verbs {
		if !mv.triggerWords.MayHold(w) {
			t.Errorf("meeting verb %q: the filter turns it away", w)
		}
	}
}

// TestEveryOtherSenseShows: every word of the other senses of a meeting,
// written alone in lower case, makes its sentence show the other sense,
// through the filter of their words (otherSenseWords) that turns every
// other token away.
func TestEveryOtherSenseShows(t *testing.T) {
	f := newTestFinder(t)
	for w := range f.meetingVocab.otherSenses {
		doc := analyze(t, w)
		r := meetingReader{f: f, mv: f.meetingVocab, in: Prepare(Input{Doc: doc})}
		shows := false
		for _, s := range doc.Sentences {
			shows = shows || r.showsOtherSense(s)
		}
		if !shows {
			t.Errorf("other sense %q: not shown", w)
		}
	}
}
