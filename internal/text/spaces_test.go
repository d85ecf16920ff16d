package text

import (
	"strings"
	"testing"
)

// TestSingleSpaced holds SingleSpaced to strings.Join(strings.Fields(s), " ").
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{
		"", " ", "Joko Widodo", " Joko Widodo", "Joko Widodo ", "Joko  Widodo", "Joko\nWidodo",
		"Joko\tWidodo", "Joko\u00a0Widodo", "Andrés López", "a", "a b c", "\u2003a", "a\r\n",
	} {
		if got, want := SingleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("SingleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}
