package extract

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestPrefiltersAgreeWithExpressions holds the byte checks put before
// regular expressions to the expressions, on random strings of the
// characters they test: a road number or ordinal street the expression
// finds is found, a party-state tag the prefilter turns away is none, and
// the line-by-line dateline agency search finds what the expression in
// multi-line mode finds over the whole head.
func TestPrefiltersAgreeWithExpressions(t *testing.T) {
	multiLine := regexp.MustCompile(`(?m)^[ \t]*[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}`)
	alpha := []string{"A", "B", "M", "I", "C", "-", "0", "1", "9", "4", "5", "s", "t", "n", "d", "r", "h", "F", "S", "T", "E", "N", "i", "rst", "econd", "hird", "ourth", "ifth", "ixth", "eventh", "ighth", "inth", "enth", "leventh", "welfth", "R", "D", " ", ".", "'", "\n", "\t", "\r", "É", "Utah", "N.Y.", "x", "WASHINGTON", " (AP) - ", "\u00a0", "İ"}
	rng := rand.New(rand.NewPCG(2, 3))
	bad := 0
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(7) + 1 {
			b.WriteString(alpha[rng.IntN(len(alpha))])
		}
		s := b.String()
		if isRoadNumber(s) != roadNumber().MatchString(s) {
			t.Errorf("road %q", s)
			bad++
		}
		if isOrdinalStreet(s) != ordinalStreet().MatchString(s) {
			t.Errorf("ordinal %q", s)
			bad++
		}
		pre := !(len(s) < 3 || s[1] != '-')
		if !pre && partyStateTag().MatchString(s) {
			t.Errorf("party %q", s)
			bad++
		}
		var want [][2]int
		for _, loc := range multiLine.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{loc[0], loc[1]})
		}
		if got := agencyPlaces(s); !slices.Equal(got, want) {
			t.Errorf("agencyPlaces(%q) = %v, want %v", s, got, want)
			bad++
		}
		if bad > 10 {
			t.FailNow()
		}
	}
}
