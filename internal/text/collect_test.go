package text

import (
	"math"
	"runtime"
	"testing"
)

// TestCollectAfter checks when CollectAfter collects: never for an article
// of news length, always when the live heap is small beside the article.
func TestCollectAfter(t *testing.T) {
	numGC := func() uint32 {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.NumGC
	}
	runtime.GC()
	before := numGC()
	CollectAfter(collectAfterTokens)
	if got := numGC(); got != before {
		t.Errorf("%d collections after an article of %d tokens, want none", got-before, collectAfterTokens)
	}
	before = numGC()
	CollectAfter(math.MaxInt32) // as many tokens as a 32-bit int holds: the heap is far smaller
	if got := numGC(); got == before {
		t.Errorf("no collection after an article of 2^31-1 tokens")
	}
}
