package extract

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/model"
)

// boundedShapes are the made-up texts of a reliability run that were
// quadratic or took hundreds of bytes of memory per byte, with the most
// bytes the whole extraction may allocate per byte of each (about 1.3
// times what it allocates at 40 KB now; before lists were grown by
// doubling, 250 KB of dots allocated 1,806; before tokens were made in
// their final list at 32 bytes, 40 KB of dots allocated 515). allocated
// bytes are not the peak memory, but bound it: a list grown by append or a
// copy per token shows here long before it shows in a process's peak.
var boundedShapes = []struct {
	name     string
	input    func(n int) string
	maxAlloc float64 // bytes allocated per input byte
}{
	{"brackets", func(n int) string { return strings.Repeat("(", n/2) + "word" + strings.Repeat(")", n/2) }, 280},
	{"dots", repeatTo("."), 280},
	{"dollars", repeatTo("$"), 280},
	{"commas", repeatTo(","), 280},
	{"quotation marks", repeatTo(`"`), 420},
	{"curly quotation marks", repeatTo("“”"), 80},
	{"bangs", repeatTo("!"), 280},
	{"initials", repeatTo("a. "), 330},
	{"capitalized words", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "Zed%c%c%c ", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
		}
		return b.String()
	}, 150},
	{"no spaces", repeatTo("abcdefghij"), 40},
	{"digits", repeatTo("1234567890"), 40},
	{"dates without spaces", repeatTo("2020-05-12"), 40},
	{"dates", repeatTo("On May 12, 2020 and 2021-03-04 "), 130},
	{"meeting words in one sentence", repeatTo("Talks In Quorble "), 80},
	{"dated meetings in one sentence", repeatTo("talks on Monday and "), 120},
	{"quotes on one line", repeatTo(`"We will win the vote," Quorble said. `), 190},
	{"organizations and their quotes", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			name := fmt.Sprintf("Zed%c%c%c", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
			fmt.Fprintf(&b, "%s Corp agreed to buy %s Bank on Monday. \"We will grow,\" the bank said.\n", name, name)
		}
		return b.String()
	}, 270},
	// Lines that the wire-convention rules read: each added its mentions
	// by a scan of all the mentions found before.
	{"dateline lines", repeatTo("ZABCDEF (AP) - Za Zb said.\n"), 330},
	{"road numbers", repeatTo("Traffic on A123 near Za Zb.\n"), 200},
	{"picture credit lines", repeatTo("REUTERS / File Photo\nZa Zb met Zc Zd in Paris.\n"), 390},
	{"closing credits", repeatTo("( Reporting by Za Zb )\nZc Zd met Ze Zf in Paris.\n"), 380},
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
			if raceDetector {
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
