package events

import "testing"

// TestWordFilter: a word added always passes; most others do not.
func TestWordFilter(t *testing.T) {
	var f wordFilter
	listed := []string{"agreed", "truce", "met", "a", "é", "ceasefire"}
	for _, w := range listed {
		f.add(w)
	}
	for _, w := range append(listed, "") {
		if !f.mayHold(w) {
			t.Errorf("mayHold(%q) = false for a listed word", w)
		}
	}
	passed := 0
	for _, w := range []string{"the", "of", "said", "president", "on", "Tuesday", "talks", "x", "agrees", "truces"} {
		if f.mayHold(w) {
			passed++
		}
	}
	if passed > 3 {
		t.Errorf("%d of 10 unlisted words pass", passed)
	}
}

// TestTriggerFiltersHoldTheLists: every agreement trigger and every
// meeting noun and verb the vocabularies load passes its filter, which
// turns a token away before the list is asked: a word added to a list
// after the filter is built would never be found.
func TestTriggerFiltersHoldTheLists(t *testing.T) {
	f := newTestFinder(t)
	for w := range f.vocab.triggers {
		if !f.vocab.triggerWords.mayHold(w) {
			t.Errorf("trigger %q: the filter turns it away", w)
		}
	}
	mv := f.meetingVocab
	for w := range mv.nouns {
		if !mv.triggerWords.mayHold(w) {
			t.Errorf("meeting noun %q: the filter turns it away", w)
		}
	}
	for w := range mv.verbs {
		if !mv.triggerWords.mayHold(w) {
			t.Errorf("meeting verb %q: the filter turns it away", w)
		}
	}
}
