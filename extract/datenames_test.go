package extract

import (
	"slices"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/model"
)

// TestDropDateNames checks that a person, place or organization mention
// that is exactly a date goes, and that misc names and overlapping
// mentions stay.
func TestDropDateNames(t *testing.T) {
	dates := []model.Date{{Span: model.Span{Text: "Thanksgiving", Start: 10, End: 22}}}
	ms := []ner.Mention{
		{Start: 10, End: 22, Label: ner.LabelLOC},  // "Thanksgiving" as a place
		{Start: 10, End: 22, Label: ner.LabelMISC}, // as a misc name: stays
		{Start: 10, End: 30, Label: ner.LabelORG},  // longer than the date: stays
		{Start: 40, End: 45, Label: ner.LabelPER},
	}
	var got []string
	for _, m := range dropDateNames(ms, dates) {
		got = append(got, m.Label)
	}
	if want := []string{"MISC", "ORG", "PER"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
