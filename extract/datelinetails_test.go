package extract

import (
	"regexp"
	"slices"
	"testing"
)

// TestTailFirstBytes: the first-byte guards in front of the dateline tail
// patterns never turn away a tail the pattern matches.
func TestTailFirstBytes(t *testing.T) {
	tails := []string{
		"", " ", ", Md. (AP) — The", ", Md. (AP) - The", "(AP) — The", " (Reuters) -- The", ", MARCH 29, 2018 --",
		",, Jan. 5 x", " — The", " – The", "-- The", "- The", ": The", " (AP) An aide", ", Gaza Strip – Dozens",
		",Gaza - x", "\t(AFP) - x", " said on", "Inc (AAPL) - shares",
	}
	var all []string
	for _, s := range tails {
		all = append(all, s)
		for b := 0; b < 256; b++ {
			all = append(all, string([]byte{byte(b)})+s)
		}
	}
	for _, s := range all {
		for _, tc := range []struct {
			re    *regexp.Regexp
			first string
		}{{datelineTail(), datelineTailFirst}, {capitalsDatelineTail(), capitalsDatelineTailFirst}} {
			if got, want := findTail(tc.re, tc.first, s), tc.re.FindStringIndex(s); !slices.Equal(got, want) {
				t.Errorf("%q: guarded %v, pattern %v", s, got, want)
			}
		}
		if got, want := regionDashTailAt(s), regionDashTail().FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("%q: guarded %v, region pattern %v", s, got, want)
		}
	}
}
