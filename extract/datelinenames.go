package extract

import (
	"regexp"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// datelineTail matches what follows the place of a wire dateline at the
// start of a line: an optional state or country ("SEVERN, Md."), then the
// agency in parentheses and a dash ("LOS ANGELES (AP) —"), or a date
// ("TIJUANA, MARCH 29, 2018 --").
var datelineTail = regexp.MustCompile(`^(?:,\s*[A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12})?)?\s*(?:\([^()\n]{1,30}\)\s*(?:—|–|-|--)|,{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]*\.?\s+\d{1,2}\b)`)

// datelineNames makes the name that opens a line as a wire dateline's
// place a place, whatever the recognizer called it: "HOUSTON (AP) —",
// "SEVERN, Md. (ABC7) —". Datelines with a date and a year are read by
// the temporal tagger too; this also covers those without.
func datelineNames(doc *text.Document, ms []ner.Mention) []ner.Mention {
	for i, m := range ms {
		if m.Label == ner.LabelLOC || m.Start > 0 && doc.Text[m.Start-1] != '\n' {
			continue
		}
		tail := doc.Text[m.End:min(len(doc.Text), m.End+64)]
		if datelineTail.MatchString(tail) {
			ms[i].Label = ner.LabelLOC
		}
	}
	return ms
}
