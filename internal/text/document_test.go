package text

import (
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/newsextract/newsextract/internal/testcorpus"
)

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"one per line", "Headline\nLONDON 1996-08-30\nBody one. Body two.\n", []string{"Headline", "LONDON 1996-08-30", "Body one. Body two."}},
		{"blank lines skipped", "A.\n\n\nB.", []string{"A.", "B."}},
		{"hard wrap joined", "The minister said the talks\nwould go on. Next.\n", []string{"The minister said the talks\nwould go on. Next."}},
		{"capital after break is a new line", "Talks in Paris\nPeace at last\n", []string{"Talks in Paris", "Peace at last"}},
		{"closing punctuation ends", "He left.\nand then\n", []string{"He left.", "and then"}},
		{"no newline", "Only text", []string{"Only text"}},
		{"empty", "", nil},
		{"byte-order mark skipped", "\uFEFFHeadline\r\nBody.", []string{"Headline\r", "Body."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range paragraphs(tt.text) {
				got = append(got, tt.text[p[0]:p[1]])
			}
			if len(got) != len(tt.want) {
				t.Fatalf("paragraphs = %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("paragraph %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestAnalyzeOffsets(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "“Suweida is part of Syria,” he said.\nThe U.S. envoy met al-Shara on Tuesday. Talks ended.\n"
	doc := a.Analyze(text)
	if len(doc.Sentences) != 3 {
		t.Errorf("%d sentences, want 3", len(doc.Sentences))
	}
	for _, tok := range doc.Tokens {
		if text[tok.Start:tok.End()] != tok.Text {
			t.Errorf("token %q at [%d:%d] holds %q", tok.Text, tok.Start, tok.End(), text[tok.Start:tok.End()])
		}
		s := doc.Sentences[tok.Sent]
		if tok.Start < s.Start || tok.End() > s.End {
			t.Errorf("token %q outside its sentence", tok.Text)
		}
	}
	for i, s := range doc.Sentences {
		if got := doc.SentenceAt(s.Start); got != i {
			t.Errorf("SentenceAt(%d) = %d, want %d", s.Start, got, i)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("Talks in Paris.\nThe envoy left on Tuesday.")
	f.Add("a\n\nb\r\nc")
	f.Add("“Quote,” he said.\n")
	f.Add("KYIV—The deal—signed in Paris–Berlin talks—held. Ships left the Red Sea.")
	f.Add("——–— –a– Sea.")
	a, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := a.Analyze(text)
		for _, tok := range doc.Tokens {
			if tok.Start < 0 || tok.End() > len(text) || text[tok.Start:tok.End()] != tok.Text {
				t.Fatalf("token %q has bad offsets [%d:%d]", tok.Text, tok.Start, tok.End())
			}
			if tok.Text == "" {
				t.Fatalf("empty token at %d", tok.Start)
			}
		}
		for k := 1; k < len(doc.Tokens); k++ {
			if doc.Tokens[k].Start < doc.Tokens[k-1].End() {
				t.Fatalf("tokens %q and %q overlap", doc.Tokens[k-1].Text, doc.Tokens[k].Text)
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	a, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	text := testcorpus.Article(b, "syria-israel-paris-talks.txt")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a.Analyze(text)
	}
}

func TestIsCapitalsWord(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"TOMBOLO", true},
		{"U.S.", true},
		{"ST-ANSELME", true},
		{"A", false}, // one letter
		{"Tombolo", false},
		{"(", false},
		{"2024", false},
		{"UK", true},
		{"Q4", false}, // a digit
	} {
		if got := IsCapitalsWord(tc.in); got != tc.want {
			t.Errorf("IsCapitalsWord(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestSegmentLikeProse checks that the analyzer's segment gives prose's
// sentences for paragraphs without '.', '!' or '?' (one sentence, trimmed)
// and with them.
func TestSegmentLikeProse(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	_, prose := testPunkt(t)
	for _, p := range []string{
		"SOCCER - QUORBLE WIN AT HOME",
		"  By Jane Quorble , staff writer \t",
		"\u00a0Talks resume\u2003",
		"a hard-wrapped headline\n  that goes on",
		"   ",
		"Talks resumed. Ministers met! Why?",
		"Mr. Quorble said so",
	} {
		if got, want := a.segment(p), proseSentences(prose, p); !slices.Equal(got, want) {
			t.Errorf("segment(%q) = %v, prose gives %v", p, got, want)
		}
	}
}

// TestLower holds Document.Lower to strings.ToLower on every token, ASCII
// or not, and on a Document built by hand.
func TestLower(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	doc := a.Analyze("ZÜRICH (Reuters) - The ÉCOLE's head, Ms. Quorble-SMITH, met İlker Kelvin\u212A.\n\nIt's DONE.")
	for k, tok := range doc.Tokens {
		if got, want := doc.Lower(k), strings.ToLower(tok.Text); got != want {
			t.Errorf("Lower(%d) = %q, want %q", k, got, want)
		}
	}
	byHand := &Document{Text: "Talks", Tokens: []Token{{Text: "Talks"}}}
	if got := byHand.Lower(0); got != "talks" {
		t.Errorf("Lower on a Document built by hand = %q", got)
	}
}

// TestTokenSizeGuess checks that the size the token list is made at covers
// the tokens of made-up news lines without wasting half of it.
func TestTokenSizeGuess(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"LONDON 1996-08-30\nQuorble beat Zedland by an innings and 39 runs ( 2-1 ) , they said .\n",
		"“We will win,” Ms. Quorble said — and didn’t. The U.S. envoy met al-Shara on Tuesday.",
		"WASHINGTON (Reuters) - Talks resumed on Monday, officials said; a deal is \"close\".",
	} {
		n, guess := len(a.Analyze(text).Tokens), tokenSizeGuess(text)
		if guess < n || guess > n*3/2 {
			t.Errorf("%q: guess %d for %d tokens", text, guess, n)
		}
	}
}

// TestTokenListNotOverReserved: text whose words hold punctuation, which
// the guess counts but prose keeps inside the word, does not leave the
// document a list many times its tokens.
func TestTokenListNotOverReserved(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		strings.Repeat("-", 100_000),
		strings.Repeat("ab-cd/ef=gh@", 10_000),
	} {
		doc := a.Analyze(text)
		if n := len(doc.Tokens); cap(doc.Tokens) > 2*n+64 {
			t.Errorf("%.12q...: %d tokens in a list of %d", text, n, cap(doc.Tokens))
		}
	}
}

// TestTokenSize holds Token to 32 bytes: a long article of a token per
// byte keeps a Token per byte of text.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(Token{}); n > 32 {
		t.Errorf("Token is %d bytes, want at most 32", n)
	}
}

// TestLongSentenceCut checks that a run of tokens without a sentence break
// longer than maxSentenceTokens becomes sentences of at most that many,
// which cover the tokens in order and hold their offsets.
func TestLongSentenceCut(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "Talks. " + strings.Repeat("word ", 2*maxSentenceTokens+5) + "end"
	doc := a.Analyze(text)
	if len(doc.Sentences) != 4 {
		t.Fatalf("%d sentences, want 4", len(doc.Sentences))
	}
	last := 0
	for i, s := range doc.Sentences {
		if s.First != last || s.Last-s.First > maxSentenceTokens || s.Last <= s.First {
			t.Errorf("sentence %d holds tokens [%d:%d] after %d", i, s.First, s.Last, last)
		}
		last = s.Last
		for k := s.First; k < s.Last; k++ {
			tok := doc.Tokens[k]
			if int(tok.Sent) != i || tok.Start < s.Start || tok.End() > s.End {
				t.Fatalf("token %d of sentence %d at [%d:%d] has Sent %d, sentence [%d:%d]", k, i, tok.Start, tok.End(), tok.Sent, s.Start, s.End)
			}
		}
		if got := doc.SentenceAt(s.Start); got != i {
			t.Errorf("SentenceAt(%d) = %d, want %d", s.Start, got, i)
		}
	}
	if last != len(doc.Tokens) || doc.Sentences[3].End != len(text) {
		t.Errorf("sentences end at token %d of %d, byte %d of %d", last, len(doc.Tokens), doc.Sentences[3].End, len(text))
	}
}

// TestLongParagraphSegmented checks that a paragraph of hundreds of
// kilobytes (a text without line breaks) is split whole as prose's
// segmenter splits it, and that a long run without spaces is one word.
func TestLongParagraphSegmented(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	const sentence = "Talks on the border opened in Paris."
	text := strings.TrimSpace(strings.Repeat(sentence+" ", 200_000/len(sentence)))
	doc := a.Analyze(text)
	if want := strings.Count(text, "."); len(doc.Sentences) != want {
		t.Errorf("%d sentences, want %d", len(doc.Sentences), want)
	}
	for i, s := range doc.Sentences {
		if got := text[s.Start:s.End]; got != sentence {
			t.Fatalf("sentence %d is %q", i, got)
		}
	}
	run := strings.Repeat("x", 200_000) + " a b"
	if got, want := a.segment(run), [][2]int{{0, len(run)}}; !slices.Equal(got, want) {
		t.Errorf("sentences of a long word %v, want %v", got, want)
	}
	_, prose := testPunkt(t)
	for _, unit := range []string{"He met Dr. Jones. ", "Talks opened. Mr. Smith of the U.S. delegation said no. ", "x. "} {
		text := strings.Repeat(unit, 200_000/len(unit))
		if got, want := a.segment(text), proseSentences(prose, text); !slices.Equal(got, want) {
			t.Errorf("%q repeated: %d sentences, prose gives %d", unit, len(got), len(want))
		}
	}
}

// tokenSizeGuessByCompares is tokenSizeGuess as first written, each byte
// classified by compares: the reference the table's reading must equal.
func tokenSizeGuessByCompares(text string) int {
	n, inPiece, marks := 1, false, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			inPiece, marks = false, 0
		default:
			if !inPiece {
				n++
				inPiece = true
			}
			if c < 0x80 && (c < '0' || c > '9') && (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') || c == 0xE2 {
				if marks++; marks <= 2*markRun {
					n++
				}
			} else if c < 0x80 {
				marks = 0
			}
		}
	}
	return n
}

func FuzzTokenSizeGuess(f *testing.F) {
	for _, s := range []string{"", "a b", "“We”—and", "((((((((word))))))))", "x\x00\x7f\xe2\x80\x9c\xff 9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tokenSizeGuess(s), tokenSizeGuessByCompares(s); got != want {
			t.Errorf("tokenSizeGuess(%q) = %d, by compares %d", s, got, want)
		}
	})
}

// TestGuessClassesAreTheCompares checks every byte's class against the
// compares tokenSizeGuess was first written with.
func TestGuessClassesAreTheCompares(t *testing.T) {
	for c := range 256 {
		for _, s := range []string{string([]byte{byte(c)}), "a" + string([]byte{byte(c)}) + "b", string([]byte{byte(c), byte(c), byte(c), byte(c), byte(c), byte(c), byte(c), byte(c)}) + "z"} {
			if got, want := tokenSizeGuess(s), tokenSizeGuessByCompares(s); got != want {
				t.Errorf("byte %#x in %q: %d, by compares %d", c, s, got, want)
			}
		}
	}
}
