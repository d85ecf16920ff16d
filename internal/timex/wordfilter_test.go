package timex

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

// TestClassFilterHoldsTheClasses: every word of a class passes the
// filter classify asks first: a word added to a class after the filter
// is built would never get its class.
func TestClassFilterHoldsTheClasses(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for w := range v.classes {
		if !v.classWords.mayHold(w) {
			t.Errorf("%q: the filter turns it away", w)
		}
	}
}
