package extract

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
)

// TestDatelineNames makes the name opening a wire dateline a place, and
// leaves names elsewhere alone.
func TestDatelineNames(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text, mention string
		want                string
	}{
		{"agency and dash", "HOUSTON (AP) — The team won again.", "HOUSTON", ner.LabelLOC},
		{"with a state", "SEVERN, Md. (WXYZ) — A man was hurt.", "SEVERN", ner.LabelLOC},
		{"with a date", "TIJUANA, MARCH 29, 2018 -- The fair opened.", "TIJUANA", ner.LabelLOC},
		{"on a later line", "By Jane Roe\nHOUSTON (AP) — The team won.", "HOUSTON", ner.LabelLOC},
		{"not at a line's start", "Fans of HOUSTON (AP) — cheered.", "HOUSTON", ner.LabelORG},
		{"a name and its acronym", "Quorble Holdings (QH) said profits rose.", "Quorble Holdings", ner.LabelORG},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			m := personMention(t, doc, tc.mention)
			m.Label = ner.LabelORG
			got := datelineNames(doc, []ner.Mention{m})[0].Label
			if got != tc.want {
				t.Errorf("%q in %q: %s, want %s", tc.mention, strings.ReplaceAll(tc.text, "\n", `\n`), got, tc.want)
			}
		})
	}
}
