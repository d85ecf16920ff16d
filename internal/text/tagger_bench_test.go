package text

import (
	"testing"

	"github.com/newsextract/newsextract/internal/testcorpus"
)

// taggerBenchFiles are the development texts of BenchmarkTagger, fixed so
// that figures of different builds compare: the corpus benchmark's news
// without GeoWebNews.
var taggerBenchFiles = []string{
	"conll2003/conll2003-dev.jsonl",
	"tempeval3/tempeval3-timebank.jsonl",
	"events/events-dev.jsonl",
	"quotes/polnear-dev.jsonl",
}

// BenchmarkTagger tags every sentence of the development texts, tokenized
// once beforehand, and reports tokens/s: the tagger alone. Compare two
// builds side by side (alternating runs, medians), never by absolute
// figures alone.
func BenchmarkTagger(b *testing.B) {
	a, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	var sentences [][]Token
	tokens := 0
	for _, name := range taggerBenchFiles {
		for _, rec := range testcorpus.GoldRecords(b, name) {
			doc := a.Analyze(rec.Text)
			for _, s := range doc.Sentences {
				toks := make([]Token, 0, s.Last-s.First)
				for _, tk := range doc.Tokens[s.First:s.Last] {
					toks = append(toks, Token{Text: tk.Text})
				}
				sentences = append(sentences, toks)
				tokens += len(toks)
			}
		}
	}
	scratch := a.tagger.newScratch()
	cpu0 := testcorpus.CPUTime()
	for b.Loop() {
		for _, toks := range sentences {
			a.tagger.tagTokens(scratch, toks)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// The process's CPU time, which a busy machine inflates less than the
	// wall-clock time (it leaves out the time the benchmark waited for a
	// core, not the cache misses other processes cause).
	b.ReportMetric(float64(testcorpus.CPUTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// benchTexts returns the texts of BenchmarkTagger's files and sets b's
// bytes to their size.
func benchTexts(b *testing.B) []string {
	var texts []string
	size := 0
	for _, name := range taggerBenchFiles {
		for _, rec := range testcorpus.GoldRecords(b, name) {
			texts = append(texts, rec.Text)
			size += len(rec.Text)
		}
	}
	b.SetBytes(int64(size))
	return texts
}

// BenchmarkTokenSizeGuess guesses the token count of every text of
// BenchmarkTagger's files, and reports bytes/s.
func BenchmarkTokenSizeGuess(b *testing.B) {
	texts := benchTexts(b)
	n := 0
	for b.Loop() {
		for _, t := range texts {
			n += tokenSizeGuess(t)
		}
	}
	if n == 0 {
		b.Fatal("no tokens guessed")
	}
}

// BenchmarkTokenize tokenizes every text of BenchmarkTagger's files whole
// (no sentences), and reports bytes/s.
func BenchmarkTokenize(b *testing.B) {
	a, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	texts := benchTexts(b)
	var tokens []Token
	for b.Loop() {
		for _, t := range texts {
			tokens = a.tokenizer.tokenize(t, 0, tokens[:0])
		}
	}
}
