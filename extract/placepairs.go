package extract

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// placePairs splits a place mention that joins two places with "&"
// ("QUORBY & VARNHOLT, March 29 --", a dateline of two towns) into a
// mention of each, when the gazetteers know both and not the whole: a
// country or region named so ("Trinidad & Tobago", "Antigua & Barbuda")
// stays one.
func (e *Extractor) placePairs(doc *text.Document, ms []ner.Mention) []ner.Mention {
	var added []ner.Mention
	for i, m := range ms {
		if m.Label != ner.LabelLOC || m.Last-m.First < 3 {
			continue
		}
		amp := -1
		for k := m.First + 1; k < m.Last-1; k++ {
			if doc.Tokens[k].Text == "&" {
				amp = k
				break
			}
		}
		whole := mentionText(doc, m)
		if amp < 0 || e.knowsPlace(whole) || e.knowsPlace(strings.Replace(whole, "&", "and", 1)) ||
			!e.knowsPlace(doc.Text[m.Start:doc.Tokens[amp-1].End()]) || !e.knowsPlace(doc.Text[doc.Tokens[amp+1].Start:m.End]) {
			continue
		}
		added = append(added, ner.Mention{Start: doc.Tokens[amp+1].Start, End: m.End, First: amp + 1, Last: m.Last, Label: ner.LabelLOC})
		ms[i].Last, ms[i].End = amp, doc.Tokens[amp-1].End()
	}
	return mergeMentions(ms, added)
}

// knowsPlace reports a name that the lexicon lists as a country, town or
// region, or that the gazetteer holds as a place's own name.
func (e *Extractor) knowsPlace(name string) bool {
	return e.known(name) || e.resolver.Knows(name)
}
