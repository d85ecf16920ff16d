package timex

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/testcorpus"
	textpkg "github.com/newsextract/newsextract/internal/text"
)

// sameWords fails t unless lexWords gives text the words lexWordsReference
// gives it, with the lower-cased copy made by lexWords or given.
func sameWords(t *testing.T, text string) {
	t.Helper()
	want := lexWordsReference(text, "")
	for _, lowered := range []string{"", textpkg.LowerASCII(text)} {
		got := lexWords(text, lowered)
		if slices.Equal(got, want) {
			continue
		}
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("%.80q (lowered given: %v): word %d is %+v, want %+v", text, lowered != "", i, got[i], want[i])
			}
		}
		t.Fatalf("%.80q (lowered given: %v): %d words, want %d", text, lowered != "", len(got), len(want))
	}
}

// TestLexWordsAsReference holds lexWords to lexWordsReference on the kinds
// of text it tells apart: spaces beyond ASCII, letters and capitals beyond
// ASCII, digits beyond ASCII (letters to the lexer), invalid UTF-8, long
// and short runs of marks, and digit words too long for a value.
func TestLexWordsAsReference(t *testing.T) {
	long := strings.Repeat(".“,", longMarks)
	for _, text := range []string{
		"", " ", "a", "A", "7", ".", "\n\n",
		"WASHINGTON, Aug 20 (Reuters) - Talks lasted four hours on Tuesday.",
		"On MONDAY, 24th March 2025, the ÉCOLE met at 10am.",
		"İstanbul, KELVIN\u212A, Zürich and ZÜRICH; Ωmega ωmega",
		"New Year’s Day, mid‑March, 2012–13, the talks—held Tuesday—ended, ʼ‘x’",
		"\u00a0x\u2003y\u0085z\u3000w\u2028v\u202fu",
		"١٢٣ and 12٣ and x١ and ٣x, ²³ and 5²",
		"1234567890 123456789 0000000001 99999999999999999999",
		"bad \xff\xfe bytes\x80x and \xe2\x80 cut",
		"\xef\xbf\xbd replacement \ufffd",
		"H1 2013 Q4 FY2015 10.30am 5/24/2025 15:00 GMT 3 p.m.",
		long, "May " + long + " 5",
		strings.Repeat(".", longMarks-1) + " " + strings.Repeat(".", longMarks-1) + "a" + long + "b" + long,
		"ǅemal ǈubljana Ǳ", "ﬁnal ＡＢＣ ａｂｃ １２",
	} {
		sameWords(t, text)
	}
}

// TestLexWordsDevTexts holds lexWords to lexWordsReference on the
// TempEval-3 development texts.
func TestLexWordsDevTexts(t *testing.T) {
	for _, set := range tempevalDevFiles {
		for _, d := range readTempeval(t, testcorpus.Gold(t, "tempeval3/"+set.name)) {
			sameWords(t, d.Text)
		}
	}
}

func FuzzLexWords(f *testing.F) {
	for _, s := range timexFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(sameWords)
}
