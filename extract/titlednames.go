package extract

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// maxTitledPersonWords is the most words of a person's name read after a
// title inside a mention.
const maxTitledPersonWords = 3

// splitTitledNames parts a mention the recognizer ran across a title into
// the place or organization before the title and the person after it:
// "Quorby County Sheriff Jane Roe" is the place "Quorby County"
// and the person "Jane Roe", "Bank of Quorn Governor Ann Moe" the
// organization and the person. The part before keeps the mention's label,
// or is a place when it ends in a region word ("County").
func (e *Extractor) splitTitledNames(doc *text.Document, ms []ner.Mention) []ner.Mention {
	var out []ner.Mention
	for i, m := range ms {
		j, ok := e.titleInside(doc, m)
		if !ok {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]ner.Mention, 0, len(ms)+1), ms[:i]...)
		}
		before := tokenMention(doc, m.First, j, m.Label)
		if e.words.regionWords[doc.Lower(j-1)] {
			before.Label = ner.LabelLOC
		}
		out = append(out, before, tokenMention(doc, j+1, m.Last, ner.LabelPER))
	}
	if out == nil {
		return ms
	}
	return out
}

// titleInside returns the token of a capitalized title word inside a
// place, organization or misc mention, with a name before it and two or
// three capitalized words after it that end no organization's name and
// read as a person's: a listed given name first or a listed surname last
// ("Miss Teen Zedland" and "Zedland Quorble League Twenty20" stay whole).
func (e *Extractor) titleInside(doc *text.Document, m ner.Mention) (int, bool) {
	if m.Label == ner.LabelPER || m.Last-m.First < 4 {
		return 0, false
	}
	for j := m.First + 1; j < m.Last-2; j++ {
		tok := doc.Tokens[j].Text
		if !text.IsCapitalized(tok) || !e.lexicon.IsTitle(strings.ToLower(tok)) {
			continue
		}
		n := m.Last - j - 1
		if n > maxTitledPersonWords || e.lexicon.IsOrgWord(doc.Lower(m.Last-1)) {
			return 0, false
		}
		for k := j + 1; k < m.Last; k++ {
			if !text.IsCapitalized(doc.Tokens[k].Text) || e.lexicon.IsTitle(doc.Lower(k)) {
				return 0, false
			}
		}
		return j, e.looksLikePerson(doc.Tokens[j+1].Text, doc.Tokens[m.Last-1].Text)
	}
	return 0, false
}

// looksLikePerson reports a name whose first word the lexicon lists as a
// given name or whose last word it lists as a surname.
func (e *Extractor) looksLikePerson(first, last string) bool {
	return e.lexicon.IsGivenName(first) || slices.Contains(e.lexicon.Lists(last), gazetteer.ListSurname)
}
