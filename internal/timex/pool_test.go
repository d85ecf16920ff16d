package timex

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// TestTagWithReusedLists: Tag gives each article the same dates whatever
// lists wordLists hands it, with several goroutines tagging at once; under
// -race, the detector also watches the lists go from one call to the
// next. The articles are of every size getWords treats apart: a short
// one, one past roomyText, one past maxPooledWords words, and lines the
// dateline reader lexes. (A list given back before Tag is done with it
// shows here only when another call on the same P takes it meanwhile:
// not on every run.)
func TestTagWithReusedLists(t *testing.T) {
	a, tg := timexTools(t)
	short := "QUORBY, March 4 (AP) — The talks resume on Tuesday, two weeks after the 2019 accord."
	var long strings.Builder
	for i := 0; long.Len() <= roomyText; i++ {
		fmt.Fprintf(&long, "On March %d, 2024, the council met again; it meets next week. ", i%28+1)
	}
	huge := strings.Repeat("- , ", maxPooledWords/2+1) + "by Friday"
	texts := []string{short, long.String(), huge, "Jan. 5, 2025\nQUORBY, Monday - Officials said on Sunday."}
	ref := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	want := make([]string, len(texts))
	render := func(ds []model.Date) string {
		var b strings.Builder
		for _, d := range ds {
			fmt.Fprintf(&b, "%d-%d %q %s %s %s\n", d.Start, d.End, d.Text, d.Type, d.Value, d.Mod)
		}
		return b.String()
	}
	for i, s := range texts {
		want[i] = render(tg.Tag(a.Analyze(s), ref))
		if want[i] == "" {
			t.Fatalf("text %d: no dates; the test needs some", i)
		}
	}
	analyzed := make([]*text.Document, len(texts))
	for i, s := range texts {
		analyzed[i] = a.Analyze(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for n := 0; n < 6; n++ {
				i := (g + n) % len(texts)
				if got := render(tg.Tag(analyzed[i], ref)); got != want[i] {
					errs <- fmt.Sprintf("goroutine %d, text %d:\n got %s\nwant %s", g, i, got, want[i])
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
