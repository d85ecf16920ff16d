package geo

import (
	"strings"
	"testing"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

func TestListedDivisionRule(t *testing.T) {
	r := newResolver(t)
	// The divisions of each text are resolved; the rule reads the place
	// named Washington.
	for _, tc := range []struct {
		text      string
		divisions []string
		want      string // admin1 code, "" for no pick
	}{
		{"farms in California or Washington", []string{"California"}, "US.WA"},
		{"Oregon, Washington and Idaho", []string{"Oregon", "Idaho"}, "US.WA"},
		{"Alaska, Hawaii, Florida and Washington", []string{"Alaska", "Hawaii", "Florida"}, "US.WA"},
		{"Washington, Oregon", []string{"Oregon"}, "US.WA"},
		{"talks between Texas and Washington", []string{"Texas"}, ""},
		{"Washington and Texas agreed", []string{"Texas"}, ""},
		{"Ontario or Washington", []string{"Ontario"}, ""}, // a division of another country
		{"California. Washington said no.", []string{"California"}, ""},
		{"Washington", nil, ""},
	} {
		names := []string{"Washington"}
		for _, d := range tc.divisions {
			names = append(names, d+"/region")
		}
		places := placesOf(tc.text, names...)
		picks := r.resolveDivisions(t, places[1:])
		starts, ends := divisionMentions(places[1:], picks)
		c, ok := r.listedDivisionRule(tc.text, places[0], starts, ends)
		got := ""
		if ok {
			got = c.place.Admin1Code
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// resolveDivisions resolves each place as the first-level division of its
// name.
func (r *Resolver) resolveDivisions(t *testing.T, places []model.Place) []gaz.Place {
	t.Helper()
	var picks []gaz.Place
	for i := range places {
		c, ok := r.admin1Rule(places[i], r.gaz.Lookup(places[i].Name))
		if !ok {
			t.Fatalf("%s: no division", places[i].Name)
		}
		picks = append(picks, apply(&places[i], c))
	}
	return picks
}

func TestListJoins(t *testing.T) {
	for _, tc := range []struct {
		join string
		list bool
	}{
		{", ", true}, {", and ", true}, {" or ", true}, {", or ", true}, {" and ", false},
	} {
		if listJoinAfter().FindString(tc.join) != tc.join || !listJoinBefore().MatchString("x"+tc.join) {
			t.Errorf("%q is no joiner", tc.join)
		}
		if got := listy(tc.join); got != tc.list {
			t.Errorf("listy(%q) = %v, want %v", tc.join, got, tc.list)
		}
	}
	if listJoinAfter().MatchString(". ") || strings.Contains(". ", ",") {
		t.Error("a full stop joins no list")
	}
}

// TestListedCountryRule: a name that is both a country and a division of
// another country, read as the division because the article's towns lie
// in it, is the country when listed next to another foreign country.
func TestListedCountryRule(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		text  string
		names []string
		want  string // the country code of the first name's pick
	}{
		{"In Atlanta, officials said Georgia and Armenia agreed.", []string{"Georgia/country", "Atlanta/city", "Armenia/country"}, "GE"},
		{"In Atlanta, officials said Armenia, Georgia and Azerbaijan met.", []string{"Georgia/country", "Atlanta/city", "Armenia/country", "Azerbaijan/country"}, "GE"},
		{"In Atlanta, officials said Armenia and Georgia met.", []string{"Georgia/country", "Atlanta/city", "Armenia/country"}, "GE"},
		{"In Atlanta, officials said Georgia and the United States agreed.", []string{"Georgia/country", "Atlanta/city", "United States/country"}, "US"},
		{"In Atlanta, officials said Georgia would talk to Armenia.", []string{"Georgia/country", "Atlanta/city", "Armenia/country"}, "US"},
		{"In Atlanta, officials said Georgia and Alabama agreed.", []string{"Georgia/country", "Atlanta/city", "Alabama/region"}, "US"},
		{"In Kano, officials said Niger and Chad agreed.", []string{"Niger/country", "Kano/city", "Chad/country"}, "NE"},
	} {
		places := placesOf(tc.text, tc.names...)
		r.Resolve(tc.text, places, nil, "", nil)
		p := places[0]
		if p.CountryCode != tc.want {
			t.Errorf("%q: %s in %s (%s), want %s", tc.text, p.Name, p.CountryCode, p.FeatureClass, tc.want)
		}
		if p.CountryCode != "US" && p.Admin1 != nil {
			t.Errorf("%q: the country %s keeps the division %v", tc.text, p.Name, *p.Admin1)
		}
	}
}
