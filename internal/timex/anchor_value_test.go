package timex

import (
	"testing"
	"time"
)

// TestPointValue: value writes what valueFmt (fmt.Sprintf and
// time.Format) writes, at every granularity, over years at the edges of
// each width and across ISO week years.
func TestPointValue(t *testing.T) {
	years := []int{-1, 0, 1, 9, 10, 99, 100, 999, 1000, 1899, 1999, 2000, 2024, 2025, 9998, 9999, 10000}
	for _, y := range years {
		for _, d := range []time.Time{day(y, 1, 1), day(y, 1, 3), day(y, 6, 15), day(y, 12, 29), day(y, 12, 31)} {
			for g := granNone; g <= granDay+1; g++ {
				p := point{t: d, g: g}
				if got, want := p.value(), p.valueFmt(); got != want {
					t.Errorf("%v at %d: value %q, fmt %q", d, g, got, want)
				}
			}
		}
	}
}
