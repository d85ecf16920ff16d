package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	emDash = "—"
	enDash = "–"
)

// splitDashes splits the tokens that prose's tokenizer leaves whole across
// a dash written without spaces: an em dash always ("WASHINGTON—The",
// "the deal—signed in Paris—was"), an en dash between letters ("Paris–Berlin")
// but not between digits ("1990–2000", a range). Each dash becomes a token
// of its own. toks[first:] are one sentence's tokens, split in place: the
// list grows by the tokens the splits add and is filled from its end, so
// that a long sentence is not copied. parts is scratch space for one
// token's pieces, returned for reuse.
func splitDashes(toks []Token, first int, parts []Token) (out, spare []Token) {
	extra := 0
	for _, t := range toks[first:] {
		if mayHoldDash(t.Text) {
			parts = appendDashSplit(parts[:0], t)
			extra += len(parts) - 1
		}
	}
	if extra == 0 {
		return toks, parts
	}
	n := len(toks)
	toks = grow(toks, extra)[:n+extra]
	// w only falls to r when every token before r is left whole, so a
	// token is read before a piece is written over it.
	w := len(toks)
	for r := n - 1; r >= first; r-- {
		t := toks[r]
		if !mayHoldDash(t.Text) {
			w--
			toks[w] = t
			continue
		}
		parts = appendDashSplit(parts[:0], t)
		w -= len(parts)
		copy(toks[w:], parts)
	}
	return toks, parts
}

// mayHoldDash reports a token with an em or en dash. Both are three bytes
// opening with 0xE2: a token without that byte (nearly all) is not
// searched for them.
func mayHoldDash(s string) bool {
	return strings.IndexByte(s, 0xE2) >= 0 && (strings.Contains(s, emDash) || strings.Contains(s, enDash))
}

// appendDashSplit appends t to out, split at its joining dashes.
func appendDashSplit(out []Token, t Token) []Token {
	s, from := t.Text, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isJoiningDash(s, i, r, n) {
			if from < i {
				out = push(out, Token{Text: s[from:i], Start: t.Start + from})
			}
			out = push(out, Token{Text: s[i : i+n], Start: t.Start + i})
			from = i + n
		}
		i += n
	}
	if from < len(s) {
		out = push(out, Token{Text: s[from:], Start: t.Start + from})
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
