package extract

import (
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// buildMisc makes one record per other named thing from MISC mentions.
func buildMisc(doc *text.Document, ms []ner.Mention, canonical map[int]string) []model.Misc {
	rs := newRecords(func(r *model.Misc) *[]model.Span { return &r.Mentions }, func(r *model.Misc) string { return r.Name })
	for m := range withLabel(ms, ner.LabelMISC) {
		name := mentionText(doc, m)
		rs.file(doc, m, name, func() model.Misc { return model.Misc{Name: name} })
	}
	rs.canonicalize(canonical)
	return rs.list
}
