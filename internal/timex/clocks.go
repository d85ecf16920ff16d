package timex

import (
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/model"
)

// ruleClock: "3 p.m.", "3 p.m. EDT", "15:00 GMT", "10:35 a.m. Tuesday",
// "noon Thursday", "4 o'clock".
func (c *tagCtx) ruleClock(j int) (match, bool) {
	h, mi, k, ok := c.clockAt(j)
	if !ok {
		return match{}, false
	}
	k = c.zoneEnd(k)
	dayVal, unresolved, k := c.clockDay(j, k)
	return match{end: k, typ: model.TimexTime, value: fmt.Sprintf("%sT%02d:%02d", dayVal, h, mi), unresolved: unresolved}, true
}

// clockAt reads a clock time at j: its hour (0-24), minute and the word
// after it.
func (c *tagCtx) clockAt(j int) (h, mi, k int, ok bool) {
	w := c.lower(j)
	if n, ok := lookup(c, j, classClockNoun, c.vocab.clockNouns); ok {
		if n.title && c.words[j].capitalized && !c.sentenceStartAt(j) {
			return 0, 0, j, false // "High Noon"
		}
		return n.hour, 0, j + 1, true
	}
	switch {
	case w == "12" && c.clockNounAt(j+1):
		// "12 noon", "12 midnight"
		return c.vocab.clockNouns[c.lower(j+1)].hour, 0, j + 2, true
	case c.fourDigitClock(j) && (c.zoneAt(j+1) || c.is(j+1, "(") && c.wireClockAt(j+2)):
		// "1900 GMT", "0735 GMT", "1415 local time", "1600 (1500 GMT)":
		// the wire services' 24-hour clock, told from a year by the zone
		// after it or by the zoned clock in brackets.
		return c.words[j].num / 100, c.words[j].num % 100, j + 1, true
	case j < len(c.words) && c.words[j].kind == kindMixed && gluedMeridiemOK(w):
		// "10am", "3pm": the web's clock, written without a space.
		n, pm := gluedMeridiem(w)
		if n < 1 || n > 12 {
			return 0, 0, j, false
		}
		return to24(n, pm), 0, j + 1, true
	case j+2 < len(c.words) && c.words[j].kind == kindDigits && len(w) <= 2 && c.is(j+1, ".") && c.adjacent(j+1) && c.adjacent(j+2) && c.words[j+2].kind == kindMixed && len(c.words[j+2].lower) == 4 && gluedMeridiemOK(c.words[j+2].lower):
		// "10.30am"
		n, pm := gluedMeridiem(c.words[j+2].lower)
		h, mi = c.words[j].num, n
		if h < 1 || h > 12 || mi > 59 {
			return 0, 0, j, false
		}
		return to24(h, pm), mi, j + 3, true
	case j < len(c.words) && c.words[j].kind == kindDigits && len(w) <= 2:
		return c.digitClockAt(j)
	}
	return 0, 0, j, false
}

// digitClockAt reads a clock time that starts with an hour of one or two
// digits: "3 p.m.", "15:00 GMT", "3.30 p.m.", "4 o'clock", "07.00 GMT",
// "at 20:00", "7 in the evening".
func (c *tagCtx) digitClockAt(j int) (h, mi, k int, ok bool) {
	h = c.words[j].num
	k = j + 1
	colon := false
	if c.is(k, ":") && c.adjacent(k) && k+1 < len(c.words) && c.words[k+1].kind == kindDigits && len(c.words[k+1].lower) == 2 && c.adjacent(k+1) {
		mi = c.words[k+1].num
		k += 2
		colon = true
	} else if c.is(k, ".") && c.adjacent(k) && k+1 < len(c.words) && c.words[k+1].kind == kindDigits && len(c.words[k+1].lower) == 2 && c.adjacent(k+1) {
		// "3.30 p.m." only with a meridiem, checked below.
		mi = c.words[k+1].num
		k += 2
	}
	k2, pm, ok := c.meridiem(k)
	switch {
	case ok:
		if h < 1 || h > 12 {
			return 0, 0, j, false
		}
		h, k = to24(h, pm), k2
	case c.is(k, "o") && c.is(k+1, "'") && c.is(k+2, "clock"):
		k += 3
	case colon && c.zoneAt(k):
		// 15:00 GMT
	case !colon && k == j+3 && c.zoneAt(k) && len(c.words[j+2].lower) == 2:
		// "07.00 GMT": Reuters writes the 24-hour clock with a dot.
	case colon && h <= 24 && c.vocab.clockOpeners[c.lower(j-1)]:
	case c.is(k, "in") && c.is(k+1, "the") && c.clockPartOfDayAt(k+2):
		if h < 1 || h > 12 {
			return 0, 0, j, false
		}
		if c.vocab.clockPartsOfDay[c.lower(k+2)] && h < 12 {
			h += 12
		}
		k += 3
	default:
		return 0, 0, j, false
	}
	if h > 24 || mi > 59 {
		return 0, 0, j, false
	}
	return h, mi, k, true
}

// clockDay finds the day of a clock time that starts at j and ends before
// k. A day after the time joins the span ("10 p.m. Wednesday", "5 p.m. EST
// Nov. 9", "noon yesterday"); "8 p.m. on Tuesday" gives its date and stays
// apart, since a preposition starts no expression. Without one the time
// takes the day last told in its sentence, else the reference date. It
// returns the day's value, whether it is unresolved and the new end.
func (c *tagCtx) clockDay(j, k int) (string, bool, int) {
	k2 := k
	if c.is(k2, ",") {
		k2++
	}
	join := true
	if c.is(k2, "on") {
		k2++
		join = false
	}
	if !c.sameLine(k-1, k2) {
		k2 = len(c.words) // a date on the next line is a byline's, not this time's
	}
	var day match
	ok := false
	for _, r := range []rule{(*tagCtx).ruleWeekday, (*tagCtx).ruleMonthDate, (*tagCtx).ruleDayMonth} {
		if day, ok = r(c, k2); ok && day.anchor.g == granDay && day.typ == model.TimexDate {
			break
		}
		ok = false
	}
	if rd, isDay := lookup(c, k2, classRelativeDay, c.vocab.relativeDays); !ok && join && isDay && rd.part == "" {
		// "noon yesterday"; "tonight" names a time of its own
		day, ok = c.ruleRelDay(k2)
	}
	unresolved := !c.hasRef
	if ok {
		if join {
			k = day.end
		}
		if day.value != "" {
			return day.value, day.unresolved, k
		}
		unresolved = day.unresolved
	}
	switch {
	case c.hasLast && c.last.g == granDay && c.lastSentSame(j):
		return c.last.value(), false, k
	case c.hasRef:
		return c.ref.Format("2006-01-02"), unresolved, k
	}
	return "XXXX-XX-XX", unresolved, k
}

// clockNounAt reports whether word k names an hour: "noon", "midnight".
func (c *tagCtx) clockNounAt(k int) bool {
	return c.has(k, classClockNoun)
}

// clockPartOfDayAt reports whether word k is a part of the day that can
// follow "7 in the".
func (c *tagCtx) clockPartOfDayAt(k int) bool {
	_, ok := c.vocab.clockPartsOfDay[c.lower(k)]
	return ok
}

// wireClockAt reports whether a 24-hour clock with a zone starts at k:
// "1500 GMT".
func (c *tagCtx) wireClockAt(k int) bool {
	return c.fourDigitClock(k) && c.zoneAt(k+1)
}

// fourDigitClock reports whether word k could be a 24-hour clock written
// in four digits, "0735", "1900".
func (c *tagCtx) fourDigitClock(k int) bool {
	return k < len(c.words) && c.words[k].kind == kindDigits && len(c.words[k].lower) == 4 && c.words[k].num%100 < 60 && c.words[k].num/100 <= 24
}

// to24 turns a 12-hour clock hour into a 24-hour one: 12 a.m. is 0.
func to24(h int, pm bool) int {
	switch {
	case pm && h < 12:
		return h + 12
	case !pm && h == 12:
		return 0
	}
	return h
}

// gluedMeridiemOK reports whether w is one or two digits glued to "am" or
// "pm": "10am", "30pm".
func gluedMeridiemOK(w string) bool {
	n := len(w)
	if n < 3 || n > 4 || w[n-1] != 'm' || w[n-2] != 'a' && w[n-2] != 'p' {
		return false
	}
	for i := 0; i < n-2; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// gluedMeridiem splits a word gluedMeridiemOK accepts into its number and
// whether it is "pm".
func gluedMeridiem(w string) (int, bool) {
	n := 0
	for i := 0; i < len(w)-2; i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n, w[len(w)-2] == 'p'
}

// meridiem parses "a.m.", "p.m", "am", "PM" at k.
func (c *tagCtx) meridiem(k int) (int, bool, bool) {
	m, ok := lookup(c, k, classMeridiem, c.vocab.meridiems)
	switch {
	case !ok:
	case !m.letter:
		return k + 1, m.pm, true
	case c.is(k+1, ".") && c.adjacent(k+1) && c.is(k+2, "m") && c.adjacent(k+2):
		e := k + 3
		if c.is(e, ".") && c.adjacent(e) && !c.sentenceFinalDot(e) {
			e++
		}
		return e, m.pm, true
	}
	return k, false, false
}

// sentenceFinalDot reports whether the period at word k ends a sentence
// rather than an abbreviation: it is followed by the end of the text, a
// line break, or a capitalized word that does not continue the time.
func (c *tagCtx) sentenceFinalDot(k int) bool {
	if k+1 >= len(c.words) {
		return true
	}
	if strings.IndexByte(c.text[c.words[k].end:c.words[k+1].start], '\n') >= 0 {
		return true
	}
	n := c.words[k+1]
	if !n.capitalized || n.kind != kindLetters {
		return false
	}
	if c.zoneAt(k + 1) {
		return false
	}
	if _, ok := c.vocab.weekdays[n.lower]; ok {
		return false
	}
	if _, ok := c.vocab.months[n.lower]; ok {
		return false
	}
	return true
}

func (c *tagCtx) zoneAt(k int) bool {
	return c.zoneEnd(k) > k
}

// zoneEnd returns the word after a time zone starting at k, or k when
// none does: "GMT", "local time", "Eastern time", "Pacific Standard Time".
func (c *tagCtx) zoneEnd(k int) int {
	if k >= len(c.words) || c.words[k].kind != kindLetters {
		return k
	}
	capital := c.text[c.words[k].start] >= 'A' && c.text[c.words[k].start] <= 'Z'
	switch {
	case c.vocab.zones[c.words[k].lower] && capital:
		return k + 1
	case c.is(k, "local") && c.is(k+1, "time"):
		return k + 2
	case c.vocab.zoneRegions[c.words[k].lower] && capital && c.is(k+1, "time"):
		return k + 2
	case c.vocab.zoneRegions[c.words[k].lower] && capital && c.vocab.zoneKinds[c.lower(k+1)] && c.is(k+2, "time"):
		return k + 3
	}
	return k
}

// ruleMidDay: "mid-afternoon", "mid afternoon yesterday", "midmorning".
func (c *tagCtx) ruleMidDay(j int) (match, bool) {
	k := j
	part := ""
	switch c.lower(k) {
	case "mid":
		k++
		if c.is(k, "-") && c.adjacent(k) {
			k++
		}
		p, k2, ok := c.partOfDayAt(k)
		if !ok || strings.HasSuffix(c.lower(k), "s") {
			return match{}, false
		}
		part, k = p, k2
	default:
		p, ok := lookup(c, k, classMidPartOfDay, c.vocab.midPartsOfDay)
		if !ok {
			return match{}, false
		}
		part, k = p, k+1 // "midmorning"
	}
	dayVal, unresolved := "", !c.hasRef
	if m, ok := c.ruleRelDay(k); ok && m.typ == model.TimexDate {
		dayVal, unresolved, k = m.value, m.unresolved, m.end
	} else if m, ok := c.ruleWeekday(k); ok && m.typ == model.TimexDate && m.anchor.g == granDay && m.end == k+1 {
		dayVal, unresolved, k = m.value, m.unresolved, m.end
	} else if c.hasLast && c.last.g == granDay && c.lastSentSame(j) {
		dayVal, unresolved = c.last.value(), false
	} else if c.hasRef {
		dayVal = c.ref.Format("2006-01-02")
	} else {
		dayVal = "XXXX-XX-XX"
	}
	return match{end: k, typ: model.TimexTime, value: dayVal + "T" + part, unresolved: unresolved}, true
}
