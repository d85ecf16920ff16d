package geo

import (
	"testing"

	"github.com/newsextract/newsextract/internal/vocab"
)

// TestAbbreviationsFile checks that each code names a division the
// gazetteer holds, and that the parser rejects bad codes.
func TestAbbreviationsFile(t *testing.T) {
	r := newResolver(t)
	for abbr, code := range r.words.abbrevs {
		if d := r.abbreviated(abbr); d == nil {
			t.Errorf("%s: no division %s in the gazetteer", abbr, code)
		}
	}
	for _, bad := range []string{"CABC", "C-BC", "CA-"} {
		if _, err := parseAbbreviations([]vocab.Line{{N: 1, Fields: []string{"Zz.", bad}}}); err == nil {
			t.Errorf("%q passed", bad)
		}
	}
}

func TestAbbreviations(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		text, name, admin1 string
	}{
		{"Fires spread in B.C. overnight.", "B.C.", "CA.02"},
		{"Snow closed roads in Ont. and Que.", "Ont.", "CA.08"},
		{"Rain fell on Moncton, N.B., at noon.", "Moncton", "CA.04"},
		{"Floods hit Lismore, NSW, again.", "Lismore", "AU.02"},
	} {
		places := placesOf(tc.text, tc.name)
		r.Resolve(tc.text, places, nil, "")
		got := ""
		if p := places[0]; p.Admin1 != nil {
			got = p.Admin1.Code
		}
		if got != tc.admin1 {
			t.Errorf("%q: got %q (%+v), want %q", tc.text, got, places[0].Resolution, tc.admin1)
		}
	}
	// "WA" is Washington's and Western Australia's: not listed.
	if _, ok := r.words.abbrevs["WA"]; ok {
		t.Error("WA is listed")
	}
}
