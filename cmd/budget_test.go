package cmd

import (
	"context"
	"runtime/debug"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestByteBudgetMemoryLimit: the soft memory limit follows the text in
// extraction, start-up memory plus slack plus a share per byte, and the limit
// there was before comes back at the end.
func TestByteBudgetMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	b := newByteBudget(1000, true)
	base := b.base
	if base <= 0 || debug.SetMemoryLimit(-1) != base+memorySlack {
		t.Fatalf("limit %d at the start, base %d: want base + %d", debug.SetMemoryLimit(-1), base, memorySlack)
	}
	u := unit{Article: model.Article{Text: string(make([]byte, memoryFreeBytes+3000))}} // over the budget: runs alone
	if err := b.acquire(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	if got := debug.SetMemoryLimit(-1); got != base+memorySlack {
		t.Errorf("limit %d with the article read but not started, want %d", got, base+memorySlack)
	}
	b.extracting([]unit{u})
	if got, want := debug.SetMemoryLimit(-1), base+memorySlack+3000*memoryPerByte; got != want {
		t.Errorf("limit %d with 3,000 bytes in extraction beyond the free ones, want %d", got, want)
	}
	b.extracted([]unit{u})
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
	u := unit{Article: model.Article{Text: string(make([]byte, memoryFreeBytes+3000))}}
	b.extracting([]unit{u})
	b.close() // the run returned while the batch was in extraction
	b.extracted([]unit{u})
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit %d after the run, want the %d there was", got, before)
	}
}
