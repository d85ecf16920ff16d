package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/internal/text"
)

// BenchmarkRecognizeCorpus recognizes the analyzed articles of CoNLL-2003
// dev and GeoWebNews one after another: the recognizer alone, over many
// documents, so that its tables are not all in cache as they are for one
// article run again and again. Compare builds side by side.
func BenchmarkRecognizeCorpus(b *testing.B) {
	r, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	a, err := text.Load()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*text.Document
	size := 0
	for _, name := range []string{"conll2003/conll2003-dev.jsonl", "geo/gwn.jsonl"} {
		f, err := os.Open(testcorpus.Gold(b, name))
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var d struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				b.Fatal(err)
			}
			docs = append(docs, a.Analyze(d.Text))
			size += len(d.Text)
		}
		f.Close()
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			r.Recognize(d)
		}
	}
}
