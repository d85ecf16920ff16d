package extract

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// companyShortForms makes a company's short form an organization wherever
// the story uses it: a mention whose text is an organization's name
// without the company suffixes at its end ("Quellmark" after or before
// "Quellmark ASA", company-suffixes.txt), read by the recognizer as a
// person's name ("Quellmark chief executive Ingrid Solberg"). Misc names
// stay ("Miss Universe" of "Miss Universe Inc" is a contest), and places.
// A short form that is also the last word of a person named in full
// ("Harlan Quist" and "Quist Holdings") is left alone.
func (e *Extractor) companyShortForms(doc *text.Document, ms []ner.Mention) []ner.Mention {
	short := map[string]bool{}
	people := map[string]bool{}
	for _, m := range ms {
		switch {
		case m.Label == ner.LabelORG && m.Last-m.First >= 2:
			for k := m.Last - 1; k > m.First && e.words.companyForms[strings.ToLower(doc.Tokens[k].Text)]; k-- {
				short[doc.Text[m.Start:doc.Tokens[k-1].End]] = true
			}
		case m.Label == ner.LabelPER && m.Last-m.First >= 2:
			people[doc.Tokens[m.Last-1].Text] = true
		}
	}
	if len(short) == 0 {
		return ms
	}
	for i, m := range ms {
		name := mentionText(doc, m)
		if m.Label == ner.LabelPER && short[name] && !people[name] {
			ms[i].Label = ner.LabelORG
		}
	}
	return ms
}
