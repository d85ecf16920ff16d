package geo

import "testing"

func TestNamesInside(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name, division string
		want           bool
	}{
		{"Canada", "BC", true},
		{"Vancouver", "BC", true},
		{"British Columbia", "BC", true},
		{"Melbourne", "Victoria", true},
		{"Australia", "Victoria", true},
		// traps: a place of another country or division
		{"Serbia", "BC", false},
		{"Toronto", "BC", false},
		{"Israel", "Victoria", false},
		{"Sydney", "Victoria", false},
		{"Quorby", "BC", false},
	} {
		if got := r.NamesInside(tc.name, tc.division); got != tc.want {
			t.Errorf("NamesInside(%q, %q) = %v, want %v", tc.name, tc.division, got, tc.want)
		}
	}
}
