package extract

import (
	"context"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/events"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/model"
)

// devTexts returns the texts of a development file under ../shared/data.
func devTexts(b *testing.B, rel string) []string {
	b.Helper()
	var texts []string
	for _, rec := range testcorpus.GoldRecords(b, rel) {
		texts = append(texts, rec.Text)
	}
	return texts
}

// benchWhole runs the sub-benchmark "whole": the whole extraction of the
// texts, one after another. It returns their size in bytes, for the stage
// benchmark beside it.
func benchWhole(b *testing.B, ex *Extractor, texts []string) int {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.Run("whole", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, t := range texts {
				if _, err := ex.Extract(context.Background(), model.Article{Text: t}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	return size
}

// BenchmarkEventsDev times the whole extraction of the events development
// set's texts and, apart, the events stage alone over the same analyzed
// input, so that the events' share of the whole can be read off.
func BenchmarkEventsDev(b *testing.B) {
	texts := devTexts(b, "events/events-dev.jsonl")
	ex := newTestExtractor(b)
	size := benchWhole(b, ex, texts)
	inputs := make([]events.Input, len(texts))
	for i, t := range texts {
		doc := ex.analyzer.Analyze(t)
		ents := ex.assembleEntities(doc, append([]ner.Mention(nil), ex.recognizer.Recognize(doc)...))
		inputs[i] = events.Input{Doc: doc, Mentions: ents.mentions, Refs: ents.refs, Dates: ex.timex.Tag(doc, time.Time{})}
	}
	b.Run("events", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, in := range inputs {
				ex.events.Meetings(in)
				ex.events.Agreements(in)
			}
		}
	})
}
