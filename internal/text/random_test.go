package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// randomPieces are what randomText makes texts of: letters whose lower
// case changes length or differs by locale, contractions, numbers,
// invalid bytes, Unicode spaces and punctuation.
var randomPieces = []string{
	"the", "The", "THE", "İstanbul", "İ", "ı", "I", "Straße", "STRASSE", "ẞ", "ΟΔΟΣ", "Σ", "σ", "ς", "Kelvin\u212a", "\u212a",
	"don't", "Don't", "DON'T", "can’t", "it's", "O'Neil", "'s", "n't", "'", "’", "rock'n'roll",
	"1996", "1,000", "3.5", "+12", "-12", "12-year-old", "U.S.", "Mr.", "A417", "I-95", "2nd",
	"\xff", "\xc3", "\xe2\x80", "é", "e\u0301", "ǅ", "ǆ", "Ǆ", "ﬁ", "ß", "Ⅷ", "ⅷ", "Ω", "Ω",
	" ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\u0085", "\u2028", "\n",
	",", ";", ":", "…", "。", "！", "？", "‼", "(", ")", "\"", "“", "”", "—", "–", "-", "$", "%",
	"Quorble", "said", "Minister", "talks", "on", "Tuesday", ":-)",
}

// randomText joins n random pieces, mostly with spaces.
func randomText(rng *rand.Rand, n int, pieces []string) string {
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
		if rng.IntN(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestLowerRandom checks, on random texts, that every token is its span of
// the text and that Document.Lower is strings.ToLower of it.
func TestLowerRandom(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := append(slices.Clone(randomPieces), ".", "!", "?")
	bad := 0
	for range 1000 {
		s := randomText(rng, rng.IntN(40)+1, pieces)
		doc := a.Analyze(s)
		for k, tok := range doc.Tokens {
			if s[tok.Start:tok.End()] != tok.Text {
				t.Errorf("token %d %q != text[%d:%d] %q in %q", k, tok.Text, tok.Start, tok.End(), s[tok.Start:tok.End()], s)
				bad++
			}
			if got, want := doc.Lower(k), strings.ToLower(tok.Text); got != want {
				t.Errorf("Lower(%d) %q, want %q in %q", k, got, want, s)
				bad++
			}
			if bad > 10 {
				t.FailNow()
			}
		}
	}
}

// TestSegmentRandom checks that the analyzer's segment gives random
// paragraphs, with and without '.', '!' or '?', prose's sentences.
func TestSegmentRandom(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	_, prose := testPunkt(t)
	pieces := append(slices.Clone(randomPieces), ".", "!", "?")
	rng := rand.New(rand.NewPCG(5, 6))
	bad := 0
	for range 5000 {
		p := randomText(rng, rng.IntN(30)+1, pieces)
		want := proseSentences(prose, p)
		if got := a.segment(p); !slices.Equal(got, want) {
			t.Errorf("segment(%q) = %v, prose %v", p, got, want)
			if bad++; bad > 10 {
				t.FailNow()
			}
		}
	}
}
