package timex

import (
	"strings"
	"testing"
)

// TestCountWords: countWords agrees with lexWords, which it sizes.
func TestCountWords(t *testing.T) {
	long, short := strings.Repeat(".“,", longMarks), strings.Repeat(".", longMarks-1)
	for _, s := range []string{"", " ", "March 5, 2025", "...", "a.b.c", "24th\tof  «May»—1999 ", "Café’s über-größe 10am", "\u00a0x\u2003y",
		long, "May " + long + " 5", short + " " + short + "a" + long + "b" + long} {
		if got, want := countWords(s), len(lexWords(s, "")); got != want {
			t.Errorf("countWords(%q) = %d, lexWords found %d", s, got, want)
		}
	}
}

// TestLongMarksOneWord: a run of longMarks punctuation marks or more is one
// word; a shorter one a word a mark.
func TestLongMarksOneWord(t *testing.T) {
	run := strings.Repeat("!.", longMarks/2)
	ws := lexWords("May "+run+" 5"+run[1:], "")
	if len(ws) != 3+longMarks-1 || ws[1].lower != run || ws[1].kind != kindPunct || ws[3].end-ws[3].start != 1 {
		t.Errorf("%d words: %+v", len(ws), ws)
	}
}
