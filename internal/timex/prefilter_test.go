package timex

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMayHoldDateRandomLines holds the dateline reader's prefilter to the
// reader: no random line of date words, numbers (also in other scripts),
// ordinals and punctuation in which the reader finds a date or a year is
// turned away by mayHoldDate.
func TestMayHoldDateRandomLines(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	var pieces []string
	for w := range v.ordinals {
		pieces = append(pieces, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for w := range v.ordinalTens {
		pieces = append(pieces, w, w+"-first", strings.ToUpper(w))
	}
	pieces = append(pieces, strings.Fields("Monday Tuesday today yesterday tomorrow noon Christmas Eve Day New Year's May Aug. August Sept. of the , - — ( ) Reuters AP WASHINGTON last next week month year decade century midnight Easter Ramadan Thanksgiving spring summer mid-August early late MMXXV one two twenty hundred thousand dozen ½ ١٢ ２０２５ Ⅻ ⅻ ¹ ² ௧ ۱۴۰۳ ")...)
	rng := rand.New(rand.NewPCG(9, 9))
	bad, found := 0, 0
	for range 50_000 {
		var b strings.Builder
		for range rng.IntN(8) + 1 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString([]string{" ", ", ", "-", ""}[rng.IntN(4)])
		}
		line := b.String()
		_, y, ok := datelineInLine(v, line, 0)
		if ok || y != 0 {
			found++
		}
		if (ok || y != 0) && !mayHoldDate(v, line) {
			t.Errorf("%q: date/year found (ok %v y %d) but prefilter says no", line, ok, y)
			if bad++; bad > 10 {
				t.FailNow()
			}
		}
	}
	t.Logf("pieces %d, lines with a date or year %d", len(pieces), found)
}
