package extract

import (
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/model"
)

// dropDateNames removes the person, place and organization mentions whose
// text is exactly a date the temporal tagger found: a holiday is a time
// ("before the Thanksgiving recess", "during Christmas"), not a place. Misc
// mentions stay ("Labor Day" is a misc name in CoNLL's convention).
func dropDateNames(ms []ner.Mention, dates []model.Date) []ner.Mention {
	if len(dates) == 0 {
		return ms
	}
	spans := make(map[[2]int]bool, len(dates))
	for _, d := range dates {
		spans[[2]int{d.Start, d.End}] = true
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Label != ner.LabelMISC && spans[[2]int{m.Start, m.End}] {
			continue
		}
		out = append(out, m)
	}
	return out
}
