package text

import (
	"runtime"
	"runtime/metrics"
)

// CollectAfter collects the garbage now if a stage has just let go of
// lists for the n tokens of a long article: the next stage's lists would
// otherwise pile up on that garbage until the heap doubles. A collection
// costs about as much as marking the live heap, so it runs only when that
// heap is at most collectBytesPerToken per token of the article: its cost
// is then linear in the article, a fraction of what the stages spend on
// it. It never runs for a news article, where it would cost more than it
// saves.
func CollectAfter(n int) {
	if n <= collectAfterTokens {
		return
	}
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	if live[0].Value.Kind() == metrics.KindUint64 && live[0].Value.Uint64() > uint64(n)*collectBytesPerToken {
		return
	}
	runtime.GC()
}

// collectAfterTokens is the fewest tokens of an article after whose stages
// CollectAfter may collect: far beyond a news article, well below the
// pathological ones (a megabyte of dots is a million tokens).
const collectAfterTokens = 1 << 15

// collectBytesPerToken bounds the live heap, per token of the article,
// under which CollectAfter collects: the stages spend some microseconds a
// token, marking a kilobyte takes well under one.
const collectBytesPerToken = 1 << 10
