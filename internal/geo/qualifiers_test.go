package geo

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

func TestQualifierRule(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		text, name string
		want       string // admin1 code, "" for no pick
	}{
		{"a bakery in Tacoma, Washington opened", "Washington", "US.WA"},
		{"from Spokane Valley, Washington", "Washington", "US.WA"},
		{"flights from Boston, Washington and Chicago", "Washington", ""},
		{"in Albany, New York", "New York", "US.NY"},
		{"a mayor, Washington said", "Washington", ""},
		{"Atlanta, Georgia", "Georgia", "US.GA"},
		{"Tbilisi, Georgia", "Georgia", ""},
		{"Washington", "Washington", ""},
		{"crews drove to central Washington", "Washington", "US.WA"},
		{"snow in upstate New York", "New York", "US.NY"},
		{"snow in Central Washington", "Washington", ""}, // a name's own word
		{"a central Washington agency", "Washington", "US.WA"},
		{"fog in central London", "London", ""},
	} {
		p := placesOf(tc.text, tc.name)[0]
		c, ok := r.qualifierRule(tc.text, p, true)
		got := ""
		if ok {
			got = c.place.Admin1Code
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestPartOfCountry(t *testing.T) {
	r := newResolver(t)
	text := "Rain fell on southern Mexico and Chiapas."
	places := placesOf(text, "Mexico/country", "Chiapas/region")
	r.Resolve(text, places, nil, "", nil)
	if p := places[0]; p.FeatureClass != model.FeatureCountry {
		t.Errorf("southern Mexico: got %s %s, want the country", p.FeatureClass, p.Resolution.Rule)
	}
}

// TestLastWord holds lastWord to its definition, the last of
// strings.Fields(s) when s ends in a space, over spaces of every width and
// bytes that are not UTF-8.
func TestLastWord(t *testing.T) {
	fields := func(s string) string {
		f := strings.Fields(s)
		if !strings.HasSuffix(s, " ") || len(f) == 0 {
			return ""
		}
		return f[len(f)-1]
	}
	pieces := []string{"", " ", "  ", "\u00a0", "\u2003", "\u0085", "\u3000", "\t", "\n", "\v", "\f", "\xc2", "\xa0", "\xff",
		"central", "Zürich", "a", "-", ",", "upstate"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				for _, d := range pieces {
					s := a + b + c + d
					if got, want := lastWord(s), fields(s); got != want {
						t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
					}
				}
			}
		}
	}
}
