package quotes

import (
	"strings"
	"unicode"
)

// maxDatelineTokens is the longest dateline looked for at the start of a
// sentence: "SAN JUAN , Puerto Rico , Jan. 5 ( Reuters ) -".
const maxDatelineTokens = 16

// afterDateline returns the first token of a sentence's own words when the
// sentence, from token first (before last), opens with a wire dateline: a
// place in capitals, then optionally a comma and a few words (a state, a
// date), a news agency in parentheses, and a dash ("WASHINGTON (Reuters)
// -", "PARIS, Jan 5 (AFP) -", "KYIV—"). Otherwise it returns first. A
// quote's content starts after the dateline, which no one said.
func (r *reader) afterDateline(first, last int) int {
	toks := r.doc.Tokens
	k := first
	for k < last && k-first < maxDatelineTokens && isCapitalsWord(toks[k].Text) {
		k++
	}
	if k == first {
		return first
	}
	for k < last && k-first < maxDatelineTokens && !isDashToken(toks[k].Text) {
		switch t := toks[k].Text; {
		case t == "," || t == "(" || t == ")" || t == "." || t == "/":
		case unicode.IsUpper([]rune(t)[0]) || unicode.IsDigit([]rune(t)[0]):
		default:
			return first // a lower-case word: the sentence has begun
		}
		k++
	}
	if k >= last || k-first >= maxDatelineTokens || k+1 >= last {
		return first
	}
	return k + 1
}

// isCapitalsWord reports a word written in capitals, of two letters or
// more ("WASHINGTON", "U.S.").
func isCapitalsWord(s string) bool {
	letters := 0
	for _, c := range s {
		switch {
		case unicode.IsUpper(c):
			letters++
		case unicode.IsLower(c):
			return false
		}
	}
	return letters >= 2
}

// isDashToken reports the dash that ends a dateline.
func isDashToken(s string) bool {
	return s == "-" || s == "--" || s == "—" || s == "–" || strings.Trim(s, "-") == ""
}
