package extract

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// maxParenthesizedWords is the longest town name read in parentheses.
const maxParenthesizedWords = 3

// parenthesizedTowns makes a town's name alone in parentheses right after
// an organization's name, or opening a line before a dash, a place: local
// news gives where a shop is, and a dateline where the story is, so
// ("Quorble Boutique (Zedwood)", "(Quorby) -- The council met"). After a
// person's name it is a club's ("Jane Roe (Lens)") and stays as it is. The
// gazetteer must know the town, and it must be no acronym nor an
// organization the lexicon lists. It relabels a person's or an
// organization's mention that is exactly the name, or adds one where the
// recognizer found none. Mentions stay in text order.
func (e *Extractor) parenthesizedTowns(doc *text.Document, ms []ner.Mention) []ner.Mention {
	var added []ner.Mention
	j := 0 // first mention not ending before token k
	for k := 1; k+2 < len(doc.Tokens); k++ {
		if doc.Tokens[k-1].Text != "(" {
			continue
		}
		last := k
		for last < len(doc.Tokens) && last-k < maxParenthesizedWords && text.IsCapitalized(doc.Tokens[last].Text) {
			last++
		}
		if last == k || last >= len(doc.Tokens) || doc.Tokens[last].Text != ")" {
			continue
		}
		for j < len(ms) && ms[j].Last <= k {
			j++
		}
		afterOrg := j > 0 && ms[j-1].Last == k-1 && ms[j-1].Label == ner.LabelORG
		datelined := lineStart(doc, k-1) && last+1 < len(doc.Tokens) && isDash(doc.Tokens[last+1].Text)
		if !afterOrg && !datelined || !e.townInParentheses(doc, k, last) {
			continue
		}
		switch {
		case j < len(ms) && ms[j].First == k && ms[j].Last == last:
			if ms[j].Label == ner.LabelPER || ms[j].Label == ner.LabelORG {
				ms[j].Label = ner.LabelLOC
			}
		case j < len(ms) && ms[j].First < last:
			// part of another name: left as it is
		default:
			added = append(added, ner.Mention{Start: doc.Tokens[k].Start, End: doc.Tokens[last-1].End(), First: k, Last: last, Label: ner.LabelLOC})
		}
	}
	return mergeMentions(ms, added)
}

// townInParentheses reports tokens [first, last) that name a town: no
// acronym, no organization the lexicon lists, a place the gazetteer knows.
func (e *Extractor) townInParentheses(doc *text.Document, first, last int) bool {
	name := doc.Text[doc.Tokens[first].Start:doc.Tokens[last-1].End()]
	if isAcronym(name) || strings.ContainsAny(name, "0123456789") {
		return false
	}
	if _, org := e.lexicon.Organization(name); org {
		return false
	}
	return e.resolver.Knows(name)
}
