package geo

import (
	"testing"

	"github.com/newsextract/newsextract/internal/vocab"
	"github.com/newsextract/newsextract/model"
)

// TestLandmarkRule puts listed landmarks at their towns, ahead of any
// gazetteer entry that shares the name ("White House" is an alternate name
// of Casablanca), with no id of their own.
func TestLandmarkRule(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name, text string
		place      string
		country    string
		latMin     float64
		latMax     float64
	}{
		{"a seat of government, not Casablanca", "A statement from the White House came late.", "White House", "US", 38, 40},
		{"accents folded", "Talks at the Élysée ended.", "Élysée", "FR", 48, 49.5},
		{"a palace", "Crowds gathered outside the Kremlin.", "Kremlin", "RU", 55, 56.5},
		{"an airport", "Flights left Heathrow at noon.", "Heathrow", "GB", 51, 52},
	} {
		t.Run(tc.name, func(t *testing.T) {
			places := placesOf(tc.text, tc.place)
			r.Resolve(tc.text, places, nil, "", nil)
			p := places[0]
			if p.Resolved || p.GeoNamesID != 0 || p.Resolution == nil || p.Resolution.Rule != model.RuleWithin {
				t.Fatalf("got %+v (%+v), want a point within its town and no id", p, p.Resolution)
			}
			if p.CountryCode != tc.country || *p.Lat < tc.latMin || *p.Lat > tc.latMax {
				t.Errorf("got %s %.2f, want %s between %.1f and %.1f", p.CountryCode, *p.Lat, tc.country, tc.latMin, tc.latMax)
			}
		})
	}
}

// TestLandmarkNameOfATown leaves a listed name followed by its state to
// the other rules: White House, Tennessee is a town there.
func TestLandmarkNameOfATown(t *testing.T) {
	r := newResolver(t)
	text := "A fire broke out in White House, Tennessee, on Monday."
	places := placesOf(text, "White House", "Tennessee/region")
	r.Resolve(text, places, nil, "", nil)
	p := places[0]
	if !p.Resolved || p.Admin1 == nil || p.Admin1.Code != "US.TN" || p.Resolution.Rule == model.RuleWithin {
		t.Errorf("got %+v (%+v), want the town in Tennessee", p, p.Resolution)
	}
}

// TestReadLandmarks checks the shipped list and that malformed lines are
// errors naming the file and line.
func TestReadLandmarks(t *testing.T) {
	lm, err := readLandmarks()
	if err != nil {
		t.Fatal(err)
	}
	r := newResolver(t)
	for name, l := range lm {
		found := false
		for _, c := range r.gaz.Lookup(l.town) {
			found = found || c.Class == "P" && c.CountryCode == l.country && exactName(c, l.town)
		}
		if !found {
			t.Errorf("%s: no town %s in %s in the gazetteer", name, l.town, l.country)
		}
	}
	for _, bad := range []string{
		"White House\tWashington\n",
		"White House\tWashington\tUSA\n",
		"White House\tWashington\tUS\nWhite  House\tWashington\tUS\n",
		"White House\tWashington\tUS\nWHITE HOUSE\tWashington\tUS\n",
	} {
		lines, err := vocab.Parse("landmarks.tsv", bad, 3, 3)
		if err == nil {
			_, err = parseLandmarks(lines)
		}
		if err == nil {
			t.Errorf("%q parsed, want an error", bad)
		}
	}
}
