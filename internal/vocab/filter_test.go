package vocab

import "testing"

// TestFilter: a word added always passes; most others do not.
func TestFilter(t *testing.T) {
	var f Filter
	listed := []string{"agreed", "truce", "met", "a", "é", "ceasefire"}
	for _, w := range listed {
		f.Add(w)
	}
	for _, w := range append(listed, "") {
		if !f.MayHold(w) {
			t.Errorf("MayHold(%q) = false for a listed word", w)
		}
	}
	passed := 0
	for _, w := range []string{"the", "of", "said", "president", "on", "Tuesday", "talks", "x", "agrees", "truces"} {
		if f.MayHold(w) {
			passed++
		}
	}
	if passed > 3 {
		t.Errorf("%d of 10 unlisted words pass", passed)
	}
}
