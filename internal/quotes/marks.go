package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quotation is a stretch of text between quotation marks, the marks
// included. A line break closes a quotation left open; when the next
// paragraph opens with a quotation mark, the quotation goes on there
// (news style leaves a quote that runs over paragraphs open at each
// paragraph's end), and next links to that continuation.
type quotation struct {
	Span
	next      int32 // index of the continuation in the next paragraph, or -1
	closed    bool
	manyWords bool // at least minQuoteWords runs of letters or digits inside
}

// Opening and closing marks. A straight double quote opens or closes by
// position; single quotes are left alone, as they are apostrophes far more
// often than marks, and nest inside double ones.
func isOpenMark(r rune) bool  { return r == '“' || r == '«' || r == '„' }
func isCloseMark(r rune) bool { return r == '”' || r == '»' }

// isQuoteMark reports any double quotation mark.
func isQuoteMark(r rune) bool { return r == '"' || isOpenMark(r) || isCloseMark(r) }

// isMarkToken reports a token that is a double quotation mark, the NYT's
// two apostrophes included.
func isMarkToken(s string) bool {
	return isQuoteMark(firstRune(s)) || s == "''" || s == "``"
}

// quotations finds the quotations of text, in order. It reads the text
// twice, to count them and then to list them in a list of that size: a
// list grown by append left several times its size behind, and a run of
// straight quotation marks is a quotation every two bytes.
func quotations(text string) []quotation {
	n := 0
	scanQuotations(text, func(int, int, bool) { n++ })
	out := make([]quotation, 0, n)
	scanQuotations(text, func(open, end int, closed bool) {
		out = append(out, quotation{Span: Span{open, end}, next: -1, closed: closed, manyWords: countWords(text[open:end]) >= minQuoteWords})
	})
	linkContinuations(text, out)
	return out
}

// scanQuotations calls found with each quotation of text, in order: its
// span [open, end) and whether a mark closed it.
func scanQuotations(text string, found func(open, end int, closed bool)) {
	open := -1
	closeAt := func(end int, closed bool) {
		found(open, end, closed)
		open = -1
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '\n' && c != '"' && c != '\'' {
			i++ // no other ASCII byte opens, closes or ends a quotation
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if open >= 0 {
				closeAt(len(strings.TrimRight(text[:i], " \t\r")), false)
			}
		case r == '"' || r == '\'' && strings.HasPrefix(text[i:], "''"):
			if r == '\'' {
				size = 2 // NYT style: two apostrophes for a double mark
			}
			if open < 0 {
				open = i
			} else {
				closeAt(i+size, true)
			}
		case r == '‘' && open < 0 && singleOpens(text, i):
			// A single curly mark outside double ones quotes as they do
			// (headlines: Quorby Speaks ‘Straight To Voters’).
			if end := singleClose(text, i+size); end > 0 {
				open = i
				closeAt(end, true)
				i = end
				continue
			}
		case isOpenMark(r):
			// A second opening mark inside an open quotation restarts it:
			// the first was a stray.
			open = i
		case isCloseMark(r):
			if open >= 0 {
				closeAt(i+size, true)
			}
		}
		i += size
	}
	if open >= 0 {
		closeAt(len(strings.TrimRight(text, " \t\r\n")), false)
	}
}

// linkContinuations links an unclosed quotation to the quotation that
// opens the next paragraph.
func linkContinuations(text string, qs []quotation) {
	for i := 0; i+1 < len(qs); i++ {
		if qs[i].closed {
			continue
		}
		gap := text[qs[i].End:qs[i+1].Start]
		if strings.Count(gap, "\n") >= 1 && strings.TrimSpace(gap) == "" {
			qs[i].next = int32(i + 1)
		}
	}
}

// countWords counts the runs of letters and digits in s.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// quoteLike reports a quotation that can stand as a quote by itself: a
// few words, or a clause closed by punctuation inside the marks ("Lies,").
// A short name in marks ("the so-called “Caesar Act”") is a title or a
// scare quote, not a quote.
func (q quotation) quoteLike(text string) bool {
	if q.manyWords {
		return true
	}
	inner := strings.TrimRightFunc(text[q.Start:q.End], func(r rune) bool { return isQuoteMark(r) || r == ' ' })
	return strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")
}

// maxClosingMarks bounds how many quotation marks and apostrophes
// trimClosingMarks takes off: news closes at most two or three quotations
// at once, and reading a whole run of marks back from every quotation in
// it made 1 MB of `"` quadratic (minutes).
const maxClosingMarks = 8

// trimClosingMarks returns s without the quotation marks and apostrophes
// that end it, at most maxClosingMarks of them.
func trimClosingMarks(s string) string {
	for range maxClosingMarks {
		c, size := utf8.DecodeLastRuneInString(s)
		if size == 0 || !isQuoteMark(c) && c != '\'' {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// minQuoteWords is the fewest words a quotation needs to be a quote
// without closing punctuation inside.
const minQuoteWords = 4

// singleOpens reports a ‘ at i that opens a quotation: at the start of the
// text or after a space or an opening bracket, with a letter or digit
// after it ("‘90s" is an elision, but rare enough).
func singleOpens(text string, i int) bool {
	if i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(prev) && prev != '(' {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(text[i+len("‘"):])
	return isWordRune(next)
}

// singleClose returns the end of the ’ that closes a single quotation
// opened before from: the first ’ on the line not followed by a letter
// (an apostrophe is: "don’t"), or 0.
func singleClose(text string, from int) int {
	for j := from; j < len(text); {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '\n' {
			return 0
		}
		if r == '’' {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			if !isWordRune(next) && prev != 's' {
				return j + size
			}
		}
		j += size
	}
	return 0
}
