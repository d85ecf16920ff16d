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
		mention          string // that mention's text when longer than the road
	}{
		{"added", "The A417 southbound was shut after a crash.", "A417", "", true, ""},
		{"relabeled", "The M25 motorway slowed near Leeds.", "M25", ner.LabelMISC, true, ""},
		{"an interstate", "The I-95 highway reopened on Monday.", "I-95", "", true, ""},
		{"an aircraft", "The airline ordered ten more A380 jets.", "A380", ner.LabelMISC, false, ""},
		{"an aircraft's crash", "The A380 crash killed no one.", "A380", "", false, ""},
		{"another mention of a road", "The A417 heading south was shut. The A417 southbound reopened.", "A417", "", true, ""},
		{"a list with a road", "Traffic went via the A436, A40 and A417 southbound.", "A40", "", true, ""},
		{"a list of numbers alone", "Traffic went via the A436, A40 and A417.", "A40", "", false, ""},
		{"another number of the article", "The A380 landed. The A417 southbound was shut.", "A380", "", false, ""},
		{"cut off a longer name", "It runs to the A429 Quorby junction.", "A429", ner.LabelMISC, true, "A429 Quorby"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			var ms []ner.Mention
			if tc.label != "" {
				name := tc.road
				if tc.mention != "" {
					name = tc.mention
				}
				m := personMention(t, doc, name)
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

// TestIsRoadNumber checks that the prefilter turns away no token the
// regular expression takes, and no more than it.
func TestIsRoadNumber(t *testing.T) {
	for _, w := range []string{"A417", "M25", "B4000", "A1", "A0", "A12345", "I-95", "I-405", "I-4050", "I-", "A", "M", "I95", "C40", "Ave", "417", ""} {
		if got, want := isRoadNumber(w), roadNumber().MatchString(w); got != want {
			t.Errorf("isRoadNumber(%q) = %v, the expression says %v", w, got, want)
		}
	}
}
