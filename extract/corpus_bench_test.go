package extract_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"syscall"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// corpusFiles are the development texts of the corpus benchmark: news of
// 1996 (CoNLL-2003 dev), of the 1990s wires (TimeBank), of the web
// (GeoWebNews), diplomatic news (events-dev) and political news (PolNeAR
// dev). The list is fixed so that figures of different builds compare.
var corpusFiles = []string{
	"conll2003/conll2003-dev.jsonl",
	"tempeval3/tempeval3-timebank.jsonl",
	"geo/gwn.jsonl",
	"events/events-dev.jsonl",
	"quotes/polnear-dev.jsonl",
}

// readCorpus reads the articles of the corpus files, with their creation
// dates as reference dates where the gold gives them. It reads them itself
// rather than through testcorpus.GoldRecords: scripts/bench-compare.sh
// copies this file into builds older than that helper.
func readCorpus(b *testing.B) []model.Article {
	var out []model.Article
	for _, name := range corpusFiles {
		f, err := os.Open(testcorpus.Gold(b, name))
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var d struct {
				ID   string  `json:"id"`
				Text string  `json:"text"`
				DCT  *string `json:"dct"`
			}
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				b.Fatal(err)
			}
			a := model.Article{ID: d.ID, Text: d.Text}
			if d.DCT != nil && len(*d.DCT) >= 10 {
				a.RefDate = (*d.DCT)[:10]
			}
			out = append(out, a)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			b.Fatal(err)
		}
	}
	return out
}

// BenchmarkCorpus runs the whole extraction over the fixed corpus of
// development texts, one article after another on one goroutine, and
// reports MB/s (of article text) and tokens/s. Compare two builds side by
// side with scripts/bench-compare.sh, never by absolute figures alone.
func BenchmarkCorpus(b *testing.B) {
	articles, tokens, e := corpusSetup(b)
	cpu0 := cpuTime()
	for range b.N {
		for _, a := range articles {
			if _, err := e.Extract(context.Background(), a); err != nil {
				b.Fatalf("%s: %v", a.ID, err)
			}
		}
	}
	reportCorpus(b, len(articles), tokens, cpu0)
}

// corpusSetup reads the corpus, counts its tokens, builds an extractor
// and starts the benchmark's clock; SetBytes counts the articles' text.
func corpusSetup(b *testing.B) ([]model.Article, int, *extract.Extractor) {
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
	e, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	return articles, tokens, e
}

// reportCorpus reports tokens/s, the corpus's articles and the CPU time
// per pass since cpu0: the process's CPU time over the timed loop, which
// a busy machine inflates less than the wall time: it leaves out the time
// the benchmark waited for a core (not the cache misses other processes
// cause). The setup, which analyzes the corpus once, is left out.
func reportCorpus(b *testing.B, articles, tokens int, cpu0 int64) {
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(articles), "articles")
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// cpuTime returns the process's user and system CPU time in nanoseconds,
// as testcorpus.CPUTime does: this file keeps its own copy because
// scripts/bench-compare.sh copies it into builds older than that helper.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
