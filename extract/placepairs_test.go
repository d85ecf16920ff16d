package extract

import (
	"slices"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
)

// TestPlacePairs: two known places joined by "&" in one place mention are
// two mentions; a place named so, or a pair with an unknown side, stays.
func TestPlacePairs(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, mention string
		label         string
		want          []string
	}{
		{"TIJUANA & SAN DIEGO, March 29 -- Work starts.", "TIJUANA & SAN DIEGO", "LOC", []string{"LOC:TIJUANA", "LOC:SAN DIEGO"}},
		{"Flights to Leeds & York resumed.", "Leeds & York", "LOC", []string{"LOC:Leeds", "LOC:York"}},
		// traps
		{"Rain fell on Trinidad & Tobago.", "Trinidad & Tobago", "LOC", []string{"LOC:Trinidad & Tobago"}},
		{"Fans of Leeds & Quorbleton cheered.", "Leeds & Quorbleton", "LOC", []string{"LOC:Leeds & Quorbleton"}},
		{"Shares of Marks & Spencer fell.", "Marks & Spencer", "ORG", []string{"ORG:Marks & Spencer"}},
		{"Shares of Leeds & York Holdings fell.", "Leeds & York Holdings", "ORG", []string{"ORG:Leeds & York Holdings"}},
	} {
		doc := e.analyzer.Analyze(tc.text)
		m := personMention(t, doc, tc.mention)
		m.Label = tc.label
		var got []string
		for _, m := range e.placePairs(doc, []ner.Mention{m}) {
			got = append(got, m.Label+":"+mentionText(doc, m))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
