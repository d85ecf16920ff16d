package geo

import (
	"testing"

	"github.com/newsextract/newsextract/internal/vocab"
	"github.com/newsextract/newsextract/model"
)

// TestFormerCountriesFile checks that each former country is one the
// lexicon names, and its successor one the gazetteer holds.
func TestFormerCountriesFile(t *testing.T) {
	r := newResolver(t)
	lines, err := vocab.Read(wordFiles, formerFile, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, ln := range lines {
		if c, ok := r.lex.Country(ln.Fields[0]); !ok || c != ln.Fields[0] {
			t.Errorf("%s:%d: %q is no country the lexicon names", formerFile, ln.N, ln.Fields[0])
		}
		if _, ok := r.gaz.Country(ln.Fields[1]); !ok {
			t.Errorf("%s:%d: no country %q in the gazetteer", formerFile, ln.N, ln.Fields[1])
		}
	}
	if _, err := parseFormerCountries([]vocab.Line{{N: 1, Fields: []string{"Zembla", "ZBB"}}}); err == nil {
		t.Error("a three-letter code passed")
	}
}

func TestFormerCountries(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		text, name, country string
	}{
		{"Grain sales to the Soviet Union rose.", "Soviet Union", "RU"},
		{"Grain sales to the USSR rose.", "USSR", "RU"},
		{"Yugoslavia broke up.", "Yugoslavia", "RS"},
		{"East Germany opened the wall.", "East Germany", "DE"},
	} {
		places := placesOf(tc.text, tc.name+"/country")
		r.Resolve(tc.text, places, nil, "", nil)
		if p := places[0]; !p.Resolved || p.CountryCode != tc.country || p.FeatureClass != model.FeatureCountry {
			t.Errorf("%q: got %q %s, want %q", tc.text, p.CountryCode, p.FeatureClass, tc.country)
		}
	}
}
