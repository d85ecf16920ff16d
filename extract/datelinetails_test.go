package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestTailFirstBytes: the first-byte guards in front of the dateline tail
// patterns never turn away a tail the pattern matches.
func TestTailFirstBytes(t *testing.T) {
	tails := []string{
		"", " ", ", Md. (AP) — The", ", Md. (AP) - The", "(AP) — The", " (Reuters) -- The", ", MARCH 29, 2018 --",
		",, Jan. 5 x", " — The", " – The", "-- The", "- The", ": The", " (AP) An aide", ", Gaza Strip – Dozens",
		",Gaza - x", "\t(AFP) - x", " said on", "Inc (AAPL) - shares", "  \t , Md. (AP) —", " \t:", "\t\t— x", "   ",
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
			re    func() *regexp.Regexp
			first string
		}{{datelineTail, datelineTailFirst}, {capitalsDatelineTail, capitalsDatelineTailFirst}} {
			if got, want := findTail(tc.re, tc.first, s), tc.re().FindStringIndex(s); !slices.Equal(got, want) {
				t.Errorf("%q: guarded %v, pattern %v", s, got, want)
			}
		}
		if got, want := regionDashTailAt(s), regionDashTail().FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("%q: guarded %v, region pattern %v", s, got, want)
		}
	}
}

// TestIsCalendarWord checks isCalendarWord against the case-insensitive
// regular expression it replaced, over the words in every case, with "ſ"
// for s (which folds to s), and near misses.
func TestIsCalendarWord(t *testing.T) {
	re := regexp.MustCompile(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$`)
	aw, err := loadAssemblyWords()
	if err != nil {
		t.Fatal(err)
	}
	if len(aw.calendarWords) != 19 {
		t.Fatalf("%d calendar words, want the 7 weekdays and 12 months", len(aw.calendarWords))
	}
	var words []string
	for w := range aw.calendarWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], strings.ReplaceAll(w, "s", "ſ"),
			w[1:], w+"s", " "+w, w[:len(w)-1], strings.ReplaceAll(w, "a", "á"))
	}
	words = append(words, "", "Mon", "Sept", "Biden", "MAYO", "Kay", "K", "monday\n", "mon day")
	for _, w := range words {
		if got, want := aw.isCalendarWord(w), re.MatchString(w); got != want {
			t.Errorf("isCalendarWord(%q) = %v, the expression says %v", w, got, want)
		}
	}
}
