package geo

import (
	"testing"

	"github.com/newsextract/newsextract/model"
)

func TestGeneric(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"West", true}, {"West Coast", true}, {"Gulf", true}, {"Central", true}, {"North", true},
		{"West Bank", false}, {"West Virginia", false}, {"Gulf Shores", false}, {"North Korea", false}, {"", false},
	} {
		if got := r.generic(tc.name); got != tc.want {
			t.Errorf("generic(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestGenericRule resolves generic names in made-up sentences: the first
// place listed is checked.
func TestGenericRule(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		text    string
		places  []string
		country string // "" for unresolved
		class   model.FeatureClass
	}{
		{"Storms hit the West Coast.", []string{"West Coast"}, "", ""},
		{"Oil prices in the Gulf rose.", []string{"Gulf"}, "", ""},
		{"Ties with the West frayed.", []string{"West"}, "", ""},
		{"Storms hit the West Coast of New Zealand.", []string{"West Coast", "New Zealand/country"}, "NZ", model.FeatureAdmin1},
		{"An explosion in West shook Texas.", []string{"West", "Texas/region"}, "", ""},
		{"An explosion in West, Texas, shook the plant.", []string{"West"}, "US", model.FeatureCity},
		{"An explosion in West shook the United States.", []string{"West", "United States/country"}, "", ""},
	} {
		places := placesOf(tc.text, tc.places...)
		r.Resolve(tc.text, places, nil, "", nil)
		p := places[0]
		if tc.country == "" {
			if p.Lat != nil {
				t.Errorf("%q: got %s in %s, want unresolved", tc.text, p.Name, p.CountryCode)
			}
			continue
		}
		if !p.Resolved || p.CountryCode != tc.country || p.FeatureClass != tc.class {
			t.Errorf("%q: got %q %s, want %q %s", tc.text, p.CountryCode, p.FeatureClass, tc.country, tc.class)
		}
	}
}
