package geo

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Folding rules, applied by Fold in this order:
//
//  1. Letters are lower-cased and stripped of accents (é→e, ş→s, ø→o);
//     ligatures and special letters are spelled out (ß→ss, æ→ae, œ→oe,
//     þ→th, ł→l, đ→d, ı→i).
//  2. Apostrophes, backticks, ʻokina-like marks and periods are removed
//     ("Dar`a"→"dara", "N'Djamena"→"ndjamena", "U.S."→"us").
//  3. Every other non-letter, non-digit (hyphen, comma, space, parenthesis)
//     separates words; runs collapse to one space, ends are trimmed.
//  4. A word in ArticleWords is dropped when another word follows it, so
//     "As-Suwayda", "al-Suwayda" and "Suwayda" all fold to "suwayda" and
//     "Dayr az Zawr" to "dayr zawr". A name that is only an article keeps it.
//
// Letters of other scripts are lower-cased and kept.

// ArticleWords are the Arabic definite articles (and their assimilated
// forms, in the common transliterations) that Fold drops before a word.
var ArticleWords = []string{
	"al", "el", "il", "ul",
	"as", "ash", "es", "esh",
	"ad", "adh", "ed",
	"ar", "er",
	"at", "ath", "et",
	"az", "ez",
	"an", "en",
}

// dropMarks are removed without separating words.
const dropMarks = "'`´’‘ʼʻʹʾʿ."

var (
	articleSet = func() map[string]bool {
		m := make(map[string]bool, len(ArticleWords))
		for _, w := range ArticleWords {
			m[w] = true
		}
		return m
	}()
)

var specialLetters = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d", 'ø': "o", 'Ø': "o",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ı': "i", 'ħ': "h", 'Ħ': "h",
	'ŧ': "t", 'Ŧ': "t", 'ŀ': "l", 'Ŀ': "l", 'ƒ': "f", 'ŋ': "n", 'Ŋ': "n",
	'ĸ': "k", 'ſ': "s",
}

const (
	latinLo  = 0x00C0
	latinHi  = 0x024F
	latinXLo = 0x1E00
	latinXHi = 0x1EFF
)

// Fold returns the matching key of a place name under the rules above.
func Fold(s string) string {
	var buf [64]byte
	return string(AppendFold(buf[:0], s))
}

// AppendFold appends Fold(s) to dst and returns the extended slice. With
// dst on the caller's stack, a key compared (string(b) == key) or looked
// up in a map (m[string(b)]) costs no allocation: the resolver folds a
// name for every candidate place it weighs.
func AppendFold(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		piece := foldRune(r)
		if piece == "" {
			continue
		}
		if piece == " " {
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, piece...)
	}
	return dropArticles(dst, start)
}

// asciiFold holds the folded form of each ASCII byte: the lower-case
// letter or digit, "" for a dropped mark, " " for a separator.
var asciiFold = func() (t [utf8.RuneSelf]string) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch r := rune(c); {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			t[c] = string(r)
		case 'A' <= r && r <= 'Z':
			t[c] = string(r + 'a' - 'A')
		case strings.ContainsRune(dropMarks, r):
			t[c] = ""
		default:
			t[c] = " "
		}
	}
	return t
}()

// foldRune is the folded spelling of r: "" for a dropped mark, " " for a
// separator.
func foldRune(r rune) string {
	switch {
	case r < utf8.RuneSelf:
		return asciiFold[r]
	case latinLo <= r && r <= latinHi:
		return latinFolds[r-latinLo]
	case latinXLo <= r && r <= latinXHi:
		return latinXFolds[r-latinXLo]
	}
	return foldOther(r)
}

// foldOther folds a rune outside ASCII and the Latin blocks of
// latin_folds.go (which it wrote for those blocks' non-letters).
func foldOther(r rune) string {
	switch {
	case strings.ContainsRune(dropMarks, r), unicode.Is(unicode.Mn, r):
		return ""
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		if l := unicode.ToLower(r); l != r {
			return foldRune(l)
		}
		if s, ok := specialLetters[r]; ok {
			return s
		}
		return string(r)
	}
	return " "
}

// dropArticles removes, in place, the article words that another word
// follows from the folded key b[start:] (words separated by single
// spaces), and returns b shortened.
func dropArticles(b []byte, start int) []byte {
	out := start
	for i := start; i < len(b); {
		end := i + bytes.IndexByte(b[i:], ' ')
		if end < i {
			end = len(b)
		}
		if end < len(b) && articleSet[string(b[i:end])] {
			i = end + 1
			continue
		}
		if out > start {
			b[out] = ' '
			out++
		}
		out += copy(b[out:], b[i:end])
		i = end + 1
	}
	return b[:out]
}
