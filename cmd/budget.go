package cmd

import (
	"context"
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"

	"golang.org/x/sync/semaphore"
)

// Memory the run allows itself above what it holds after start-up: a fixed
// slack for the articles' garbage between collections, and a share per
// byte of article text in extraction beyond the first memoryFreeBytes, above
// the most the extraction holds live per byte (about 90 on runs of
// punctuation, a token per byte), so that a large article never makes the
// collector run without pause.
const (
	memorySlack   = 16 << 20
	memoryPerByte = 1024
	// memoryFreeBytes of text in extraction are covered by the slack: a
	// batch of news on each of two workers (batchBytes, some tens of bytes
	// live per byte) needs no share of its own.
	memoryFreeBytes = 64 << 10
)

// ManageMemory, set by the binary's main, lets a run keep the runtime's
// soft memory limit in step with the text in extraction (see byteBudget). It
// is off in tests that run Execute in-process, which share their process.
var ManageMemory bool

// byteBudget bounds the article text in flight in runOrdered, and keeps
// the Go runtime's soft memory limit in step with the text being
// extracted (text waiting for a worker, or whose record waits to be
// written, holds a few bytes per byte, not the hundreds extraction may
// take: counting it let a window of batches of news lift the limit by
// hundreds of megabytes and the heap grow with it). The CLI collects
// garbage rarely (GOGC=400), which pays on a stream of small articles but
// lets the heap grow to five times what is live; the limit makes the
// collector run before the heap passes start-up + slack + a share per
// byte in extraction, so that a long stream of news stays some tens of
// megabytes above start-up.
type byteBudget struct {
	size int64
	sem  *semaphore.Weighted

	mu        sync.Mutex
	base      int64 // Go memory after start-up; 0 leaves the limit alone
	held      int64 // bytes of text in extraction
	prevLimit int64
	// closed is set once the limit there was before is back: a worker
	// still inside a batch when a cancelled run returns must not set
	// the limit again when it is done.
	closed bool
}

// newByteBudget returns a budget of size bytes. With limitMemory it also
// sets the soft memory limit from the Go memory in use now, until close.
func newByteBudget(size int64, limitMemory bool) *byteBudget {
	b := &byteBudget{size: size, sem: semaphore.NewWeighted(size)}
	if limitMemory {
		b.base = goMemory()
		b.prevLimit = debug.SetMemoryLimit(-1)
		b.setLimit()
	}
	return b
}

// cost is what a unit takes of the budget: the bytes of its text, or the
// whole budget for an article larger than it, which then runs alone.
func (b *byteBudget) cost(u unit) int64 {
	return min(int64(len(u.Article.Text)), b.size)
}

// acquire waits until u fits in the budget, or ctx is done.
func (b *byteBudget) acquire(ctx context.Context, u unit) error {
	return b.sem.Acquire(ctx, b.cost(u))
}

// release gives u's share back once its outcome is written.
func (b *byteBudget) release(u unit) {
	b.sem.Release(b.cost(u))
}

// extracting counts the units a worker starts on, and extracted those it
// is done with, in the memory limit.
func (b *byteBudget) extracting(units []unit) { b.track(textBytes(units)) }
func (b *byteBudget) extracted(units []unit)  { b.track(-textBytes(units)) }

func textBytes(units []unit) int64 {
	var n int64
	for _, u := range units {
		n += int64(len(u.Article.Text))
	}
	return n
}

// track counts n more bytes in extraction and moves the memory limit.
func (b *byteBudget) track(n int64) {
	if b.base == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.held += n
	b.setLimit()
}

func (b *byteBudget) setLimit() {
	limit, held := b.base+memorySlack, max(0, b.held-memoryFreeBytes)
	if held > (math.MaxInt64-limit)/memoryPerByte {
		limit = math.MaxInt64
	} else {
		limit += memoryPerByte * held
	}
	debug.SetMemoryLimit(limit)
}

// close restores the memory limit there was before.
func (b *byteBudget) close() {
	if b.base == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	debug.SetMemoryLimit(b.prevLimit)
}

// goMemory is the memory the runtime's limit counts: all it has mapped,
// less what it has given back to the system.
func goMemory() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64() - s[1].Value.Uint64())
}
