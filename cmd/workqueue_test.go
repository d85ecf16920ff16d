package cmd

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestRunOrderedBatches: a free worker takes the units already queued, in
// batches of consecutive units within batchUnits and batchBytes, an
// article of batchBytes or more alone; outcomes keep the input order.
func TestRunOrderedBatches(t *testing.T) {
	sizes := make([]int, 60)
	for i := range sizes {
		sizes[i] = 1000 + i
	}
	sizes[40] = batchBytes + 1 // alone
	sizes[50], sizes[51] = batchBytes/2, batchBytes/2+10
	// The producer runs at most a window of 2*batchUnits units ahead of
	// the first outcome written: units 0 to 2*batchUnits are queued
	// whatever the worker does, so the worker's first batch (at most
	// batchUnits, however many were queued when it started) leaves more
	// than batchUnits queued behind it for its second.
	queuedUp := make(chan struct{})

	var mu sync.Mutex
	var batches [][]int
	var order []int
	err := runOrdered(context.Background(), 1, newByteBudget(defaultInFlightBytes, false), func(emit func(unit) error) error {
		for i, n := range sizes {
			if err := emit(unit{Input: i, Article: model.Article{Text: strings.Repeat("a", n)}}); err != nil {
				return err
			}
			if i == 2*batchUnits {
				close(queuedUp)
			}
		}
		return nil
	}, func(ctx context.Context, units []unit) []outcome {
		if len(batches) == 0 {
			<-queuedUp // let the queue fill behind the first unit
		}
		var b []int
		var out []outcome
		for _, u := range units {
			b = append(b, u.Input)
			out = append(out, outcome{unit: u})
		}
		mu.Lock()
		batches = append(batches, b)
		mu.Unlock()
		return out
	}, func(oc outcome) error {
		order = append(order, oc.unit.Input)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.IsSorted(order) || len(order) != len(sizes) {
		t.Errorf("outcomes written in the order %v", order)
	}
	next, most := 0, 0
	for _, b := range batches {
		bytes := 0
		for _, i := range b {
			if i != next {
				t.Errorf("batch %v: want consecutive units from %d", b, next)
			}
			next = i + 1
			bytes += sizes[i]
		}
		most = max(most, len(b))
		if len(b) > batchUnits || (len(b) > 1 && bytes > batchBytes) {
			t.Errorf("batch %v: %d units, %d bytes", b, len(b), bytes)
		}
		if slices.Contains(b, 40) && len(b) != 1 {
			t.Errorf("batch %v: the article over batchBytes runs beside others", b)
		}
	}
	if most != batchUnits {
		t.Errorf("batches %v: the largest has %d units, want %d", batches, most, batchUnits)
	}
}

// TestBatchedOutputSameAsAlone: with batching, every -j gives the output
// each article gives when it is run alone, for a JSON Lines stream with
// bad lines among good ones and for a folder with bad files among good.
func TestBatchedOutputSameAsAlone(t *testing.T) {
	towns := []string{"Oslo", "Paris", "Berlin", "Madrid", "Rome", "Vienna", "Lisbon", "Dublin"}
	var lines []string
	for i := range 40 {
		town := towns[i%len(towns)]
		switch i % 7 {
		case 3:
			lines = append(lines, `{"id":"bad json"`)
		case 5:
			lines = append(lines, fmt.Sprintf(`{"id":"e%d","text":"  "}`, i))
		default:
			lines = append(lines, fmt.Sprintf(`{"id":"a%d","text":"%s, March %d (Reuters) - Ministers of France and Germany met Anna Berg in %s on Monday and agreed to raise aid, officials said.","ref_date":"2024-03-%02d"}`,
				i, strings.ToUpper(town), i%28+1, town, i%28+1))
		}
	}
	stdin := strings.Join(lines, "\n") + "\n"
	var want strings.Builder
	for n, line := range lines {
		// Blank lines before it give the record its line number.
		out, _, _ := run(t, strings.Repeat("\n", n)+line+"\n", "-q", "--input", "jsonl", "-f", "jsonl", "-j", "1")
		want.WriteString(out)
	}
	for _, j := range []string{"1", "2", "3"} {
		out, _, code := run(t, stdin, "-q", "--input", "jsonl", "-f", "jsonl", "-j", j)
		if code != exitFailed {
			t.Errorf("-j %s: exit %d, want 1 (bad lines)", j, code)
		}
		if out != want.String() {
			t.Errorf("-j %s: the stream's output differs from its records' run alone:\n%s\nwant\n%s", j, out, want.String())
		}
	}

	dir := t.TempDir()
	var paths []string
	for i := range 24 {
		text := fmt.Sprintf("Officials from Spain and Italy met in %s on Friday, day %d of the talks.\n", towns[i%len(towns)], i)
		switch i % 5 {
		case 1:
			text = ""
		case 3:
			text = "binary\x00data"
		}
		paths = append(paths, writeArticle(t, dir, fmt.Sprintf("n%02d.txt", i), text))
	}
	want.Reset()
	for _, p := range paths {
		out, _, _ := run(t, "", "-q", "-f", "jsonl", "-j", "1", p)
		want.WriteString(out)
	}
	for _, j := range []string{"1", "2"} {
		out, _, code := run(t, "", "-q", "-f", "jsonl", "-j", j, dir)
		if code != exitFailed {
			t.Errorf("folder, -j %s: exit %d, want 1 (bad files)", j, code)
		}
		if out != want.String() {
			t.Errorf("folder, -j %s: output differs from its files' run alone:\n%s\nwant\n%s", j, out, want.String())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "n00.txt")); err != nil {
		t.Fatal(err)
	}
}

// TestWorkQueueShare: a worker takes its share of the queue, so that a
// short run keeps the other workers busy, and never more than batchUnits.
func TestWorkQueueShare(t *testing.T) {
	for _, tt := range []struct {
		workers, queued int
		want            []int
	}{
		{1, 40, []int{16, 16, 8}},
		{2, 10, []int{5, 3, 1, 1}},
		{2, 40, []int{16, 12, 6, 3, 2, 1}},
		{3, 4, []int{2, 1, 1}},
	} {
		q := newWorkQueue(tt.queued, tt.workers)
		for i := range tt.queued {
			q.units <- &queued{unit: unit{Input: i, Article: model.Article{Text: "Talks in Oslo."}}}
		}
		close(q.units)
		var got []int
		for b := q.take(context.Background()); len(b) > 0; b = q.take(context.Background()) {
			got = append(got, len(b))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%d workers, %d queued: batches of %v, want %v", tt.workers, tt.queued, got, tt.want)
		}
	}
}

// TestRunOrderedStartsWorkersAsNeeded: a run of a few units at the
// largest -j starts a worker per unit, not maxJobs goroutines that wait on
// the queue (a one-article run at -j 4096 took 20 MB and 60 ms more).
func TestRunOrderedStartsWorkersAsNeeded(t *testing.T) {
	before := runtime.NumGoroutine()
	most := 0
	var mu sync.Mutex
	err := runOrdered(context.Background(), maxJobs, newByteBudget(defaultInFlightBytes, false), func(emit func(unit) error) error {
		for i := range 3 {
			if err := emit(unit{Input: i, Article: model.Article{Text: "Talks in Oslo."}}); err != nil {
				return err
			}
		}
		return nil
	}, func(ctx context.Context, units []unit) []outcome {
		mu.Lock()
		most = max(most, runtime.NumGoroutine()-before)
		mu.Unlock()
		out := make([]outcome, len(units))
		for i, u := range units {
			out[i] = outcome{unit: u}
		}
		return out
	}, func(outcome) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if most > 10 {
		t.Errorf("%d goroutines more than before the run, for 3 units", most)
	}
}

// TestWorkerCount: the workers are all busy once as many as the
// processors are inside an extraction, and not before or after.
func TestWorkerCount(t *testing.T) {
	w := newWorkerCount()
	procs := runtime.GOMAXPROCS(0)
	for range procs - 1 {
		w.start()
	}
	if w.allBusy() {
		t.Errorf("%d of %d processors taken: all busy", procs-1, procs)
	}
	w.start()
	if !w.allBusy() {
		t.Errorf("%d of %d processors taken: not all busy", procs, procs)
	}
	w.done()
	if w.allBusy() {
		t.Errorf("one worker done: still all busy")
	}
}
