package testcorpus

import (
	"runtime"
	"testing"
	"time"
)

// maxRatio is the most times as long input(4n) may take as input(n).
const maxRatio = 11

// minSmallRun is how long the small input's run must take, at least.
const minSmallRun = 20 * time.Millisecond

// Linear fails the test unless run takes well under sixteen times as long
// on input(4n) as on input(n): a stage that is quadratic takes sixteen
// times, a linear one four to six on a quiet machine, and up to nine or ten
// when the small input fits the caches and the large one does not while
// the rest of the test suite runs beside it (measured for tokenizing runs
// of "a. " at 25 and 100 KB). The fastest of five runs of each counts,
// taken in turn so that a busy spell of the machine slows both; since a
// busy machine can still slow the large run alone, a ratio over maxRatio
// is measured again, twice, before the test fails. The large input must also take
// under ceiling (raceSlowdown times it under the race detector), so that
// a regression cannot hide behind a slow small run.
// n is doubled (up to 16 times) until the small input takes minSmallRun.
func Linear(t *testing.T, n int, input func(n int) string, run func(string), ceiling time.Duration) {
	t.Helper()
	// A run of a few milliseconds is timed mostly by what else the machine
	// does (the small input once took 2.8 ms and the large one 31 to 38 ms
	// while other packages' tests ran, a linear stage): grow the inputs
	// until the small one takes a while, which shows a quadratic stage
	// all the more.
	for n0 := n; n < 16*n0 && timed(run, input(n)) < minSmallRun; {
		n *= 2
	}
	small, large := input(n), input(4*n)
	ceiling *= raceSlowdown
	for attempt := 1; ; attempt++ {
		ts, tl := time.Duration(1<<62), time.Duration(1<<62)
		for range 5 {
			ts = min(ts, timed(run, small))
			tl = min(tl, timed(run, large))
		}
		ratio := float64(tl) / float64(ts)
		t.Logf("%d bytes: %v; %d bytes: %v (%.1fx)", len(small), ts, len(large), tl, ratio)
		if ratio <= maxRatio && tl <= ceiling {
			return
		}
		if attempt == 3 {
			t.Errorf("%d bytes took %v, %.1f times as long as %d bytes, on three attempts: want under %d times and under %v", len(large), tl, ratio, len(small), maxRatio, ceiling)
			return
		}
	}
}

func timed(run func(string), in string) time.Duration {
	runtime.GC()
	start := time.Now()
	run(in)
	return time.Since(start)
}
