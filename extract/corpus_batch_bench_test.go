package extract_test

import (
	"context"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/model"
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

// corpusBatches cuts the articles into the batches the CLI would take
// (extract.Batches).
func corpusBatches(articles []model.Article) [][]model.Article {
	var out [][]model.Article
	for _, b := range extract.Batches(len(articles), func(i int) int { return len(articles[i].Text) }) {
		out = append(out, articles[b[0]:b[1]])
	}
	return out
}
