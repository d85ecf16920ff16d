package extract

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// mentionsOf builds the mentions of doc named in order, each "name/LABEL",
// at each name's next occurrence.
func mentionsOf(t *testing.T, doc *text.Document, specs ...string) []ner.Mention {
	t.Helper()
	var ms []ner.Mention
	from := 0
	for _, s := range specs {
		name, label, _ := strings.Cut(s, "/")
		i := strings.Index(doc.Text[from:], name)
		if i < 0 {
			t.Fatalf("%q not in %q after %d", name, doc.Text, from)
		}
		start := from + i
		first := doc.TokenAt(start)
		last := first
		for last < len(doc.Tokens) && doc.Tokens[last].End() <= start+len(name) {
			last++
		}
		ms = append(ms, ner.Mention{Start: start, End: start + len(name), First: first, Last: last, Label: label})
		from = start + len(name)
	}
	return ms
}

// TestCoordinatedTowns checks that a list with a place makes a known
// town of it a place, and each guard of the rule.
func TestCoordinatedTowns(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text string
		mentions   []string // "name/LABEL" in text order
		want       string   // the label the first non-place mention ends with
	}{
		{"and closes a pair", "Traffic moved from Dewsbury and Leeds to York.", []string{"Dewsbury/PER", "Leeds/LOC", "York/LOC"}, ner.LabelLOC},
		{"a list of three", "Leeds, Dewsbury and York were flooded.", []string{"Leeds/LOC", "Dewsbury/ORG", "York/LOC"}, ner.LabelLOC},
		{"or closes it", "Buses run to Leeds or Dewsbury on Sundays.", []string{"Leeds/LOC", "Dewsbury/PER"}, ner.LabelLOC},
		{"a comma alone is an apposition", "In Leeds, Dewsbury said the well was dry.", []string{"Leeds/LOC", "Dewsbury/PER"}, ner.LabelPER},
		{"a possessive before", "They lacked Brazil's Dewsbury and Leeds's York.", []string{"Brazil/LOC", "Dewsbury/PER", "York/PER"}, ner.LabelPER},
		{"no such town", "Traffic moved from Quorblesby and Leeds to York.", []string{"Quorblesby/PER", "Leeds/LOC", "York/LOC"}, ner.LabelPER},
		{"no such town, among two places", "Shows in Leeds, York, Quorblesby and Hull were cancelled.", []string{"Leeds/LOC", "York/LOC", "Quorblesby/ORG", "Hull/LOC"}, ner.LabelLOC},
		{"a given name among two places", "Shows in Leeds, York and Gwendolyn were cancelled.", []string{"Leeds/LOC", "York/LOC", "Gwendolyn/PER"}, ner.LabelPER},
		{"a name the story keeps for a person", "Dewsbury and Leeds won. Dewsbury said so.", []string{"Dewsbury/PER", "Leeds/LOC", "Dewsbury/PER"}, ner.LabelPER},
		{"no place in the list", "Dewsbury and Hinton met on Monday.", []string{"Dewsbury/PER", "Hinton/PER"}, ner.LabelPER},
		{"a full name's surname", "Carl Dewsbury came. Funds went to Leeds and Dewsbury.", []string{"Carl Dewsbury/PER", "Leeds/LOC", "Dewsbury/PER"}, ner.LabelPER},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			ms := mentionsOf(t, doc, tc.mentions...)
			k := len(ms) - 1
			for i, m := range ms {
				if m.Label != ner.LabelLOC && m.Last-m.First == 1 {
					k = i
					break
				}
			}
			name := mentionText(doc, ms[k])
			got := ex.coordinatedTowns(doc, ms, fullNameSurnames(doc, ms))
			if got[k].Label != tc.want {
				t.Errorf("%q in %q: %s, want %s", name, tc.text, got[k].Label, tc.want)
			}
		})
	}
}
