package geo

import (
	"testing"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// Made-up candidates: a country, a namesake state, and two towns.
var (
	ctry   = gaz.Place{ID: 1, Name: "Zembla", Class: "A", Code: "PCLI", CountryCode: "ZB", Population: 5_000_000}
	state  = gaz.Place{ID: 2, Name: "Zembla", Class: "A", Code: "ADM1", CountryCode: "US", Admin1Code: "US.ZZ"}
	townZB = gaz.Place{ID: 3, Name: "Arden", Class: "P", Code: "PPLC", CountryCode: "ZB", Admin1Code: "ZB.01", Population: 900_000}
	townUS = gaz.Place{ID: 4, Name: "Arden", Class: "P", Code: "PPL", CountryCode: "US", Admin1Code: "US.ZZ", Population: 20_000}
	townQ  = gaz.Place{ID: 5, Name: "Arden", Class: "P", Code: "PPL", CountryCode: "QQ", Admin1Code: "QQ.02", Population: 400_000}
	seat   = gaz.Place{ID: 6, Name: "Zembla", Class: "P", Code: "PPLA", CountryCode: "US", Admin1Code: "US.ZZ", Population: 50_000}
)

func emptyArticle() *article {
	return &article{countries: map[string]bool{}, admin1s: map[string]bool{}}
}

func TestCountryRule(t *testing.T) {
	for _, tc := range []struct {
		name   string
		place  model.Place
		hints  []string
		want   int
		runner int
	}{
		{"country by type", model.Place{Name: "Zembla", Type: model.PlaceCountry}, nil, 1, 2},
		{"country by exact name", model.Place{Name: "Zembla", Type: model.PlaceOther}, nil, 1, 2},
		{"state where other places lie", model.Place{Name: "Zembla", Type: model.PlaceCountry}, []string{"", "US.ZZ"}, 0, 0},
		{"no country candidate", model.Place{Name: "Arden"}, nil, 0, 0},
	} {
		a := emptyArticle()
		a.hints = tc.hints
		c, ok := countryRule(tc.place, []gaz.Place{ctry, state, townZB}, a, 0)
		if got := map[bool]int{true: c.place.ID}[ok]; got != tc.want || c.runnerUp != tc.runner {
			t.Errorf("%s: got %d (runner-up %d), want %d (%d)", tc.name, got, c.runnerUp, tc.want, tc.runner)
		}
	}
}

func TestAdmin1Rule(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name  string
		place model.Place
		cs    []gaz.Place
		want  int
	}{
		{"exact division name", model.Place{Name: "Zembla"}, []gaz.Place{state, townUS}, 2},
		{"a seat of that name is a city", model.Place{Name: "Zembla"}, []gaz.Place{state, seat}, 0},
		{"unless the text calls it a region", model.Place{Name: "Zembla", Type: model.PlaceRegion}, []gaz.Place{state, seat}, 2},
		{"no division", model.Place{Name: "Arden"}, []gaz.Place{townUS, townZB}, 0},
	} {
		c, ok := r.admin1Rule(tc.place, tc.cs)
		if got := map[bool]int{true: c.place.ID}[ok]; got != tc.want {
			t.Errorf("%s: got %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestContextRule(t *testing.T) {
	cs := []gaz.Place{townZB, townUS, townQ}
	for _, tc := range []struct {
		name      string
		countries []string
		admin1s   []string
		want      int
	}{
		{"inside a named division", nil, []string{"US.ZZ"}, 4},
		{"inside a named country", []string{"QQ"}, nil, 5},
		{"a named country's town dwarfed by a capital", []string{"US"}, nil, 0},
		{"a named division's town dwarfed by a big city of a named country", []string{"ZB"}, []string{"US.ZZ"}, 3},
		{"not dwarfed twenty times over: the division's", []string{"QQ"}, []string{"US.ZZ"}, 4},
		{"no context", nil, nil, 0},
	} {
		a := emptyArticle()
		for _, c := range tc.countries {
			a.countries[c] = true
		}
		for _, c := range tc.admin1s {
			a.admin1s[c] = true
		}
		c, ok := contextRule(model.Place{Name: "Arden"}, cs, a)
		if got := map[bool]int{true: c.place.ID}[ok]; got != tc.want {
			t.Errorf("%s: got %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestPatternRule(t *testing.T) {
	r := newResolver(t)
	cs := r.gaz.Lookup("Portland")
	for _, tc := range []struct {
		text, admin1 string
	}{
		{"They moved to Portland, Maine, in May.", "US.ME"},
		{"They moved to Portland, Oregon.", "US.OR"},
		{"They moved to Portland, Ore., in May.", "US.OR"},
		{"They moved to Portland, Maine.", "US.ME"},
		{"They moved to Portland, which rains.", ""},
		{"They moved to Portland.", ""},
	} {
		p := placesOf(tc.text, "Portland")[0]
		c, ok := r.patternRule(p, cs, &article{text: tc.text})
		got := ""
		if ok {
			got = c.place.Admin1Code
		}
		if got != tc.admin1 {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.admin1)
		}
	}
}

func TestDatelineRule(t *testing.T) {
	cs := []gaz.Place{townZB, townUS, townQ}
	for _, tc := range []struct {
		dateline string
		want     int
	}{
		{"QQ", 5}, {"ZB", 3}, {"US", 0}, {"", 0},
	} {
		a := emptyArticle()
		a.dateline = tc.dateline
		c, ok := datelineRule(model.Place{Name: "Arden"}, cs, a)
		if got := map[bool]int{true: c.place.ID}[ok]; got != tc.want {
			t.Errorf("dateline %q: got %d, want %d", tc.dateline, got, tc.want)
		}
	}
}

func TestPopulationRule(t *testing.T) {
	for _, tc := range []struct {
		name   string
		cs     []gaz.Place
		want   int
		runner int
	}{
		{"most populous, the next far behind", []gaz.Place{townUS, townZB}, 3, 0},
		{"close runner-up", []gaz.Place{townQ, townUS, townZB}, 3, 5},
		{"equal populations: the higher rank", []gaz.Place{state, {ID: 7, Class: "A", Code: "ADM2"}}, 2, 0},
		{"none", nil, 0, 0},
	} {
		c, ok := populationRule(model.Place{}, tc.cs, emptyArticle())
		if got := map[bool]int{true: c.place.ID}[ok]; got != tc.want || c.runnerUp != tc.runner {
			t.Errorf("%s: got %d (runner-up %d), want %d (%d)", tc.name, got, c.runnerUp, tc.want, tc.runner)
		}
	}
}

func TestDwarfed(t *testing.T) {
	county := gaz.Place{ID: 8, Name: "Arden", Class: "A", Code: "ADMD", CountryCode: "QQ"}
	for _, tc := range []struct {
		name string
		pick gaz.Place
		cs   []gaz.Place
		want bool
	}{
		{"a town forty times smaller", townUS, []gaz.Place{townZB, townUS}, true},
		{"a town twenty times smaller", townUS, []gaz.Place{townQ, townUS}, false},
		{"a division of unknown population", county, []gaz.Place{townZB, county}, false},
		{"a village of unknown population", gaz.Place{ID: 9, Class: "P", Code: "PPL"}, []gaz.Place{townUS}, true},
	} {
		if got := dwarfed(tc.pick, tc.cs); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
