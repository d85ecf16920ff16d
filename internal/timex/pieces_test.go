package timex

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
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

// TestPiecesLongSentence: a sentence far longer than a piece (here one
// token: a line of "a-" without spaces, a word every byte) is cut too, at
// the edge of a word, so that the tagger never holds the words of more
// than a few pieces' bytes; lexed piece by piece the text gives the words
// it gives whole.
func TestPiecesLongSentence(t *testing.T) {
	a, _ := timexTools(t)
	for _, unit := range []string{"a-", "1.", "é/", "Mai–", "a b"} {
		s := strings.Repeat(unit, 5*maxPieceBytes/len(unit))
		doc := a.Analyze(s)
		ps := pieces(doc)
		whole := lexWords(s, "")
		var words []word
		end := 0
		for k, p := range ps {
			if p[0] != end || p[1] <= p[0] {
				t.Fatalf("%q: piece %d is %v, after %d", unit, k, p, end)
			}
			if p[1]-p[0] > 2*maxPieceBytes {
				t.Errorf("%q: piece %d of %d bytes, want at most %d", unit, k, p[1]-p[0], 2*maxPieceBytes)
			}
			end = p[1]
			words = append(words, lexWordsAt(s, text.LowerASCII(s), p[0], p[1])...)
		}
		if end != len(s) {
			t.Errorf("%q: the pieces end at %d of %d bytes", unit, end, len(s))
		}
		if len(words) != len(whole) {
			t.Fatalf("%q: %d words in pieces, %d whole", unit, len(words), len(whole))
		}
		for i := range words {
			if w, v := words[i], whole[i]; w.start != v.start || w.end != v.end || w.lower != v.lower || w.kind != v.kind {
				t.Fatalf("%q: word %d is %+v in pieces, %+v whole", unit, i, w, v)
			}
		}
	}
}

// TestPiecesCutAtLines: a piece is cut where a line starts when a
// sentence starts one within 2*maxPieceBytes, not inside a line, whose
// words the tagger reads together: cut after "so it went on for a
// while.", the rest of the line below read as a headline of its own, and
// "April" in it as a month.
func TestPiecesCutAtLines(t *testing.T) {
	a, tg := timexTools(t)
	const unit = "the talks went on and on without any end in sight.\n"
	filler := strings.Repeat(unit, (maxPieceBytes-20)/len(unit))
	filler += strings.Repeat("x", maxPieceBytes-20-len(filler)) + ".\n"
	const line = "so it went on for a while here. April Smith Jones Talks Again.\n"
	s := filler + line + strings.Repeat(unit, 10)
	doc := a.Analyze(s)
	ps := pieces(doc)
	if len(ps) != 2 || ps[1][0] != len(filler)+len(line) {
		t.Errorf("pieces %v, want two, cut at %d", ps, len(filler)+len(line))
	}
	ref := time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
	want := tg.Tag(a.Analyze(line), ref)
	var got []model.Date
	for _, d := range tg.Tag(doc, ref) {
		if d.Start >= len(filler) && d.Start < len(filler)+len(line) {
			d.Start -= len(filler)
			d.End -= len(filler)
			got = append(got, d)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("dates of the line %v, alone %v", got, want)
	}
}

// TestTagPiecesLikeWhole: on news-like text of several pieces (sentences
// with dates and their anchors, lines and headlines in random order), the
// tagger finds what it finds lexing the text whole: the last anchor
// carries over a cut, and no cut splits a line. With the cut inside a
// line, "Officials Meet In Geneva Next Week" at a piece's start read as a
// headline of its own after "the deal was done." and gave a date.
func TestTagPiecesLikeWhole(t *testing.T) {
	a, tg := timexTools(t)
	sents := []string{
		"Talks began on May 12, 2020 in Oslo.", "A year earlier, the rebels had left.", "That day the envoy spoke.",
		"The following month prices rose 5%.", "On Monday, April Smith said the deal was done.", "Shares Rose Sharply On Tuesday",
		"It happened at 3 p.m. on Friday.", "The talks ran from March 3 to March 5.", "the '80s and '90s were different.",
		"By the end of the decade, sales doubled.", "Q4 2012 results were weak.", "He left two weeks ago.",
		"WASHINGTON (AP) -", "in 1999 and 2000", "Officials Meet In Geneva Next Week",
	}
	ref := time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
	rng := rand.New(rand.NewSource(1))
	for trial := range 8 {
		var b strings.Builder
		for b.Len() < 3*maxPieceBytes+1000 {
			b.WriteString(sents[rng.Intn(len(sents))])
			if rng.Intn(4) == 0 {
				b.WriteString("\n")
			} else {
				b.WriteString(" ")
			}
		}
		doc := a.Analyze(b.String())
		got := tg.Tag(doc, ref)
		whole := &tagCtx{vocab: tg.vocab, doc: doc, text: doc.Text, ref: ref, hasRef: true, lastSent: -1, words: lexWords(doc.Text, "")}
		want := whole.tagWords(nil)
		if len(got) != len(want) {
			t.Errorf("trial %d: %d dates in pieces %v, %d whole", trial, len(got), pieces(doc), len(want))
		}
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("trial %d: date %d is %+v in pieces %v, %+v whole", trial, i, got[i], pieces(doc), want[i])
				break
			}
		}
	}
}
