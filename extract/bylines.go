package extract

import (
	"regexp"
	"slices"
	"strconv"
	"sync"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// maxBylineTokens bounds the scan of one credit after "by": a few names,
// each perhaps with a place.
const maxBylineTokens = 30

// bylinePeople makes the names of a wire story's credit people: "(
// Reporting by Jane Roe in Lagos and Tom Poe ; Editing by Ann Moe )". The
// recognizer reads some of them as places or organizations, and runs a
// name into the next credit's word when no semicolon parts them ("Jane
// Roe Editing by ...").
func (e *Extractor) bylinePeople(doc *text.Document, ms []ner.Mention) []ner.Mention {
	var people []ner.Mention
	for k := 0; k < len(doc.Tokens); k++ {
		if k > 0 && doc.Tokens[k].Text == "by" && e.words.bylineRoles[doc.Lower(k-1)] && opensCredit(doc, k-1) {
			people = append(people, e.bylineNames(doc, k+1)...)
		}
		if m, ok := datedByline(doc, k); ok {
			people = append(people, m)
		}
	}
	if len(people) == 0 {
		return ms
	}
	cover := coverOf(doc, people)
	out := ms[:0:0]
	for _, m := range ms {
		if !cover.overlaps(m) {
			out = append(out, m)
		}
	}
	out = append(out, people...)
	slices.SortFunc(out, func(a, b ner.Mention) int { return a.First - b.First })
	return out
}

// bylineNames reads the names of one credit from token k on: runs of
// capitalized words and initials of two or more, separated by "and" or a
// comma, each perhaps followed by "in" and a place, up to a semicolon, a
// closing parenthesis or the next credit's word.
func (e *Extractor) bylineNames(doc *text.Document, k int) []ner.Mention {
	var names []ner.Mention
	end := min(len(doc.Tokens), k+maxBylineTokens)
	for k < end {
		first := k
		for k < end && isBylineNameWord(doc.Tokens[k].Text) && !e.words.bylineRoles[doc.Lower(k)] {
			k++
		}
		if k-first < 2 {
			return names
		}
		// "Ramdas K." whose full stop the tokenizer split off.
		if k < end && doc.Tokens[k].Text == "." && doc.Tokens[k].Start == doc.Tokens[k-1].End() && len(doc.Tokens[k-1].Text) == 1 {
			k++
		}
		names = append(names, tokenMention(doc, first, k, ner.LabelPER))
		if k < end && doc.Tokens[k].Text == "in" {
			for k < end && !isBylineSeparator(doc.Tokens[k].Text) && doc.Tokens[k].Text != ";" && doc.Tokens[k].Text != ")" {
				k++
			}
		}
		if k >= end || !isBylineSeparator(doc.Tokens[k].Text) {
			return names
		}
		k++
	}
	return names
}

// monthWord matches a month's name or its abbreviation as wire datelines
// write it ("Dec", "Sept.").
var monthWord = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$|^(?:January|February|March|April|June|July|August|September|October|November|December)$`)
})

// maxBylineNameWords is the most words of a name read after "By".
const maxBylineNameWords = 4

// datedByline reads the writer's name of a wire byline that runs into the
// dateline's date: "By Jane Roe Dec 7 ( Reuters ) -", where the recognizer
// takes the month for part of a name. Token k is "By".
func datedByline(doc *text.Document, k int) (ner.Mention, bool) {
	toks := doc.Tokens
	if toks[k].Text != "By" {
		return ner.Mention{}, false
	}
	first, end := k+1, k+1
	for end < len(toks) && end-first < maxBylineNameWords && isBylineNameWord(toks[end].Text) && !monthWord().MatchString(toks[end].Text) {
		end++
	}
	day := end + 1
	if day < len(toks) && toks[day].Text == "." {
		day++ // "Sept ." as tokenized
	}
	if end-first < 2 || day+1 >= len(toks) || !monthWord().MatchString(toks[end].Text) ||
		!isDayNumber(toks[day].Text) || toks[day+1].Text != "(" {
		return ner.Mention{}, false
	}
	return tokenMention(doc, first, end, ner.LabelPER), true
}

// isDayNumber reports a day of the month written in digits.
func isDayNumber(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1 && n <= 31
}

// opensCredit reports a credit's role word where wire copy writes one: at
// a line's start ("Reporting by ..."), or inside parentheses ("( Reporting
// by ... ; Editing by ... )"). In running text ("figures gathered by Quorby
// State University") the names are not credits.
func opensCredit(doc *text.Document, k int) bool {
	// Back along the line to an opening parenthesis, at most a credit's
	// length: the role word is inside one.
	for i := k; i >= max(0, k-2*maxBylineTokens); i-- {
		if lineStart(doc, i) {
			return i == k || doc.Tokens[i].Text == "("
		}
		switch doc.Tokens[i].Text {
		case "(":
			return true
		case ")":
			return false
		}
	}
	return false
}

// isBylineNameWord reports a word of a person's name in a credit: a
// capitalized word or an initial ("M."), not an article ("The").
func isBylineNameWord(s string) bool {
	return text.IsCapitalized(s) && s != "Reuters" && s != "The"
}

// isBylineSeparator reports what parts two names of one credit.
func isBylineSeparator(s string) bool {
	return s == "and" || s == ","
}
