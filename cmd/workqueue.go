package cmd

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/newsextract/newsextract/extract"
)

// What a worker takes at once: its share of the units already queued when
// it is free (the queue split evenly between the workers, so that a short
// run keeps every worker busy), up to batchUnits of them and batchBytes of
// article text, which extract.ExtractBatch runs stage by stage (each
// stage's tables stay in the cache over the batch). A worker never waits
// for a batch to fill, so a slow stream costs no latency; an article of
// batchBytes or more runs alone.
const (
	batchUnits = extract.BatchArticles
	batchBytes = extract.BatchBytes
)

// queued is a unit waiting for a worker, with the slot its outcome goes to.
type queued struct {
	unit unit
	slot chan outcome
}

// workQueue hands the units runOrdered emits to its workers in batches of
// consecutive units.
type workQueue struct {
	// units holds pointers: the queue is some tens of units per worker,
	// and a unit is some hundreds of bytes.
	units   chan *queued
	workers int

	mu sync.Mutex
	// next is a unit taken from units that did not fit in the batch being
	// taken: it starts the next one.
	next *queued
}

func newWorkQueue(size, workers int) *workQueue {
	return &workQueue{units: make(chan *queued, size), workers: workers}
}

// take waits for a unit and returns it with the units queued behind it,
// within the worker's share, batchUnits and batchBytes. It returns none
// once the queue is closed and empty, or ctx is done.
func (q *workQueue) take(ctx context.Context) []*queued {
	q.mu.Lock()
	defer q.mu.Unlock()
	if ctx.Err() != nil {
		return nil
	}
	first := q.next
	q.next = nil
	if first == nil {
		select {
		case it, ok := <-q.units:
			if !ok {
				return nil
			}
			first = it
		case <-ctx.Done():
			return nil
		}
	}
	batch := []*queued{first}
	size := len(first.unit.Article.Text)
	share := min(batchUnits, (1+len(q.units)+q.workers-1)/q.workers)
	for len(batch) < share && size < batchBytes {
		select {
		case it, ok := <-q.units:
			if !ok {
				return batch
			}
			if size+len(it.unit.Article.Text) > batchBytes {
				q.next = it
				return batch
			}
			batch = append(batch, it)
			size += len(it.unit.Article.Text)
		default:
			return batch
		}
	}
	return batch
}

// serve runs work over the batches it takes until the queue is closed and
// empty or ctx is done, putting each outcome in its unit's slot.
func (q *workQueue) serve(ctx context.Context, budget *byteBudget, work func(context.Context, []unit) []outcome) {
	for {
		batch := q.take(ctx)
		if len(batch) == 0 {
			return
		}
		units := make([]unit, len(batch))
		for i, it := range batch {
			units[i] = it.unit
		}
		budget.extracting(units)
		outcomes := work(ctx, units)
		var kept []unit
		for i, oc := range outcomes {
			if oc.result != nil {
				kept = append(kept, units[i])
			}
		}
		budget.extracted(units, kept)
		for i, oc := range outcomes {
			oc.held = batch[i].unit
			batch[i].slot <- oc
		}
	}
}

// workerCount counts the workers inside an extraction, so that each
// yields between articles only while they take every processor
// (extract.Yielding): then the reader and writer would otherwise wait for
// the runtime to preempt one; with a processor idle (-j 1 on two cores, or
// the one worker a single article starts) a yield hands the worker to it.
type workerCount struct {
	n     atomic.Int32
	procs int32
}

func newWorkerCount() *workerCount {
	return &workerCount{procs: int32(runtime.GOMAXPROCS(0))}
}

func (w *workerCount) start()        { w.n.Add(1) }
func (w *workerCount) done()         { w.n.Add(-1) }
func (w *workerCount) allBusy() bool { return w.n.Load() >= w.procs }
