package extract_test

import (
	"context"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// Batches of the batch benchmark, as the CLI takes them from a stream:
// consecutive articles, at most this many and this many bytes of text.
const (
	benchBatchArticles = 16
	benchBatchBytes    = 32 << 10
)

// BenchmarkCorpusBatch is BenchmarkCorpus through ExtractBatch: the same
// corpus in batches of consecutive articles, each stage over a batch
// before the next. It lives apart from corpus_bench_test.go, which
// scripts/bench-compare.sh copies into builds older than ExtractBatch;
// compare the two on one build with
// BENCH_HEAD=CorpusBatch scripts/bench-compare.sh HEAD.
func BenchmarkCorpusBatch(b *testing.B) {
	articles := readCorpus(b)
	an, err := text.Load()
	if err != nil {
		b.Fatal(err)
	}
	var bytes, tokens int
	for _, a := range articles {
		bytes += len(a.Text)
		tokens += len(an.Analyze(a.Text).Tokens)
	}
	batches := corpusBatches(articles)
	e, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	cpu0 := cpuTime()
	for range b.N {
		for _, batch := range batches {
			_, errs := e.ExtractBatch(context.Background(), batch)
			for i, err := range errs {
				if err != nil {
					b.Fatalf("%s: %v", batch[i].ID, err)
				}
			}
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(articles)), "articles")
	b.ReportMetric(float64(len(batches)), "batches")
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// corpusBatches cuts the articles into runs of consecutive ones, within
// benchBatchArticles and benchBatchBytes; a larger article is a batch of
// its own.
func corpusBatches(articles []model.Article) [][]model.Article {
	var out [][]model.Article
	start, size := 0, 0
	for i, a := range articles {
		if i > start && (i-start == benchBatchArticles || size+len(a.Text) > benchBatchBytes) {
			out = append(out, articles[start:i])
			start, size = i, 0
		}
		size += len(a.Text)
	}
	if start < len(articles) {
		out = append(out, articles[start:])
	}
	return out
}
