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

// TestDatesOutsideNames checks that a date inside a longer person, place
// or organization name goes ("USA Today", "Sheffield Wednesday"), and
// that a date inside a misc name or on its own stays.
func TestDatesOutsideNames(t *testing.T) {
	date := func(start, end int) model.Date { return model.Date{Span: model.Span{Start: start, End: end}} }
	dates := []model.Date{date(4, 9), date(20, 24), date(40, 47)}
	ms := []ner.Mention{
		{Start: 0, End: 9, Label: ner.LabelORG},    // "USA Today"
		{Start: 16, End: 30, Label: ner.LabelMISC}, // "the 2020 Games"
	}
	var got [][2]int
	for _, d := range datesOutsideNames(dates, ms) {
		got = append(got, [2]int{d.Start, d.End})
	}
	if want := [][2]int{{20, 24}, {40, 47}}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
