package cmd

import (
	"context"
	"runtime/debug"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// bigArticle is an article whose share of the memory limit is more than
// the slack.
const bigArticle = memorySlack/memoryPerByte + 3000

// TestByteBudgetMemoryLimit: the soft memory limit follows the text in
// extraction, start-up memory plus the larger of the slack and a share per
// byte, and the limit there was before comes back at the end.
func TestByteBudgetMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	b := newByteBudget(1000, true)
	base := b.base
	if base <= 0 || debug.SetMemoryLimit(-1) != base+memorySlack {
		t.Fatalf("limit %d at the start, base %d: want base + %d", debug.SetMemoryLimit(-1), base, memorySlack)
	}
	u := unit{Article: model.Article{Text: string(make([]byte, bigArticle))}} // over the budget: runs alone
	if err := b.acquire(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	if got := debug.SetMemoryLimit(-1); got != base+memorySlack {
		t.Errorf("limit %d with the article read but not started, want %d", got, base+memorySlack)
	}
	b.extracting([]unit{u})
	if got, want := debug.SetMemoryLimit(-1), base+bigArticle*memoryPerByte; got != want {
		t.Errorf("limit %d with %d bytes in extraction, want %d", got, bigArticle, want)
	}
	b.extracted([]unit{u}, nil)
	if got := debug.SetMemoryLimit(-1); got != base+memorySlack {
		t.Errorf("limit %d once extracted, want %d", got, base+memorySlack)
	}
	b.release(u)
	b.close()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit %d after the run, want the %d there was", got, before)
	}
}

// TestByteBudgetClosedKeepsLimit: a worker that finishes its batch after
// a cancelled run has returned leaves the limit there was before alone.
func TestByteBudgetClosedKeepsLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	b := newByteBudget(1000, true)
	u := unit{Article: model.Article{Text: string(make([]byte, bigArticle))}}
	b.extracting([]unit{u})
	b.close() // the run returned while the batch was in extraction
	b.extracted([]unit{u}, nil)
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit %d after the run, want the %d there was", got, before)
	}
}

// TestByteBudgetBatchSlack: each batch of news in extraction has its share
// of slack, so that a stream of small articles at -j 8 keeps the headroom
// for its garbage that it has at -j 2 (two batches: the slack), and the
// slack comes back as the batches end.
func TestByteBudgetBatchSlack(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	b := newByteBudget(1<<20, true)
	base := b.base
	batch := []unit{{Article: model.Article{Text: string(make([]byte, 32<<10))}}}
	for k := 1; k <= 8; k++ {
		b.extracting(batch)
		want := base + max(memorySlack, int64(k)*batchSlack)
		if got := debug.SetMemoryLimit(-1); got != want {
			t.Errorf("limit %d with %d batches of news in extraction, want %d", got, k, want)
		}
	}
	for range 8 {
		b.extracted(batch, nil)
	}
	if got := debug.SetMemoryLimit(-1); got != base+memorySlack {
		t.Errorf("limit %d with no batch in extraction, want %d", got, base+memorySlack)
	}
	b.close()
}

// TestByteBudgetKeepsStreamedResults: a large article whose result is
// written straight into the output (streamBytes) keeps its share of the
// limit after extraction, until it is written: its result is live until
// then, and without the share the collector ran without pause while it was
// written.
func TestByteBudgetKeepsStreamedResults(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	b := newByteBudget(1<<30, true)
	base := b.base
	big := unit{Article: model.Article{Text: string(make([]byte, bigArticle))}}
	small := unit{Article: model.Article{Text: "Zed met Zork."}}
	b.extracting([]unit{big, small})
	b.extracted([]unit{big, small}, []unit{big})
	if got, want := debug.SetMemoryLimit(-1), base+bigArticle*memoryPerByte; got != want {
		t.Errorf("limit %d with a result waiting to be written, want %d", got, want)
	}
	b.written(big)
	if got := debug.SetMemoryLimit(-1); got != base+memorySlack {
		t.Errorf("limit %d once written, want %d", got, base+memorySlack)
	}
	b.close()
}
