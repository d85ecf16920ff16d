package geo

import (
	"maps"
	"slices"
	"testing"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

var mentioned = model.Place{Name: "Arden", Mentions: []model.Span{{Start: 0, End: 5}}}

func TestImplication(t *testing.T) {
	for _, tc := range []struct {
		name            string
		cs              []gaz.Place
		place           model.Place
		country, admin1 string
	}{
		{"one town: its country and division", []gaz.Place{townQ}, mentioned, "QQ", "QQ.02"},
		{"towns of one country, two divisions: the country", []gaz.Place{townUS, {ID: 9, Class: "P", CountryCode: "US", Admin1Code: "US.YY"}}, mentioned, "US", ""},
		{"towns of two countries: nothing", []gaz.Place{townUS, townQ}, mentioned, "", ""},
		{"named only inside an organization's name: nothing", []gaz.Place{townQ}, model.Place{Name: "Arden"}, "", ""},
		{"no candidate: nothing", nil, mentioned, "", ""},
		{"a town found only by an alternate name: nothing", []gaz.Place{townQ}, model.Place{Name: "Alfa", Mentions: mentioned.Mentions}, "", ""},
		{"a division by its abbreviation", []gaz.Place{state}, model.Place{Name: "Zem.", Mentions: mentioned.Mentions}, "US", "US.ZZ"},
	} {
		country, admin1 := implication(tc.place, tc.cs)
		if country != tc.country || admin1 != tc.admin1 {
			t.Errorf("%s: got %q %q, want %q %q", tc.name, country, admin1, tc.country, tc.admin1)
		}
	}
}

func TestImpliedContext(t *testing.T) {
	places := []model.Place{mentioned, mentioned, mentioned}
	cands := [][]gaz.Place{{townQ}, {townQ}, {townUS}}
	im := impliedContext(emptyArticle(), places, cands, []bool{false, false, true})
	if got := slices.Sorted(maps.Keys(im.countries)); !slices.Equal(got, []string{"QQ"}) || im.countries["QQ"] != 2 {
		t.Errorf("countries %v, want QQ twice (the skipped landmark implies nothing)", im.countries)
	}
}

func TestImpliedRule(t *testing.T) {
	cs := []gaz.Place{townZB, townUS, townQ}
	for _, tc := range []struct {
		name   string
		others [][]gaz.Place
		want   int
	}{
		{"another place only in QQ: QQ's namesake", [][]gaz.Place{{townQ}}, 5},
		{"another place only in the division US.ZZ: its namesake, but a capital 45 times bigger wins", [][]gaz.Place{{townUS}}, 0},
		{"others ambiguous: no context", [][]gaz.Place{{townUS, townQ}}, 0},
		{"two places in QQ, one in US.ZZ: the country most imply", [][]gaz.Place{{townQ}, {townUS}, {townQ}}, 5},
		{"one each: both, and the more populous namesake", [][]gaz.Place{{townQ}, {townUS}}, 5},
		{"a country most imply, and the namesake the capital does not dwarf", [][]gaz.Place{{townQ}, {townQ}}, 5},
		{"no other place: no context", nil, 0},
	} {
		places := []model.Place{mentioned}
		cands := [][]gaz.Place{cs}
		for _, o := range tc.others {
			places, cands = append(places, mentioned), append(cands, o)
		}
		im := impliedContext(emptyArticle(), places, cands, make([]bool, len(places)))
		c, ok := im.rule(mentioned, cs, nil)
		if got := map[bool]int{true: c.place.ID}[ok]; got != tc.want {
			t.Errorf("%s: got %d, want %d", tc.name, got, tc.want)
		}
	}
	// Without the capital, the division's namesake.
	im := impliedContext(emptyArticle(), []model.Place{mentioned, mentioned}, [][]gaz.Place{{townUS, townQ}, {townUS}}, []bool{false, false})
	if c, ok := im.rule(mentioned, []gaz.Place{townUS, townQ}, nil); !ok || c.place.ID != 4 {
		t.Errorf("got %d, want the namesake in the implied division", c.place.ID)
	}
	// A place does not vouch for itself: alone in its country, its own
	// implication is taken out.
	im = impliedContext(emptyArticle(), []model.Place{mentioned}, [][]gaz.Place{{townQ}}, []bool{false})
	if _, ok := im.rule(mentioned, []gaz.Place{townQ}, nil); ok {
		t.Error("a place's own implication decided it")
	}
}
