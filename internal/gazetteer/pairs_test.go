package gazetteer

import (
	"bytes"
	"encoding/binary"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/internal/text"
)

// pairFilterLogBits is the log2 of the committed filter's bit count:
// 2^17 bits (16 KB) for some 9,400 keys, two bits each.
const pairFilterLogBits = 17

// TestPairFilterIsTheLexicon rebuilds the phrase-pair filter from the
// gazetteers and the long lists, wanting the committed one byte for byte;
// -update rewrites it.
func TestPairFilterIsTheLexicon(t *testing.T) {
	want, keys := buildPairFilter(t, pairFilterLogBits)
	if *update {
		if err := os.WriteFile("phrase-pairs.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(pairsIndex, want) {
		t.Fatalf("phrase-pairs.bin (%d bytes) is not the filter of the gazetteers (%d bytes): go test ./internal/gazetteer -run PairFilter -update", len(pairsIndex), len(want))
	}
	multi := 0
	for _, e := range indexedEntries(t) {
		if strings.Contains(e, " ") {
			multi++
		}
	}
	t.Logf("%d keys of %d entries of two or more words, in %d bits", keys, multi, 1<<pairFilterLogBits)
}

// buildPairFilter sets the bits of the key of every entry of the parsed
// gazetteers and of every name of the long lists, and lays the filter out
// as phrase-pairs.bin; it returns the number of distinct keys too.
func buildPairFilter(t *testing.T, logBits uint32) ([]byte, int) {
	t.Helper()
	bits := make([]byte, 1<<logBits/8)
	keys := map[string]bool{}
	for _, e := range indexedEntries(t) {
		key, ok := pairKey(e)
		if !ok {
			continue
		}
		keys[strings.ToLower(key)] = true
		a, b := pairBits(lowerHash(key), 32-logBits)
		bits[a>>3] |= 1 << (a & 7)
		bits[b>>3] |= 1 << (b & 7)
	}
	out := []byte(pairsMagic)
	for _, text := range pairFilterTexts() {
		out = binary.LittleEndian.AppendUint32(out, uint32(len(text)))
	}
	out = binary.LittleEndian.AppendUint32(out, logBits)
	return append(out, bits...), len(keys)
}

// indexedEntries returns every entry the indexes can match: the parsed
// phrase index's, slot by slot (files Lists does not report included),
// and every name of the long lists.
func indexedEntries(t *testing.T) []string {
	t.Helper()
	l, err := parseLexicon(lexiconFiles)
	if err != nil {
		t.Fatal(err)
	}
	var entries []string
	for p := uint32(0); p <= l.phrases.mask; p++ {
		if _, ref := l.phrases.slot(p); ref != 0 {
			entries = append(entries, columnAt(l.phrases.texts[ref>>phraseOffBits], int(ref&phraseOffMask)-1))
		}
	}
	for _, nl := range nameLists {
		offs, _, err := checkNameList(nl.file, *nl.text)
		if err != nil {
			t.Fatal(err)
		}
		for _, off := range offs {
			name, _, _ := strings.Cut((*nl.text)[off:], "\n")
			entries = append(entries, name)
		}
	}
	return entries
}

// TestListsSameWithFilter looks up every indexed entry in the spellings a
// text may give it (as written, upper, lower and title case, its first
// word or the rest in capitals, words after it, a stray invalid byte,
// letters swapped for the non-ASCII runes that lower-case to them, such
// as the Kelvin sign) and wants Lists to answer as it does without the
// filter. It also checks the fact the filter's keys rest on: no rune
// lower-cases to a space.
func TestListsSameWithFilter(t *testing.T) {
	l := loadWithFilter(t)
	toASCII := map[byte][]rune{} // non-ASCII runes by the ASCII letter they lower-case to
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		switch lr := unicode.ToLower(r); {
		case lr == ' ':
			t.Fatalf("%U lower-cases to a space", r)
		case lr < utf8.RuneSelf:
			toASCII[byte(lr)] = append(toASCII[byte(lr)], r)
		}
	}
	n := 0
	for _, e := range indexedEntries(t) {
		forms := []string{e, strings.ToUpper(e), strings.ToLower(e), titleWords(e), e + " Said", e + "\xff"}
		if i := strings.IndexByte(e, ' '); i > 0 {
			forms = append(forms, strings.ToUpper(e[:i])+e[i:], e[:i]+strings.ToUpper(e[i:]))
		}
		for c, rs := range toASCII {
			if strings.IndexByte(strings.ToLower(e), c) >= 0 {
				for _, r := range rs {
					forms = append(forms, strings.ReplaceAll(strings.ToLower(e), string(c), string(r)))
				}
			}
		}
		for _, p := range forms {
			n++
			if got, want := l.Lists(p), l.listsOf(p); !slices.Equal(got, want) {
				t.Errorf("Lists(%q) = %q, without the filter %q", p, got, want)
			}
		}
	}
	t.Logf("%d phrases; non-ASCII runes lower-case to %d ASCII letters", n, len(toASCII))
}

// loadWithFilter returns the embedded Lexicon, skipping the test while
// -update rewrites the filter it reads.
func loadWithFilter(t *testing.T) *Lexicon {
	t.Helper()
	if *update {
		t.Skip("reads the embedded filter, which -update is rewriting")
	}
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// titleWords upper-cases the first letter of each space-separated word.
func titleWords(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToTitle(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// TestPairFilter checks that phrases no entry opens with are turned away,
// and one-word phrases and entries' spellings never (every entry's
// spellings: TestListsSameWithFilter).
func TestPairFilter(t *testing.T) {
	l := loadWithFilter(t)
	for _, tt := range []struct {
		phrase string
		want   bool
	}{
		{"Xyzzy", true},            // one word: always looked up
		{"Foreign Minister", true}, // titles.txt, in any case
		{"FOREIGN MINISTER Said", true},
		{"United States", true},
		{"Xyzzy Quorble", false},
		{"Friday The Talks", false},
		{"He Told", false},
		{"Ünïcödé Wörds", false},
	} {
		if got := l.pairs.mayList(tt.phrase); got != tt.want {
			t.Errorf("mayList(%q) = %v, want %v", tt.phrase, got, tt.want)
		}
		if !tt.want && l.Lists(tt.phrase) != nil {
			t.Errorf("Lists(%q) found what the filter turns away", tt.phrase)
		}
	}
}

func TestPairKey(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"Paris", "", false},
		{"", "", false},
		{"New York", "New York", true},
		{"New York City Council", "New York", true},
		{"a  b", "a ", true},
		{" lead", " lead", true},
		{"trail ", "trail ", true},
	} {
		got, ok := pairKey(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("pairKey(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLowerHash(t *testing.T) {
	for _, s := range []string{"", "abc", "New York", "ÉTATS Unis", "\xffX", "İstanbul"} {
		if got, want := lowerHash(s), hashName(strings.ToLower(s)); got != want {
			t.Errorf("lowerHash(%q) = %x, want %x", s, got, want)
		}
	}
}

func TestReadPairFilterRefuses(t *testing.T) {
	if *update {
		t.Skip("reads the embedded filter, which -update is rewriting")
	}
	lengthAt := len(pairsMagic)
	logAt := pairsHeaderLen - 4
	for _, tt := range []struct {
		name string
		edit func([]byte) []byte
		want string
	}{
		{"empty", func([]byte) []byte { return nil }, "not a phrase-pair filter"},
		{"magic", func(b []byte) []byte { b[0] = 'X'; return b }, "not a phrase-pair filter"},
		{"text length", func(b []byte) []byte { b[lengthAt]++; return b }, "other lengths"},
		{"truncated", func(b []byte) []byte { return b[:len(b)-1] }, "wrong size"},
		{"log2 too large", func(b []byte) []byte { binary.LittleEndian.PutUint32(b[logAt:], 40); return b }, "wrong size"},
		{"log2 too small", func(b []byte) []byte { binary.LittleEndian.PutUint32(b[logAt:], 2); return b }, "wrong size"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readPairFilter(tt.edit(bytes.Clone(pairsIndex)))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := readPairFilter(pairsIndex); err != nil {
		t.Errorf("the committed filter: %v", err)
	}
}

// FuzzReadPairFilter: any bytes give a filter or an error, never a panic,
// and a filter read answers any phrase.
func FuzzReadPairFilter(f *testing.F) {
	f.Add(bytes.Clone(pairsIndex), "New York")
	f.Add([]byte(pairsMagic), "a b")
	f.Fuzz(func(t *testing.T, b []byte, phrase string) {
		if x, err := readPairFilter(b); err == nil {
			x.mayList(phrase)
		}
	})
}

// FuzzListsPairFilter: the filter never turns away a phrase Lists finds
// without it.
func FuzzListsPairFilter(f *testing.F) {
	for _, s := range []string{"New York", "FOREIGN MINISTER", "foreign minister", "United States", "He Told", "Bank Of America", "Coca-Cola"} {
		f.Add(s)
	}
	l, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, phrase string) {
		if l.listsOf(phrase) != nil && !l.pairs.mayList(phrase) {
			t.Errorf("%q: Lists finds it, the filter turns it away", phrase)
		}
	})
}

// TestPairFilterOnDevelopmentSets asks Lists about the phrases the
// recognizer's gazetteer marks ask about (internal/ner's GazMarker.Marks:
// from each capitalized token, the runs of tokens one space apart that end
// in a capitalized token, longest first) in four development sets, wants
// the answers the indexes give without the filter, and reports how many
// phrases the filter turned away. It skips, saying so, without the gold
// data.
func TestPairFilterOnDevelopmentSets(t *testing.T) {
	l := loadWithFilter(t)
	a, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	var asked, longer, away int
	for _, name := range []string{"conll2003/conll2003-dev.jsonl", "geo/gwn.jsonl", "quotes/polnear-dev.jsonl", "events/events-dev.jsonl"} {
		for _, rec := range testcorpus.GoldRecords(t, name) {
			doc := a.Analyze(rec.Text)
			for _, st := range doc.Sentences {
				for _, p := range markPhrases(doc, doc.Tokens[st.First:st.Last], l.MaxPhraseWords()) {
					asked++
					if strings.Contains(p, " ") {
						longer++
					}
					if !l.pairs.mayList(p) {
						away++
					}
					if got, want := l.Lists(p), l.listsOf(p); !slices.Equal(got, want) {
						t.Errorf("Lists(%q) = %q, without the filter %q", p, got, want)
					}
				}
			}
		}
	}
	t.Logf("%d phrases asked about, %d of two or more words, %d turned away by the filter", asked, longer, away)
}

// markPhrases returns the phrases of a sentence's tokens that the
// gazetteer marks may look up, at most maxWords tokens each.
func markPhrases(doc *text.Document, toks []text.Token, maxWords int) []string {
	upper := func(s string) bool { r, _ := utf8.DecodeRuneInString(s); return unicode.IsUpper(r) }
	var out []string
	for i := range toks {
		if !upper(toks[i].Text) {
			continue
		}
		end := i + 1
		for end < len(toks) && end-i < maxWords && toks[end].Start == toks[end-1].End()+1 && doc.Text[toks[end-1].End()] == ' ' {
			end++
		}
		for k := end; k > i; k-- {
			if upper(toks[k-1].Text) {
				out = append(out, doc.Text[toks[i].Start:toks[k-1].End()])
			}
		}
	}
	return out
}
