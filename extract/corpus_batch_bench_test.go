package extract_test

import (
	"context"
	"testing"

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
	articles, tokens, e := corpusSetup(b)
	b.StopTimer()
	batches := corpusBatches(articles)
	b.StartTimer()
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
	reportCorpus(b, len(articles), tokens, cpu0)
	b.ReportMetric(float64(len(batches)), "batches")
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
