package timex

import "testing"

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

// TestOrdinalFilterHoldsTheOrdinals: every ordinal word passes the filter
// mayHoldDate asks first, or a line whose only date is spelled would be
// turned away.
func TestOrdinalFilterHoldsTheOrdinals(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range append(keys(v.ordinals), keys(v.ordinalTens)...) {
		if !v.ordinalWords.MayHold(w) {
			t.Errorf("%q: the filter turns it away", w)
		}
	}
}
