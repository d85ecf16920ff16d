package geo

import (
	"testing"

	"github.com/newsextract/newsextract/internal/vocab"
)

// TestAbbreviationsFile checks that each code names a division the
// gazetteer holds, and that the parser rejects bad codes.
func TestAbbreviationsFile(t *testing.T) {
	r := newResolver(t)
	for abbr, codes := range r.words.abbrevs {
		if d := r.abbreviated(abbr); len(d) != len(codes) {
			t.Errorf("%s: divisions %v, %d of them in the gazetteer", abbr, codes, len(d))
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
		others             []string // the article's other places
	}{
		{"Fires spread in B.C. overnight.", "B.C.", "CA.02", nil},
		{"Snow closed roads in Ont. and Que.", "Ont.", "CA.08", nil},
		{"Rain fell on Moncton, N.B., at noon.", "Moncton", "CA.04", nil},
		{"Floods hit Lismore, NSW, again.", "Lismore", "AU.02", nil},
		// "WA", two states: the text chooses, else Washington
		{"Fires near Perth, WA, spread.", "Perth", "AU.08", nil},
		{"Rain fell on Seattle, WA, again.", "Seattle", "US.WA", nil},
		{"Mines in WA employ many, Australia's treasurer said.", "WA", "AU.08", []string{"Australia/country"}},
		{"Wildfires in WA forced evacuations.", "WA", "US.WA", nil},
	} {
		places := placesOf(tc.text, append([]string{tc.name}, tc.others...)...)
		r.Resolve(tc.text, places, nil, "", nil)
		got := ""
		if p := places[0]; p.Admin1 != nil {
			got = p.Admin1.Code
		}
		if got != tc.admin1 {
			t.Errorf("%q: got %q (%+v), want %q", tc.text, got, places[0].Resolution, tc.admin1)
		}
	}
}
