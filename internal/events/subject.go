package events

import (
	"strings"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// subjectRange finds what the trigger at i says was agreed: its object,
// from after the linking preposition to the end of the clause.
func (f *Finder) subjectRange(doc *text.Document, s text.Sentence, i int, trig trigger, dates []model.Date) (int, int) {
	first := i + 1
	// "agreed on Monday to ...": the date says when, not what.
	if end, ok := dateAfter(doc, first, s.Last, dates); ok {
		first = end
	}
	first = skipLink(doc, s, first, trig)
	last := f.clauseEnd(doc, s, first)
	return first, trailingDateCut(doc, first, last, dates)
}

// skipLink skips what links trigger and object: "agreement to",
// "commitment to", "rejection of", "agreed on", "reaffirmed a firm
// pledge to", and a partner ("agreed with the government to ...").
func skipLink(doc *text.Document, s text.Sentence, first int, trig trigger) int {
	for first < s.Last {
		low := doc.Lower(first)
		if low == "with" {
			if k := linkAfterPartner(doc, first+1, s.Last); k > 0 {
				first = k
				continue
			}
		}
		pos := doc.Tokens[first].POS()
		switch {
		case low == "to" || low == "on" || low == "of" || low == "for" || low == "upon" || low == "that":
		case !trig.noun && (pos == "DT" || pos == "JJ" || pos == "RB") && first+1 < s.Last && isLinkedNounAhead(doc, first, s.Last):
		case !trig.noun && (low == "commitment" || low == "pledge" || low == "agreement"):
		default:
			return first
		}
		first++
	}
	return first
}

// clauseEnd returns the token index where the subject starting at first
// stops: the end of its clause, outside brackets.
func (f *Finder) clauseEnd(doc *text.Document, s text.Sentence, first int) int {
	last, depth, quoted := first, 0, false
	for ; last < s.Last; last++ {
		t := doc.Tokens[last]
		if t.Text == "(" {
			depth++
		}
		if t.Text == ")" && depth > 0 {
			depth--
		}
		low := doc.Lower(last)
		if isQuote(t.Text) && (quoted || last > first && opensPhrase(doc.Tokens[last-1].POS())) {
			quoted = !quoted // a quoted name inside the object: a " memorandum of understanding "
			continue
		}
		if depth == 0 && (f.clauseEnds(doc, last, s.Last, low) || last > first && f.vocab.clauseEnders[low]) {
			break
		}
	}
	return last
}

// isQuote reports a quotation mark.
func isQuote(tok string) bool {
	return tok == "\"" || tok == "“" || tok == "”" || tok == "``" || tok == "''"
}

// opensPhrase reports a part of speech after which a quotation mark opens
// a quoted noun phrase rather than ending the clause.
func opensPhrase(pos string) bool {
	return pos == "DT" || pos == "JJ" || pos == "PRP$" || pos == "IN" || pos == "CD"
}

// trailingDateCut drops a date that ends the subject: in "rejected the
// proposal on Thursday" the date says when, not what.
func trailingDateCut(doc *text.Document, first, last int, dates []model.Date) int {
	for _, d := range dates {
		if last > first && d.End == doc.Tokens[last-1].End() && d.Start > doc.Tokens[first].Start {
			k := last - 1
			for k > first && doc.Tokens[k].Start >= d.Start {
				k--
			}
			if doc.Tokens[k].POS() == "IN" && k > first {
				return k
			}
			if doc.Tokens[k].End() <= d.Start {
				return k + 1
			}
			return last
		}
	}
	return last
}

// linkAfterPartner finds the "to", "on" or "that" ending a short partner
// phrase that starts at k, or returns -1.
func linkAfterPartner(doc *text.Document, k, end int) int {
	for j := k; j < end && j < k+8; j++ {
		switch doc.Lower(j) {
		case "to", "on", "that":
			return j
		case ",", ".", ";":
			return -1
		}
	}
	return -1
}

// dateAfter reports a temporal expression starting at token k, or at k+1
// after a preposition, and returns the token index just past it.
func dateAfter(doc *text.Document, k, end int, dates []model.Date) (int, bool) {
	for _, start := range []int{k, k + 1} {
		if start >= end || start > k && doc.Tokens[k].POS() != "IN" {
			continue
		}
		for _, d := range dates {
			if d.Start == doc.Tokens[start].Start {
				j := start
				for j < end && doc.Tokens[j].End() <= d.End {
					j++
				}
				return j, true
			}
		}
	}
	return k, false
}

// isLinkedNounAhead: "a firm pledge to ..." after a verb trigger,
// where the object is the commitment's own object.
func isLinkedNounAhead(doc *text.Document, k, end int) bool {
	for ; k < end && k < len(doc.Tokens); k++ {
		low := doc.Lower(k)
		if low == "commitment" || low == "pledge" || low == "agreement" {
			return true
		}
		p := doc.Tokens[k].POS()
		if p != "DT" && p != "JJ" && p != "RB" {
			return false
		}
	}
	return false
}

// clauseEnds reports where a subject stops: sentence punctuation, a comma
// (not one inside a list of names), quotation marks, or "and" followed by
// a new trigger.
func (f *Finder) clauseEnds(doc *text.Document, k, end int, low string) bool {
	switch low {
	case ",":
		return !listComma(doc, k, end)
	case ".", ";", ":", "!", "?", "—", "–", "“", "”", "\"":
		return true
	case "and", "but", "while", "whereas":
		if low == "and" && k+2 < end && strings.EqualFold(doc.Tokens[k+1].Text, "to") && doc.Tokens[k+2].POS() == "VB" {
			return true // "agreed to X and to Y": two undertakings
		}
		for j := k + 1; j < end && j <= k+4; j++ {
			if _, ok := f.vocab.triggers[doc.Lower(j)]; ok {
				return true
			}
		}
	}
	return false
}

// listComma reports a comma inside a list of names: a proper noun before
// it, one to three after it, then "and", "or" or another comma ("its
// Velmo, Brandt and Ostmark food units to Delta Foods").
func listComma(doc *text.Document, k, end int) bool {
	if k == 0 || doc.Tokens[k-1].POS() != "NNP" {
		return false // "two airlines, A and B": an apposition
	}
	j := k + 1
	for j < end && j <= k+3 && doc.Tokens[j].POS() == "NNP" {
		j++
	}
	if j == k+1 || j >= end {
		return false
	}
	switch doc.Lower(j) {
	case "and", "or", ",":
		return true
	}
	return false
}

// namedAgreement returns the named agreement inside a subject: a run ending
// in an agreement noun that holds a year or a capitalized word.
func (f *Finder) namedAgreement(doc *text.Document, first, last int) string {
	for k := first; k < last; k++ {
		if !f.vocab.agreementNouns[doc.Lower(k)] || !f.isNamedAgreementHead(doc, k) {
			continue
		}
		start := k
		for start-1 >= first && isNamePart(doc.Tokens[start-1]) {
			start--
		}
		return doc.Text[doc.Tokens[start].Start:doc.Tokens[k].End()]
	}
	return ""
}

// isNamePart reports a word that can stand in an agreement's name: a year,
// a capitalized word, an adjective or a noun.
func isNamePart(t text.Token) bool {
	return isYear(t.Text) || text.IsCapitalized(t.Text) || t.POS() == "JJ" || t.POS() == "NN" || t.POS() == "NNP"
}
