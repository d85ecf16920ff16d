package extract

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/model"
)

// boundedShapes are the made-up texts of a reliability run that were
// quadratic or took hundreds of bytes of memory per byte, with the most
// bytes the whole extraction may allocate per byte of each at 40 KB, and
// hold live at once per byte at 512 KB (about 1.3 times what it does now,
// at least 8: before lists were grown by doubling, 250 KB of dots
// allocated 1,806; before tokens were made in their final list at 32
// bytes, 40 KB of dots allocated 515; before a run of 64 marks was one
// token, the recognizer read a long text in parts and the temporal tagger
// lexed it in pieces, 1 MB of dots held 88 bytes per byte live, of `a. `
// 59). Allocated bytes are not the peak memory, but bound it: a list grown
// by append or a copy per token shows there long before it shows in a
// process's peak.
var boundedShapes = []struct {
	name     string
	input    func(n int) string
	maxAlloc float64 // bytes allocated per input byte
	maxLive  float64 // bytes live at once per input byte, at 512 KB
}{
	{"brackets", func(n int) string { return strings.Repeat("(", n/2) + "word" + strings.Repeat(")", n/2) }, 12, 8},
	{"dots", repeatTo("."), 12, 8},
	{"dollars", repeatTo("$"), 12, 8},
	{"commas", repeatTo(","), 12, 8},
	{"quotation marks", repeatTo(`"`), 28, 16},
	{"curly quotation marks", repeatTo("“”"), 12, 8},
	{"bangs", repeatTo("!"), 12, 8},
	{"initials", repeatTo("a. "), 320, 41},
	{"capitalized words", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "Zed%c%c%c ", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
		}
		return b.String()
	}, 115, 15},
	{"no spaces", repeatTo("abcdefghij"), 12, 8},
	{"digits", repeatTo("1234567890"), 12, 8},
	{"dates without spaces", repeatTo("2020-05-12"), 40, 11},
	// Its live peak falls at 9, 16 or 23 bytes per byte, as the
	// collections fall against its bursts of allocation (9.3 to 23.1 over
	// one day's runs, quiet and loaded; a bound of 12 failed CI).
	{"dashes without spaces", repeatTo("a-"), 95, 30},
	{"dates", repeatTo("On May 12, 2020 and 2021-03-04 "), 125, 39},
	{"meeting words in one sentence", repeatTo("Talks In Quorble "), 70, 22},
	{"dated meetings in one sentence", repeatTo("talks on Monday and "), 120, 33},
	{"quotes on one line", repeatTo(`"We will win the vote," Quorble said. `), 150, 32},
	{"organizations and their quotes", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			name := fmt.Sprintf("Zed%c%c%c", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
			fmt.Fprintf(&b, "%s Corp agreed to buy %s Bank on Monday. \"We will grow,\" the bank said.\n", name, name)
		}
		return b.String()
	}, 215, 44},
	// Lines that the wire-convention rules read: each added its mentions
	// by a scan of all the mentions found before.
	{"dateline lines", repeatTo("ZABCDEF (AP) - Za Zb said.\n"), 230, 59},
	{"road numbers", repeatTo("Traffic on A123 near Za Zb.\n"), 155, 34},
	{"picture credit lines", repeatTo("REUTERS / File Photo\nZa Zb met Zc Zd in Paris.\n"), 260, 50},
	{"closing credits", repeatTo("( Reporting by Za Zb )\nZc Zd met Ze Zf in Paris.\n"), 260, 48},
}

// repeatTo returns a maker of unit repeated to at least n bytes.
func repeatTo(unit string) func(n int) string {
	return func(n int) string { return strings.Repeat(unit, n/len(unit)+1) }
}

// TestExtractBounded checks that the whole extraction takes linear time
// on each shape (four times the text in under eight times as long, and
// under a generous ceiling: see testcorpus.Linear) and allocates no more
// than the shape's bound per byte of text.
func TestExtractBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("times the whole extraction of made-up texts of up to 40 KB")
	}
	ex := newTestExtractor(t)
	extract := func(s string) {
		if _, err := ex.Extract(context.Background(), model.Article{Text: s}); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range boundedShapes {
		t.Run(tt.name, func(t *testing.T) {
			testcorpus.Linear(t, 10_000, tt.input, extract, 10*time.Second)
			if testcorpus.RaceDetector {
				t.Log("the race detector's pools drop what is put back: allocations are bounded without -race")
				return
			}
			in := tt.input(40_000)
			perByte := allocatedPerByte(extract, in)
			t.Logf("%d bytes: %.0f bytes allocated per byte", len(in), perByte)
			if perByte > tt.maxAlloc {
				t.Errorf("%.0f bytes allocated per byte of text, want at most %.0f", perByte, tt.maxAlloc)
			}
		})
	}
}

// TestExtractPeakLive checks that the whole extraction of each shape holds
// no more than the shape's bound live at once per byte of text, at a size
// where the recognizer reads the text in parts and the temporal tagger
// lexes it in pieces.
func TestExtractPeakLive(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts made-up texts of 512 KB with the collector at GOGC=5")
	}
	if testcorpus.RaceDetector {
		t.Skip("the race detector's shadow memory is not the extraction's")
	}
	ex := newTestExtractor(t)
	extract := func(s string) {
		if _, err := ex.Extract(context.Background(), model.Article{Text: s}); err != nil {
			t.Fatal(err)
		}
	}
	extract("Mr Smith said.") // the models and pools the first article loads
	for _, tt := range boundedShapes {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.input(512 << 10)
			perByte := peakLivePerByte(extract, in)
			t.Logf("%d bytes: %.1f bytes live per byte at the peak", len(in), perByte)
			if perByte > tt.maxLive {
				t.Errorf("%.1f bytes live per byte of text at the peak, want at most %.0f", perByte, tt.maxLive)
			}
		})
	}
}

// peakLivePerByte returns the most heap live at once while run(in) runs,
// above what was live before, per byte of in. The collector runs at
// GOGC=5, so that a collection, which measures what is live, ends every
// few hundred kilobytes of allocation; the live heap of the last one is
// read every 100 microseconds.
func peakLivePerByte(run func(string), in string) float64 {
	runtime.GC()
	base := heapLive()
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			if v := heapLive(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-time.After(100 * time.Microsecond):
			}
		}
	})
	run(in)
	close(done)
	wg.Wait()
	return float64(int64(peak.Load())-int64(base)) / float64(len(in))
}

// heapLive is the heap the last collection found live.
func heapLive() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// allocatedPerByte returns the bytes run allocates per byte of in, on an
// emptied heap: the recognizer keeps its scratch lists between articles in
// a sync.Pool, which two garbage collections empty, so that whether a run
// must allocate them again (some 500 bytes per token) would otherwise
// depend on when the collector last ran.
func allocatedPerByte(run func(string), in string) float64 {
	runtime.GC()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	run(in)
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(in))
}
