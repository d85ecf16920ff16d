package text

import (
	"strings"
)

// splitFinalStop gives a sentence's full stop back to it when prose's
// tokenizer glued it to the sentence's last word: a capitalized word of two
// or three letters and a stop ("Sea.", "Ali.") that is no listed
// abbreviation becomes the word and a "." token. toks[first:] are one
// sentence's tokens.
func splitFinalStop(toks []Token, first int, abbreviations map[string]bool) []Token {
	if len(toks) == first {
		return toks
	}
	last := toks[len(toks)-1]
	word, ok := strings.CutSuffix(last.Text, ".")
	if !ok || !isShortCapitalized(word) || abbreviations[strings.ToLower(word)] {
		return toks
	}
	toks[len(toks)-1].Text = word
	return push(toks, Token{Text: ".", Start: last.Start + len(word)})
}

// isShortCapitalized reports what prose's tokenizer keeps whole before a
// stop: an ASCII capital and one or two lower-case letters.
func isShortCapitalized(w string) bool {
	if len(w) < 2 || len(w) > 3 || !isUpperASCII(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isLowerASCII(w[i]) {
			return false
		}
	}
	return true
}
