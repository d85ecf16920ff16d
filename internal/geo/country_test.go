package geo

import (
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestReconcileCountry checks that a place's country name follows the
// country of the entry it resolved to, and what keeps its name.
func TestReconcileCountry(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name        string
		in          model.Place
		wantCountry string
	}{
		{"a namesake in another country", model.Place{Name: "Paris", Country: "France", CountryCode: "US", FeatureClass: model.FeatureCity}, "United States"},
		{"a site with no country name yet", model.Place{Name: "Quorble Stadium", CountryCode: "ES", FeatureClass: model.FeatureOther}, "Spain"},
		{"a name that agrees stays", model.Place{Name: "Leeds", Country: "United Kingdom", CountryCode: "GB", FeatureClass: model.FeatureCity}, "United Kingdom"},
		{"a country keeps none", model.Place{Name: "Spain", CountryCode: "ES", FeatureClass: model.FeatureCountry}, ""},
		{"an unresolved place keeps its name", model.Place{Name: "Quorn", Country: "France"}, "France"},
	} {
		p := tc.in
		r.reconcileCountry(&p)
		if p.Country != tc.wantCountry {
			t.Errorf("%s: country %q, want %q", tc.name, p.Country, tc.wantCountry)
		}
	}
}
