package extract

import (
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// BenchmarkQuotesDev times the whole extraction of the first 40 texts of
// the quotes development set and, apart, the quotes stage alone (finding
// and assembling, speakers resolved) over the same analyzed input, so that
// the quotes' share of the whole can be read off.
func BenchmarkQuotesDev(b *testing.B) {
	texts := devTexts(b, "quotes/polnear-dev.jsonl")
	texts = texts[:min(40, len(texts))]
	ex := newTestExtractor(b)
	size := benchWhole(b, ex, texts)
	type input struct {
		doc  *text.Document
		ents entities
		res  model.Result
	}
	inputs := make([]input, len(texts))
	for i, t := range texts {
		doc := ex.analyzer.Analyze(t)
		ents := ex.assembleEntities(doc, append([]ner.Mention(nil), ex.recognizer.Recognize(doc)...))
		inputs[i] = input{doc, ents, model.Result{People: ents.people, Organizations: ents.organizations}}
	}
	b.Run("quotes", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, in := range inputs {
				res := in.res
				res.People = append([]model.Person(nil), in.res.People...)
				assembleQuotes(in.doc, ex.quotes.Find(in.doc), &res, in.ents)
			}
		}
	})
}
