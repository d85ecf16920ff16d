package extract

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// maxCreditParts is the most "/"-separated parts a credit line has
// ("REUTERS / Jane Roe / Illustration / File Photo" has four).
const maxCreditParts = 6

// maxAgencyWords is the most words an agency's name has ("anadolu agency").
const maxAgencyWords = 3

// creditMentions reads a picture's credit line, a line of "/"-separated
// parts one of which is a news agency ("REUTERS / Jane Roe / File Photo",
// "John Doe / Pool via AGENCY"): the agency is an organization, and the
// kind of picture ("File Photo", "Illustration") is no name, though the
// recognizer reads its capitals as one.
func (e *Extractor) creditMentions(doc *text.Document, ms []ner.Mention) []ner.Mention {
	var agencies, labels []ner.Mention
	for first := 0; first < len(doc.Tokens); {
		last := lineEnd(doc, first)
		a, l := e.creditLine(doc, first, last)
		agencies, labels = append(agencies, a...), append(labels, l...)
		first = last
	}
	if len(agencies) == 0 {
		return ms
	}
	cover := coverOf(doc, labels, agencies)
	out := ms[:0:0]
	for _, m := range ms {
		if !cover.overlaps(m) {
			out = append(out, m)
		}
	}
	out = append(out, agencies...)
	slices.SortFunc(out, func(a, b ner.Mention) int { return a.First - b.First })
	return out
}

// lineEnd returns the index of the first token after token first's line.
func lineEnd(doc *text.Document, first int) int {
	k := first + 1
	for k < len(doc.Tokens) && !strings.Contains(doc.Text[doc.Tokens[k-1].End():doc.Tokens[k].Start], "\n") {
		k++
	}
	return k
}

// creditLine returns the agencies (as organization mentions) and the
// picture kinds of tokens first..last when they are a credit line, else
// nothing.
func (e *Extractor) creditLine(doc *text.Document, first, last int) (agencies, labels []ner.Mention) {
	parts := [][2]int{}
	start := first
	for k := first; k <= last; k++ {
		if k == last || doc.Tokens[k].Text == "/" {
			if k == start {
				return nil, nil
			}
			parts = append(parts, [2]int{start, k})
			start = k + 1
		}
	}
	if len(parts) < 2 || len(parts) > maxCreditParts {
		return nil, nil
	}
	for _, p := range parts {
		whole := e.tokensLower(doc, p[0], p[1])
		switch {
		case e.words.creditLabels[whole]:
			labels = append(labels, tokenMention(doc, p[0], p[1], ""))
		case e.words.creditAgencies[whole] && text.IsCapitalized(doc.Tokens[p[0]].Text):
			agencies = append(agencies, tokenMention(doc, p[0], p[1], ner.LabelORG))
		default:
			// "Pool via AGENCY": the agency, of a few words, after "via",
			// and the pool before it.
			for k := max(p[0]+1, p[1]-maxAgencyWords); k < p[1]; k++ {
				if strings.EqualFold(doc.Tokens[k-1].Text, "via") && e.words.creditAgencies[e.tokensLower(doc, k, p[1])] {
					if k-1 > p[0] && e.words.creditAgencies[e.tokensLower(doc, p[0], k-1)] && text.IsCapitalized(doc.Tokens[p[0]].Text) {
						agencies = append(agencies, tokenMention(doc, p[0], k-1, ner.LabelORG))
					}
					agencies = append(agencies, tokenMention(doc, k, p[1], ner.LabelORG))
				}
			}
		}
	}
	if len(agencies) == 0 {
		return nil, nil
	}
	return agencies, labels
}

// tokensLower is tokens first..last lower-cased, joined by single spaces.
func (e *Extractor) tokensLower(doc *text.Document, first, last int) string {
	words := make([]string, 0, last-first)
	for k := first; k < last; k++ {
		words = append(words, doc.Lower(k))
	}
	return strings.Join(words, " ")
}

// tokenMention is a mention of tokens first..last with label.
func tokenMention(doc *text.Document, first, last int, label string) ner.Mention {
	return ner.Mention{Start: doc.Tokens[first].Start, End: doc.Tokens[last-1].End(), First: first, Last: last, Label: label}
}
