package extract

import (
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// BenchmarkEntitiesDev times the assembly of the entities (the rules after
// recognition, the records, the places resolved) over the analyzed and
// recognized texts of the events development set.
func BenchmarkEntitiesDev(b *testing.B) {
	texts := devTexts(b, "events/events-dev.jsonl")
	ex := newTestExtractor(b)
	type input struct {
		doc      *text.Document
		mentions []ner.Mention
	}
	inputs := make([]input, len(texts))
	size := 0
	for i, t := range texts {
		doc := ex.analyzer.Analyze(t)
		inputs[i] = input{doc, ex.recognizer.Recognize(doc)}
		size += len(t)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, in := range inputs {
			ex.assembleEntities(in.doc, append([]ner.Mention(nil), in.mentions...))
		}
	}
}
