package timex

import "testing"

// TestCountWords: countWords agrees with lexWords, which it sizes.
func TestCountWords(t *testing.T) {
	for _, s := range []string{"", " ", "March 5, 2025", "...", "a.b.c", "24th\tof  «May»—1999 ", "Café’s über-größe 10am", "\u00a0x\u2003y"} {
		if got, want := countWords(s), len(lexWords(s)); got != want {
			t.Errorf("countWords(%q) = %d, lexWords found %d", s, got, want)
		}
	}
}
