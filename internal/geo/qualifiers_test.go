package geo

import "testing"

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
	} {
		p := placesOf(tc.text, tc.name)[0]
		c, ok := r.qualifierRule(tc.text, p)
		got := ""
		if ok {
			got = c.place.Admin1Code
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
