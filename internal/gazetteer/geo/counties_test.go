package geo

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"strings"
	"testing"
)

// TestCountiesTable: the embedded table parses, holds every state's
// counties, and gives known counties their state and a point inside them.
func TestCountiesTable(t *testing.T) {
	idx, err := parseCounties(usCounties)
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]bool{}
	n := 0
	for _, ps := range idx {
		for _, p := range ps {
			states[p.Admin1Code] = true
			n++
		}
	}
	if len(states) < 51 || n < 3100 {
		t.Errorf("%d states, %d index entries: want every state and some 3,100 counties", len(states), n)
	}
	g := mustLoad(t)
	for _, tc := range []struct {
		name, state string
		lat, lon    float64 // a point inside the county
	}{
		{"Cuyahoga County", "US.OH", 41.45, -81.68},
		{"Caddo Parish", "US.LA", 32.5, -93.8},
		{"Saint Croix County", "US.WI", 45.03, -92.45},
		{"St. Croix County", "US.WI", 45.03, -92.45},
		{"Miami-Dade County", "US.FL", 25.6, -80.5},
		{"HORRY COUNTY", "US.SC", 33.9, -78.9},
		// Wake Island's ZIP code, filed under Honolulu, is left out of
		// its mean.
		{"Honolulu County", "US.HI", 21.4, -157.9},
		// GeoNames names most parishes and boroughs bare ("Calcasieu").
		{"Calcasieu Parish", "US.LA", 30.2, -93.3},
		{"St. Tammany Parish", "US.LA", 30.4, -89.95},
		{"North Slope Borough", "US.AK", 69.9, -155.4},
		{"Juneau Borough", "US.AK", 58.3, -134.4},
		// GeoNames writes "Saint Johns" and "Ste. Genevieve".
		{"St. Johns County", "US.FL", 29.95, -81.4},
		{"Sainte Genevieve County", "US.MO", 37.9, -90.15},
	} {
		var hit *Place
		for _, p := range g.Counties(tc.name) {
			if p.Admin1Code == tc.state {
				hit = &p
			}
		}
		if hit == nil {
			t.Errorf("%s: no county in %s", tc.name, tc.state)
			continue
		}
		if math.Abs(hit.Lat-tc.lat) > 0.5 || math.Abs(hit.Lon-tc.lon) > 0.5 || hit.Admin1Name == "" || hit.ID != 0 {
			t.Errorf("%s: %+v", tc.name, *hit)
		}
	}
	for _, name := range []string{"De Kalb County", "DeKalb County", "DEKALB COUNTY"} {
		if cs := g.Counties(name); len(cs) != 6 {
			t.Errorf("%s: %d counties, want the six DeKalb counties (AL, GA, IL, IN, MO, TN)", name, len(cs))
		}
	}
	if cs := g.Counties("LaSalle Parish"); len(cs) != 1 || cs[0].Admin1Code != "US.LA" {
		t.Errorf("LaSalle Parish: %+v, want Louisiana's La Salle Parish", cs)
	}
	if cs := g.Counties("Caddo County"); len(cs) != 1 || cs[0].Admin1Code != "US.OK" {
		t.Errorf("Caddo County: %+v, want Oklahoma's only (Caddo Parish is Louisiana's)", cs)
	}
	if cs := g.Counties("Orange County"); len(cs) < 5 {
		t.Errorf("Orange County: %d counties, want one in each of several states", len(cs))
	}
	for _, name := range []string{"Cuyahoga", "County", "Quorble County", "Orange", "Cuyahoga Parish", "Calcasieu County", "North Slope County"} {
		if cs := g.Counties(name); len(cs) != 0 {
			t.Errorf("%s: %d counties, want none", name, len(cs))
		}
	}
	if _, err := parseCounties("OH\tCuyahoga\t91\t-81\n"); err == nil || !strings.Contains(err.Error(), "bad row") {
		t.Errorf("a latitude of 91: %v", err)
	}
}

// countiesSHA256 is the sha256 of us-counties.tsv as scripts/gencounties
// builds it from its pinned input.
const countiesSHA256 = "4255b9035345d1f7a2252cbb573e8ee20ad3f0d01c2cabd177f46e6712f6da4f"

// TestCountiesFileIsThePinnedBuild fails when the embedded county table
// is not what the generator builds (a hand edit, a stale file).
func TestCountiesFileIsThePinnedBuild(t *testing.T) {
	sum := sha256.Sum256([]byte(usCounties))
	if got := hex.EncodeToString(sum[:]); got != countiesSHA256 {
		t.Fatalf("us-counties.tsv sha256 %s, want %s: rebuild with go run ./scripts/gencounties and update countiesSHA256", got, countiesSHA256)
	}
}
