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

// TestOtherSenseFilterHoldsTheList: every word of the other senses of a
// meeting passes otherSenseWords, which turns a token away before the list
// is asked: a word the filter did not hold would never mark a sentence.
func TestOtherSenseFilterHoldsTheList(t *testing.T) {
	mv := newTestFinder(t).meetingVocab
	for w := range mv.otherSenses {
		if !mv.otherSenseWords.MayHold(w) {
			t.Errorf("other sense %q: the filter turns it away", w)
		}
	}
}
