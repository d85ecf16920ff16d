package timex

import (
	"strings"
	"time"
	"unicode/utf8"

	textpkg "github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// datelineLines is how many non-blank lines at the top of an article may
// hold its dateline: a saved page puts a headline, a standfirst, a byline
// and a timestamp or two before the body's first line.
const datelineLines = 8

// headerLineMax is the longest line read as a headline, byline or
// timestamp; a longer line is the body's first paragraph.
const headerLineMax = 160

// Dateline is what FindDateline reads at the top of an article.
type Dateline struct {
	// Date is the reference date the dateline gives, or the zero time for
	// a dateline without a year when no year was found for it.
	Date time.Time
	// Evidence is the dateline that gives Date, up to and including its
	// date (and a wire dateline's agency and dash).
	Evidence model.Span
	// Last is the last dateline above the body, where the body starts: a
	// wire dateline under a timestamp line ("August 20, 2025 10:30 AM EDT"
	// then "WASHINGTON, Aug 20 (Reuters) -"). It is Evidence when there is
	// one dateline.
	Last model.Span
}

// FindDateline finds a reference date written in the article itself: a
// wire dateline ("WASHINGTON, Aug 20 (Reuters) -", "LONDON 1996-08-30"), a
// label ("Published: 2025-08-20") or a line that is only a date ("August
// 20, 2025") in the lines above the body (headline, byline, timestamp
// lines) or the body's first line, within the first eight non-blank lines.
// A dateline without a year takes the year of another date in those lines,
// else the year that puts it on or before the fallback date when that is
// not the zero time ("Dec 30" with a fallback of 5 January 2025 is 30
// December 2024), else the year of the first full date
// further down the article; without any, the date is the zero time (the
// dateline still places the story and ends the headline). It reports
// whether one was found. Dates inside ordinary sentences do not count.
func FindDateline(text string, fallback time.Time) (Dateline, bool) {
	v, err := loadVocabulary()
	if err != nil {
		return Dateline{}, false
	}
	var cands []lineDate
	year := 0
	off := 0
	inBody := false
	for n := 0; n < datelineLines && off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		if strings.TrimSpace(line) == "" {
			off = end + 1
			continue
		}
		if inBody && year != 0 {
			// Below the body's first line only a year counts, and only
			// the first one found: nothing further down changes the
			// outcome, so the rest of the lines are not read.
			break
		}
		n++
		if len(line) > 400 {
			line = line[:400]
		}
		// Lines below the body's first give only a year ("© 2025
		// Reuters"), not a dateline.
		f, y, ok := lineDate{}, 0, false
		if mayHoldDate(v, line) {
			f, y, ok = datelineInLine(v, line, off)
		}
		if ok && !inBody {
			if y != 0 && year == 0 {
				year = y
			}
			cands = append(cands, f)
		} else if y != 0 && year == 0 {
			year = y
		}
		off = end + 1
		inBody = inBody || isBodyLine(line)
	}
	if len(cands) == 0 {
		return Dateline{}, false
	}
	last := cands[len(cands)-1].ev
	for _, f := range cands {
		if !f.yearless {
			return Dateline{Date: f.t, Evidence: f.ev, Last: last}, true
		}
		y := year
		if y == 0 && !fallback.IsZero() {
			y = fallback.Year()
			if f.d <= daysIn(f.m, y) && day(y, f.m, f.d).After(fallback) {
				y-- // a dateline is not dated after the article's own date
			}
		}
		if y == 0 && off < len(text) {
			y = firstFullDateYear(v, text[off:])
		}
		if y != 0 && f.d <= daysIn(f.m, y) {
			return Dateline{Date: day(y, f.m, f.d), Evidence: f.ev, Last: last}, true
		}
		if y == 0 && f.d <= daysIn(f.m, 2000) {
			// A dateline still, with no year to date it.
			return Dateline{Evidence: f.ev, Last: last}, true
		}
	}
	return Dateline{}, false
}

// bodyLineWords is the fewest words of a line that ends a sentence and is
// read as the body's first line; a headline is shorter, even when it ends
// with a full stop as wire headlines do ("Zedland rebels agree truce .").
const bodyLineWords = 12

// isBodyLine reports whether a line is the start of the body rather than a
// headline, byline or timestamp: a long line, or a sentence of some length.
func isBodyLine(line string) bool {
	l := strings.TrimRight(line, " \t\r")
	if len(l) > headerLineMax {
		return true
	}
	ends := strings.HasSuffix(l, ".") || strings.HasSuffix(l, ".\"") || strings.HasSuffix(l, ".”")
	if !ends {
		return false
	}
	words := 0
	for _, f := range strings.Fields(l) {
		if strings.IndexFunc(f, func(r rune) bool {
			return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0x80
		}) >= 0 {
			words++ // "$", "," and "-" of a tokenized line are no words
		}
	}
	return words >= bodyLineWords
}

// firstFullDateYear returns the year of the first date with a day, a month
// and a year in text, or 0. Lines are read one at a time, as the dateline
// reader reads them.
func firstFullDateYear(v *vocabulary, text string) int {
	for _, line := range strings.Split(text, "\n") {
		if len(line) > 2000 {
			line = line[:2000]
		}
		if !mayHoldDate(v, line) {
			continue
		}
		c := &tagCtx{vocab: v, doc: &textpkg.Document{Text: line}, text: line, words: lexWords(line, ""), lastSent: -1}
		classify(v, c.words)
		for i := range c.words {
			for _, r := range []rule{(*tagCtx).ruleMonthDate, (*tagCtx).ruleDayMonth, (*tagCtx).ruleNumericDate} {
				if mm, ok := r(c, i); ok && mm.anchor.g == granDay {
					return mm.anchor.t.Year()
				}
			}
		}
	}
	return 0
}

// mayHoldDate reports whether line may hold what datelineInLine and
// firstFullDateYear look for: a date with a day, or a year, both of which
// need an ASCII digit or a spelled ordinal day ("the eighth of May",
// "twenty-first"). Most headlines and bylines have neither, and this scan,
// which neither allocates nor lexes, turns them away. A word with a letter
// or digit beyond ASCII is left to the lexer.
func mayHoldDate(v *vocabulary, line string) bool {
	var buf [16]byte // longer than any ordinal word
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c >= '0' && c <= '9':
			return true
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(line[i:])
			if isWordRune(r) {
				return true
			}
			i += size
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			n := 0
			for ; i < len(line) && (line[i] >= 'a' && line[i] <= 'z' || line[i] >= 'A' && line[i] <= 'Z'); i++ {
				if n < len(buf) {
					buf[n] = line[i] | 0x20
				}
				n++
			}
			// Most words are no ordinal: the filter spares them the maps.
			if n <= len(buf) && v.ordinalWords.MayHold(string(buf[:n])) {
				w := buf[:n]
				if _, ok := v.ordinals[string(w)]; ok || v.ordinalTens[string(w)] {
					return true
				}
			}
		default:
			i++
		}
	}
	return false
}

// lineDate is a dateline candidate within one line.
type lineDate struct {
	t        time.Time
	ev       model.Span
	yearless bool
	m        time.Month
	d        int
}

// datelineInLine looks for a dateline in one line starting at byte base of
// the article. It also returns the year of any full date in the line, for
// yearless datelines elsewhere.
func datelineInLine(v *vocabulary, line string, base int) (lineDate, int, bool) {
	c := &tagCtx{vocab: v, doc: &textpkg.Document{Text: line}, text: line, words: lexWords(line, ""), lastSent: -1}
	ld, year, ok := c.dateline(base)
	putWords(c.words)
	return ld, year, ok
}

// dateline is datelineInLine over c, the line's words.
func (c *tagCtx) dateline(base int) (lineDate, int, bool) {
	v, line := c.vocab, c.text
	classify(v, c.words)
	if len(c.words) == 0 {
		return lineDate{}, 0, false
	}
	// The first full date in the line, its words [s, e).
	s, e := -1, -1
	var m match
	for i := range c.words {
		for _, r := range []rule{(*tagCtx).ruleMonthDate, (*tagCtx).ruleDayMonth, (*tagCtx).ruleNumericDate} {
			if mm, ok := r(c, i); ok && (mm.anchor.g == granDay || strings.HasPrefix(mm.value, "XXXX-") && len(mm.value) == 10) {
				s, e, m = i, mm.end, mm
				break
			}
		}
		if s >= 0 {
			break
		}
	}
	if s < 0 {
		return lineDate{}, labelledYear(line, c), false
	}
	var ld lineDate
	year := 0
	if m.anchor.g == granDay {
		ld.t = m.anchor.t
		year = ld.t.Year()
	} else {
		ld.yearless = true
		ld.m = time.Month(atoi2(m.value[5:7]))
		ld.d = atoi2(m.value[8:10])
	}
	before := strings.TrimSpace(line[:c.words[s].start])
	// Labelled: "Published: 2025-08-20", "Updated on August 20, 2025".
	// Also with the time between: "Last updated at 11:50 GMT on 22 March".
	if labelled, rest := cutLabel(v, strings.TrimRight(before, ": -|")); labelled && clockWordsOnly(v, rest) {
		ld.ev = datelineSpan(line, base, len(line)-len(strings.TrimLeft(line, " \t")), c.words[e-1].end)
		return ld, year, true
	}
	// A line that is only a date, perhaps with a weekday, a time or a
	// byline after a separator: "August 20, 2025", "Wed 20 Aug 2025 10.30 BST".
	if before == "" || isWeekdayPrefix(v, before) {
		rest := strings.TrimSpace(line[c.words[e-1].end:])
		if datelineRestOK(v, rest) {
			ld.ev = datelineSpan(line, base, len(line)-len(strings.TrimLeft(line, " \t")), c.words[e-1].end)
			return ld, year, true
		}
	}
	// A wire dateline: upper-case place, date, agency, dash.
	if isPlacePrefix(before) {
		if endB, ok := wireDatelineEnd(line, c.words[e-1].end); ok {
			ld.ev = datelineSpan(line, base, len(line)-len(strings.TrimLeft(line, " \t")), endB)
			return ld, year, true
		}
	}
	return lineDate{}, year, false
}

// wireDatelineEnd reads the end of a wire dateline after its date, which
// ends at byte endB of line: an agency in brackets and a dash ("(Reuters)
// -"), or nothing more on the line. It returns where the dateline ends.
func wireDatelineEnd(line string, endB int) (int, bool) {
	rest := line[endB:]
	r := strings.TrimLeft(rest, " ")
	if strings.HasPrefix(r, "(") {
		if k := strings.IndexByte(r, ')'); k > 0 && k < 40 {
			endB += len(rest) - len(r) + k + 1
			rest = line[endB:]
			r = strings.TrimLeft(rest, " ")
		}
	}
	for _, dash := range []string{"--", "-", "—", "–", ":"} {
		if strings.HasPrefix(r, dash) {
			return endB + len(rest) - len(r) + len(dash), true
		}
	}
	return endB, strings.TrimSpace(rest) == ""
}

// labelledYear returns the year of a line such as "Published 2025" or
// "© 2025 Reuters", or 0: the year a yearless wire dateline lacks.
func labelledYear(line string, c *tagCtx) int {
	l := strings.ToLower(strings.TrimSpace(line))
	labelled := strings.Contains(l, "©") || strings.Contains(l, "(c)") || strings.HasPrefix(l, "copyright")
	for _, lb := range c.vocab.datelineLabels {
		if strings.HasPrefix(l, lb) {
			labelled = true
		}
	}
	if !labelled {
		return 0
	}
	for i, w := range c.words {
		if w.kind == kindDigits && len(w.lower) == 4 && w.num >= 1900 && w.num <= 2199 && (i+1 >= len(c.words) || c.words[i+1].lower != "-") {
			return w.num
		}
	}
	return 0
}

func datelineSpan(line string, base, s, e int) model.Span {
	return model.Span{Text: line[s:e], Start: base + s, End: base + e}
}

func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// isWeekdayPrefix reports whether s is a weekday name, perhaps abbreviated
// and followed by a comma: "Wednesday,", "Wed".
func isWeekdayPrefix(v *vocabulary, s string) bool {
	s = strings.ToLower(strings.TrimRight(s, ", "))
	if _, ok := v.weekdays[s]; ok {
		return true
	}
	_, ok := v.weekdayAbbrevs[strings.TrimRight(s, ".")]
	return ok
}

// datelineRestOK reports whether what follows a date on its own line is
// only a time, a zone or a short tail after a separator, not a sentence.
func datelineRestOK(v *vocabulary, rest string) bool {
	if rest == "" {
		return true
	}
	if rest[0] == '|' || rest[0] == '/' || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "·") || strings.HasPrefix(rest, "•") {
		return len(rest) < 80
	}
	// "10:30 AM EDT", "at 10.30 BST", "(updated 11:02)", "Last updated at
	// 11:50 GMT"
	_, rest = cutLabel(v, rest)
	return clockWordsOnly(v, rest)
}

// cutLabel removes a dateline label ("Last updated", "Published") from the
// start of s, reporting whether there was one.
func cutLabel(v *vocabulary, s string) (bool, string) {
	l := strings.ToLower(strings.TrimLeft(s, "(•*·- \t"))
	best := ""
	for _, lb := range v.datelineLabels {
		if strings.HasPrefix(l, lb) && len(lb) > len(best) && (len(l) == len(lb) || !isLetter(l[len(lb)])) {
			best = lb
		}
	}
	if best == "" {
		return false, s
	}
	return true, l[len(best):]
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// clockWordsOnly reports whether s holds at most a clock time and the
// words around one: "at 11:50 GMT on", "10:30 AM EDT".
func clockWordsOnly(v *vocabulary, s string) bool {
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",.():|"))
		if lw == "" || v.datelineClockWords[lw] || v.zones[lw] || strings.ContainsAny(lw, "0123456789") {
			continue
		}
		return false
	}
	return true
}

// isPlacePrefix reports whether s looks like a wire dateline's place: one
// to five upper-case words ("WASHINGTON,", "NEW YORK", "GAZA CITY/CAIRO,"),
// optionally followed by a capitalized region ("BEIRUT, Lebanon,").
func isPlacePrefix(s string) bool {
	s = strings.TrimRight(s, ", ")
	if s == "" || len(s) > 60 {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '/' })
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	upper := 0
	for i, w := range words {
		allUpper, hasLetter := true, false
		for _, r := range w {
			switch {
			case r >= 'a' && r <= 'z':
				allUpper = false
				hasLetter = true
			case r >= 'A' && r <= 'Z':
				hasLetter = true
			case r == '.' || r == '-' || r == '\'' || r == '’' || r == '(' || r == ')':
			case r >= 0x80:
				hasLetter = true
			default:
				return false
			}
		}
		if !hasLetter {
			return false
		}
		if allUpper {
			upper++
		} else if i == 0 || !(w[0] >= 'A' && w[0] <= 'Z') {
			return false
		}
	}
	return upper > 0 && (words[0] == strings.ToUpper(words[0]))
}
