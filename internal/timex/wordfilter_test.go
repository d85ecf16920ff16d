package timex

import (
	"strings"
	"testing"
)

// TestClassFilterHoldsTheClasses: every word of a class passes the
// filter classify asks first: a word added to a class after the filter
// is built would never get its class.
func TestClassFilterHoldsTheClasses(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for w := range v.classes {
		if !v.classWords.MayHold(w) {
			t.Errorf("%q: the filter turns it away", w)
		}
	}
}

// TestMayHoldDateFindsEveryOrdinal: a line whose only date word is an
// ordinal, in any case, may hold a date (mayHoldDate asks a filter of the
// ordinal words before their maps), and a line of other words may not.
func TestMayHoldDateFindsEveryOrdinal(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range append(keys(v.ordinals), keys(v.ordinalTens)...) {
		for _, line := range []string{w, "the " + w + " of", strings.ToUpper(w) + "!"} {
			if !mayHoldDate(v, line) {
				t.Errorf("%q: turned away", line)
			}
		}
	}
	if mayHoldDate(v, "nothing of the kind here") {
		t.Error("a line without a date word may hold a date")
	}
}
