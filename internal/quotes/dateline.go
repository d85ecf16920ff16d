package quotes

import (
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/internal/text"
)

// maxDatelineTokens is the longest dateline looked for at the start of a
// sentence: "SAN JUAN , Puerto Rico , Jan. 5 ( Reuters ) -".
const maxDatelineTokens = 16

// afterDateline returns the first token of a sentence's own words when the
// sentence, from token first (before last), opens a line with a wire
// dateline: a place in capitals (a word of three letters or more, or
// with dots), then optionally a comma and a few capitalized words or
// numbers (a state, a date), an agency in parentheses, and a dash or a
// colon before a capitalized word ("WASHINGTON (Reuters) - The", "PARIS,
// Jan 5 (AFP) - The", "KYIV—The", "MUMBAI: Tata"). Otherwise it returns first. A quote's content starts
// after the dateline, which no one said. Capitals that are the sentence's
// own subject stay: "UK Prime Minister X - under pressure - will", "AI—the
// technology", "NASA—which".
func (r *reader) afterDateline(first, last int) int {
	toks := r.doc.Tokens
	if !r.opensLine(first) || !isPlaceInCapitals(toks[first].Text) {
		return first
	}
	k := first + 1
	for k < last && k-first < maxDatelineTokens && (text.IsCapitalsWord(toks[k].Text) || toks[k].Text == "/") {
		k++ // "SAN JUAN", "LONDON / BRUSSELS"
	}
	if k < last && toks[k].Text == "," {
		for k++; k < last && k-first < maxDatelineTokens && (startsUpperOrDigit(toks[k].Text) || toks[k].Text == "," || toks[k].Text == "."); k++ {
		}
	}
	if k+2 < last && toks[k].Text == "(" {
		j := k + 1
		for j < last && j-k <= 4 && toks[j].Text != ")" {
			j++
		}
		if j >= last || toks[j].Text != ")" {
			return first
		}
		k = j + 1
	}
	if k+1 >= last || k-first >= maxDatelineTokens || !isDashToken(toks[k].Text) && toks[k].Text != ":" || !startsUpperOrDigit(toks[k+1].Text) {
		return first
	}
	return k + 1
}

// opensLine reports whether token k is the first of its line.
func (r *reader) opensLine(k int) bool {
	if k == 0 {
		return true
	}
	between := r.doc.Text[r.doc.Tokens[k-1].End():r.doc.Tokens[k].Start]
	return strings.Contains(between, "\n")
}

// isPlaceInCapitals reports a dateline's first word: in capitals, of three
// letters or more or with dots ("WASHINGTON", "U.S."), not two capitals
// that more often abbreviate a subject ("UK", "AI").
func isPlaceInCapitals(s string) bool {
	return text.IsCapitalsWord(s) && (len(s) >= 3 || strings.Contains(s, "."))
}

// startsUpperOrDigit reports a token that opens with a capital or a digit.
func startsUpperOrDigit(s string) bool {
	for _, c := range s {
		return unicode.IsUpper(c) || unicode.IsDigit(c)
	}
	return false
}

// isDashToken reports the dash that ends a dateline.
func isDashToken(s string) bool {
	return s == "-" || s == "--" || s == "—" || s == "–"
}
