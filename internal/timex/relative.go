package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsextract/newsextract/model"
)

// ruleRelDay: "yesterday", "today", "tomorrow", "tonight", "yesterday
// morning", "the day before yesterday".
func (c *tagCtx) ruleRelDay(j int) (match, bool) {
	k := j
	off := 0
	part := ""
	if rd, ok := lookup(c, k, classRelativeDay, c.vocab.relativeDays); ok {
		off, part = rd.offset, rd.part
		if off == 0 && part == "" && c.possessiveAt(k+1) && c.genericTodayAt(k+3) {
			return match{}, false // "today's youth": the present age, not a day
		}
	} else if off = c.dayBeyondAt(k); off != 0 {
		k += 3
	} else {
		return match{}, false
	}
	k++
	typ := model.TimexDate
	if part == "" {
		if p, k2, ok := c.partOfDayAt(k); ok && c.sameLine(k-1, k) {
			part, k = p, k2
		}
	}
	if part != "" {
		typ = model.TimexTime
	}
	m := c.relMatch(k, granDay, off)
	m.typ = typ
	if part != "" {
		m.value += "T" + part
	}
	return m, true
}

// dayBeyondAt reads "the day before yesterday" and "the day after
// tomorrow" at k: a day one further from the reference date than a day of
// relative-days.tsv, in the direction of event-links.tsv that points the
// same way. It returns the offset, or 0.
func (c *tagCtx) dayBeyondAt(k int) int {
	if !c.is(k, "the") || !c.is(k+1, "day") {
		return 0
	}
	link, ok := c.vocab.eventLinks[c.lower(k+2)]
	if !ok {
		return 0
	}
	rd, ok := lookup(c, k+3, classRelativeDay, c.vocab.relativeDays)
	if !ok || rd.part != "" || rd.offset != link {
		return 0
	}
	return rd.offset + link
}

// genericTodayAt reports whether the words from k name people or things of
// the present age ("today's young people", "today's phones"),
// which makes "today's" mean nowadays.
func (c *tagCtx) genericTodayAt(k int) bool {
	for ; k < len(c.words) && c.words[k].kind == kindLetters && strings.HasPrefix(c.pos(k), "JJ"); k++ {
	}
	return c.vocab.genericTodayNouns[c.lower(k)]
}

// ruleWeekday: "Tuesday", "last Friday", "this coming Sunday", "Wednesday
// night", "Tuesdays".
func (c *tagCtx) ruleWeekday(j int) (match, bool) {
	k := j
	rel := 0
	if c.is(k, "the") {
		// "the previous Friday", "the following Monday"
		wd, ok := lookup(c, k+1, classWeekdayDet, c.vocab.weekdayDets)
		if !ok || !wd.afterThe {
			return match{}, false
		}
		rel, k = wd.rel, k+2
	} else if wd, ok := lookup(c, k, classWeekdayDet, c.vocab.weekdayDets); ok {
		rel, k = wd.rel, k+1
		if rel == 0 {
			rel, k = c.thisPastOrComing(k) // "this coming Sunday"
		}
	}
	wd, plural, k2, ok := c.weekdayAt(k)
	if !ok {
		return match{}, false
	}
	k = k2
	part, k3, hasPart := c.partOfDayAt(k)
	if hasPart && c.sameLine(k-1, k) {
		k = k3
	}
	if plural || hasPart && strings.HasSuffix(c.lower(k-1), "s") {
		v := fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
		if hasPart {
			v += "T" + part
		}
		return match{end: k, typ: model.TimexSet, value: v}, true
	}
	if !c.hasRef {
		v := fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
		if hasPart {
			v += "T" + part
		}
		return match{end: k, typ: model.TimexDate, value: v, unresolved: true}, true
	}
	tense := c.tense(k - 1)
	if c.forwardCue(j) {
		tense = tenseFuture
	}
	if tense == tensePresent && (c.lower(k) == "'" || c.lower(k) == "’") && c.lower(k+1) == "s" {
		tense = tensePast // "a premium to Friday's close": a day's results are reported after it
	}
	t := pickWeekday(c.ref, wd, tense, rel)
	m := dateMatch(k, dayPoint(t))
	if hasPart {
		m.value += "T" + part
	}
	return m, true
}

// forwardCue reports whether the words before j point forward whatever
// the verb's tense: "postponed until Tuesday", "as soon as Tuesday", "until
// 9 a.m. EST Tuesday" (a clock time between is skipped).
func (c *tagCtx) forwardCue(j int) bool {
	i := j - 1
	for n := 0; n < 8 && i >= 0; n++ {
		w := c.words[i]
		if w.kind == kindDigits || w.lower == ":" || w.lower == "." || w.lower == "," || c.vocab.clockFillerWords[w.lower] || c.vocab.zones[w.lower] {
			i--
			continue
		}
		break
	}
	switch {
	case c.vocab.untilWords[c.lower(i)]:
		// "Until May, Quorby had not..." opens a sentence about the past.
		return !c.sentenceStartAt(i)
	case c.is(i, "as"):
		return c.vocab.asSoonWords[c.lower(i-1)]
	}
	return false
}

// ruleDetUnit: "last week", "this year", "next month", "the weekend",
// "this morning", "last night", "last April", "the following year",
// "year-end".
func (c *tagCtx) ruleDetUnit(j int) (match, bool) {
	if m, ok := c.yearEndAt(j); ok {
		return m, true
	}
	d, ok := c.determinerAt(j)
	if !ok {
		return match{}, false
	}
	// "last April", "this September"
	if m, k2, ok := c.monthAt(d.k); ok && d.det != "the" && !d.fromLast {
		return c.relativeMonth(d, m, k2)
	}
	l := c.lower(d.k)
	// "last fall", "this summer"
	if s, ok := c.vocab.seasons[l]; ok {
		return c.relativeSeason(d, s)
	}
	// "this morning", "last night"
	if p, ok := c.vocab.partsOfDay[l]; ok && !strings.HasSuffix(l, "s") {
		return c.relativePartOfDay(d, p)
	}
	return c.relativeUnit(d)
}

// detPhrase is what the words before the unit of "last week", "the
// following day" or "that same day" say.
type detPhrase struct {
	start  int // the first word
	k      int // the word after the determiner: the unit, month, season...
	hasThe bool
	// det is the determiner ("this", "last", "next", "same" for "that
	// same", "full" for "the full", "entire", "whole"), or "the" when
	// "the" stands alone.
	det string
	rel int // -1 back, +1 forward, 0 this
	// fromLast counts from the date last told ("the following day")
	// rather than from the reference date.
	fromLast bool
}

// yearEndAt reads "year-end", "year end" and "the year's end" at j: the end
// of the current year.
func (c *tagCtx) yearEndAt(j int) (match, bool) {
	k := j
	hasThe := c.is(k, "the")
	if hasThe {
		k++
	}
	if !c.is(k, "year") {
		return match{}, false
	}
	switch {
	case c.is(k+1, "-") && c.is(k+2, "end"):
		return c.yearEnd(k + 3), true
	case c.is(k+1, "end") && !hasThe:
		return c.yearEnd(k + 2), true
	case c.is(k+1, "'") && c.is(k+2, "s") && c.is(k+3, "end"):
		return c.yearEnd(k + 4), true
	}
	return match{}, false
}

// determinerAt reads the determiner of a relative unit at j, with a "the"
// before it and a "fiscal" after it.
func (c *tagCtx) determinerAt(j int) (detPhrase, bool) {
	d := detPhrase{start: j, k: j}
	if c.is(d.k, "the") {
		d.hasThe = true
		d.k++
	}
	d.det = c.lower(d.k)
	u, ok := lookup(c, d.k, classUnitDet, c.vocab.unitDets)
	if !ok {
		// "the year", "the weekend"
		if !d.hasThe {
			return d, false
		}
		u.place, d.det = detAny, "the"
	} else if !c.unitDeterminer(&d, u) {
		return d, false
	}
	if u.place == detAlone && d.hasThe && d.det != "same" {
		return d, false // "the this year"; but "the that same day" stands
	}
	if c.has(d.k, classFiscalWord) && c.vocab.fiscalPeriods[c.lower(d.k+1)] {
		d.k++
	}
	return d, true
}

// unitDeterminer applies determiner u at d.k to d and steps past it; it
// reports false when the determiner does not stand there.
func (c *tagCtx) unitDeterminer(d *detPhrase, u unitDeterminer) bool {
	if u.place == detAfterThe && !d.hasThe {
		// "the prior year", "the preceding day": HeidelTime and SUTime
		// read them as "previous"; without "the" they are adjectives
		// ("prior approval").
		return false
	}
	switch u.role {
	case detThis:
		d.rel, d.k = c.thisPastOrComing(d.k + 1)
		return true
	case detBack:
		d.rel = -1
	case detForward:
		d.rel = 1
	case detFollowing:
		d.rel, d.fromLast = 1, true
	case detSame:
		d.fromLast = true
		if d.det == "that" && c.is(d.k+1, "same") {
			d.det = "same" // "that same day"
			d.k++
		}
	case detWhole:
		if !c.is(d.k+1, "year") {
			return false
		}
		d.det = "full"
	}
	d.k++
	return true
}

// relativeMonth resolves "last April", "this September": month m at d.k,
// ending before k2.
func (c *tagCtx) relativeMonth(d detPhrase, m time.Month, k2 int) (match, bool) {
	if _, _, ok := c.dayAt(k2); ok {
		return match{}, false // "last Oct. 23": the date alone
	}
	if !c.hasRef {
		return match{end: k2, typ: model.TimexDate, value: fmt.Sprintf("XXXX-%02d", m), unresolved: true}, true
	}
	// "last February" written in March is a year back: the month just
	// gone would be "last month".
	y := c.ref.Year()
	switch {
	case d.rel < 0 && m >= c.ref.Month()-1:
		y--
	case d.rel > 0 && m <= c.ref.Month()+1:
		y++
	}
	return dateMatch(k2, point{day(y, m, 1), granMonth}), true
}

// relativeSeason resolves "last fall", "this summer": season s at d.k.
func (c *tagCtx) relativeSeason(d detPhrase, s string) (match, bool) {
	if d.det == "the" {
		return match{}, false // ruleSeason
	}
	if !c.hasRef {
		return match{end: d.k + 1, typ: model.TimexDate, value: "XXXX-" + s, unresolved: true}, true
	}
	y := c.ref.Year()
	cur := seasonOf(c.ref)
	switch {
	case d.rel < 0 && seasonIndex(s) >= seasonIndex(cur):
		y--
	case d.rel > 0 && seasonIndex(s) <= seasonIndex(cur):
		y++
	}
	return match{end: d.k + 1, typ: model.TimexDate, value: fmt.Sprintf("%04d-%s", y, s)}, true
}

// relativePartOfDay resolves "this morning", "last night", "the next
// morning": part of day p at d.k.
func (c *tagCtx) relativePartOfDay(d detPhrase, p string) (match, bool) {
	if d.fromLast && d.det == "same" {
		return match{}, false
	}
	off := 0
	switch {
	case d.rel < 0 && p == "NI":
		off = -1
	case d.rel < 0:
		return match{}, false
	case d.rel > 0:
		off = 1
	case d.det == "the":
		if !c.vocab.partOfDayOpeners[c.lower(d.start-1)] || c.is(d.k+1, "of") {
			return match{}, false
		}
	}
	fromLast := d.fromLast
	if d.hasThe && d.det == "next" && c.hasLast && c.last.g == granDay {
		fromLast = true // "the next morning": after the day last told
	}
	if fromLast {
		if !c.hasLast || c.last.g != granDay {
			return match{}, false
		}
		return match{end: d.k + 1, typ: model.TimexTime, value: c.last.shift(d.rel).value() + "T" + p, derived: true}, true
	}
	m := c.relMatch(d.k+1, granDay, off)
	m.typ = model.TimexTime
	m.value += "T" + p
	return m, true
}

// relativeUnit resolves "last week", "the following year", "this
// decade": a singular unit at d.k.
func (c *tagCtx) relativeUnit(d detPhrase) (match, bool) {
	j, k := d.start, d.k
	u, plural, k2, ok := c.unitAt(k)
	if !ok || plural {
		return match{}, false
	}
	if c.words[k].capitalized && c.words[j].capitalized && !c.sentenceStartAt(j) {
		return match{}, false // ABC's "This Week"
	}
	g := unitGran(u)
	switch u {
	case "Q":
		return match{}, false // ruleQuarter
	case "D":
		return c.relativeDay(d, k2)
	case "WE":
		return c.relativeWeekend(d, k2)
	case "S", "MIN", "H", "FN":
		return match{}, false
	}
	if g == granNone {
		return match{}, false
	}
	if d.det == "the" {
		return c.theUnit(d, u, g, k2)
	}
	if d.fromLast {
		if !c.hasLast || c.last.g < g {
			if !c.hasRef {
				return match{end: k2, typ: model.TimexDate, value: unresolvedValue(g), unresolved: true}, true
			}
			return dateMatch(k2, point{c.ref, g}.shift(d.rel)), true
		}
		return dateMatch(k2, c.last.at(g).shift(d.rel)), true
	}
	return c.relMatch(k2, g, d.rel), true
}

// theUnit resolves "the year", "the week", "the month" (unit code u of
// granularity g, ending before k2): the current one, or the one last
// told; "for the year" is a length of time.
func (c *tagCtx) theUnit(d detPhrase, u string, g gran, k2 int) (match, bool) {
	j := d.start
	if (u == "DE" || u == "CE") && c.is(j-1, "of") && c.vocab.periodParts[c.lower(j-2)] && !c.is(k2, "of") && !c.is(k2, "-") {
		// "the end of the decade": the current one; the words before it
		// set the mod.
		m := c.relMatch(k2, g, 0)
		if u == "CE" && !m.unresolved {
			m.value = strconv.Itoa(c.ref.Year() / 100) // as "the 21st century" reads
		}
		return m, true
	}
	if u != "Y" && u != "W" && u != "M" {
		return match{}, false
	}
	if u == "W" && c.is(k2, "of") {
		return c.weekOf(k2 + 1)
	}
	if c.is(k2, "-") || c.is(k2, "'") || c.vocab.notAfterTheUnit[c.lower(k2)] {
		return match{}, false
	}
	if n := c.pos(k2); strings.HasPrefix(n, "NN") {
		return match{}, false
	}
	if c.vocab.lengthPreps[c.lower(j-1)] {
		return match{end: k2, typ: model.TimexDuration, value: durValue(1, false, u)}, true // "for the year"
	}
	if c.hasLast && c.last.g == g {
		return dateMatch(k2, c.last), true
	}
	return c.relMatch(k2, g, d.rel), true
}

// relativeDay resolves "the next day", "the previous day", "that same
// day", "the day after his death": the unit "day" ending before k2.
func (c *tagCtx) relativeDay(d detPhrase, k2 int) (match, bool) {
	j := d.start
	if _, next := c.vocab.eventLinks[c.lower(k2)]; d.det == "the" && next && !c.is(j-1, "of") && !c.is(j-1, "in") {
		return c.dayNextToEvent(j, k2)
	}
	fromLast := d.fromLast
	if d.hasThe && c.vocab.dayFromLastDets[d.det] {
		// "the previous day", "the next day": the day before or after the
		// one last told, as "the following day" is the day after.
		fromLast = true
	}
	if !fromLast {
		return match{}, false
	}
	switch {
	case c.hasLast && c.last.g == granDay:
		return dateMatch(k2, c.last.shift(d.rel)), true
	case c.hasLast && c.last.g == granMonth && d.det == "same":
		// "that same day" after "in October": a day of that month.
		return match{end: k2, typ: model.TimexDate, value: c.last.value() + "-XX", derived: true}, true
	}
	if !d.hasThe && d.det != "same" {
		return match{}, false // "that day" alone may be any day
	}
	// "the next day" with no day told before it is still a day of the
	// story, one that the text does not fix.
	return match{end: k2, typ: model.TimexDate, value: "XXXX-XX-XX", derived: true, unresolved: true}, true
}

// dayNextToEvent resolves "the day after his death", "the day before the
// vote" (from j, "after" or "before" at k2): a day next to an event, the
// guidelines' "the day (after)". Not "the day before last Tuesday", which
// is one expression for the other rules.
func (c *tagCtx) dayNextToEvent(j, k2 int) (match, bool) {
	if c.timeWordAt(k2 + 1) {
		return match{}, false
	}
	if c.is(j-1, ",") && c.prevEnd == j-1 && c.hasLast && c.last.g == granDay {
		// "Oct. 12, the day before the plunge": the same day.
		return match{end: k2, typ: model.TimexDate, value: c.last.value(), derived: true}, true
	}
	if c.hasLast && c.last.g == granDay {
		shift := c.vocab.eventLinks[c.lower(k2)]
		return match{end: k2, typ: model.TimexDate, value: c.last.shift(shift).value(), derived: true}, true
	}
	return match{end: k2, typ: model.TimexDate, value: "XXXX-XX-XX", derived: true, unresolved: true}, true
}

// relativeWeekend resolves "this weekend", "the weekend", ending before
// k2: in the past tense "the weekend" is the one just gone.
func (c *tagCtx) relativeWeekend(d detPhrase, k2 int) (match, bool) {
	if !c.hasRef {
		return match{end: k2, typ: model.TimexDate, value: "XXXX-WXX-WE", unresolved: true}, true
	}
	t := c.ref
	switch {
	case d.rel != 0:
		t = t.AddDate(0, 0, 7*d.rel)
	case d.det == "the" && c.tense(d.k) == tensePast && t.Weekday() != time.Saturday && t.Weekday() != time.Sunday:
		t = t.AddDate(0, 0, -7)
	}
	return match{end: k2, typ: model.TimexDate, value: point{t, granWeek}.value() + "-WE", anchor: point{t, granWeek}}, true
}

// thisPastOrComing reads the "past" of "this past week" and the "coming"
// of "this coming Sunday" at k: the direction and the index after.
func (c *tagCtx) thisPastOrComing(k int) (int, int) {
	if rel, ok := c.vocab.afterThis[c.lower(k)]; ok {
		return rel, k + 1
	}
	return 0, k
}

// timeWordAt reports whether word k starts a time of its own: a weekday,
// a month, "yesterday", "last ...".
func (c *tagCtx) timeWordAt(k int) bool {
	if _, _, _, ok := c.weekdayAt(k); ok {
		return true
	}
	if _, _, ok := c.monthAt(k); ok {
		return true
	}
	return c.vocab.timeOpeners[c.lower(k)]
}

// weekOf parses the date after "the week of" and returns the whole
// expression as that date's ISO week: "the week of March 6".
func (c *tagCtx) weekOf(k int) (match, bool) {
	for _, r := range []rule{(*tagCtx).ruleMonthDate, (*tagCtx).ruleDayMonth, (*tagCtx).ruleNumericDate} {
		if m, ok := r(c, k); ok && m.anchor.g == granDay {
			p := m.anchor.at(granWeek)
			return match{end: m.end, typ: model.TimexDate, value: p.value(), anchor: p}, true
		}
	}
	return match{}, false
}

// yearEnd is "year-end" ending before word end: the end of the current
// year.
func (c *tagCtx) yearEnd(end int) match {
	m := c.relMatch(end, granYear, 0)
	m.mod = model.ModEnd
	return m
}

// ruleOrdinalDay: "the second day" (of a fair), "his first day" (in
// office): a day counted from an event. In the present tense it is the
// reference date ("today is the fifth day of the fair"); otherwise an
// unknown day.
func (c *tagCtx) ruleOrdinalDay(j int) (match, bool) {
	k := j
	if c.is(k, "the") || c.has(k, classPossessive) {
		k++
	}
	if k > j && c.is(j, "the") && c.is(j-1, "on") {
		if m, ok := c.bareDayOfMonth(k); ok {
			return m, true
		}
	}
	o, ok := c.vocab.ordinals[c.lower(k)]
	if !ok || o > 10 || !c.is(k+1, "day") || c.is(k+2, "-") {
		return match{}, false
	}
	k += 2
	if c.hasRef && c.tense(j) == tensePresent {
		return dateMatch(k, dayPoint(c.ref)), true
	}
	return match{end: k, typ: model.TimexDate, value: "XXXX-XX-XX", unresolved: true}, true
}

// bareDayOfMonth reads "22nd" in "on the 22nd," as a day of the month
// last told, or of the reference month. Only before punctuation or "and":
// "on the 22nd floor" is no date.
func (c *tagCtx) bareDayOfMonth(k int) (match, bool) {
	if k >= len(c.words) || c.words[k].kind != kindMixed {
		return match{}, false
	}
	d, ok := c.ordinalDigits(c.words[k].lower)
	if !ok || d < 1 || d > 31 {
		return match{}, false
	}
	if n := k + 1; n < len(c.words) && c.words[n].kind != kindPunct && !c.is(n, "and") {
		return match{}, false
	}
	var month time.Time
	switch {
	case c.hasLast && (c.last.g == granMonth || c.last.g == granDay):
		month = c.last.t
	case c.hasRef:
		month = c.ref
	default:
		return match{end: k + 1, typ: model.TimexDate, value: fmt.Sprintf("XXXX-XX-%02d", d), unresolved: true}, true
	}
	if d > daysIn(month.Month(), month.Year()) {
		return match{}, false
	}
	r := dateMatch(k+1, dayPoint(day(month.Year(), month.Month(), d)))
	r.derived = true
	return r, true
}

// ruleRef: "now", "currently", "recently", "the past", "the future", "the
// near future", "these days", "just now", "soon".
func (c *tagCtx) ruleRef(j int) (match, bool) {
	l := c.lower(j)
	if c.has(j, classRefPairFirst) {
		if v, ok := c.vocab.refPairs[[2]string{l, c.lower(j + 1)}]; ok {
			return refMatch(j+2, v) // "these days"
		}
	}
	switch l {
	case "the":
		return c.theRef(j)
	case "future":
		if c.vocab.bareFutureOpeners[c.lower(j-1)] {
			return refMatch(j+1, "FUTURE_REF")
		}
		return match{}, false
	case "present":
		return match{}, false
	case "soon":
		// "will soon", "may soon": a future reference; "as soon as", "soon
		// after" and "was soon released" are not annotated.
		if c.vocab.notTimeBeforeSoon[c.lower(j-1)] || c.vocab.notTimeAfterSoon[c.lower(j+1)] {
			return match{}, false
		}
		if c.tense(j) != tenseFuture {
			return match{}, false
		}
		return refMatch(j+1, "FUTURE_REF")
	}
	v, ok := c.vocab.refWords[l]
	if !ok {
		return match{}, false
	}
	switch {
	case l == "now":
		if c.is(j+1, "-") && c.adjacent(j+1) {
			return match{}, false // "now-defunct"
		}
	case c.vocab.refAdjectives[l]:
		if c.pos(j) != "JJ" {
			return match{}, false
		}
		// "current account", "recent history": adjectives only before a
		// word that can hold a time.
		if c.vocab.notAfterCurrent[c.lower(j+1)] {
			return match{}, false
		}
	}
	return refMatch(j+1, v)
}

// refMatch is a reference to the present, past or future ending before
// end.
func refMatch(end int, v string) (match, bool) {
	return match{end: end, typ: model.TimexDate, value: v}, true
}

// theRef reads "the future", "the near future", "the long term", "the
// past", "(to) the present" at j.
func (c *tagCtx) theRef(j int) (match, bool) {
	switch {
	case c.is(j+1, "future"):
		return refMatch(j+2, "FUTURE_REF")
	case c.vocab.futureAdjectives[c.lower(j+1)] && c.is(j+2, "future"):
		return refMatch(j+3, "FUTURE_REF")
	case c.vocab.termAdjectives[c.lower(j+1)] && c.is(j+2, "term") && !c.is(j+3, "-"):
		if strings.HasPrefix(c.pos(j+3), "NN") {
			return match{}, false
		}
		return refMatch(j+3, "FUTURE_REF")
	case c.is(j+1, "past"):
		p := c.pos(j + 2)
		if j+2 < len(c.words) && c.words[j+2].kind != kindPunct && (strings.HasPrefix(p, "NN") || p == "JJ" || p == "CD" || p == "") {
			return match{}, false
		}
		return refMatch(j+2, "PAST_REF")
	case c.is(j+1, "present") && !strings.HasPrefix(c.pos(j+2), "NN"):
		if c.vocab.presentOpeners[c.lower(j-1)] {
			return refMatch(j+2, "PRESENT_REF")
		}
	}
	return match{}, false
}
