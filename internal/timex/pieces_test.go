package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/text"
)

// TestPieces: the pieces cover the text in order, each cut where a
// sentence starts and, but the last, of at least maxPieceBytes.
func TestPieces(t *testing.T) {
	a, _ := timexTools(t)
	doc := a.Analyze(strings.Repeat("Talks began on May 12, 2020 in Oslo. ", 10_000))
	ps := pieces(doc)
	if len(ps) < 2 {
		t.Fatalf("%d pieces of %d bytes", len(ps), len(doc.Text))
	}
	starts := map[int]bool{}
	for _, st := range doc.Sentences {
		starts[st.Start] = true
	}
	end := 0
	for k, p := range ps {
		if p[0] != end || k > 0 && !starts[p[0]] {
			t.Errorf("piece %d starts at %d, after %d: want a sentence start there", k, p[0], end)
		}
		if k < len(ps)-1 && p[1]-p[0] < maxPieceBytes {
			t.Errorf("piece %d: %d bytes, want at least %d", k, p[1]-p[0], maxPieceBytes)
		}
		end = p[1]
	}
	if end != len(doc.Text) {
		t.Errorf("the pieces end at %d of %d bytes", end, len(doc.Text))
	}
	if got := pieces(&text.Document{Text: "May 12"}); len(got) != 1 || got[0] != [2]int{0, 6} {
		t.Errorf("a text without sentences: pieces %v", got)
	}
}

// TestTagInPieces: a text of many pieces gives each sentence its date,
// at the right offsets, as a text of one piece does.
func TestTagInPieces(t *testing.T) {
	a, tg := timexTools(t)
	const sentence = "Talks began on May 12, 2020 in Oslo. "
	n := 3*maxPieceBytes/len(sentence) + 1
	dates := tg.Tag(a.Analyze(strings.Repeat(sentence, n)), time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC))
	if len(dates) != n {
		t.Fatalf("%d dates in %d sentences", len(dates), n)
	}
	off := strings.Index(sentence, "May")
	for k, d := range dates {
		if d.Start != k*len(sentence)+off || d.Text != "May 12, 2020" || d.Value != "2020-05-12" {
			t.Fatalf("date %d: %+v", k, d)
		}
	}
}
