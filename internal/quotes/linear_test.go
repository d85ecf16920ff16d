package quotes

import (
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/internal/text"
)

// TestFindLinear checks that finding quotes takes linear time on shapes
// that read back from every quotation over all the marks or all the line
// before it: a run of `"` (1 MB took over ten minutes: each quotation
// trimmed the whole run of marks before it), and one long line of short
// quotations, with and without attributions.
func TestFindLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times finding quotes in made-up texts of up to 100 KB")
	}
	a, f := newTestReader(t)
	repeat := func(unit string) func(n int) string {
		return func(n int) string { return strings.Repeat(unit, n/len(unit)+1) }
	}
	docs := map[string]*text.Document{}
	analyzed := func(input func(n int) string) func(n int) string {
		return func(n int) string {
			s := input(n)
			docs[s] = a.Analyze(s)
			return s
		}
	}
	for _, tt := range []struct {
		name  string
		input func(n int) string
	}{
		{"quotation marks", repeat(`"`)},
		{"curly marks", repeat("“”")},
		{"comma inside marks", repeat(`,"`)},
		{"quotes on one line", repeat(`"We will win the vote," Quorble said. `)},
		{"short quotations on one line", repeat(`the "tax" and `)},
		{"colons on one line", repeat(`Quorble: "Yes" `)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			testcorpus.Linear(t, 25_000, analyzed(tt.input), func(s string) { f.Find(docs[s]) }, 5*time.Second)
		})
	}
}
