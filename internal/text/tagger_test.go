package text

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
)

// tagsDiffer tags the tokens with prose's tagger and with the hash-based
// one and reports the first difference.
func tagsDiffer(t *testing.T, a *Analyzer, prose *tag.Tagger, toks []token.Token) bool {
	t.Helper()
	want := append([]token.Token(nil), toks...)
	prose.TagTokens(want)
	got := make([]Token, len(toks))
	for i, tk := range toks {
		got[i] = Token{Text: tk.Text, Start: tk.Start}
	}
	a.tagger.tagTokens(a.tagger.newScratch(), got)
	for i := range got {
		if got[i].POS() != want[i].Tag {
			t.Errorf("%q: token %d %q tagged %s, prose %s", texts(toks), i, got[i].Text, got[i].POS(), want[i].Tag)
			return true
		}
	}
	return false
}

// TestTagLikeProse checks the tagger against prose's on made-up sentences
// with the words prose settles without its model, and on random ones.
func TestTagLikeProse(t *testing.T) {
	a, prose := taggers(t)
	for _, s := range []string{
		"The U.S. envoy met Mr. Smith in Paris on Tuesday .",
		"- :-) @user 0 *T*-1 *-2 * -LRB- word -RRB- -lrb- 1996 +123 -12 12-year-old",
		"", "É ÉCOLE naïve Über", "It 's 4.5 % , says -- he .",
	} {
		tagsDiffer(t, a, prose, proseTokens(a.tokenizer.tokenize(s, 0, nil)))
	}
	words := strings.Fields("the a of in said Minister Syria talks on Tuesday 1996 1,000 's , . \" ( ) - :-) 0 * -LRB- U.S. run runs running ran Smith al-Shara he she it was is will")
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var toks []token.Token
		for range rng.IntN(30) + 1 {
			toks = append(toks, token.Token{Text: words[rng.IntN(len(words))]})
		}
		if tagsDiffer(t, a, prose, toks) {
			t.FailNow()
		}
	}
	// A sentence longer than the tagger's window is tagged a window at a
	// time, each reading two tokens into the next.
	var long []token.Token
	for range 3*tagWindow + 7 {
		long = append(long, token.Token{Text: words[rng.IntN(len(words))]})
	}
	tagsDiffer(t, a, prose, long)
}

// TestTagGoldLikeProse checks the tagger against prose's on every sentence
// of the development texts.
func TestTagGoldLikeProse(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the development sets")
	}
	a, prose := taggers(t)
	tokens := 0
	eachDevText(t, func(text string) {
		doc := a.Analyze(text)
		for _, s := range doc.Sentences {
			var toks []token.Token
			for _, tk := range doc.Tokens[s.First:s.Last] {
				toks = append(toks, token.Token{Text: tk.Text})
			}
			tokens += len(toks)
			if tagsDiffer(t, a, prose, toks) {
				t.FailNow()
			}
		}
	})
	t.Logf("%d tokens alike", tokens)
}

// taggers returns the analyzer and prose's tagger.
func taggers(t *testing.T) (*Analyzer, *tag.Tagger) {
	t.Helper()
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	prose, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	return a, prose
}

// TestNormalizedHashes wants the hashes the tagger computes of a word's
// normalized form, without building it, to be those of prose's normalized
// form (normalizeWord, prose's normalize).
func TestNormalizedHashes(t *testing.T) {
	s := (&tagger{}).newScratch()
	for _, w := range []string{
		"", "the", "The", "THE", "U.S.", "1996", "+123", "-12", "12-year-old", "-LRB-", "-",
		"3.5", "É", "ÉCOLE", "naïve", "Über", "\xffAB", "McDonald's", "a-b", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
	} {
		if got, want := s.normalizedHashes(w), hashesOf(normalizeWord(w)); got != want {
			t.Errorf("%q: hashes %x, want those of %q, %x", w, got, normalizeWord(w), want)
		}
	}
}

// normalizeWord maps a word onto the form prose's model was trained on, as
// prose's normalize does.
func normalizeWord(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isYear(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; isUpperASCII(c) || c >= utf8.RuneSelf {
			return strings.ToLower(word)
		}
	}
	return word
}

// TestPooledScratchTagsAsFresh: documents analyzed one after another, in
// shuffled order and of very different lengths, share the tagger's pooled
// working space; every sentence must get the tags a fresh working space
// gives it, so nothing one document left in the space reaches the next.
func TestPooledScratchTagsAsFresh(t *testing.T) {
	a, _ := taggers(t)
	long := strings.Repeat("The minister said talks would resume , and officials agreed . ", 400)
	texts := []string{
		"The U.S. envoy met Mr. Smith in Paris on Tuesday.",
		long,
		"", "x", "   ",
		"Shares of Acme Corp. fell 4.5% in New York after the company cut its forecast.",
		"RUGBY - ENGLAND BEAT WALES 24-12 IN CARDIFF\nCARDIFF 1996-08-30\nEngland beat Wales on Saturday.",
		long[:len(long)/3],
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 3 {
		rng.Shuffle(len(texts), func(i, j int) { texts[i], texts[j] = texts[j], texts[i] })
		for _, s := range texts {
			doc := a.Analyze(s)
			for _, st := range doc.Sentences {
				fresh := append([]Token(nil), doc.Tokens[st.First:st.Last]...)
				a.tagger.tagTokens(&tagScratch{}, fresh)
				for k, tk := range fresh {
					if got := doc.Tokens[st.First+k].POS(); got != tk.POS() {
						t.Fatalf("round %d, %q: token %q tagged %s with the pooled space, %s with a fresh one", round, s[:min(len(s), 40)], tk.Text, got, tk.POS())
					}
				}
			}
		}
	}
}
