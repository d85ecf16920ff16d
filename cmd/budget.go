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
// byte of article text in flight beyond the first memoryFreeBytes, above
// the most the extraction holds live per byte (about 270 on runs of
// punctuation, a token per byte), so that a large article never makes the
// collector run without pause.
const (
	memorySlack   = 16 << 20
	memoryPerByte = 1024
	// memoryFreeBytes of text in flight are covered by the slack: a few
	// news articles (some kilobytes each, tens of kilobytes live) need no
	// share of their own.
	memoryFreeBytes = 64 << 10
)

// ManageMemory, set by the binary's main, lets a run keep the runtime's
// soft memory limit in step with the text in flight (see byteBudget). It
// is off in tests that run Execute in-process, which share their process.
var ManageMemory bool

// byteBudget bounds the article text in flight in runOrdered, and keeps
// the Go runtime's soft memory limit in step with it. The CLI collects
// garbage rarely (GOGC=400), which pays on a stream of small articles but
// lets the heap grow to five times what is live; the limit makes the
// collector run before the heap passes start-up + slack + a share per
// byte in flight, so that a long stream of news stays some tens of
// megabytes above start-up.
type byteBudget struct {
	size int64
	sem  *semaphore.Weighted

	mu        sync.Mutex
	base      int64 // Go memory after start-up; 0 leaves the limit alone
	held      int64 // bytes of text in flight
	prevLimit int64
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
	if err := b.sem.Acquire(ctx, b.cost(u)); err != nil {
		return err
	}
	b.track(int64(len(u.Article.Text)))
	return nil
}

// release gives u's share back once its outcome is written.
func (b *byteBudget) release(u unit) {
	b.track(-int64(len(u.Article.Text)))
	b.sem.Release(b.cost(u))
}

// track counts n more bytes in flight and moves the memory limit.
func (b *byteBudget) track(n int64) {
	if b.base == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
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
	if b.base != 0 {
		debug.SetMemoryLimit(b.prevLimit)
	}
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
