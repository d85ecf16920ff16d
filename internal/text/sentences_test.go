package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"

	"github.com/newsextract/newsextract/internal/testcorpus"
)

// testPunkt returns the English model the splitter uses and prose's own
// segmenter (segment.New, reading the sentences module's model), the
// oracle the splitter is held to.
func testPunkt(t testing.TB) (*punktModel, *segment.Segmenter) {
	t.Helper()
	m, err := loadPunkt()
	if err != nil {
		t.Fatal(err)
	}
	prose, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	return m, prose
}

// proseSentences is prose's segmentation of p as [start, end) ranges.
func proseSentences(prose *segment.Segmenter, p string) [][2]int {
	var out [][2]int
	for _, s := range prose.Segment(p) {
		out = append(out, [2]int{s.Start, s.End()})
	}
	return out
}

// sameSentences reports whether the splitter splits p as prose does, and
// says how they differ when not.
func sameSentences(t testing.TB, m *punktModel, prose *segment.Segmenter, p string) bool {
	t.Helper()
	got, want := m.sentences(p, nil), proseSentences(prose, p)
	if slices.Equal(got, want) {
		return true
	}
	t.Errorf("sentences of %q:\n got %s\nwant %s", p, quoteRanges(p, got), quoteRanges(p, want))
	return false
}

// quoteRanges shows ranges of p as the text they cover.
func quoteRanges(p string, rs [][2]int) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString("[" + p[r[0]:r[1]] + "] ")
	}
	return b.String()
}

// TestSentencesLikeProseGold compares the splitter with prose's segmenter
// on every paragraph of the development texts.
func TestSentencesLikeProseGold(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the development sets")
	}
	m, prose := testPunkt(t)
	n, bad := 0, 0
	eachDevText(t, func(text string) {
		for _, p := range paragraphs(text) {
			n++
			if !sameSentences(t, m, prose, text[p[0]:p[1]]) {
				if bad++; bad > 10 {
					t.FailNow()
				}
			}
		}
	})
	t.Logf("%d paragraphs compared", n)
}

// trickyPieces are what TestSentencesLikeProseRandom makes paragraphs of:
// the model's abbreviations and collocations, initials, numbers with stops,
// ellipses, quotes and brackets after stops, words the orthographic tables
// know in either case, sentence starters, runs of marks, and the Unicode
// of randomPieces.
var trickyPieces = []string{
	"Mr.", "mr.", "Dr.", "Jan.", "Sgt.", "Gov.", "No.", "no.", "Mt.", "Inc.", "Corp.", "ex-Gov.", "co.", "U.S.", "u.s.", "a.m.", "p.m.", "e.g.", "Ph.D.", "vs.",
	"J.", "j.", "B.", "I.", "O.", "A.B.", "Yahoo!", "Yahoo!.", "Yahoo!)",
	"5.", "1990.", "3.5.", "1,000.", "-12.", ".5", "$4.", "2nd.", "12-year-old.",
	"...", "..", ".", ". . .", "word...", "word..", "etc...", "…", "!", "?", "!?", "?!", "!!", "?!?", ";", ":", ",",
	`."`, `.”`, `.’`, `.)`, `.'`, `?"`, `?'`, `!)`, `!’`, `.(`, `.[`, `?[`, `!(`, `"`, "“", "”", "(", ")", "[", "]", "'", "’",
	"said.", "said", "The", "the", "However", "however", "But", "but", "He", "he", "It", "Magnin", "Smith", "smith", "Aron",
	"Who", "who", "International", "Business", "Dividend", "Review", "Pepper", "Edelman", "Levine", "Walter",
	"quorble.", "Quorble.", "QUORBLE.", "said,", "end.", "End.", "Paris.", "Paris!", "Paris?",
	"Ünïcödé.", "café.", "Café", "é.", "İ.", "K.", "\u212a.", "Éire", "émigré", "ΟΔΟΣ.", "\xff.", "\xc3.", "a\xc3.", "ß.",
	" ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085",
}

// TestSentencesLikeProseRandom compares the splitter with prose's segmenter
// on seeded random paragraphs of trickyPieces and randomPieces.
func TestSentencesLikeProseRandom(t *testing.T) {
	m, prose := testPunkt(t)
	rng := rand.New(rand.NewPCG(11, 12))
	pieces := append(slices.Clone(trickyPieces), randomPieces...)
	bad := 0
	for range 20000 {
		p := randomText(rng, rng.IntN(25)+1, pieces)
		if rng.IntN(4) == 0 {
			p = strings.TrimRight(p, " ")
		}
		if !sameSentences(t, m, prose, p) {
			if bad++; bad > 10 {
				t.FailNow()
			}
		}
	}
}

// FuzzSentences compares the splitter with prose's segmenter on any input.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith met Dr. Jones. They left.",
		"The U.S. economy grew 2.1 percent. He said so... Then he left! Did he? Yes.",
		`"We will win," he said. "Yes." she did. (Yes.) no`,
		"J. Bach wrote 5. Then . . . it ended.",
		"Yahoo! is a company. So is Quorble! Yes.",
		"café. Éire. \xff. K. \u212a. end",
	} {
		f.Add(s)
	}
	m, prose := testPunkt(f)
	f.Fuzz(func(t *testing.T, p string) {
		sameSentences(t, m, prose, p)
	})
}

// TestSentencesRules shows each rule of the splitter on a made-up
// paragraph, sentences separated by " | ".
func TestSentencesRules(t *testing.T) {
	m, err := loadPunkt()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ rule, p, want string }{
		{"a full stop ends a sentence", "Talks ended. The envoys left.", "Talks ended. | The envoys left."},
		{"'!' and '?' end one", "Did they agree? No! They left.", "Did they agree? | No! | They left."},
		{"white space is trimmed", "  Talks ended.\u00a0 The envoys left.  ", "Talks ended. | The envoys left."},
		{"a known abbreviation does not", "He met Mr. Quorble on Tuesday.", "He met Mr. Quorble on Tuesday."},
		{"nor prose's supervised ones", "Gov. Quorble spoke at No. 5 today.", "Gov. Quorble spoke at No. 5 today."},
		{"an abbreviation before a sentence starter does", "Prices rose in Jan. However, they fell.", "Prices rose in Jan. | However, they fell."},
		{"a dotted abbreviation does not", "The U.S. envoy left.", "The U.S. envoy left."},
		{"unless the next word begins sentences", "It is 5 p.m. The talks go on.", "It is 5 p.m. | The talks go on."},
		{"an initial before a name does not", "Ask J. Bach about it.", "Ask J. Bach about it."},
		{"a number before a lower-case word does not", "It was won in 1990. it was lost later.", "It was won in 1990. it was lost later."},
		{"a pair seen around a stop inside sentences does not", "It ran as item 5. Genentech followed.", "It ran as item 5. Genentech followed."},
		{"an unknown abbreviation does", "The Ph. D. thesis was read.", "The Ph. | D. thesis was read."},
		{"an ellipsis before a capital does", "He paused... Then he spoke.", "He paused... | Then he spoke."},
		{"an ellipsis before lower case does not", "He paused... and went on.", "He paused... and went on."},
		{"nor a spaced one", "He left . . . and came back.", "He left . . . and came back."},
		{"a stop before a closing quote does", `"We agree." The talks went on.`, `"We agree." | The talks went on.`},
		{"unless lower case follows", `"We agree?" officials said.`, `"We agree?" officials said.`},
		{"a closing bracket", "(It ended.) The rest went on.", "(It ended.) | The rest went on."},
		{"Yahoo! is a name", "Quorble sold Yahoo! shares.", "Quorble sold Yahoo! shares."},
		{"a last word ending in a multi-byte rune is not looked at", "Ask J. Baché", "Ask J. | Baché"},
	} {
		var got []string
		for _, r := range m.sentences(tt.p, nil) {
			got = append(got, tt.p[r[0]:r[1]])
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%s: %q\n got %s\nwant %s", tt.rule, tt.p, g, tt.want)
		}
	}
}

// BenchmarkSentences splits every paragraph of the development texts of
// BenchmarkTagger into sentences, with the splitter and, for comparison,
// with prose's segmenter.
func BenchmarkSentences(b *testing.B) {
	m, prose := testPunkt(b)
	var paras []string
	size := 0
	for _, name := range taggerBenchFiles {
		for _, rec := range testcorpus.GoldRecords(b, name) {
			for _, p := range paragraphs(rec.Text) {
				paras = append(paras, rec.Text[p[0]:p[1]])
				size += p[1] - p[0]
			}
		}
	}
	b.Run("splitter", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		var out [][2]int
		for b.Loop() {
			for _, p := range paras {
				out = m.sentences(p, out[:0])
			}
		}
	})
	b.Run("prose", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range paras {
				prose.Segment(p)
			}
		}
	})
}

// TestSentencesLikeProseModelWords compares the splitter with prose's
// segmenter on seeded random paragraphs of the model's own keys (every
// table's, a collocation's two words around a stop), in lower, capitalized and upper
// case, with stops, ellipses, marks and closers after them and several
// kinds of white space between: the words whose tables decide.
func TestSentencesLikeProseModelWords(t *testing.T) {
	m, prose := testPunkt(t)
	tables, err := punktTableEntries(punktEnglish)
	if err != nil {
		t.Fatal(err)
	}
	// A word is drawn from a table drawn first, so that the 156
	// abbreviations come as often as the 20,000 orthographic entries; a
	// collocation gives its first half, which a stop then joins to its
	// second.
	var words [punktTables][]string
	for table, entries := range tables {
		for _, e := range entries {
			words[table] = append(words[table], e.key)
		}
	}
	before := []string{".", "(", `"`, "1990.", "$4,000.", "5.", "J.", "U.S.", "ex-"}
	after := []string{"", "", "", ".", ".", ".", "..", "...", "!", "?", `."`, ".)", ".'", ".’", "?”", ",", ".,", "-", "-gov.", ".5", "é"}
	spaces := []string{" ", " ", " ", "  ", "\t", "\u00a0", "\r\n", "\u2028"}
	rng := rand.New(rand.NewPCG(13, 14))
	bad := 0
	for range 50000 {
		var b strings.Builder
		n := rng.IntN(8) + 1
		for i := range n {
			if rng.IntN(10) == 0 {
				b.WriteString(before[rng.IntN(len(before))])
			}
			table := rng.IntN(punktTables)
			w := words[table][rng.IntN(len(words[table]))]
			switch rng.IntN(4) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				r, size := utf8.DecodeRuneInString(w)
				w = string(unicode.ToUpper(r)) + w[size:]
			}
			if first, second, ok := strings.Cut(w, ","); ok && table == punktCollocations {
				w = first + "." + spaces[rng.IntN(len(spaces))] + second
			}
			b.WriteString(w)
			b.WriteString(after[rng.IntN(len(after))])
			if i < n-1 || rng.IntN(2) == 0 {
				b.WriteString(spaces[rng.IntN(len(spaces))])
			}
		}
		if !sameSentences(t, m, prose, b.String()) {
			if bad++; bad > 10 {
				t.FailNow()
			}
		}
	}
}

// TestSentencesAllocateNothing checks the splitter's promise: given room
// for the sentences, a paragraph of words shorter than its key buffer
// costs no allocation.
func TestSentencesAllocateNothing(t *testing.T) {
	m, err := loadPunkt()
	if err != nil {
		t.Fatal(err)
	}
	p := `Mr. Quorble met Dr. Jones in the U.S. at 5 p.m. on Jan. 5. "We agree," he said... Then they left! Did they? (Yes.) No.`
	out := make([][2]int, 0, 64)
	if n := testing.AllocsPerRun(100, func() { out = m.sentences(p, out[:0]) }); n != 0 {
		t.Errorf("%v allocations per paragraph, want none", n)
	}
}
