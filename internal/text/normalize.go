package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// SingleSpaced returns s with its white space collapsed as
// strings.Join(strings.Fields(s), " ") does: no white space at either end,
// a single space between words. A name as written in the text ("Joko
// Widodo") is most often single-spaced already, and is then returned as it
// is, without allocating.
func SingleSpaced(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			// a rune beyond ASCII may be white space (no-break space)
			return strings.Join(strings.Fields(s), " ")
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// LowerASCII returns s with its ASCII capitals lower-cased and every other
// byte as it is, in one allocation, or s itself when it has no capital. For
// a word of ASCII letters it is strings.ToLower; over a whole text it keeps
// every byte offset, so that the lower case of any ASCII word of the text
// can be cut from it. The text is copied whole and lower-cased in place: a
// copy piece by piece, between capitals, cost a tenth of a microsecond a
// capital, and news has one every ten bytes or so.
func LowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	// b is not written again: the string may share its bytes.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// IsSpace is unicode.IsSpace, with an ASCII rune answered without the call:
// the tokenizer and the temporal lexer ask it of every rune of an article.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}
