package text

import "strings"

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
