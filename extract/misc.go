package extract

import (
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// buildMisc makes one record per other named thing from MISC mentions.
func buildMisc(doc *text.Document, ms []ner.Mention, refs map[int]model.Ref) []model.Misc {
	rs := newRecords(miscFields)
	for m := range withLabel(ms, ner.LabelMISC) {
		name := mentionText(doc, m)
		rs.file(doc, m, name, func() model.Misc { return model.Misc{Name: name} })
	}
	return rs.finish(refs)
}
