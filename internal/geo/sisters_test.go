package geo

import (
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestSisterDivisions: a country's name that a division of another country
// bears, met only inside an organization's name, is the division in a
// story of that country's other divisions.
func TestSisterDivisions(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name, text string
		places     []string // with mentions; "Georgia" is added with none
		want       string
	}{
		{"a guard unit in a story of states", "Crews from Alaska, Hawaii and Florida trained with the Georgia National Guard.", []string{"Alaska/region", "Hawaii/region", "Florida/region"}, "US"},
		// traps
		{"a place of the country named too", "Crews from Alaska and Hawaii trained with the Georgia Border Police in Tbilisi.", []string{"Alaska/region", "Hawaii/region", "Tbilisi/city"}, "GE"},
		{"one state only", "Crews from Alaska trained with the Georgia Border Police.", []string{"Alaska/region"}, "GE"},
		{"no states", "Diplomats met the Georgia Border Police.", nil, "GE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			places := append(placesOf(tc.text, tc.places...), model.Place{Name: "Georgia", Type: model.PlaceCountry, Mentions: []model.Span{}})
			r.Resolve(tc.text, places, nil, "", nil)
			if got := places[len(places)-1]; got.CountryCode != tc.want {
				t.Errorf("Georgia in %q by %+v, want %s", got.CountryCode, got.Resolution, tc.want)
			}
		})
	}
	// A name the text gives as a place of its own keeps the country.
	text := "Putin's invasions of Georgia and Ukraine worried voters in Texas and Ohio."
	places := placesOf(text, "Georgia/country", "Ukraine/country", "Texas/region", "Ohio/region")
	r.Resolve(text, places, nil, "", nil)
	if got := places[0]; got.CountryCode != "GE" {
		t.Errorf("Georgia beside Ukraine in a story of states: got %q by %+v, want GE", got.CountryCode, got.Resolution)
	}
}
