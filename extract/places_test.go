package extract

import (
	"context"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestPlaceTypes checks the type a place takes from the words around it.
func TestPlaceTypes(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, name string
		want       model.PlaceType
	}{
		{"Rescuers reached villages in the province of Hatay on Monday.", "Hatay", model.PlaceRegion},
		{"Fighting spread in the Quorbesh province on Monday.", "Quorbesh", model.PlaceRegion},
		{"Aid reached the town of Hatay on Monday.", "Hatay", model.PlaceOther}, // "town" is no region word
	} {
		res, err := e.Extract(context.Background(), model.Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := model.PlaceType("")
		for _, p := range res.Places {
			if p.Name == tc.name {
				got = p.Type
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s is a %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}
