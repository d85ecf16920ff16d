package extract

import (
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
)

// TestRoadPlaces makes road numbers near a road word places, added or
// relabeled, and leaves other numbers of that shape alone.
func TestRoadPlaces(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text, road string
		label            string // the road's mention given to the rule, "" for none
		want             bool
	}{
		{"added", "The A417 southbound was shut after a crash.", "A417", "", true},
		{"relabeled", "The M25 motorway slowed near Leeds.", "M25", ner.LabelMISC, true},
		{"an interstate", "The I-95 highway reopened on Monday.", "I-95", "", true},
		{"an aircraft", "The airline ordered ten more A380 jets.", "A380", ner.LabelMISC, false},
		{"an aircraft's crash", "The A380 crash killed no one.", "A380", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			var ms []ner.Mention
			if tc.label != "" {
				m := personMention(t, doc, tc.road)
				m.Label = tc.label
				ms = append(ms, m)
			}
			got := false
			for _, m := range ex.roadPlaces(doc, ms) {
				got = got || m.Label == ner.LabelLOC && doc.Text[m.Start:m.End] == tc.road
			}
			if got != tc.want {
				t.Errorf("%q in %q a place: %v, want %v", tc.road, tc.text, got, tc.want)
			}
		})
	}
}
