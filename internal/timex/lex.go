package timex

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	textpkg "github.com/newsextract/newsextract/internal/text"
)

// wordKind tells what a word is made of.
type wordKind byte

const (
	kindLetters wordKind = iota + 1 // letters only: "March"
	kindDigits                      // digits only: "2025"
	kindMixed                       // letters and digits: "24th", "10am"
	kindPunct                       // one punctuation rune: ",", "-"
)

// word is one word of the tagger's own lexing: a run of letters and digits,
// or one punctuation rune (a run of longMarks marks or more is one word).
// prose's tokens keep "Aug." or "5/24/2025" whole and split "p.m."
// unpredictably, so the tagger lexes for itself and borrows only the
// part-of-speech tags and sentences from the text.Document.
type word struct {
	start, end int    // byte offsets
	lower      string // lower-cased text
	num        int    // value of a digit word, -1 when not digits or too long
	// token is the index of the text.Document token holding the word, or
	// -1. It is an int32, as text.Token.Sent is, to keep a word at 56
	// bytes with rules beside classes: a larger word costs its copies.
	token int32
	// classes and rules hold the bits of the word's classes and of the
	// rules that can start at it (classes.go).
	classes     uint32
	rules       uint32
	kind        wordKind
	gap         bool // whitespace (or the start of text) before the word
	capitalized bool // first rune upper-case
	// headline is true on a line in title case or capitals ("Talks To
	// Resume Next Week"), where a capital does not mark a name.
	headline bool
}

// lexWords splits text into words and punctuation with byte offsets. The
// list comes from wordLists when one there is large enough: give it back
// with putWords once no word of it is read any more. lowered is
// text.LowerASCII(text) when the caller has it, or "".
func lexWords(text, lowered string) []word {
	l := lexer{text: text, lowered: lowered}
	// getWords gives room for every word, so out never grows.
	out := getWords(text)
	gap := true
	shortRun := 0 // the end of the last run of marks found short of a long one
	for i := 0; i < len(text); {
		class, size := charClasses[text[i]], 1
		if class == charMulti {
			class, size = runeClass(text[i:])
		}
		switch {
		case class == charSpace:
			gap = true
			i += size
			continue
		case class != charMark:
			out = l.appendWord(out, i, gap)
		default:
			end := i + size
			if i >= shortRun {
				// A run of longMarks marks or more is one word; the
				// marks of a shorter one are words each.
				runEnd, marks := marksEnd(text, i)
				if marks >= longMarks {
					end = runEnd
				} else {
					shortRun = runEnd
				}
			}
			out = append(out, word{start: i, end: end, lower: punctLower(text[i:end]), kind: kindPunct, num: -1, gap: gap, token: -1})
		}
		gap = false
		i = out[len(out)-1].end
	}
	return out
}

// lexer holds the text lexWords splits and its lower-cased copy, made at
// the first word with an ASCII capital when the caller gave none.
type lexer struct {
	text, lowered string
}

// appendWord appends the word of letters and digits that starts at i. Its
// lower form is the text's when it has no capital, as strings.ToLower
// gives it when it has runes beyond ASCII, and otherwise cut from the
// lower-cased copy of the text: a capital per sentence at least, and each
// had allocated a string of its own. The word is made in the list, not
// returned: a copy of 56 bytes a word was a tenth of the lexer's work.
func (l *lexer) appendWord(out []word, i int, gap bool) []word {
	// The ASCII letters and digits, then the rest when a rune beyond
	// ASCII goes on the word, which most words never meet.
	j, seen := i, charClass(0)
	for j < len(l.text) && charClasses[l.text[j]]&charWord != 0 {
		seen |= charClasses[l.text[j]]
		j++
	}
	if j < len(l.text) && charClasses[l.text[j]] == charMulti {
		j, seen = wordEnd(l.text, j, seen)
	}
	lower, num, kind, capitalized := l.text[i:j], -1, kindMixed, false
	switch {
	case seen == charDigit:
		kind, num = kindDigits, digitsValue(lower)
	case seen&charDigit == 0:
		kind = kindLetters
	}
	switch {
	case seen&charMulti != 0:
		first, _ := utf8.DecodeRuneInString(lower)
		capitalized = unicode.IsUpper(first)
		lower = strings.ToLower(lower)
	case seen&charUpper != 0:
		if l.lowered == "" {
			l.lowered = textpkg.LowerASCII(l.text)
		}
		lower = l.lowered[i:j]
		capitalized = charClasses[l.text[i]] == charUpper
	}
	return append(out, word{start: i, end: j, lower: lower, num: num, token: -1, kind: kind, gap: gap, capitalized: capitalized})
}

// wordEnd returns where the run of letters and digits at i ends, and the
// classes seen of its bytes, with charMulti for a letter or digit beyond
// ASCII, which counts as a letter.
func wordEnd(text string, i int, seen charClass) (end int, _ charClass) {
	for i < len(text) {
		class, size := charClasses[text[i]], 1
		if class == charMulti {
			class, size = runeClass(text[i:])
		}
		if class&(charWord|charMulti) == 0 {
			break
		}
		seen |= class
		i += size
	}
	return i, seen
}

// digitsValue is the value of a word of ASCII digits, or -1 when it has
// more than 9, which an int32 may not hold.
func digitsValue(digits string) int {
	if len(digits) > 9 {
		return -1
	}
	n := 0
	for k := 0; k < len(digits); k++ {
		n = n*10 + int(digits[k]-'0')
	}
	return n
}

// wordLists holds the word lists of finished Tag calls (and dateline
// lines) for the next: a list is about 20 bytes per byte of text, the
// largest allocation of the tagger, and an article's list is garbage as
// soon as its dates are out.
var wordLists sync.Pool

// maxPooledWords bounds the lists kept in wordLists (3.5 MB at 56 bytes a
// word): the list of a pathological article is left to the collector.
const maxPooledWords = 64 << 10

// lexWordsAt is lexWords of text[start:end], with offsets into text;
// lowered is text.LowerASCII(text), or "".
func lexWordsAt(text, lowered string, start, end int) []word {
	if lowered != "" {
		lowered = lowered[start:end]
	}
	words := lexWords(text[start:end], lowered)
	if start > 0 {
		for i := range words {
			words[i].start += start
			words[i].end += start
		}
	}
	return words
}

// longMarks is the fewest punctuation marks in a row (no letter, digit or
// space between them) that are one word, as the tokenizer makes a long run
// of marks one token: a megabyte of dots was a million words of 56 bytes.
// A run that long is no part of an expression.
const longMarks = 64

// marksEnd returns where the run of punctuation marks starting at i ends,
// and how many marks it has.
func marksEnd(text string, i int) (end, marks int) {
	for i < len(text) {
		class, size := charClasses[text[i]], 1
		if class == charMulti {
			class, size = runeClass(text[i:])
		}
		if class != charMark {
			break
		}
		i += size
		marks++
	}
	return i, marks
}

// getWords returns an empty list with room for the words of text. A word
// takes a byte at least, so a list with room for a word per byte needs no
// count (countWords, a pass over the text); a new list for a text of a
// news article's size (roomyText) gets that room, so that the next
// articles of that size skip the count. A longer text gets a list of its
// count: a word per byte is 56 bytes per byte.
func getWords(text string) []word {
	p, _ := wordLists.Get().(*[]word)
	if p != nil && cap(*p) >= len(text) {
		return (*p)[:0]
	}
	n := countWords(text)
	if p != nil && cap(*p) >= n {
		return (*p)[:0]
	}
	if len(text) <= roomyText {
		n = len(text)
	}
	return make([]word, 0, n)
}

// roomyText is the longest text whose new word list has room for a word
// per byte (460 KB).
const roomyText = 8 << 10

// putWords gives a list from lexWords back for reuse.
func putWords(w []word) {
	if cap(w) > 0 && cap(w) <= maxPooledWords {
		wordLists.Put(&w)
	}
}

// countWords returns how many words lexWords finds in text, so that its
// list is allocated once at its size: a text of punctuation has a word per
// byte, and growing the list by appending left several times its final
// size behind.
func countWords(text string) int {
	n, inWord, counted := 0, false, 0
	for i, r := range text {
		switch {
		case i < counted: // in a run of marks counted whole
		case textpkg.IsSpace(r):
			inWord = false
		case !isWordRune(r):
			end, marks := marksEnd(text, i)
			if marks >= longMarks {
				marks = 1
			}
			n += marks
			inWord = false
			counted = end
		case !inWord:
			n++
			inWord = true
		}
	}
	return n
}

// punctLower is the form the rules see of a punctuation mark (or of a
// long run of marks, which stays itself): typographic apostrophes and
// hyphens read as their ASCII kin, so "New Year’s Day", "mid‑March" (a
// non-breaking hyphen) and "2012–13" parse as typed ones. The em dash
// stays itself: it sets off clauses, never joins words.
func punctLower(mark string) string {
	switch mark {
	case "\u2018", "\u2019", "\u02BC":
		return "'"
	case "\u2010", "\u2011", "\u2012", "\u2013":
		return "-"
	}
	return mark
}

// charClass is what the lexer tells apart of a byte of text: a space, a
// letter, a digit or a punctuation mark, or a byte of a rune beyond ASCII,
// decoded (runeClass) to tell which.
type charClass uint8

const (
	charMark  charClass = 0 // punctuation, symbols and invalid UTF-8
	charSpace charClass = 1 << (iota - 1)
	charLower
	charUpper
	charDigit
	// charMulti is a byte of a rune beyond ASCII, and after runeClass a
	// letter or digit beyond ASCII.
	charMulti

	charWord = charLower | charUpper | charDigit // an ASCII letter or digit
)

// charClasses holds the class of every byte: a lookup instead of chains of
// compares, which the lexer makes for every byte of an article.
var charClasses = func() (t [256]charClass) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = charMulti
		case 'a' <= c && c <= 'z':
			t[c] = charLower
		case 'A' <= c && c <= 'Z':
			t[c] = charUpper
		case '0' <= c && c <= '9':
			t[c] = charDigit
		case textpkg.IsSpace(rune(c)):
			t[c] = charSpace
		}
	}
	return t
}()

// runeClass returns the class of the rune beyond ASCII that s starts
// with, charMulti for a letter or digit, and its size.
func runeClass(s string) (charClass, int) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case textpkg.IsSpace(r):
		return charSpace, size
	case isWordRuneBeyondASCII(r):
		return charMulti, size
	}
	return charMark, size
}

// isWordRune reports a letter or digit. It is small enough to be inlined
// for ASCII.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return charClasses[r]&charWord != 0
	}
	return isWordRuneBeyondASCII(r)
}

func isWordRuneBeyondASCII(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// linkTokens records, for every word, the text.Document token that holds it.
func (c *tagCtx) linkTokens() {
	toks := c.doc.Tokens
	k := 0
	if len(c.words) > 0 {
		// From the token before the first starting at the piece's first
		// word, which may hold it.
		k = max(0, c.doc.TokenAt(c.words[0].start)-1)
	}
	for i := range c.words {
		w := &c.words[i]
		for k < len(toks) && toks[k].End() <= w.start {
			k++
		}
		if k < len(toks) && toks[k].Start <= w.start && w.start < toks[k].End() {
			w.token = int32(k)
		}
	}
}

// markHeadlines flags the words of each line whose longer words are
// nearly all capitalized: a headline in title case or in capitals. Three
// such words at least, so "WASHINGTON (AP) --" is no headline.
func markHeadlines(text string, w []word) {
	for i := 0; i < len(w); {
		// The words of one line: [i, j).
		j := i + 1
		for j < len(w) && strings.IndexByte(text[w[j-1].end:w[j].start], '\n') < 0 {
			j++
		}
		long, capped := 0, 0
		for k := i; k < j; k++ {
			if w[k].kind == kindLetters && w[k].end-w[k].start >= 4 {
				long++
				if w[k].capitalized {
					capped++
				}
			}
		}
		if long >= 3 && capped*5 >= long*4 {
			for k := i; k < j; k++ {
				w[k].headline = true
			}
		}
		i = j
	}
}
