package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsextract/newsextract/model"
)

// ruleHoliday: "Christmas", "Thanksgiving Day", "New Year's Day",
// "Election Day", "Easter", "Good Friday" (holidays.tsv).
func (c *tagCtx) ruleHoliday(j int) (match, bool) {
	rel := 0
	if r, ok := lookup(c, j, classHolidayDet, c.vocab.holidayDets); ok {
		rel, j = r, j+1 // "last Christmas"
	}
	if j >= len(c.words) || !c.words[j].capitalized {
		return match{}, false
	}
	date, k, ok := c.holidayAt(j)
	if !ok {
		return match{}, false
	}
	fn := date.in
	// "Good Friday Agreement", "Christmas Island": part of a name.
	if k < len(c.words) && c.words[k].capitalized && c.words[k].kind == kindLetters && !c.sentenceStartAt(k) && !c.holidayPeriodAt(k) {
		if _, ok := c.vocab.months[c.lower(k)]; !ok {
			return match{}, false
		}
	}
	if y, k2, ok := c.yearAt(k); ok && rel == 0 {
		return c.holidaySpan(k2, fn(y)), true
	}
	if !c.hasRef {
		return match{end: k, typ: model.TimexDate, value: "XXXX-XX-XX", unresolved: true}, true
	}
	cands := []time.Time{fn(c.ref.Year() - 1), fn(c.ref.Year()), fn(c.ref.Year() + 1)}
	switch rel {
	case -1: // "last Thanksgiving": the latest one before the reference date
		for i := len(cands) - 1; i >= 0; i-- {
			if cands[i].Before(c.ref) {
				return c.holidaySpan(k, cands[i]), true
			}
		}
	case 1: // "next Easter"
		for _, t := range cands {
			if t.After(c.ref) {
				return c.holidaySpan(k, t), true
			}
		}
	}
	return c.holidaySpan(k, choose(c.ref, cands, c.tense(j))), true
}

// holidayAt reads the name of a holiday at j, whose first word is
// capitalized: the longest name of holidays.tsv that the words there spell.
// It returns the holiday's date rule and the word after the name.
func (c *tagCtx) holidayAt(j int) (holidayDate, int, bool) {
	var best holidayDate
	bestEnd := -1
	for _, h := range c.vocab.holidays[c.lower(j)] {
		if end, ok := c.holidayNameEnd(j+1, h.words); ok && end > bestEnd {
			best, bestEnd = h.date, end
		}
	}
	return best, bestEnd, bestEnd >= 0
}

// holidayNameEnd matches the words of a holiday's name after the first,
// from k, and returns the word after them. An optional word is read only
// when the optional word right before it, if any, was there ("Veterans'
// Day", "Mother's Day", never "Mother s Day").
func (c *tagCtx) holidayNameEnd(k int, words []holidayWord) (int, bool) {
	missing := false // an optional word right before was not there
	for _, w := range words {
		found := c.is(k, w.lower) && (!w.capital || c.words[k].capitalized)
		switch {
		case w.optional:
			if !missing && found {
				k++
			} else {
				missing = true
			}
			continue
		case !found:
			return k, false
		case !w.ahead:
			k++
		}
		missing = false
	}
	return k, true
}

// holidaySpan ends a holiday on day t before word end, taking in a week
// or weekend named after it: "Easter week", "the Labor Day weekend".
func (c *tagCtx) holidaySpan(end int, t time.Time) match {
	u, ok := c.vocab.holidayPeriods[c.lower(end)]
	if !ok {
		return dateMatch(end, dayPoint(t))
	}
	m := dateMatch(end+1, point{t, granWeek})
	if u == "WE" {
		m.value += "-WE"
	}
	return m
}

// holidayPeriodAt reports whether word k names the week or weekend of a
// holiday (holiday-periods.tsv).
func (c *tagCtx) holidayPeriodAt(k int) bool {
	_, ok := c.vocab.holidayPeriods[c.lower(k)]
	return ok
}

// nthWeekday is the n-th weekday wd of month m in year y.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	t := day(y, m, 1)
	off := (int(wd) - int(t.Weekday()) + 7) % 7
	return t.AddDate(0, 0, off+7*(n-1))
}

// easter is Easter Sunday of year y (Gregorian computus).
func easter(y int) time.Time {
	a := y % 19
	b, cc := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := cc/4, cc%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, time.Month(month), dd)
}

// holiday is one name of a holiday and the day it falls on.
type holiday struct {
	words []holidayWord // after the first, which is capitalized
	date  holidayDate
}

// holidayWord is one word of a holiday's name after the first.
type holidayWord struct {
	lower    string
	capital  bool // must be capitalized in the text
	optional bool // "day?"
	ahead    bool // ">week": must follow, stays outside the name
}

// holidayDate is the rule that gives a holiday's day in a year.
type holidayDate struct {
	easter  bool // days from Easter Sunday
	month   time.Month
	day     int          // a fixed day of month, or 0
	weekday time.Weekday // with nth: the nth such weekday of month
	nth     int
	shift   int // days added
}

// in returns the holiday's day in year y.
func (d holidayDate) in(y int) time.Time {
	var t time.Time
	switch {
	case d.easter:
		t = easter(y)
	case d.nth > 0:
		t = nthWeekday(y, d.month, d.weekday, d.nth)
	default:
		t = day(y, d.month, d.day)
	}
	if d.shift != 0 {
		t = t.AddDate(0, 0, d.shift)
	}
	return t
}

// holidays reads "name, date" lines; see holidays.tsv for the syntax. The
// weekdays of the dates are named as in weekdays.tsv.
func (p *wordParser) holidays(file string, weekdays map[string]weekdayWord) map[string][]holiday {
	m := map[string][]holiday{}
	for _, ln := range p.lines(file, 2, true) {
		words, err := holidayName(ln.cols[0])
		var date holidayDate
		if err == nil {
			date, err = parseHolidayDate(ln.cols[1], weekdays)
		}
		if err != nil {
			p.fail(file, ln.n, "%v", err)
			return nil
		}
		first := ln.cols[0][:strings.IndexByte(ln.cols[0]+" ", ' ')]
		m[first] = append(m[first], holiday{words: words, date: date})
	}
	return m
}

// holidayName parses the words of a holiday's name after the first.
func holidayName(name string) ([]holidayWord, error) {
	fields := strings.Split(name, " ")
	if fields[0] != strings.ToLower(fields[0]) || strings.ContainsAny(fields[0], "?>") {
		return nil, fmt.Errorf("first word %q must be a lower-case word", fields[0])
	}
	var out []holidayWord
	for _, f := range fields[1:] {
		var w holidayWord
		if w.ahead = strings.HasPrefix(f, ">"); w.ahead {
			f = f[1:]
		}
		if w.optional = strings.HasSuffix(f, "?"); w.optional {
			f = f[:len(f)-1]
		}
		if f == "" || strings.ContainsAny(f, "?>") || w.ahead && w.optional {
			return nil, fmt.Errorf("malformed word in %q", name)
		}
		w.lower = strings.ToLower(f)
		w.capital = w.lower != f
		out = append(out, w)
	}
	return out, nil
}

// parseHolidayDate parses "M-D", "easter", "easter+N", "easter-N" and
// "M/weekday/N" with an optional "+D" or "-D".
func parseHolidayDate(s string, weekdays map[string]weekdayWord) (holidayDate, error) {
	var d holidayDate
	bad := fmt.Errorf("date %q is none of M-D, easter±N, M/weekday/N±D", s)
	rest := s
	if strings.HasPrefix(s, "easter") {
		d.easter, rest = true, s[len("easter"):]
	} else if parts := strings.Split(s, "/"); len(parts) == 3 {
		wd, ok := weekdays[parts[1]]
		if !ok || wd.plural {
			return d, bad
		}
		if i := strings.IndexAny(parts[2], "+-"); i > 0 {
			parts[2], rest = parts[2][:i], parts[2][i:]
		} else {
			rest = ""
		}
		m, err1 := strconv.Atoi(parts[0])
		n, err2 := strconv.Atoi(parts[2])
		if err1 != nil || err2 != nil || m < 1 || m > 12 || n < 1 || n > 5 {
			return d, bad
		}
		d.month, d.weekday, d.nth = time.Month(m), wd.day, n
	} else {
		md := strings.Split(s, "-")
		if len(md) != 2 {
			return d, bad
		}
		m, err1 := strconv.Atoi(md[0])
		dd, err2 := strconv.Atoi(md[1])
		if err1 != nil || err2 != nil || m < 1 || m > 12 || dd < 1 || dd > daysIn(time.Month(m), 2000) {
			return d, bad
		}
		d.month, d.day = time.Month(m), dd
		return d, nil
	}
	if rest != "" {
		n, err := strconv.Atoi(rest)
		if err != nil || rest[0] != '+' && rest[0] != '-' || n < -366 || n > 366 {
			return d, bad
		}
		d.shift = n
	}
	return d, nil
}
