package geo

import (
	"slices"
	"testing"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
)

func TestPreferOwnNames(t *testing.T) {
	// Made-up entries looked up as "Arden": two towns of that name, and
	// places that list it only as an alternate.
	var (
		ownUS    = gaz.Place{ID: 1, Name: "Arden", Class: "P", Code: "PPL", CountryCode: "US", Population: 20_000}
		ownQQ    = gaz.Place{ID: 2, Name: "Arden", Class: "P", Code: "PPL", CountryCode: "QQ", Population: 1_000}
		oldUS    = gaz.Place{ID: 3, Name: "Bexley", Class: "P", Code: "PPLA2", CountryCode: "US", Population: 150_000}
		exonymZB = gaz.Place{ID: 4, Name: "Ardène", Class: "P", Code: "PPLA", CountryCode: "ZB", Population: 180_000}
		stateUS  = gaz.Place{ID: 5, Name: "Ardenshire", Class: "A", Code: "ADM1", CountryCode: "US"}
		bigUS    = gaz.Place{ID: 6, Name: "Arden City", Class: "P", Code: "PPL", CountryCode: "US", Population: 8_000_000}
		asciiQQ  = gaz.Place{ID: 7, Name: "Ärden", ASCIIName: "Arden", Class: "P", Code: "PPL", CountryCode: "QQ", Population: 500}
	)
	for _, tc := range []struct {
		name string
		cs   []gaz.Place
		want []int
	}{
		{"an old name of a town beside the country's own-name town", []gaz.Place{ownUS, oldUS}, []int{1}},
		{"the same, the old name listed first", []gaz.Place{oldUS, ownUS}, []int{1}},
		{"an exonym of another country's town stays", []gaz.Place{ownUS, exonymZB}, []int{1, 4}},
		{"a division keeps its alternates", []gaz.Place{ownUS, stateUS}, []int{1, 5}},
		{"a town that dwarfs the own-name one stays", []gaz.Place{ownUS, bigUS}, []int{1, 6}},
		{"no own-name town: all stay", []gaz.Place{oldUS, exonymZB}, []int{3, 4}},
		{"a former name abroad, not twice as big as the namesake: goes", []gaz.Place{ownUS, {ID: 10, Name: "Sahor", Class: "P", Code: "PPLA2", CountryCode: "QQ", Population: 30_000}}, []int{1}},
		{"none beside a capital of the name", []gaz.Place{{ID: 8, Name: "Arden", Class: "P", Code: "PPLC", CountryCode: "US", Population: 300_000}, bigUS}, []int{8}},
		{"own name by its ASCII form", []gaz.Place{ownQQ, asciiQQ, oldUS}, []int{2, 7, 3}},
		{"none", nil, nil},
	} {
		before := slices.Clone(tc.cs)
		var got []int
		for _, c := range preferOwnNames("Arden", tc.cs) {
			got = append(got, c.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
		// The candidates are the gazetteer's own list, shared with later
		// lookups of the name: it must come out as it went in.
		if !slices.Equal(tc.cs, before) {
			t.Errorf("%s: the candidates given were changed", tc.name)
		}
	}
}

// TestOwnNamesInGazetteer checks the rule on real entries: GeoNames lists
// "Venice" among Dayton's names and "Calcutta" among Kolkata's.
func TestOwnNamesInGazetteer(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name string
		keep int // a GeoNames id that must stay
		drop int // one that must go, 0 for none
	}{
		{"Venice", 4176380, 4509884},     // Venice, Florida stays; Dayton goes
		{"Calcutta", 1275004, 0},         // Kolkata beside Calcutta, Ohio
		{"Geneva", 2660646, 0},           // Genève beside Geneva, Illinois
		{"Washington", 4140963, 5104853}, // the capital stays; South River, NJ goes
		{"New Delhi", 1261481, 1273294},  // the capital, not Delhi
		{"Montgomery", 4076784, 1166548}, // Alabama's capital, not Sahiwal (once Montgomery)
	} {
		cs := preferOwnNames(tc.name, r.gaz.Lookup(tc.name))
		ids := map[int]bool{}
		for _, c := range cs {
			ids[c.ID] = true
		}
		if !ids[tc.keep] || tc.drop != 0 && ids[tc.drop] {
			t.Errorf("%s: kept %v, want %d in and %d out", tc.name, ids, tc.keep, tc.drop)
		}
	}
}
