package extract

import (
	"sort"

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

// datesOutsideNames removes the dates that lie inside a longer person,
// place or organization name: "Wednesday" in the club "Sheffield
// Wednesday" is no day. Misc names keep theirs ("the 2020 Olympics").
// ms are in text order.
func datesOutsideNames(dates []model.Date, ms []ner.Mention) []model.Date {
	out := dates[:0]
	for _, d := range dates {
		i := sort.Search(len(ms), func(i int) bool { return ms[i].End > d.Start })
		inside := false
		for ; i < len(ms) && ms[i].Start <= d.Start; i++ {
			m := ms[i]
			if m.Label != ner.LabelMISC && m.End >= d.End && m.End-m.Start > d.End-d.Start {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, d)
		}
	}
	return out
}
