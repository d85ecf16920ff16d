package cmd

import (
	"context"
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"

	"golang.org/x/sync/semaphore"
)

// Memory the run allows itself above what it holds after start-up: the
// larger of a fixed slack, for the garbage of news articles between
// collections, and a share per byte of article text in extraction, so
// that a large article's garbage does not pile up to GOGC=400's five times
// what is live: 1 MB of text holding 19 bytes per byte live peaked at 55
// bytes per byte above start-up. The share is above what the extraction
// holds live per byte of most text (10 to 25, sampled in-process: a word
// every two or three bytes, dates, quotes), so that the collector seldom
// runs on it; text dense with names and records (a name every ten bytes,
// 30 to 43 live) makes the collector run more, at 10 to 20% more CPU time.
// The slack is batchSlack for each batch in extraction, memorySlack (two
// batches, -j 2) at least: a stream of news at -j 8 held eight batches'
// garbage against a slack for two and collected four times as often.
const (
	memorySlack   = 16 << 20
	batchSlack    = memorySlack / 2
	memoryPerByte = 32
)

// ManageMemory, set by the binary's main, lets a run keep the runtime's
// soft memory limit in step with the text in extraction (see byteBudget),
// and put the heap on huge pages (see backHeapWithHugePages). It is
// off in tests that run Execute in-process, which share their process.
var ManageMemory bool

// byteBudget bounds the article text in flight in runOrdered, and keeps
// the Go runtime's soft memory limit in step with the text being
// extracted (text waiting for a worker, or whose record waits to be
// written, holds a few bytes per byte, not the hundreds extraction may
// take: counting it let a window of batches of news lift the limit by
// hundreds of megabytes and the heap grow with it). The CLI collects
// garbage rarely (GOGC=400), which pays on a stream of small articles but
// lets the heap grow to five times what is live; the limit makes the
// collector run before the heap passes start-up + the larger of the slack
// (a share per batch in extraction) and a share per byte in extraction, so
// that a long stream of news stays some tens of megabytes above start-up,
// and a large article a few tens of bytes per byte.
type byteBudget struct {
	size int64
	sem  *semaphore.Weighted

	mu        sync.Mutex
	base      int64 // Go memory after start-up; 0 leaves the limit alone
	held      int64 // bytes of text in extraction
	batches   int64 // batches in extraction
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
// is done with, in the memory limit. A unit whose result is written
// straight into the output (see streamBytes) holds its result until then:
// extracted leaves those units, kept, counted, and written takes each out
// once it is written.
func (b *byteBudget) extracting(units []unit) { b.track(1, textBytes(units)) }
func (b *byteBudget) extracted(units, kept []unit) {
	b.track(-1, textBytes(kept)-textBytes(units))
}
func (b *byteBudget) written(u unit) { b.track(0, -int64(len(u.Article.Text))) }

func textBytes(units []unit) int64 {
	var n int64
	for _, u := range units {
		n += int64(len(u.Article.Text))
	}
	return n
}

// track counts batches more batches and n more bytes in extraction and
// moves the memory limit.
func (b *byteBudget) track(batches, n int64) {
	if b.base == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.batches += batches
	b.held += n
	b.setLimit()
}

func (b *byteBudget) setLimit() {
	limit := int64(math.MaxInt64)
	if b.held <= (math.MaxInt64-b.base)/memoryPerByte {
		limit = b.base + max(memorySlack, batchSlack*b.batches, memoryPerByte*b.held)
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
