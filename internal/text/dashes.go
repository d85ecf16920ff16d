package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
)

const (
	emDash = "—"
	enDash = "–"
)

// splitDashes splits the tokens that prose's tokenizer leaves whole across
// a dash written without spaces: an em dash always ("WASHINGTON—The",
// "the deal—signed in Paris—was"), an en dash between letters ("Paris–Berlin")
// but not between digits ("1990–2000", a range). Each dash becomes a token
// of its own. toks are one sentence's tokens; scratch is reused for the
// result when a token must be split, and the result is returned with the
// spare list.
func splitDashes(toks, scratch []token.Token) (out, spare []token.Token) {
	if !hasDash(toks) {
		return toks, scratch
	}
	out = scratch[:0]
	for _, t := range toks {
		out = appendDashSplit(out, t)
	}
	return out, toks
}

// hasDash reports whether any token holds a dash.
func hasDash(toks []token.Token) bool {
	for _, t := range toks {
		// Both dashes are three bytes opening with 0xE2: a token without
		// that byte (nearly all) is not searched for them.
		if strings.IndexByte(t.Text, 0xE2) >= 0 && (strings.Contains(t.Text, emDash) || strings.Contains(t.Text, enDash)) {
			return true
		}
	}
	return false
}

// appendDashSplit appends t to out, split at its joining dashes.
func appendDashSplit(out []token.Token, t token.Token) []token.Token {
	s, from := t.Text, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isJoiningDash(s, i, r, n) {
			if from < i {
				out = push(out, token.Token{Text: s[from:i], Start: t.Start + from})
			}
			out = push(out, token.Token{Text: s[i : i+n], Start: t.Start + i})
			from = i + n
		}
		i += n
	}
	if from < len(s) {
		out = push(out, token.Token{Text: s[from:], Start: t.Start + from})
	}
	return out
}

// isJoiningDash reports whether the rune r at s[i:i+n] is a dash to split
// at: an em dash inside the token, or an en dash with a letter on each side
// (or an abbreviation's full stop before it: "U.S.–China").
func isJoiningDash(s string, i int, r rune, n int) bool {
	if len(s) == n {
		return false // the dash alone is a token already
	}
	switch r {
	case '—':
		return true
	case '–':
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+n:])
		return (unicode.IsLetter(before) || before == '.') && unicode.IsLetter(after) // "U.S.–China"
	}
	return false
}
