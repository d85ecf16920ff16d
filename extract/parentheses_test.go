package extract

import (
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
)

// TestParenthesizedTowns makes a town in parentheses after an
// organization, or opening a line before a dash, a place, and leaves a
// club after a player's name alone.
func TestParenthesizedTowns(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text string
		mentions   []string // "name/LABEL" in text order, given to the rule
		town       string
		want       bool
	}{
		{"after a shop, added", "A fashion show by Quorble Boutique (Maywood) followed.", []string{"Quorble Boutique/ORG"}, "Maywood", true},
		{"opening a line before a dash", "(Red Oak) -- The council met on Monday.", []string{"Red Oak/ORG"}, "Red Oak", true},
		{"a club after a player", "Goals: Jane Roe (Lens) and Ann Poe (Metz).", []string{"Jane Roe/PER", "Lens/ORG"}, "Lens", false},
		{"opening a table's line", "(Parent) FORECAST YEAR-AGO", nil, "Parent", false},
		{"no such town", "A show by Quorble Boutique (Quorblesby) followed.", []string{"Quorble Boutique/ORG"}, "Quorblesby", false},
		{"an acronym", "A show by Quorble Holdings (QH) followed.", []string{"Quorble Holdings/ORG"}, "QH", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			got := false
			for _, m := range ex.parenthesizedTowns(doc, mentionsOf(t, doc, tc.mentions...)) {
				got = got || m.Label == ner.LabelLOC && doc.Text[m.Start:m.End] == tc.town
			}
			if got != tc.want {
				t.Errorf("%q in %q a place: %v, want %v", tc.town, tc.text, got, tc.want)
			}
		})
	}
}
