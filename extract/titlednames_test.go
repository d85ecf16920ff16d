package extract

import (
	"slices"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
)

// TestSplitTitledNames checks that a mention run across a title parts into
// the place or organization and the person, and what stays whole.
func TestSplitTitledNames(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, name, label string
		want              []string // "label:text" after the rule
	}{
		{"Quorn County Sheriff Robert Vell said so.", "Quorn County Sheriff Robert Vell", "ORG", []string{"LOC:Quorn County", "PER:Robert Vell"}},
		{"Bank of Quorn Governor Maria Lund spoke.", "Bank of Quorn Governor Maria Lund", "ORG", []string{"ORG:Bank of Quorn", "PER:Maria Lund"}},
		{"She won the 1996 Miss Teen Quorn title.", "1996 Miss Teen Quorn", "MISC", []string{"MISC:1996 Miss Teen Quorn"}},
		{"The Quorn Premier League Twenty20 began.", "Quorn Premier League Twenty20", "MISC", []string{"MISC:Quorn Premier League Twenty20"}},
		{"Quorn County Sheriff Robert Vell said so.", "Quorn County Sheriff Robert Vell", "PER", []string{"PER:Quorn County Sheriff Robert Vell"}},
	} {
		doc := e.analyzer.Analyze(tc.text)
		m, ok := findRun(doc.Tokens, tc.name, 0)
		if !ok {
			t.Fatalf("%q: no %q", tc.text, tc.name)
		}
		m.Label = tc.label
		var got []string
		for _, x := range e.splitTitledNames(doc, []ner.Mention{m}) {
			got = append(got, x.Label+":"+mentionText(doc, x))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
