package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lexWordsReference is lexWords as it was before its lexing was made
// cheaper, kept to hold the faster one to the same words. Its helpers are
// copies too, so that a change to the lexer's cannot change the reference.
func lexWordsReference(text, lowered string) []word {
	var out []word
	low := lowererReference{text: text, lowered: lowered}
	gap := true
	shortRun := 0 // the end of the last run of marks found short of a long one
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			gap = true
			i += size
			continue
		}
		if !isWordRuneReference(r) && i >= shortRun {
			end, marks := marksEndReference(text, i)
			if marks >= longMarks {
				out = append(out, word{start: i, end: end, lower: text[i:end], kind: kindPunct, num: -1, gap: gap, token: -1})
				gap = false
				i = end
				continue
			}
			shortRun = end
		}
		if !isWordRuneReference(r) {
			out = append(out, word{start: i, end: i + size, lower: punctLowerReference(r, text[i:i+size]), kind: kindPunct, num: -1, gap: gap, token: -1})
			gap = false
			i += size
			continue
		}
		j := i
		letters, digits := false, false
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWordRuneReference(r) {
				break
			}
			if r >= '0' && r <= '9' {
				digits = true
			} else {
				letters = true
			}
			j += size
		}
		w := word{start: i, end: j, num: -1, gap: gap, token: -1}
		raw := text[i:j]
		switch {
		case !letters:
			w.kind = kindDigits
			w.lower = raw
			if len(raw) <= 9 {
				n := 0
				for k := 0; k < len(raw); k++ {
					n = n*10 + int(raw[k]-'0')
				}
				w.num = n
			}
		case !digits:
			w.kind = kindLetters
			w.lower = low.word(i, j)
		default:
			w.kind = kindMixed
			w.lower = low.word(i, j)
		}
		first, _ := utf8.DecodeRuneInString(raw)
		w.capitalized = unicode.IsUpper(first)
		out = append(out, w)
		gap = false
		i = j
	}
	return out
}

func marksEndReference(text string, i int) (end, marks int) {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRuneReference(r) || unicode.IsSpace(r) {
			break
		}
		i += size
		marks++
	}
	return i, marks
}

func punctLowerReference(r rune, raw string) string {
	switch r {
	case '\u2018', '\u2019', '\u02BC':
		return "'"
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return "-"
	}
	return raw
}

func isWordRuneReference(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

type lowererReference struct {
	text, lowered string
}

func (l *lowererReference) word(i, j int) string {
	raw := l.text[i:j]
	upper := false
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		if c >= utf8.RuneSelf {
			return strings.ToLower(raw)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return raw
	}
	if l.lowered == "" {
		var b strings.Builder
		for k := 0; k < len(l.text); k++ {
			c := l.text[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		l.lowered = b.String()
	}
	return l.lowered[i:j]
}
