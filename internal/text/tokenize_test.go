package text

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/newsextract/newsextract/internal/testcorpus"
)

func testTokenizer(t testing.TB) *tokenizer {
	t.Helper()
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return a.tokenizer
}

// sameTokens reports whether the linear tokenizer and prose's give the
// same tokens (text and offset) for text.
func sameTokens(t *testing.T, z *tokenizer, prose *tokenize.Tokenizer, text string) bool {
	t.Helper()
	got := proseTokens(z.tokenize(text, 0, nil))
	want := prose.Tokenize(text)
	if !slices.Equal(got, want) {
		t.Errorf("tokenize(%q)\n got %q\nwant %q", text, texts(got), texts(want))
		return false
	}
	return true
}

// proseTokens returns toks as prose's tokens, with their tags' names.
func proseTokens(toks []Token) []token.Token {
	out := make([]token.Token, len(toks))
	for i, t := range toks {
		out[i] = token.Token{Text: t.Text, Start: t.Start, Tag: t.POS()}
	}
	return out
}

func texts(toks []token.Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

// TestTokenizeLikeProse checks the tokenizer against prose's on the cases
// each of prose's rules decides, and on random strings made of the pieces
// those rules read.
func TestTokenizeLikeProse(t *testing.T) {
	z, prose := testTokenizer(t), tokenize.New()
	for _, text := range []string{
		"", " ", "  a  b ", "\ta\n b", "The U.S. envoy met Mr. Smith.", "(Reuters) -", `"Yes," he said.`,
		"don't won't they'll It’s n't 's's x's's ’s’s", "((((word))))", "a.b.c.d.)))", "a.b.", "Mr.", "Mrs.", "Mrsx.",
		"U.S.-brokered", ":-) (-_-) ¯\\(ツ)/¯ :-)))", "$5.3", "“Quote,” he said.", "‘a’", "....", "$$$$", "\"\"\"",
		"A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.'s",
		"\xff\xfe.", "é.é.", "n'tn't", "xn'tn't", "Don'T", "WON'T", "x'LL",
	} {
		sameTokens(t, z, prose, text)
	}
	pieces := []string{
		"a", "B", "n", "t", "s", "l", "m", "r", "e", "x", ".", ",", "(", ")", "$", `"`, "'", "[", "]", "!", ";", "?", ":",
		"“", "”", "‘", "’", " ", "  ", "\n", "\t", "-", "1", "é", ":-)", "(-_-)", "8D", "Mr", "A.", "n't", "'s", "’ll", "'M",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	failures := 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) + 1 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if !sameTokens(t, z, prose, b.String()) {
			if failures++; failures == 10 {
				t.Fatal("too many differences")
			}
		}
	}
}

// TestTokenizeGoldLikeProse checks the tokenizer against prose's on every
// line of the development texts.
func TestTokenizeGoldLikeProse(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the development sets")
	}
	z, prose := testTokenizer(t), tokenize.New()
	eachDevText(t, func(text string) {
		for _, line := range strings.Split(text, "\n") {
			if !sameTokens(t, z, prose, line) {
				t.FailNow()
			}
		}
	})
}

// eachDevText calls f with the text of every record of the development
// sets, skipping when they are absent.
func eachDevText(t *testing.T, f func(text string)) {
	t.Helper()
	for _, rel := range devTexts {
		file, err := os.Open(testcorpus.Gold(t, rel))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(file)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatal(err)
			}
			f(rec.Text)
		}
		file.Close()
	}
}

// devTexts are the development sets whose texts the analyzer must treat as
// prose does.
var devTexts = []string{
	"conll2003/conll2003-dev.jsonl",
	"conllpp/conllpp-dev.jsonl",
	"tempeval3/tempeval3-timebank.jsonl",
	"events/events-dev.jsonl",
	"geo/gwn.jsonl",
	"quotes/polnear-dev.jsonl",
}

// TestTokenizeMarkRuns: marks split off one end of a word one by one are
// tokens of their own as prose makes them up to markRun-1 in a row, and a
// longer run is one token; the tokens still tile the text.
func TestTokenizeMarkRuns(t *testing.T) {
	z, prose := testTokenizer(t), tokenize.New()
	for _, unit := range []string{".", "$", ",", `"`, "!", "“", ").", "[(", "“”"} {
		short := strings.Repeat(unit, (markRun-1)/utf8.RuneCountInString(unit))
		sameTokens(t, z, prose, short)
		sameTokens(t, z, prose, short+"word"+short)
		long := strings.Repeat(unit, 1000)
		for _, text := range []string{long, long + "word" + long, "a " + long + " b"} {
			toks := z.tokenize(text, 0, nil)
			if len(toks) > 2*z.maxEmoticon+5 {
				t.Errorf("%.20q...: %d tokens", text, len(toks))
			}
			end := 0
			for _, tok := range toks {
				if strings.TrimSpace(text[end:tok.Start]) != "" || text[tok.Start:tok.End()] != tok.Text {
					t.Fatalf("%.20q...: token %q at %d after %d", text, tok.Text, tok.Start, end)
				}
				end = tok.End()
			}
			if end != len(text) {
				t.Errorf("%.20q...: tokens end at %d of %d", text, end, len(text))
			}
		}
	}
}

// TestIsEmoticon checks the prefiltered lookup against the list itself:
// every emoticon is one, and words, their prefixes and longer strings
// that start like one are not.
func TestIsEmoticon(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	z := a.tokenizer
	if len(z.emoticons) < 10 {
		t.Fatalf("%d emoticons", len(z.emoticons))
	}
	for e := range z.emoticons {
		if !z.isEmoticon(e) {
			t.Errorf("%q: not an emoticon", e)
		}
		for _, s := range []string{e[:len(e)-1], e + e[len(e)-1:], "x" + e} {
			if got := z.isEmoticon(s); got != z.emoticons[s] {
				t.Errorf("isEmoticon(%q) = %v, the list says %v", s, got, z.emoticons[s])
			}
		}
	}
	for _, s := range []string{"", "the", "(", ":", "Quorble"} {
		if got := z.isEmoticon(s); got != z.emoticons[s] {
			t.Errorf("isEmoticon(%q) = %v, the list says %v", s, got, z.emoticons[s])
		}
	}
}
