package geo

import (
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestCountyRule: a county of the United States resolves to the county of
// its name in a state the article names, else in the state of the
// article's town, else to the only county of that name; a name many
// states share stays open without such context, and so does one in a
// story of another country.
func TestCountyRule(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name, text string
		places     []string
		state      string // admin1 code of the county, "" for not resolved by the rule
	}{
		{"a named state", "Orange County deputies met officials from California.", []string{"Orange County", "California/region"}, "US.CA"},
		{"another named state", "Orange County schools in Florida closed.", []string{"Orange County", "Florida/region"}, "US.FL"},
		{"the article's town", "Orange County commissioners met in Orlando; Orlando residents came.", []string{"Orange County", "Orlando/city"}, "US.FL"},
		{"the only county of the name", "Cuyahoga County voters said yes.", []string{"Cuyahoga County"}, "US.OH"},
		{"a parish", "Caddo Parish schools reopened.", []string{"Caddo Parish"}, "US.LA"},
		{"saint written out", "Saint Croix County deputies arrived.", []string{"Saint Croix County"}, "US.WI"},
		// traps
		{"a name many states share, no context", "Orange County deputies arrived.", []string{"Orange County"}, ""},
		{"a story of another country", "Cuyahoga County fans travelled to Britain.", []string{"Cuyahoga County", "Britain/country"}, ""},
		{"a story of another country's towns", "Oxford County farmers met in Woodstock, Ontario, and Woodstock cheered.", []string{"Oxford County", "Woodstock/city"}, ""},
		{"the only county of the name in an American town's story", "Cuyahoga County voters met in Cleveland, and Cleveland cheered.", []string{"Cuyahoga County", "Cleveland/city"}, "US.OH"},
		{"no county of the name", "Quorble County deputies arrived in Texas.", []string{"Quorble County", "Texas/region"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			places := placesOf(tc.text, tc.places...)
			r.Resolve(tc.text, places, nil, "", nil)
			p := places[0]
			isCounty := p.Resolved && p.FeatureClass == model.FeatureAdmin2 && p.GeoNamesID == 0 && p.Lat != nil
			if tc.state == "" {
				if isCounty {
					t.Fatalf("got the county in %+v by %+v, want none", p.Admin1, p.Resolution)
				}
				return
			}
			if !isCounty || p.Admin1 == nil || p.Admin1.Code != tc.state || p.CountryCode != "US" {
				t.Fatalf("got %+v (%+v, %+v), want a county in %s", p, p.Admin1, p.Resolution, tc.state)
			}
		})
	}
}
