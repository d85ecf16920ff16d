package ner

import (
	"testing"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/internal/text"
)

// BenchmarkRecognizeCorpus recognizes the analyzed articles of CoNLL-2003
// dev and GeoWebNews one after another: the recognizer alone, over many
// documents, so that its tables are not all in cache as they are for one
// article run again and again. Compare builds side by side.
func BenchmarkRecognizeCorpus(b *testing.B) {
	r, a := loadRecognizer(b)
	var docs []*text.Document
	size := 0
	for _, name := range []string{"conll2003/conll2003-dev.jsonl", "geo/gwn.jsonl"} {
		for _, rec := range testcorpus.GoldRecords(b, name) {
			docs = append(docs, a.Analyze(rec.Text))
			size += len(rec.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			r.Recognize(d)
		}
	}
}
