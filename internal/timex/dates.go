package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsextract/newsextract/model"
)

// ruleMonthDate: "Aug. 20", "August 20, 2025", "Tuesday, Aug. 19",
// "July 1997", "June last year", "May".
func (c *tagCtx) ruleMonthDate(j int) (match, bool) {
	wd, hasWD, k := c.weekdayPrefix(j)
	m, k2, ok := c.monthAt(k)
	if !ok {
		return match{}, false
	}
	md := c.dayAndYearAfter(monthDate{m: m, monthAt: k, wd: wd, hasWD: hasWD}, k2)
	if md.hasWD && md.d == 0 {
		return match{}, false
	}
	if md.d == 0 && md.y == 0 && !md.hasRelYear && !c.monthAloneOK(md.monthAt) {
		return match{}, false
	}
	return c.resolveMonthDate(md)
}

// monthDate is a date that starts with its month, as ruleMonthDate reads
// it.
type monthDate struct {
	m       time.Month
	monthAt int // the month's word
	d, y    int // day and year, 0 when not told
	// relYear is the year of "June last year" when hasRelYear.
	relYear    int
	hasRelYear bool
	wd         time.Weekday // the weekday before it, when hasWD
	hasWD      bool
	end        int
}

// dayAndYearAfter reads the day and year after the month, from k: "20",
// "20, 2025", "1997", "of 1997", "last year", "of last year".
func (c *tagCtx) dayAndYearAfter(md monthDate, k int) monthDate {
	md.end = k
	if dd, k3, ok := c.dayAt(k); ok && c.sameLine(k-1, k) {
		md.d, md.end = dd, k3
		k4 := md.end
		if c.is(k4, ",") {
			k4++
		}
		if yy, k5, ok := c.yearAt(k4); ok {
			md.y, md.end = yy, k5
		}
		return md
	}
	k4 := k
	if c.is(k4, ",") || c.is(k4, "of") {
		k4++
	}
	if yy, k5, ok := c.yearAt(k4); ok && c.sameLine(k-1, k4) {
		md.y, md.end = yy, k5
		return md
	}
	kr := k
	if c.is(kr, "of") {
		kr++ // "March of last year"
	}
	if rel, ok := c.relYearWord(kr); ok && c.is(kr+1, "year") {
		md.relYear, md.hasRelYear = rel, true
		md.end = kr + 2
	}
	return md
}

// resolveMonthDate gives a month date its value: a year left out is
// picked by the tense, or by the weekday told with the date.
func (c *tagCtx) resolveMonthDate(md monthDate) (match, bool) {
	m, d, y, k := md.m, md.d, md.y, md.end
	switch {
	case y != 0 && d != 0:
		if d > daysIn(m, y) {
			return match{}, false
		}
		return dateMatch(k, dayPoint(day(y, m, d))), true
	case y != 0:
		return dateMatch(k, point{day(y, m, 1), granMonth}), true
	case md.hasRelYear:
		if !c.hasRef {
			return match{end: k, typ: model.TimexDate, value: fmt.Sprintf("XXXX-%02d", m), unresolved: true}, true
		}
		return dateMatch(k, point{day(c.ref.Year()+md.relYear, m, 1), granMonth}), true
	}
	if !c.hasRef {
		v := fmt.Sprintf("XXXX-%02d", m)
		if d != 0 {
			v += fmt.Sprintf("-%02d", d)
		}
		return match{end: k, typ: model.TimexDate, value: v, unresolved: true}, true
	}
	tense := c.tense(md.monthAt)
	if d == 0 {
		return dateMatch(k, point{day(pickYear(c.ref, m, 0, tense), m, 1), granMonth}), true
	}
	if d > 31 {
		return match{}, false
	}
	if md.hasWD {
		if yy, ok := yearOfWeekday(c.ref, m, d, md.wd); ok {
			return dateMatch(k, dayPoint(day(yy, m, d))), true
		}
	}
	yy := pickYear(c.ref, m, d, tense)
	if d > daysIn(m, yy) {
		return match{}, false
	}
	return dateMatch(k, dayPoint(day(yy, m, d))), true
}

// weekdayPrefix parses the weekday before a date at j, with its comma:
// "Tuesday, Aug. 19", "Thursday 21 March". k is where the date starts (j
// when there is no weekday).
func (c *tagCtx) weekdayPrefix(j int) (wd time.Weekday, ok bool, k int) {
	d, plural, k2, found := c.weekdayAt(j)
	if abbr, isAbbr := lookup(c, j, classWeekdayAbbrev, c.vocab.weekdayAbbrevs); !found && isAbbr && c.words[j].capitalized {
		// "Thu March 21, 2013", "Fri., Aug. 15", "Thu 19th December":
		// only before a date, since "Sun", "Sat" and "Wed" are words of
		// their own.
		d, k2, found = abbr, j+1, true
		if c.is(k2, ".") && c.adjacent(k2) {
			k2++
		}
		k3 := k2
		if c.is(k3, ",") {
			k3++
		}
		_, _, month := c.monthAt(k3)
		_, kd, day := c.dayAt(k3)
		if day {
			_, _, month = c.monthAt(kd)
			if !month {
				_, _, month = c.monthAt(kd + 1) // "19 of December"
			}
		}
		if !month {
			return 0, false, j
		}
	}
	if !found || plural {
		return 0, false, j
	}
	if c.is(k2, ",") {
		k2++
	}
	return d, true, k2
}

// yearOfWeekday picks the year of a date given with its weekday: the
// nearest year to ref where day d of month m falls on wd.
func yearOfWeekday(ref time.Time, m time.Month, d int, wd time.Weekday) (int, bool) {
	for _, dy := range []int{0, -1, 1} {
		yy := ref.Year() + dy
		if d <= daysIn(m, yy) && day(yy, m, d).Weekday() == wd {
			return yy, true
		}
	}
	return 0, false
}

// monthAloneOK decides whether a month name with no day or year is a date:
// "May" and "March" are also a verb and a noun, "April" and "June" names.
func (c *tagCtx) monthAloneOK(j int) bool {
	l := c.lower(j)
	prev := c.lower(j - 1)
	if prev == "-" && j > 1 {
		prev = c.lower(j - 2)
	}
	if c.vocab.monthCues[prev] {
		return true
	}
	if prev == "the" && c.words[j].capitalized && j+1 < len(c.words) && !c.words[j+1].capitalized && strings.HasPrefix(c.pos(j+1), "NN") && !c.words[j].headline {
		return true // "the March accession", "the June vote"
	}
	if c.vocab.wordMonths[l] {
		return false
	}
	// A capitalized word after it on the line: a first name ("April
	// Smith said").
	if n := j + 1; n < len(c.words) && c.words[n].capitalized && c.words[n].kind == kindLetters && c.sameLine(j, n) && !c.words[n].headline {
		if _, isMonth := c.vocab.months[c.words[n].lower]; !isMonth && !c.zoneAt(n) {
			if _, isDay := c.vocab.weekdays[c.words[n].lower]; !isDay {
				return false
			}
		}
	}
	// A capitalized word before it, not at a sentence start: a name.
	if j > 0 && c.words[j-1].capitalized && c.words[j-1].kind == kindLetters {
		if k := int(c.words[j-1].token); k >= 0 && c.doc.Sentences[c.doc.Tokens[k].Sent].First != k {
			return false
		}
	}
	return c.pos(j) == "NNP" || c.pos(j) == "NN" || c.pos(j) == ""
}

// ruleDayMonth: "24 May", "24 May 2025", "the 24th of May".
func (c *tagCtx) ruleDayMonth(j int) (match, bool) {
	// "Thursday 21 March", "Thursday, 21 March 2013": the British order.
	wd, hasWD, k := c.weekdayPrefix(j)
	d, k, ok := c.dayAt(k)
	if !ok {
		return match{}, false
	}
	if c.is(k, "of") {
		k++
	}
	m, k2, ok := c.monthAt(k)
	if !ok {
		return match{}, false
	}
	mk := k
	k = k2
	y := 0
	k4 := k
	if c.is(k4, ",") {
		k4++
	}
	if yy, k5, ok := c.yearAt(k4); ok {
		y, k = yy, k5
	}
	if y != 0 {
		if d > daysIn(m, y) {
			return match{}, false
		}
		return dateMatch(k, dayPoint(day(y, m, d))), true
	}
	if !c.hasRef {
		return match{end: k, typ: model.TimexDate, value: fmt.Sprintf("XXXX-%02d-%02d", m, d), unresolved: true}, true
	}
	if hasWD {
		if yy, ok := yearOfWeekday(c.ref, m, d, wd); ok {
			return dateMatch(k, dayPoint(day(yy, m, d))), true
		}
	}
	yy := pickYear(c.ref, m, d, c.tense(mk))
	if d > daysIn(m, yy) {
		return match{}, false
	}
	return dateMatch(k, dayPoint(day(yy, m, d))), true
}

// ruleNumericDate: "2025-05-24", "5/24/2025", "5/24/25".
func (c *tagCtx) ruleNumericDate(j int) (match, bool) {
	if j+4 >= len(c.words) || c.words[j].kind != kindDigits {
		return match{}, false
	}
	sep := c.lower(j + 1)
	if (sep != "-" && sep != "/" && sep != ".") || !c.adjacent(j+1) || !c.adjacent(j+2) || !c.adjacent(j+3) || !c.adjacent(j+4) || c.lower(j+3) != sep {
		return match{}, false
	}
	a, b, e := c.words[j], c.words[j+2], c.words[j+4]
	if b.kind != kindDigits || e.kind != kindDigits {
		return match{}, false
	}
	var y, m, d int
	switch {
	case len(a.lower) == 4 && len(b.lower) <= 2 && len(e.lower) <= 2:
		y, m, d = a.num, b.num, e.num
	case sep == "/" && len(a.lower) <= 2 && len(b.lower) <= 2 && (len(e.lower) == 4 || len(e.lower) == 2):
		m, d, y = a.num, b.num, e.num
		if len(e.lower) == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		if m > 12 && d <= 12 {
			m, d = d, m // 24/5/2025: day first
		}
	case sep == "." && len(a.lower) <= 2 && len(b.lower) <= 2 && len(e.lower) == 4:
		d, m, y = a.num, b.num, e.num
	default:
		return match{}, false
	}
	if y < 1000 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return match{}, false
	}
	// 2025-05-24-something or 1/2/3/4 is a code, not a date.
	if c.adjacent(j+5) && (c.lower(j+5) == sep || c.lower(j+5) == "-") && j+6 < len(c.words) && c.words[j+6].kind == kindDigits {
		return match{}, false
	}
	return dateMatch(j+5, dayPoint(day(y, time.Month(m), d))), true
}

// ruleNextDay: the second day of "April 24 and 25", "March 3 or 4",
// "March 21-22", "from May 3 to 5": a bare day of the month right after a
// date, in the month that date named.
func (c *tagCtx) ruleNextDay(j int) (match, bool) {
	if c.prevEnd < 1 || j != c.prevEnd+1 || c.prevAnchor.g != granDay {
		return match{}, false
	}
	// The date before ends in its day of the month: "April 24", "the 24th".
	if lw := c.words[c.prevEnd-1]; lw.kind != kindDigits && lw.kind != kindMixed || len(lw.lower) > 4 {
		return match{}, false
	}
	switch l := c.lower(j - 1); {
	case c.vocab.rangeConnectors[l]:
	case l == "-":
		if !c.adjacent(j-1) || !c.adjacent(j) {
			return match{}, false
		}
	default:
		return match{}, false
	}
	t := c.prevAnchor.t
	d, k, ok := c.dayAt(j)
	if !ok || k != j+1 || d > daysIn(t.Month(), t.Year()) {
		return match{}, false
	}
	if p := c.pos(k); strings.HasPrefix(p, "NN") || p == "CD" || c.is(k, "-") || c.is(k, "%") {
		return match{}, false // "on April 24 and 25 people died"
	}
	return dateMatch(k, dayPoint(day(t.Year(), t.Month(), d))), true
}

// ruleRangeEnd: the second end of "the 2012-13 season", "the 1996/97
// budget", "March-April": the guidelines tag each end of a range apart.
func (c *tagCtx) ruleRangeEnd(j int) (match, bool) {
	if c.prevEnd != j-1 || j < 1 || !(c.is(j-1, "-") || c.is(j-1, "/")) || !c.adjacent(j-1) || !c.adjacent(j) {
		return match{}, false
	}
	p := c.prevAnchor
	switch {
	case p.g == granYear && j < len(c.words) && shortYearAfter(p.t.Year(), c.words[j]) && (j+1 >= len(c.words) || !c.adjacent(j+1) || c.words[j+1].kind == kindPunct):
		return dateMatch(j+1, point{day(p.t.Year()+1, 1, 1), granYear}), true
	case p.g == granMonth && c.is(j-1, "-"):
		m, k, ok := c.monthAt(j)
		if !ok || m <= p.t.Month() {
			return match{}, false
		}
		return dateMatch(k, point{day(p.t.Year(), m, 1), granMonth}), true
	}
	return match{}, false
}

// ruleYear: "1974", "fiscal 1989", "nineteen ninety-six", "the year 2000",
// "1994 or later".
func (c *tagCtx) ruleYear(j int) (match, bool) {
	k := j
	det := false
	switch {
	case c.is(k, "the") && c.is(k+1, "year"):
		k += 2
	case k < len(c.words) && c.words[k].kind == kindMixed && len(c.words[k].lower) == 6 && strings.HasPrefix(c.words[k].lower, "fy") && c.text[c.words[k].start] == 'F':
		// "FY2015": the fiscal year, glued.
		y, err := strconv.Atoi(c.words[k].lower[2:])
		if err != nil || y < 1000 || y > 2199 {
			return match{}, false
		}
		return dateMatch(k+1, point{day(y, 1, 1), granYear}), true
	case c.has(k, classFiscalWord):
		// "fiscal 1989", "fiscal year 1990"
		k++
		if c.is(k, "year") {
			k++
		}
	case c.has(k, classDefiniteDet):
		// "the 2012 fiscal year": the determiner only with the year's
		// kind after the number (checked below).
		det = true
		k++
	}
	y, k2, ok := c.yearAt(k)
	if !ok {
		return match{}, false
	}
	if k == j && c.words[j].kind == kindDigits && !c.yearContextOK(j) {
		return match{}, false
	}
	k = k2
	// "the 1990 fiscal year", "2012 calendar year": MUC and HeidelTime
	// ("the 2001 third quarter") keep the kind of year in the expression.
	if c.vocab.yearKinds[c.lower(k)] && c.is(k+1, "year") {
		k += 2
	} else if det {
		return match{}, false
	}
	m := dateMatch(k, point{day(y, 1, 1), granYear})
	if mod, ok := c.vocab.yearOpenEnds[[2]string{c.lower(k), c.lower(k + 1)}]; ok {
		m.end, m.mod = k+2, mod // "1994 or later"
	}
	return m, true
}

// yearContextOK rejects four-digit numbers that count things: "2000
// soldiers", "1500 people".
func (c *tagCtx) yearContextOK(j int) bool {
	n := j + 1
	if n < len(c.words) && c.words[n].kind == kindLetters {
		if c.vocab.notYearNouns[c.words[n].lower] {
			return false
		}
		p := c.pos(n)
		if p == "NNS" {
			if _, ok := c.vocab.units[c.words[n].lower]; !ok && !c.vocab.yearPluralNouns[c.words[n].lower] {
				if !c.vocab.yearBeforePlural[c.lower(j-1)] {
					return false
				}
			}
		}
	}
	return !c.vocab.notYearBefore[c.lower(j-1)]
}

// ruleDecade: "the 1990s", "'80s", "the nineties", "the mid-1990s" (via
// posMod).
func (c *tagCtx) ruleDecade(j int) (match, bool) {
	k := j
	hasThe := false
	if c.is(k, "the") {
		k++
		hasThe = true
		if (c.is(k, "'") || c.is(k, "’")) && c.adjacent(k+1) {
			k++ // "the '80s"
		}
	}
	if !hasThe && c.is(k, "'") && c.adjacent(k+1) {
		k++ // "late '90s"
	}
	if k >= len(c.words) {
		return match{}, false
	}
	w := c.words[k]
	dec := -1
	switch {
	case w.kind == kindMixed && len(w.lower) == 5 && strings.HasSuffix(w.lower, "s") && w.lower[3] == '0':
		n, err := strconv.Atoi(w.lower[:4])
		if err == nil && n >= 1000 && n <= 2190 {
			dec = n / 10
		}
	case w.kind == kindMixed && len(w.lower) == 3 && strings.HasSuffix(w.lower, "s") && w.lower[1] == '0' && k > 0 && (c.lower(k-1) == "'" || c.lower(k-1) == "’") && c.adjacent(k):
		n, _ := strconv.Atoi(w.lower[:2])
		if n <= 10 {
			dec = 200 + n/10
		} else {
			dec = 190 + n/10
		}
	case w.kind == kindLetters && c.vocab.decades[w.lower] > 0 && (hasThe || c.is(k-1, "-") || c.vocab.decadeOpeners[c.lower(k-1)]):
		dec = 190 + c.vocab.decades[w.lower]
	}
	if dec >= 0 && !hasThe {
		// "in their mid-twenties", "in his early 40s": an age.
		b := j - 1
		for b >= 0 && (c.is(b, "-") || c.positionAdjectiveAt(b)) {
			b--
		}
		if c.vocab.ageOwners[c.lower(b)] {
			return match{}, false
		}
	}
	if dec < 0 {
		return match{}, false
	}
	if dec%10 == 0 && dec >= 100 && dec < 200 && w.kind == kindMixed && len(w.lower) == 5 {
		// "the 1800s" is the 19th century; "the 2000s" is read as the
		// decade, as it mostly is.
		return match{end: k + 1, typ: model.TimexDate, value: strconv.Itoa(dec / 10)}, true
	}
	return dateMatch(k+1, point{day(dec*10, 1, 1), granDecade}), true
}

// ruleCentury: "the 20th century", "the twenty-first century", "this
// century", "the last century".
func (c *tagCtx) ruleCentury(j int) (match, bool) {
	k := j
	if c.is(k, "the") {
		k++
	}
	if rel, ok := c.relYearWord(k); ok && c.is(k+1, "century") {
		if c.is(k, "past") && !c.is(j, "the") {
			return match{}, false
		}
		return c.relMatch(k+2, granCentury, rel), true
	}
	n := 0
	if k < len(c.words) && c.words[k].kind == kindMixed {
		if d, ok := c.ordinalDigits(c.words[k].lower); ok {
			n, k = d, k+1
		}
	} else if d, k2, ok := c.dayAt(k); ok && k < len(c.words) && c.words[k].kind == kindLetters {
		n, k = d, k2
	}
	if n < 1 || n > 22 {
		return match{}, false
	}
	if c.is(k, "-") && c.adjacent(k) {
		k++
	}
	if !c.is(k, "century") {
		return match{}, false
	}
	return match{end: k + 1, typ: model.TimexDate, value: fmt.Sprintf("%02d", n-1)}, true
}
