package timex

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/newsextract/newsextract/model"
)

// match is one parsed temporal expression: words [start, end).
type match struct {
	start, end int
	typ        string
	value      string
	mod        string
	unresolved bool
	// anchor is the calendar period of a DATE, for later relative
	// expressions; granNone when it has none.
	anchor point
	// derived is true when the value was computed from an earlier mention
	// ("a year earlier"): it must not become the anchor itself, or every
	// "a year earlier" would step one more year back.
	derived bool
	// trim is how many leading words the rule parsed but leaves outside
	// the span, as TimeBank and AQUAINT annotate: the "the" of "in the
	// weeks before the vote".
	trim int
}

// rule parses an expression starting exactly at word j.
type rule func(c *tagCtx, j int) (match, bool)

// timexRules are tried at every candidate word; the longest match wins,
// the earliest rule on a tie.
var timexRules = []rule{
	(*tagCtx).ruleMonthDate,
	(*tagCtx).ruleDayMonth,
	(*tagCtx).ruleNumericDate,
	(*tagCtx).ruleClock,
	(*tagCtx).ruleYear,
	(*tagCtx).ruleDecade,
	(*tagCtx).ruleCentury,
	(*tagCtx).ruleQuarter,
	(*tagCtx).ruleWeekday,
	(*tagCtx).ruleRelDay,
	(*tagCtx).ruleDetUnit,
	(*tagCtx).ruleSeason,
	(*tagCtx).ruleSet,
	(*tagCtx).ruleDuration,
	(*tagCtx).ruleRef,
	(*tagCtx).ruleHoliday,
	(*tagCtx).ruleOrdinalDay,
	(*tagCtx).ruleMidDay,
	(*tagCtx).ruleWhile,
	(*tagCtx).ruleTimesSet,
	(*tagCtx).ruleNextDay,
	(*tagCtx).ruleRangeEnd,
}

// shortYearAfter reports whether w is the two-digit year after y: the
// "97" of "1996/97" and of "1996-97".
func shortYearAfter(y int, w word) bool {
	return w.kind == kindDigits && len(w.lower) == 2 && w.num == (y+1)%100
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
	switch c.lower(j - 1) {
	case "and", "or", "to", "through", "until", "till":
	case "-":
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

// ruleTimesSet: "three times a year", "10 times a day": a count of times
// per unit, a set with its count inside, like "twice a month".
func (c *tagCtx) ruleTimesSet(j int) (match, bool) {
	_, vague, k, ok := c.number(j)
	if !ok || vague || c.lower(j) == "a" || c.lower(j) == "an" || !c.is(k, "times") {
		return match{}, false
	}
	return c.countSet(k + 1)
}

// countSet parses the set after a count, at k: "a month", "per day",
// "every week".
func (c *tagCtx) countSet(k int) (match, bool) {
	switch c.lower(k) {
	case "a", "an", "per":
		if u, plural, k2, ok := c.unitAt(k + 1); ok && !plural {
			return match{end: k2, typ: model.TimexSet, value: durValue(1, false, u)}, true
		}
	case "every", "each":
		if m, ok := c.ruleSet(k); ok {
			return match{end: m.end, typ: model.TimexSet, value: m.value}, true
		}
	}
	return match{}, false
}

// ruleWhile: "for a while", "for some time", "for quite some time": a
// length of time the text does not measure. Only after "for": "a while
// ago" and "some time next year" are other things.
func (c *tagCtx) ruleWhile(j int) (match, bool) {
	if !c.is(j-1, "for") {
		return match{}, false
	}
	k := j
	switch {
	case c.is(k, "a") && c.is(k+1, "while"):
		k += 2
	case c.is(k, "quite") && c.is(k+1, "some") && c.is(k+2, "time"):
		k += 3
	case c.is(k, "some") && c.is(k+1, "time"):
		k += 2
	default:
		return match{}, false
	}
	if c.is(k, "ago") || c.is(k, "-") {
		return match{}, false
	}
	return match{end: k, typ: model.TimexDuration, value: "PXX"}, true
}

// expressionAt parses the longest expression starting at word i, with its
// leading modifiers ("about", "more than", "early", "the end of").
func (c *tagCtx) expressionAt(i int) (match, bool) {
	j, qmod, inside := c.quantMod(i)
	trim := 0
	// "over an hour", "over a week" read as "more than" and keep "over";
	// before a number it is as often the preposition ("spread over three
	// years").
	if qmod != "" && !inside && !(c.is(i, "over") && (c.is(i+1, "a") || c.is(i+1, "an"))) {
		trim = j - i
	}
	k, pmod := c.posMod(j)
	m, ok := c.bestRuleAt(k)
	coreTrimmed := ok && m.start > k
	if !ok && k > i {
		// "the end of" may have eaten a word a rule needs.
		if m, ok = c.bestRuleAt(j); ok {
			pmod = ""
		} else if m, ok = c.bestRuleAt(i); ok {
			qmod, pmod, trim = "", "", 0
		}
	}
	if !ok {
		return m, false
	}
	if trim > 0 && c.is(i, "around") && (m.typ == model.TimexDate || m.typ == model.TimexTime) {
		if c.possessiveAt(m.end) {
			// "get around Monday's ruling": a preposition, not a modifier.
			qmod = ""
		} else {
			// "around Nov. 1", "around 7:15 p.m.": the corpora keep
			// "around" inside a point in time, outside an amount ("around
			// five hours").
			trim = 0
		}
	}
	if c.is(i, "over") && trim == 0 && qmod != "" && c.vocab.lengthNouns[c.lower(m.end-1)] {
		// "over a three-year period": the preposition, not "more than".
		trim, qmod = 1, ""
	}
	if trim > 0 && m.end > 0 && c.is(m.end-1, "ago") {
		// "almost two years ago", "about two years ago": both corpora keep
		// the modifier inside a point counted back from now.
		trim = 0
	}
	if !coreTrimmed {
		m.start = i + trim
	}
	// "the next year or so", "a week or so ago" (the durations' own rule
	// takes the latter).
	if c.is(m.end, "or") && c.is(m.end+1, "so") && (m.typ == model.TimexDate || m.typ == model.TimexDuration) {
		m.end += 2
		if m.mod == "" {
			m.mod = "APPROX"
		}
	}
	switch {
	case pmod != "":
		m.mod = pmod
	case qmod != "" && m.mod == "":
		m.mod = qmod
	}
	return m, true
}

// possessiveAt reports whether words k, k+1 are "'s": the expression
// before them modifies a noun ("get around Wednesday's ruling").
func (c *tagCtx) possessiveAt(k int) bool {
	return (c.is(k, "'") || c.is(k, "’")) && c.adjacent(k) && c.is(k+1, "s")
}

// bestRuleAt runs every rule at j and keeps the longest match.
func (c *tagCtx) bestRuleAt(j int) (match, bool) {
	var best match
	found := false
	if j >= len(c.words) {
		return best, false
	}
	for _, r := range timexRules {
		m, ok := r(c, j)
		if ok && m.end > j && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	best.start = j
	if found {
		best = c.trimDeterminer(best)
		if best.start == j && best.trim > 0 && j+best.trim < best.end {
			best.start += best.trim
		}
	}
	return best, found
}

// trimDeterminer leaves a leading determiner out of the span where the
// annotated corpora do: possessives always ("its fourth quarter"), and any
// determiner before a hyphenated modifier ("a third-quarter loss", "the
// 14-day waiting period"), whose determiner belongs to the noun after it.
func (c *tagCtx) trimDeterminer(m match) match {
	j := m.start
	switch c.lower(j) {
	case "its", "their", "his", "her", "our":
		m.start++
		return m
	case "the", "a", "an", "that", "this":
	default:
		return m
	}
	if m.end-j < 3 || c.is(j+1, "year") {
		return m
	}
	for k := j + 1; k < m.end; k++ {
		if c.is(k, "-") && c.adjacent(k) {
			if c.is(k+1, "quarter") || c.is(k+1, "half") || k+1 == m.end-1 && !c.is(k+1, "ago") && !c.is(k+1, "earlier") {
				m.start++
			}
			break
		}
	}
	return m
}

// quantMod parses "about", "more than", "at least" and kin before an
// amount (amount-modifiers.tsv). It returns i unchanged when there is none,
// and whether the annotated corpora keep the modifier inside the span.
func (c *tagCtx) quantMod(i int) (int, string, bool) {
	for _, m := range c.vocab.amountMods[c.lower(i)] {
		k := i + 1
		for _, w := range m.rest {
			if !c.is(k, w) {
				break
			}
			k++
		}
		if k-i-1 < len(m.rest) {
			continue
		}
		// "over", "under", "within" and kin only before an amount: "over
		// the weekend" is not "more than the weekend".
		if m.amount {
			if _, _, _, ok := c.number(k); !ok {
				continue
			}
		}
		return k, m.mod, m.inside
	}
	return i, "", false
}

// posMod parses "early", "mid-", "late", "the end of" and kin.
func (c *tagCtx) posMod(i int) (int, string) {
	k := i
	if c.is(k, "the") {
		k++
	}
	a := c.lower(k)
	mod := ""
	switch a {
	case "early":
		mod = "START"
	case "mid", "middle":
		mod = "MID"
	case "late":
		mod = "END"
	case "earlier":
		mod = "START"
	case "later":
		mod = "END"
	case "end", "beginning", "start", "close", "turn", "dawn":
		if a == "end" && c.is(k+1, "-") && c.adjacent(k+1) && c.adjacent(k+2) {
			return k + 2, "END" // "end-March", "end-2013"
		}
		if !c.is(k+1, "of") {
			return i, ""
		}
		switch a {
		case "end", "close":
			mod = "END"
		default:
			mod = "START"
		}
		if a == "middle" {
			mod = "MID"
		}
		return k + 2, mod
	default:
		return i, ""
	}
	if a == "middle" {
		if !c.is(k+1, "of") {
			return i, ""
		}
		return k + 2, mod
	}
	k++
	if c.is(k, "-") && c.adjacent(k) {
		k++
	}
	if (a == "earlier" || a == "later") && c.is(k, "in") && c.is(k+1, "the") {
		k++
	}
	if (a == "earlier" || a == "later") && k > 0 && c.is(i, "the") {
		return i, ""
	}
	return k, mod
}

// ---- word helpers ----

// monthAt parses a capitalized month name at j (with the period of an
// abbreviation) and returns the month and the index after it.
func (c *tagCtx) monthAt(j int) (time.Month, int, bool) {
	if j >= len(c.words) || c.words[j].kind != kindLetters || !c.words[j].capitalized {
		return 0, j, false
	}
	m, ok := c.vocab.months[c.words[j].lower]
	if !ok {
		return 0, j, false
	}
	k := j + 1
	if c.vocab.monthAbbrevs[c.words[j].lower] {
		if c.is(k, ".") && c.adjacent(k) {
			k++
		} else if _, _, ok := c.dayAt(k); !ok && !(k < len(c.words) && c.words[k].kind == kindDigits && len(c.words[k].lower) == 4) {
			// "Jan Kavan": an abbreviation without its period only before
			// a day or a year.
			return 0, j, false
		} else if len(c.text[c.words[j].start:c.words[j].end]) > 1 && c.text[c.words[j].start+1] >= 'A' && c.text[c.words[j].start+1] <= 'Z' {
			// "MAR", "DEC": upper-case abbreviations are often acronyms.
			return 0, j, false
		}
	}
	return m, k, true
}

// dayAt parses a day of the month: "24", "24th", "eighth".
func (c *tagCtx) dayAt(j int) (int, int, bool) {
	if j >= len(c.words) {
		return 0, j, false
	}
	w := c.words[j]
	switch w.kind {
	case kindDigits:
		if len(w.lower) > 2 || w.num < 1 || w.num > 31 {
			return 0, j, false
		}
		// "24.5", "24:00", "24%", "24-hour", "5/24"
		if n := c.lower(j + 1); c.adjacent(j + 1) {
			digitNext := j+2 < len(c.words) && c.words[j+2].kind == kindDigits && c.adjacent(j+2)
			switch n {
			case "-":
				// "March 21-22": the first day of a range of days.
				if !digitNext || c.words[j+2].num <= w.num || c.words[j+2].num > 31 || len(c.words[j+2].lower) > 2 || c.adjacent(j+3) && c.is(j+3, "-") {
					return 0, j, false
				}
			case "%", "/":
				return 0, j, false
			case ".", ":", ",":
				if digitNext {
					return 0, j, false
				}
			}
		}
		return w.num, j + 1, true
	case kindMixed:
		if d, ok := ordinalDigits(w.lower); ok && d >= 1 && d <= 31 {
			return d, j + 1, true
		}
	case kindLetters:
		if d, ok := c.vocab.ordinals[w.lower]; ok && d <= 31 {
			if d == 20 || d == 30 {
				if c.is(j+1, "-") {
					if d2, ok := c.vocab.ordinals[c.lower(j+2)]; ok && d2 < 10 {
						return d + d2, j + 3, true
					}
				}
			}
			return d, j + 1, true
		}
		if w.lower == "twenty" || w.lower == "thirty" {
			k := j + 1
			if c.is(k, "-") {
				k++
			}
			if d2, ok := c.vocab.ordinals[c.lower(k)]; ok && d2 < 10 {
				return c.vocab.numbers[w.lower] + d2, k + 1, true
			}
		}
	}
	return 0, j, false
}

// ordinalDigits parses "24th", "1st".
func ordinalDigits(s string) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	suf := s[len(s)-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return 0, false
	}
	n, err := strconv.Atoi(s[:len(s)-2])
	return n, err == nil
}

// yearAt parses a year: four digits from 1000 to 2199, or spelled
// ("nineteen ninety-six", "two thousand one").
func (c *tagCtx) yearAt(j int) (int, int, bool) {
	if j >= len(c.words) {
		return 0, j, false
	}
	w := c.words[j]
	if w.kind == kindDigits {
		if len(w.lower) != 4 || w.num < 1000 || w.num > 2199 {
			return 0, j, false
		}
		if j > 0 && c.adjacent(j) {
			switch c.lower(j - 1) {
			case "$", "#", ".", ",", "£", "€", ":", "/":
				return 0, j, false
			}
		}
		if c.adjacent(j + 1) {
			switch n := c.lower(j + 1); n {
			case "%", ":":
				return 0, j, false
			case ".", ",", "/":
				if j+2 < len(c.words) && c.words[j+2].kind == kindDigits && c.adjacent(j+2) && !(n == "/" && shortYearAfter(w.num, c.words[j+2])) {
					return 0, j, false
				}
			}
		}
		return w.num, j + 1, true
	}
	if w.kind != kindLetters {
		return 0, j, false
	}
	switch w.lower {
	case "nineteen", "eighteen", "twenty":
		hi := c.vocab.numbers[w.lower]
		lo, k, ok := c.smallNumber(j + 1)
		if !ok || lo < 10 || lo > 99 {
			return 0, j, false
		}
		return hi*100 + lo, k, true
	case "two":
		if c.is(j+1, "thousand") {
			k := j + 2
			if c.is(k, "and") {
				k++
			}
			if lo, k2, ok := c.smallNumber(k); ok && lo < 100 {
				return 2000 + lo, k2, true
			}
			return 2000, j + 2, true
		}
	}
	return 0, j, false
}

// smallNumber parses a spelled number below 100: "seven", "ninety-six",
// "twenty four".
func (c *tagCtx) smallNumber(j int) (int, int, bool) {
	n, ok := c.vocab.numbers[c.lower(j)]
	if !ok {
		return 0, j, false
	}
	k := j + 1
	if n >= 20 && n%10 == 0 {
		k2 := k
		if c.is(k2, "-") && c.adjacent(k2) {
			k2++
		}
		if u, ok := c.vocab.numbers[c.lower(k2)]; ok && u > 0 && u < 10 {
			return n + u, k2 + 1, true
		}
	}
	return n, k, true
}

// number parses an amount: "4", "2.5", "2 1/2", "four", "twenty four",
// "a hundred", "a", "several", "a few", "a couple of". vague is true for
// amounts without a number.
func (c *tagCtx) number(j int) (n float64, vague bool, k int, ok bool) {
	if j >= len(c.words) {
		return 0, false, j, false
	}
	w := c.words[j]
	switch w.kind {
	case kindDigits:
		if w.num < 0 || len(w.lower) > 6 {
			return 0, false, j, false
		}
		if j > 0 && c.adjacent(j) && (c.lower(j-1) == "$" || c.lower(j-1) == "." || c.lower(j-1) == ",") {
			return 0, false, j, false
		}
		n = float64(w.num)
		k = j + 1
		// 1,000
		for c.is(k, ",") && c.adjacent(k) && k+1 < len(c.words) && c.words[k+1].kind == kindDigits && len(c.words[k+1].lower) == 3 && c.adjacent(k+1) {
			n = n*1000 + float64(c.words[k+1].num)
			k += 2
		}
		// 2.5
		if c.is(k, ".") && c.adjacent(k) && k+1 < len(c.words) && c.words[k+1].kind == kindDigits && c.adjacent(k+1) && c.words[k+1].num >= 0 {
			f, err := strconv.ParseFloat(w.lower+"."+c.words[k+1].lower, 64)
			if err == nil {
				n = f
				k += 2
			}
		}
		// "3-1/2", as the wires write 3 1/2
		if k+4 < len(c.words) && c.is(k, "-") && c.adjacent(k) && c.words[k+1].kind == kindDigits && c.adjacent(k+1) && c.is(k+2, "/") && c.adjacent(k+2) && c.words[k+3].kind == kindDigits && c.adjacent(k+3) && c.words[k+3].num > c.words[k+1].num && c.words[k+1].num > 0 {
			n += float64(c.words[k+1].num) / float64(c.words[k+3].num)
			k += 4
		}
		// 2 1/2
		if k+2 < len(c.words) && c.words[k].kind == kindDigits && c.is(k+1, "/") && c.adjacent(k+1) && c.words[k+2].kind == kindDigits && c.adjacent(k+2) && c.words[k+2].num > c.words[k].num && c.words[k+2].num > 0 {
			n += float64(c.words[k].num) / float64(c.words[k+2].num)
			k += 3
		}
		return n, false, k, true
	case kindLetters:
	default:
		return 0, false, j, false
	}
	switch w.lower {
	case "a", "an":
		switch c.lower(j + 1) {
		case "few":
			return 0, true, j + 2, true
		case "couple":
			k = j + 2
			if c.is(k, "of") {
				k++
			}
			return 2, false, k, true
		case "dozen":
			return 12, false, j + 2, true
		case "half":
			return 0.5, false, j + 2, true
		case "hundred":
			return 100, false, j + 2, true
		case "thousand":
			return 1000, false, j + 2, true
		}
		return 1, false, j + 1, true
	case "several", "few", "many":
		return 0, true, j + 1, true
	case "couple":
		if c.is(j+1, "of") {
			return 2, false, j + 2, true
		}
	case "half":
		if c.is(j+1, "a") || c.is(j+1, "an") {
			return 0.5, false, j + 2, true
		}
	case "dozens", "hundreds", "thousands":
		if c.is(j+1, "of") {
			return 0, true, j + 2, true
		}
	}
	v, k, ok := c.smallNumber(j)
	if !ok {
		return 0, false, j, false
	}
	n = float64(v)
	if c.is(k, "hundred") {
		n *= 100
		k++
		if c.is(k, "and") {
			if v2, k2, ok := c.smallNumber(k + 1); ok {
				n += float64(v2)
				k = k2
			}
		} else if v2, k2, ok := c.smallNumber(k); ok {
			n += float64(v2)
			k = k2
		}
	}
	if c.is(k, "thousand") {
		n *= 1000
		k++
	}
	if c.is(k, "and") && c.is(k+1, "a") && c.is(k+2, "half") {
		n += 0.5
		k += 3
	} else if c.is(k, "-") && c.is(k+1, "and") && c.is(k+2, "-") && c.is(k+3, "a") && c.is(k+4, "-") && c.is(k+5, "half") && c.adjacent(k+5) {
		// "two-and-a-half years"
		n += 0.5
		k += 6
	}
	return n, false, k, true
}

// unitAt parses a unit word and reports whether it is plural.
func (c *tagCtx) unitAt(j int) (unit string, plural bool, k int, ok bool) {
	u, ok := c.vocab.units[c.lower(j)]
	if !ok {
		return "", false, j, false
	}
	return u.code, u.plural, j + 1, true
}

// weekdayAt parses a capitalized weekday.
func (c *tagCtx) weekdayAt(j int) (time.Weekday, bool, int, bool) {
	if j >= len(c.words) || !c.words[j].capitalized {
		return 0, false, j, false
	}
	d, ok := c.vocab.weekdays[c.words[j].lower]
	if !ok {
		return 0, false, j, false
	}
	// "Black Friday", "Good Friday", "Super Tuesday" name days of their own;
	// "Sunday Times" names a paper.
	if j > 0 && c.words[j-1].capitalized && c.vocab.weekdayNamers[c.words[j-1].lower] {
		return 0, false, j, false
	}
	if j+1 < len(c.words) && c.words[j+1].capitalized && c.vocab.weekdayNamed[c.words[j+1].lower] {
		return 0, false, j, false
	}
	return d.day, d.plural, j + 1, true
}

// partOfDayAt parses "morning", "night", and their kin.
func (c *tagCtx) partOfDayAt(j int) (string, int, bool) {
	p, ok := c.vocab.partsOfDay[c.lower(j)]
	return p, j + 1, ok
}

// isoWeekday is TimeML's weekday number: Monday 1 ... Sunday 7.
func isoWeekday(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}

// dayPoint is the day point of t.
func dayPoint(t time.Time) point { return point{t, granDay} }

// date returns a DATE match.
func dateMatch(end int, p point) match {
	return match{end: end, typ: model.TimexDate, value: p.value(), anchor: p}
}

// relMatch returns a DATE match anchored on ref: rel periods of g away, or
// an unresolved placeholder when there is no reference date.
func (c *tagCtx) relMatch(end int, g gran, rel int) match {
	if !c.hasRef {
		return match{end: end, typ: model.TimexDate, value: unresolvedValue(g), unresolved: true}
	}
	return dateMatch(end, point{c.ref, g}.shift(rel))
}

// ---- rules ----

// ruleMonthDate: "Aug. 20", "August 20, 2025", "Tuesday, Aug. 19",
// "July 1997", "June last year", "May".
func (c *tagCtx) ruleMonthDate(j int) (match, bool) {
	wd, hasWD, k := c.weekdayPrefix(j)
	m, k2, ok := c.monthAt(k)
	if !ok {
		return match{}, false
	}
	mk := k
	k = k2
	d, y := 0, 0
	relYear, hasRelYear := 0, false
	if dd, k3, ok := c.dayAt(k); ok && c.sameLine(k-1, k) {
		d, k = dd, k3
		k4 := k
		if c.is(k4, ",") {
			k4++
		}
		if yy, k5, ok := c.yearAt(k4); ok {
			y, k = yy, k5
		}
	} else {
		k4 := k
		if c.is(k4, ",") || c.is(k4, "of") {
			k4++
		}
		if yy, k5, ok := c.yearAt(k4); ok && c.sameLine(k-1, k4) {
			y, k = yy, k5
		} else {
			kr := k
			if c.is(kr, "of") {
				kr++ // "March of last year"
			}
			if rel, ok := relYearWord(c.lower(kr)); ok && c.is(kr+1, "year") {
				relYear, hasRelYear = rel, true
				k = kr + 2
			}
		}
	}
	if hasWD && d == 0 {
		return match{}, false
	}
	if d == 0 && y == 0 && !hasRelYear && !c.monthAloneOK(mk) {
		return match{}, false
	}
	switch {
	case y != 0 && d != 0:
		if d > daysIn(m, y) {
			return match{}, false
		}
		return dateMatch(k, dayPoint(day(y, m, d))), true
	case y != 0:
		return dateMatch(k, point{day(y, m, 1), granMonth}), true
	case hasRelYear:
		if !c.hasRef {
			return match{end: k, typ: model.TimexDate, value: fmt.Sprintf("XXXX-%02d", m), unresolved: true}, true
		}
		return dateMatch(k, point{day(c.ref.Year()+relYear, m, 1), granMonth}), true
	}
	if !c.hasRef {
		v := fmt.Sprintf("XXXX-%02d", m)
		if d != 0 {
			v += fmt.Sprintf("-%02d", d)
		}
		return match{end: k, typ: model.TimexDate, value: v, unresolved: true}, true
	}
	tense := c.tense(mk)
	if d != 0 {
		if d > 31 {
			return match{}, false
		}
		if hasWD {
			if yy, ok := yearOfWeekday(c.ref, m, d, wd); ok {
				return dateMatch(k, dayPoint(day(yy, m, d))), true
			}
		}
		yy := pickYear(c.ref, m, d, tense)
		if d > daysIn(m, yy) {
			return match{}, false
		}
		return dateMatch(k, dayPoint(day(yy, m, d))), true
	}
	return dateMatch(k, point{day(pickYear(c.ref, m, 0, tense), m, 1), granMonth}), true
}

// weekdayPrefix parses the weekday before a date at j, with its comma:
// "Tuesday, Aug. 19", "Thursday 21 March". k is where the date starts (j
// when there is no weekday).
func (c *tagCtx) weekdayPrefix(j int) (wd time.Weekday, ok bool, k int) {
	d, plural, k2, found := c.weekdayAt(j)
	if abbr, isAbbr := c.vocab.weekdayAbbrevs[c.lower(j)]; !found && isAbbr && c.words[j].capitalized {
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

func daysIn(m time.Month, y int) int {
	return day(y, m+1, 0).Day()
}

// relYearWord maps "last", "this", "next" to a year offset.
func relYearWord(s string) (int, bool) {
	switch s {
	case "last", "past", "previous":
		return -1, true
	case "this", "current":
		return 0, true
	case "next", "coming":
		return 1, true
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
	if l == "may" || l == "march" {
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
		if k := c.words[j-1].token; k >= 0 && c.doc.Sentences[c.doc.Tokens[k].Sent].First != k {
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

// ruleClock: "3 p.m.", "3 p.m. EDT", "15:00 GMT", "10:35 a.m. Tuesday",
// "noon Thursday", "4 o'clock".
func (c *tagCtx) ruleClock(j int) (match, bool) {
	h, mi := -1, 0
	k := j
	w := c.lower(j)
	if (w == "noon" || w == "midnight") && c.words[j].capitalized && !c.sentenceStartAt(j) {
		return match{}, false // "High Noon"
	}
	switch {
	case w == "noon" || w == "midday":
		h, k = 12, j+1
	case w == "midnight":
		h, k = 24, j+1
	case w == "12" && (c.is(j+1, "noon") || c.is(j+1, "midday") || c.is(j+1, "midnight")):
		// "12 noon", "12 midnight"
		h, k = 12, j+2
		if c.is(j+1, "midnight") {
			h = 24
		}
	case c.fourDigitClock(j) && (c.zoneAt(j+1) || c.is(j+1, "(") && c.wireClockAt(j+2)):
		// "1900 GMT", "0735 GMT", "1415 local time", "1600 (1500 GMT)":
		// the wire services' 24-hour clock, told from a year by the zone
		// after it or by the zoned clock in brackets.
		h, mi, k = c.words[j].num/100, c.words[j].num%100, j+1
	case j < len(c.words) && c.words[j].kind == kindMixed && gluedMeridiemOK(w):
		// "10am", "3pm": the web's clock, written without a space.
		n, pm := gluedMeridiem(w)
		if n < 1 || n > 12 {
			return match{}, false
		}
		h, k = to24(n, pm), j+1
	case j+2 < len(c.words) && c.words[j].kind == kindDigits && len(w) <= 2 && c.is(j+1, ".") && c.adjacent(j+1) && c.adjacent(j+2) && c.words[j+2].kind == kindMixed && len(c.words[j+2].lower) == 4 && gluedMeridiemOK(c.words[j+2].lower):
		// "10.30am"
		n, pm := gluedMeridiem(c.words[j+2].lower)
		h, mi, k = c.words[j].num, n, j+3
		if h < 1 || h > 12 || mi > 59 {
			return match{}, false
		}
		h = to24(h, pm)
	case j < len(c.words) && c.words[j].kind == kindDigits && len(w) <= 2:
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
				return match{}, false
			}
			h, k = to24(h, pm), k2
		case c.is(k, "o") && c.is(k+1, "'") && c.is(k+2, "clock"):
			k += 3
		case colon && c.zoneAt(k):
			// 15:00 GMT
		case !colon && k == j+3 && c.zoneAt(k) && len(c.words[j+2].lower) == 2:
			// "07.00 GMT": Reuters writes the 24-hour clock with a dot.
		case colon && h <= 24 && c.vocab.clockOpeners[c.lower(j-1)]:
		case c.is(k, "in") && c.is(k+1, "the") && (c.is(k+2, "morning") || c.is(k+2, "afternoon") || c.is(k+2, "evening")):
			if h < 1 || h > 12 {
				return match{}, false
			}
			if !c.is(k+2, "morning") && h < 12 {
				h += 12
			}
			k += 3
		default:
			return match{}, false
		}
		if h > 24 || mi > 59 {
			return match{}, false
		}
	default:
		return match{}, false
	}
	k = c.zoneEnd(k)
	// A day after the time: "10 p.m. Wednesday", "5 p.m. EST Nov. 9",
	// "noon yesterday" join the span; "8 p.m. on Tuesday" gives its date
	// and stays apart, since a preposition starts no expression.
	dayVal := ""
	unresolved := !c.hasRef
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
	if !ok && join && (c.is(k2, "today") || c.is(k2, "yesterday") || c.is(k2, "tomorrow")) {
		day, ok = c.ruleRelDay(k2)
	}
	if ok {
		dayVal, unresolved = day.value, day.unresolved
		if join {
			k = day.end
		}
	}
	if dayVal == "" {
		switch {
		case c.hasLast && c.last.g == granDay && c.lastSentSame(j):
			dayVal = c.last.value()
			unresolved = false
		case c.hasRef:
			dayVal = c.ref.Format("2006-01-02")
		default:
			dayVal = "XXXX-XX-XX"
		}
	}
	return match{end: k, typ: model.TimexTime, value: fmt.Sprintf("%sT%02d:%02d", dayVal, h, mi), unresolved: unresolved}, true
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
	l := c.lower(k)
	switch l {
	case "am", "pm":
		return k + 1, l == "pm", true
	case "a", "p":
		if c.is(k+1, ".") && c.adjacent(k+1) && c.is(k+2, "m") && c.adjacent(k+2) {
			e := k + 3
			if c.is(e, ".") && c.adjacent(e) && !c.sentenceFinalDot(e) {
				e++
			}
			return e, l == "p", true
		}
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
	case c.vocab.zoneRegions[c.words[k].lower] && capital && (c.is(k+1, "standard") || c.is(k+1, "daylight") || c.is(k+1, "summer")) && c.is(k+2, "time"):
		return k + 3
	}
	return k
}

// lastSentSame reports whether the last DATE anchor was emitted in the
// sentence of word j.
func (c *tagCtx) lastSentSame(j int) bool {
	return c.lastSent >= 0 && c.sentOf(j) == c.lastSent
}

// sentOf returns the sentence index of word j, or -1.
func (c *tagCtx) sentOf(j int) int {
	if j < 0 || j >= len(c.words) || c.words[j].token < 0 {
		return -1
	}
	return c.doc.Tokens[c.words[j].token].Sent
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
	case c.is(k, "fiscal") || c.is(k, "financial"):
		// "fiscal 1989", "fiscal year 1990"
		k++
		if c.is(k, "year") {
			k++
		}
	case c.is(k, "the") || c.is(k, "its"):
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
	switch {
	case c.is(k, "or") && (c.is(k+1, "later") || c.is(k+1, "after")):
		m.end, m.mod = k+2, "ON_OR_AFTER"
	case c.is(k, "and") && c.is(k+1, "beyond"):
		m.end, m.mod = k+2, "ON_OR_AFTER"
	case c.is(k, "or") && (c.is(k+1, "earlier") || c.is(k+1, "before")):
		m.end, m.mod = k+2, "ON_OR_BEFORE"
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
	case w.kind == kindLetters && c.vocab.decades[w.lower] > 0 && (hasThe || c.is(k-1, "-") || c.is(k-1, "early") || c.is(k-1, "late")):
		dec = 190 + c.vocab.decades[w.lower]
	}
	if dec >= 0 && !hasThe {
		// "in their mid-twenties", "in his early 40s": an age.
		b := j - 1
		for b >= 0 && (c.is(b, "-") || c.is(b, "mid") || c.is(b, "early") || c.is(b, "late")) {
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
	if rel, ok := relYearWord(c.lower(k)); ok && c.is(k+1, "century") {
		if c.is(k, "past") && !c.is(j, "the") {
			return match{}, false
		}
		return c.relMatch(k+2, granCentury, rel), true
	}
	n := 0
	if k < len(c.words) && c.words[k].kind == kindMixed {
		if d, ok := ordinalDigits(c.words[k].lower); ok {
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

// ruleQuarter: "the third quarter", "third-quarter", "the fiscal first
// quarter", "the fourth quarter of 1990", "the latest quarter", "the
// year-ago quarter", "the first half".
func (c *tagCtx) ruleQuarter(j int) (match, bool) {
	k := j
	det := ""
	switch c.lower(k) {
	case "the", "its", "this", "last", "next", "that", "a", "their":
		det = c.lower(k)
		k++
	}
	// "this year's third quarter", "last year's quarter"
	yearRel, hasYearRel := 0, false
	if rel, ok := relYearWord(det); ok && c.is(k, "year") && c.is(k+1, "'") && c.is(k+2, "s") {
		yearRel, hasYearRel = rel, true
		k += 3
		det = "the"
	}
	year := 0
	yearAgo := false
	latest := false
	current := false
	compar := false
	for n := 0; n < 4; n++ {
		l := c.lower(k)
		role := c.vocab.quarterMods[l]
		switch {
		case role == quarterKind || role == quarterSame:
			compar = compar || role == quarterSame
			k++
			continue
		case role == quarterLatest:
			latest = true
			k++
			continue
		case role == quarterCurrent:
			current = true
			k++
			continue
		case l == "year" && c.is(k+1, "-") && (c.is(k+2, "ago") || c.is(k+2, "earlier")):
			yearAgo = true
			k += 3
			continue
		case l == "year" && (c.is(k+1, "ago") || c.is(k+1, "earlier")) && det != "" && det != "a":
			yearAgo = true
			k += 2
			continue
		}
		if y, k2, ok := c.yearAt(k); ok && det != "" {
			year = y
			k = k2
			continue
		}
		break
	}
	q := 0
	half := 0
	qToken := false
	if l := c.lower(k); len(l) == 2 && l[0] == 'q' && l[1] >= '1' && l[1] <= '4' && c.text[c.words[k].start] == 'Q' {
		// "Q4", "Q4 2012", "the Q1 results": the financial press's
		// shorthand for the quarter.
		q, qToken = int(l[1]-'0'), true
		k++
	} else if (l == "h1" || l == "h2") && c.text[c.words[k].start] == 'H' && k+1 < len(c.words) && c.words[k+1].kind == kindDigits {
		// "H1 2013": the half year, written like "Q4 2012".
		half, qToken = int(l[1]-'0'), true
		k++
	} else if o, ok := c.vocab.ordinals[c.lower(k)]; ok && o <= 4 {
		q = o
		k++
	} else if k < len(c.words) && c.words[k].kind == kindMixed {
		if o, ok := ordinalDigits(c.words[k].lower); ok && o <= 4 {
			q = o
			k++
		}
	} else if c.is(k, "last") && det == "the" {
		q = -1
		k++
	}
	if c.is(k, "fiscal") {
		k++
	}
	if q != 0 && !qToken && c.is(k, "-") && c.adjacent(k) {
		k++
	}
	switch c.lower(k) {
	case "quarter":
		if qToken {
			return match{}, false
		}
		if c.is(k+1, "-") && c.adjacent(k+1) {
			return match{}, false // "a quarter-century low"
		}
		k++
	case "half":
		if q == 0 || q > 2 {
			return match{}, false
		}
		half = q
		if q == -1 {
			half = 2
		}
		k++
	case "period":
		// "the year-ago period", "the corresponding period last year"
		if det != "the" || q != 0 || !(latest || yearAgo || year != 0 || compar && c.yearAgoAt(k+1) > 0) {
			return match{}, false
		}
		k++
	default:
		if yearAgo && q == 0 && det == "" || qToken {
			// "year-earlier" alone before a noun; "Q4" needs no noun.
			break
		}
		return match{}, false
	}
	if q == -1 && half == 0 {
		return match{}, false
	}
	if q == 0 && half == 0 && det == "" && !yearAgo {
		return match{}, false
	}
	if q == 0 && half == 0 && (det == "a" || det == "") && !yearAgo {
		return match{}, false
	}
	// "of 1990", "of this year", "of last year"
	if c.is(k, "of") || c.is(k, ",") {
		if y, k2, ok := c.yearAt(k + 1); ok {
			year, k = y, k2
		} else if rel, ok := relYearWord(c.lower(k + 1)); ok && c.is(k+2, "year") && c.is(k, "of") {
			yearRel, hasYearRel = rel, true
			k += 3
		} else if c.is(k, "of") && c.is(k+1, "the") && c.is(k+2, "year") && !c.is(k+3, "-") && !c.is(k+3, "'") {
			// "the first half of the year": the year the story is in.
			k += 3
			if c.hasLast && c.last.g >= granYear {
				year = c.last.t.Year()
			}
		}
	} else if y, k2, ok := c.yearAt(k); ok && c.words[k].kind == kindDigits {
		year, k = y, k2
	} else if n := c.yearAgoAt(k); n > 0 && det == "the" && year == 0 && !hasYearRel {
		// "the quarter a year ago", "the corresponding period last year"
		yearAgo = true
		k += n
	}
	if half > 0 && c.is(k, "of") {
		// "the last half of the '80s"
		if m, ok := c.ruleDecade(k + 1); ok {
			m.mod = map[int]string{1: "START", 2: "END"}[half]
			return m, true
		}
	}
	if year == 0 && !hasYearRel && !yearAgo && (q > 0 || half > 0) && c.sportsSentence(j) {
		return match{}, false // "scored in the second half": a game's, not a year's
	}
	if !c.hasRef && year == 0 {
		v := "XXXX-QX"
		if q > 0 {
			v = fmt.Sprintf("XXXX-Q%d", q)
		}
		if half > 0 {
			v = fmt.Sprintf("XXXX-H%d", half)
		}
		return match{end: k, typ: model.TimexDate, value: v, unresolved: true}, true
	}
	if half > 0 {
		if year == 0 {
			year = c.ref.Year()
			if hasYearRel {
				year += yearRel
			}
		}
		return match{end: k, typ: model.TimexDate, value: fmt.Sprintf("%04d-H%d", year, half)}, true
	}
	var p point
	switch {
	case q > 0 && year != 0:
		p = point{day(year, time.Month(3*q-2), 1), granQuarter}
	case q > 0 && hasYearRel:
		p = point{day(c.ref.Year()+yearRel, time.Month(3*q-2), 1), granQuarter}
	case q > 0:
		y := pickQuarter(c.ref, q, c.tense(j))
		if yearAgo {
			y--
		}
		if det == "last" && y == c.ref.Year() && q >= (int(c.ref.Month())-1)/3+1 {
			y--
		}
		p = point{day(y, time.Month(3*q-2), 1), granQuarter}
	case yearAgo:
		p = c.quarterContext().shift(-4)
		if hasYearRel {
			p = point{day(c.ref.Year()+yearRel, p.t.Month(), 1), granQuarter}
		}
		m := dateMatch(k, p)
		m.derived = true
		return m, true
	case year != 0:
		p = point{day(year, 1, 1), granYear}
		if c.hasLastQuarter {
			p = point{day(year, c.lastQuarter.t.Month(), 1), granQuarter}
		}
	case current || det == "this":
		p = point{c.ref, granQuarter}
	case det == "last":
		p = point{c.ref, granQuarter}.shift(-1)
	case det == "next":
		p = point{c.ref, granQuarter}.shift(1)
	case hasYearRel:
		p = c.quarterContext()
		p = point{day(c.ref.Year()+yearRel, p.t.Month(), 1), granQuarter}
	default:
		_ = latest
		p = c.quarterContext()
	}
	return dateMatch(k, p), true
}

// yearAgoAt returns the length of "a year ago", "a year earlier" or "last
// year" at word k, or 0.
func (c *tagCtx) yearAgoAt(k int) int {
	switch {
	case c.is(k, "a") && c.is(k+1, "year") && (c.is(k+2, "ago") || c.is(k+2, "earlier")):
		return 3
	case c.is(k, "last") && c.is(k+1, "year") && !c.possessiveAt(k+2):
		return 2
	}
	return 0
}

// quarterContext is the quarter a financial story is about: the last one
// mentioned, else the one before the reference date's.
func (c *tagCtx) quarterContext() point {
	if c.hasLastQuarter {
		return c.lastQuarter
	}
	return point{c.ref, granQuarter}.shift(-1)
}

// ruleWeekday: "Tuesday", "last Friday", "this coming Sunday", "Wednesday
// night", "Tuesdays".
func (c *tagCtx) ruleWeekday(j int) (match, bool) {
	k := j
	rel := 0
	switch c.lower(k) {
	case "last", "past", "previous":
		rel = -1
		k++
	case "next", "coming", "following":
		rel = 1
		k++
	case "this":
		k++
		rel, k = c.thisPastOrComing(k)
	case "the":
		if c.is(k+1, "previous") {
			rel, k = -1, k+2
		} else if c.is(k+1, "following") || c.is(k+1, "next") {
			rel, k = 1, k+2
		} else {
			return match{}, false
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
		if w.kind == kindDigits || w.lower == ":" || w.lower == "." || w.lower == "," || w.lower == "a" || w.lower == "p" || w.lower == "m" ||
			w.lower == "am" || w.lower == "pm" || w.lower == "noon" || w.lower == "midnight" || c.vocab.zones[w.lower] {
			i--
			continue
		}
		break
	}
	switch c.lower(i) {
	case "until", "till", "til":
		// "Until Thursday, they had not..." opens a sentence about the past.
		return !c.sentenceStartAt(i)
	case "as":
		return c.is(i-1, "soon") || c.is(i-1, "early") || c.is(i-1, "late")
	}
	return false
}

// ruleRelDay: "yesterday", "today", "tomorrow", "tonight", "yesterday
// morning", "the day before yesterday".
func (c *tagCtx) ruleRelDay(j int) (match, bool) {
	k := j
	off := 0
	part := ""
	switch c.lower(k) {
	case "yesterday":
		off = -1
	case "today":
		if c.possessiveAt(k+1) && c.genericTodayAt(k+3) {
			return match{}, false // "today's youth": the present age, not a day
		}
	case "tomorrow":
		off = 1
	case "tonight":
		part = "NI"
	case "the":
		if c.is(k+1, "day") && c.is(k+2, "before") && c.is(k+3, "yesterday") {
			off, k = -2, k+3
		} else if c.is(k+1, "day") && c.is(k+2, "after") && c.is(k+3, "tomorrow") {
			off, k = 2, k+3
		} else {
			return match{}, false
		}
	default:
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

// genericTodayAt reports whether the words from k name people or things of
// the present age ("today's young people", "today's personal computers"),
// which makes "today's" mean nowadays.
func (c *tagCtx) genericTodayAt(k int) bool {
	for ; k < len(c.words) && c.words[k].kind == kindLetters && strings.HasPrefix(c.pos(k), "JJ"); k++ {
	}
	return c.vocab.genericTodayNouns[c.lower(k)]
}

// ruleDetUnit: "last week", "this year", "next month", "the weekend",
// "this morning", "last night", "last April", "the following year",
// "year-end".
func (c *tagCtx) ruleDetUnit(j int) (match, bool) {
	k := j
	hasThe := false
	if c.is(k, "the") {
		hasThe = true
		k++
	}
	det := c.lower(k)
	rel, fromLast := 0, false
	switch det {
	case "this", "current", "present":
		k++
		rel, k = c.thisPastOrComing(k)
	case "last", "past", "previous", "latest":
		rel = -1
		k++
	case "prior", "preceding":
		// "the prior year", "the preceding day": HeidelTime and SUTime read
		// them as "previous"; without "the" they are adjectives ("prior
		// approval").
		if !hasThe {
			return match{}, false
		}
		rel = -1
		k++
	case "next", "coming":
		rel = 1
		k++
	case "following":
		rel, fromLast = 1, true
		k++
	case "that", "same":
		fromLast = true
		k++
		if det == "that" && c.is(k, "same") {
			det = "same" // "that same day"
			k++
		}
	case "full", "entire", "whole":
		if !hasThe || !c.is(k+1, "year") {
			return match{}, false
		}
		k++
		det = "full"
	case "year":
		// "year-end", "year end", "year's end"
		if c.is(k+1, "-") && c.is(k+2, "end") {
			return c.yearEnd(k+3, hasThe), true
		}
		if c.is(k+1, "end") && !hasThe {
			return c.yearEnd(k+2, false), true
		}
		if c.is(k+1, "'") && c.is(k+2, "s") && c.is(k+3, "end") {
			return c.yearEnd(k+4, hasThe), true
		}
		if !hasThe {
			return match{}, false
		}
		det = "the"
	default:
		if !hasThe {
			return match{}, false
		}
		det = "the"
	}
	if det == "this" && hasThe || det == "that" && hasThe {
		return match{}, false
	}
	if (c.is(k, "fiscal") || c.is(k, "financial")) && (c.is(k+1, "year") || c.is(k+1, "quarter")) {
		k++
	}
	l := c.lower(k)
	// "last April", "this September"
	if m, k2, ok := c.monthAt(k); ok && det != "the" && !fromLast {
		if _, _, ok := c.dayAt(k2); ok {
			return match{}, false // "last Oct. 23": the date alone
		}
		if !c.hasRef {
			return match{end: k2, typ: model.TimexDate, value: fmt.Sprintf("XXXX-%02d", m), unresolved: true}, true
		}
		// "last February" written in March is a year back: the month
		// just gone would be "last month".
		y := c.ref.Year()
		switch {
		case rel < 0 && m >= c.ref.Month()-1:
			y--
		case rel > 0 && m <= c.ref.Month()+1:
			y++
		}
		return dateMatch(k2, point{day(y, m, 1), granMonth}), true
	}
	// "last fall", "this summer"
	if s, ok := c.vocab.seasons[l]; ok {
		if det == "the" {
			return match{}, false // ruleSeason
		}
		if !c.hasRef {
			return match{end: k + 1, typ: model.TimexDate, value: "XXXX-" + s, unresolved: true}, true
		}
		y := c.ref.Year()
		cur := seasonOf(c.ref)
		switch {
		case rel < 0 && seasonIndex(s) >= seasonIndex(cur):
			y--
		case rel > 0 && seasonIndex(s) <= seasonIndex(cur):
			y++
		}
		return match{end: k + 1, typ: model.TimexDate, value: fmt.Sprintf("%04d-%s", y, s)}, true
	}
	// "this morning", "last night"
	if p, ok := c.vocab.partsOfDay[l]; ok && !strings.HasSuffix(l, "s") {
		if fromLast && det == "same" {
			return match{}, false
		}
		off := 0
		switch {
		case rel < 0 && p == "NI":
			off = -1
		case rel < 0:
			return match{}, false
		case rel > 0:
			off = 1
		case det == "the":
			if !(c.is(j-1, "in") || c.is(j-1, "during")) || c.is(k+1, "of") {
				return match{}, false
			}
		}
		if hasThe && det == "next" && c.hasLast && c.last.g == granDay {
			fromLast = true // "the next morning": after the day last told
		}
		if fromLast {
			if !c.hasLast || c.last.g != granDay {
				return match{}, false
			}
			return match{end: k + 1, typ: model.TimexTime, value: c.last.shift(rel).value() + "T" + p, derived: true}, true
		}
		m := c.relMatch(k+1, granDay, off)
		m.typ = model.TimexTime
		m.value += "T" + p
		return m, true
	}
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
		if det == "the" && (c.is(k2, "after") || c.is(k2, "before")) && !c.is(j-1, "of") && !c.is(j-1, "in") {
			// "the day after his death", "the day before the vote": a day
			// next to an event, the guidelines' "the day (after)". Not
			// "later in the day before ...", nor "the day before last
			// Tuesday", which is one expression for the other rules.
			if c.timeWordAt(k2 + 1) {
				return match{}, false
			}
			if c.is(j-1, ",") && c.prevEnd == j-1 && c.hasLast && c.last.g == granDay {
				// "Oct. 12, the day before the plunge": the same day.
				return match{end: k2, typ: model.TimexDate, value: c.last.value(), derived: true}, true
			}
			if c.hasLast && c.last.g == granDay {
				shift := 1
				if c.is(k2, "before") {
					shift = -1
				}
				return match{end: k2, typ: model.TimexDate, value: c.last.shift(shift).value(), derived: true}, true
			}
			return match{end: k2, typ: model.TimexDate, value: "XXXX-XX-XX", derived: true, unresolved: true}, true
		}
		if hasThe && (det == "previous" || det == "prior" || det == "preceding") {
			// "the previous day", "the prior day": the day before the
			// one last told, as "the following day" is the day after.
			fromLast = true
		}
		if hasThe && det == "next" {
			fromLast = true // "the next day": after the day last told
		}
		if !fromLast {
			return match{}, false
		}
		switch {
		case c.hasLast && c.last.g == granDay:
			return dateMatch(k2, c.last.shift(rel)), true
		case c.hasLast && c.last.g == granMonth && det == "same":
			// "that same day" after "in October": a day of that month.
			return match{end: k2, typ: model.TimexDate, value: c.last.value() + "-XX", derived: true}, true
		}
		if !hasThe && det != "same" {
			return match{}, false // "that day" alone may be any day
		}
		// "the next day" with no day told before it is still a day of
		// the story, one that the text does not fix.
		return match{end: k2, typ: model.TimexDate, value: "XXXX-XX-XX", derived: true, unresolved: true}, true
	case "WE":
		if !c.hasRef {
			return match{end: k2, typ: model.TimexDate, value: "XXXX-WXX-WE", unresolved: true}, true
		}
		t := c.ref
		switch {
		case rel != 0:
			t = t.AddDate(0, 0, 7*rel)
		case det == "the" && c.tense(k) == tensePast && t.Weekday() != time.Saturday && t.Weekday() != time.Sunday:
			t = t.AddDate(0, 0, -7)
		}
		return match{end: k2, typ: model.TimexDate, value: point{t, granWeek}.value() + "-WE", anchor: point{t, granWeek}}, true
	case "S", "MIN", "H", "FN":
		return match{}, false
	}
	if g == granNone {
		return match{}, false
	}
	if det == "the" {
		// "the year", "the week", "the month": the current one; "for the
		// year" is a length of time.
		if (u == "DE" || u == "CE") && c.is(j-1, "of") && c.vocab.periodParts[c.lower(j-2)] && !c.is(k2, "of") && !c.is(k2, "-") {
			// "the end of the decade": the current one; the words before
			// it set the mod.
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
		if c.is(k2, "-") || c.is(k2, "'") || c.is(k2, "of") || c.is(k2, "before") || c.is(k2, "after") || c.is(k2, "in") || c.is(k2, "when") || c.is(k2, "that") {
			return match{}, false
		}
		if n := c.pos(k2); strings.HasPrefix(n, "NN") {
			return match{}, false
		}
		switch c.lower(j - 1) {
		case "for", "during", "throughout", "over":
			return match{end: k2, typ: model.TimexDuration, value: durValue(1, false, u)}, true
		}
		if c.hasLast && c.last.g == g {
			return dateMatch(k2, c.last), true
		}
	}
	if fromLast {
		if !c.hasLast || c.last.g < g {
			if !c.hasRef {
				return match{end: k2, typ: model.TimexDate, value: unresolvedValue(g), unresolved: true}, true
			}
			return dateMatch(k2, point{c.ref, g}.shift(rel)), true
		}
		return dateMatch(k2, c.last.at(g).shift(rel)), true
	}
	return c.relMatch(k2, g, rel), true
}

// thisPastOrComing reads the "past" of "this past week" and the "coming"
// of "this coming Sunday" at k: the direction and the index after.
func (c *tagCtx) thisPastOrComing(k int) (int, int) {
	switch {
	case c.is(k, "past"):
		return -1, k + 1
	case c.is(k, "coming"):
		return 1, k + 1
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
	switch c.lower(k) {
	case "yesterday", "today", "tomorrow", "last", "next", "this":
		return true
	}
	return false
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

// yearEnd is "year-end": the end of the current year.
func (c *tagCtx) yearEnd(end int, _ bool) match {
	m := c.relMatch(end, granYear, 0)
	m.mod = "END"
	return m
}

func seasonOf(t time.Time) string {
	switch t.Month() {
	case 3, 4, 5:
		return "SP"
	case 6, 7, 8:
		return "SU"
	case 9, 10, 11:
		return "FA"
	}
	return "WI"
}

// seasonIndex orders the season codes within a year, winter first.
func seasonIndex(s string) int {
	switch s {
	case "SP":
		return 1
	case "SU":
		return 2
	case "FA":
		return 3
	}
	return 0
}

// ruleSeason: "the summer", "spring 2025", "the winter of 1994", "in spring".
func (c *tagCtx) ruleSeason(j int) (match, bool) {
	k := j
	hasThe := c.is(k, "the")
	if hasThe {
		k++
	}
	s, ok := c.vocab.seasons[c.lower(k)]
	if !ok {
		return match{}, false
	}
	sk := k
	k++
	if c.is(k, "of") || c.is(k, ",") {
		if y, k2, ok := c.yearAt(k + 1); ok {
			return match{end: k2, typ: model.TimexDate, value: fmt.Sprintf("%04d-%s", y, s)}, true
		}
	}
	if y, k2, ok := c.yearAt(k); ok {
		return match{end: k2, typ: model.TimexDate, value: fmt.Sprintf("%04d-%s", y, s)}, true
	}
	// A bare season must read as a time: "in spring", "the summer", not
	// "a hot spring" or "spring water"; and a capitalized one inside a
	// sentence is a name: "The Fall of Rome", "the Arab Spring".
	if c.words[sk].capitalized && !c.sentenceStartAt(sk) {
		return match{}, false
	}
	if !hasThe && !c.vocab.seasonCues[c.lower(j-1)] {
		return match{}, false
	}
	if n := c.pos(k); strings.HasPrefix(n, "NN") || c.is(k, "-") {
		return match{}, false
	}
	if s == "FA" && hasThe && (c.is(k, "in") || c.is(k, "of") || c.is(k, "from") || c.is(k, "to")) {
		return match{}, false // "the fall in prices": a drop, not autumn
	}
	if !c.hasRef {
		return match{end: k, typ: model.TimexDate, value: "XXXX-" + s, unresolved: true}, true
	}
	y := pickSeason(c.ref, s, c.tense(sk))
	return match{end: k, typ: model.TimexDate, value: fmt.Sprintf("%04d-%s", y, s)}, true
}

// ruleDuration: "four hours", "the past two years", "a three-day visit",
// "two years ago", "a year earlier", "the next few days", "recent years",
// "10 years".
func (c *tagCtx) ruleDuration(j int) (match, bool) {
	if c.is(j, "a") && j+1 < len(c.words) && (c.words[j+1].kind == kindDigits || c.vocab.numbers[c.lower(j+1)] > 0) {
		// "a three-year period": the article belongs to the span when a
		// noun of time follows the modifier.
		if m, ok := c.ruleDuration(j + 1); ok && m.end-1 > j+1 && c.vocab.lengthNouns[c.lower(m.end-1)] {
			return m, true
		}
	}
	if m, ok := c.quarterCentury(j); ok {
		return m, true
	}
	if u, ok := c.vocab.oneWordLengths[c.lower(j)]; ok {
		// "a weeklong visit", "a yearlong inquiry"
		return match{end: j + 1, typ: model.TimexDuration, value: durValue(1, false, u)}, true
	}
	k := j
	hasThe := false
	if c.is(k, "the") || c.is(k, "its") {
		hasThe = true
		k++
	}
	det := ""
	if _, ok := c.vocab.amountOpeners[c.lower(k)]; ok {
		det = c.lower(k)
		k++
	}
	// "the year-earlier nine months"
	if hasThe && c.is(k, "year") && c.is(k+1, "-") && (c.is(k+2, "earlier") || c.is(k+2, "ago")) {
		k += 3
	}
	n, vague, k2, hasNum := c.number(k)
	if hasNum && (c.lower(k) == "a" || c.lower(k) == "an") && (hasThe || det != "") {
		hasNum = false
	}
	// "the 2016 quarters", "our 2017 weeks": after a determiner, a year
	// before the unit names it, unless the unit is years ("the past 2000
	// years"); "1500 hours of work" is an amount.
	yearCount := hasNum && k2 == k+1 && c.words[k].kind == kindDigits && len(c.words[k].lower) == 4 && n >= 1000 && n < 2200 && c.vocab.yearDeterminers[c.lower(k-1)]
	if hasNum {
		k = k2
		// "two to three weeks", "12 to 18 months", "12-18 months": one
		// expression valued by its lower bound.
		if !vague && (c.is(k, "to") || c.is(k, "-") && c.adjacent(k) && c.adjacent(k+1)) {
			if n2, vague2, k4, ok := c.number(k + 1); ok && !vague2 && n2 > n && c.lower(k+1) != "a" && c.lower(k+1) != "an" {
				if _, _, _, ok := c.unitAt(k4); ok {
					k = k4
				}
			}
		}
		if c.vocab.amountFillers[c.lower(k)] {
			k++
		}
	}
	// "five-year", "several-year"
	if hasNum && c.is(k, "-") && c.adjacent(k) {
		u, plural, k3, ok := c.unitAt(k + 1)
		if !ok || plural || !c.adjacent(k+1) {
			return match{}, false
		}
		if c.is(k3, "-") && c.is(k3+1, "old") {
			return match{}, false // an age: "a 44-year-old protester"
		}
		if c.is(k3, "-") && c.is(k3+1, "long") {
			k3 += 2
		}
		if c.vocab.lengthNouns[c.lower(k3)] && j > 0 && !c.is(j-1, "extra") && !c.is(j-1, "additional") {
			// "a three-year period", "its one-year term"
			k3++
		}
		return match{end: k3, typ: model.TimexDuration, value: durValue(n, vague, u)}, true
	}
	u, plural, k3, ok := c.unitAt(k)
	if !ok {
		return match{}, false
	}
	if yearCount && u != "Y" && u != "DE" && u != "CE" {
		return match{}, false
	}
	if u == "Q" && !plural && c.is(k3, "of") && !c.timeWordAt(k3+1) {
		if _, _, isYear := c.yearAt(k3 + 1); !isYear && !(c.is(k3+1, "the") && (c.is(k3+2, "year") || c.is(k3+2, "fiscal"))) {
			return match{}, false // "a quarter of the market": a fraction
		}
	}
	// "60 Minutes" (a programme), "This Week": capitalized units inside a
	// sentence are names.
	if c.words[k].capitalized && !c.sentenceStartAt(k) && (j == k || c.words[j].capitalized) {
		return match{}, false
	}
	// "decades-long", "years-old", "day-long", "several-year"
	if c.is(k3, "-") && c.adjacent(k3) {
		switch {
		case c.is(k3+1, "long") && !hasNum:
			return match{end: k3 + 2, typ: model.TimexDuration, value: durValue(1, plural, u)}, true
		case c.is(k3+1, "old") && !hasNum && plural:
			return match{end: k3 + 2, typ: model.TimexDuration, value: durValue(1, true, u)}, true
		}
		return match{}, false // "year-earlier", "quarter-century", "44-year-old"
	}
	if hasNum && (c.lower(k-1) == "a" || c.lower(k-1) == "an") && j > 0 && !c.is(k3, "ago") && !c.is(k3, "earlier") && !c.is(k3, "later") && (c.words[j-1].kind == kindDigits || c.pos(j-1) == "CD" || c.pos(j-1) == "NNS" || c.lower(j-1) == "%") {
		// "$2 million a year", "four flights a week": a rate, not annotated.
		return match{}, false
	}
	if u == "S" && hasNum && n == 1 && !plural && (strings.HasPrefix(c.pos(k3), "NN") || c.pos(k3) == "JJ") {
		return match{}, false // "a second group": the ordinal
	}
	if c.is(k3, "old") && hasNum {
		return match{}, false // "52 years old": an age
	}
	if c.is(k3, "and") && c.is(k3+1, "a") && c.is(k3+2, "half") && hasNum && !vague {
		n += 0.5
		k3 += 3
	}
	if !hasNum {
		// Bare units: "years", "the coming months", "recent weeks".
		if !plural {
			return match{}, false
		}
		switch {
		case det == "recent" && !hasThe && u == "Y":
			return match{end: k3, typ: model.TimexDate, value: "PAST_REF"}, true
		case c.vocab.amountOpeners[det]:
		case det == "" && hasThe:
			// checked below: "the weeks ahead", "the weeks before"
		case det == "" && !hasThe:
			switch {
			case c.is(j-1, "for") || c.is(j-1, "in") || c.is(j-1, "within") || c.is(j-1, "over"):
			case c.is(k3, "later") || c.is(k3, "ago") && u != "S":
				// "Minutes later", "months ago"
				break
			case (c.is(k3, "after") || c.is(k3, "before")) && u != "S" && u != "MIN" && !c.is(j-1, "of") && c.pos(j-1) != "DT" && !strings.HasPrefix(c.pos(j-1), "JJ"):
				// "came days after the vote", "weeks before the shooting"
				break
			case c.is(k3, "of") && u != "S" && u != "MIN" && (strings.HasPrefix(c.pos(j-1), "VB") || c.is(j-1, "after")) && c.pos(k3+1) != "DT" && c.pos(k3+1) != "CD":
				// "follows months of talks", "ended decades of war": a
				// length of time; "years of the war" is a part of it.
				return match{end: k3, typ: model.TimexDuration, value: durValue(0, true, u)}, true
			default:
				return match{}, false
			}
			if c.is(k3, "of") || c.is(k3, "-") || c.is(k3, "'") || c.is(k3, "and") && c.is(k3+1, "years") {
				return match{}, false
			}
		default:
			return match{}, false
		}
		vague = true
	}
	if hasThe && det == "" && !hasNum {
		switch {
		case c.is(k3, "ahead") && plural:
			return match{end: k3 + 1, typ: model.TimexDuration, value: durValue(0, true, u)}, true
		case plural && u != "D" && (c.is(j-1, "over") || c.is(j-1, "through") || c.is(j-1, "throughout")) && c.sentenceEndsAt(k3):
			return match{end: k3, typ: model.TimexDuration, value: durValue(0, true, u)}, true
		case plural && (u == "D" || u == "W" || u == "M" || u == "Y") && (c.is(k3, "before") || c.is(k3, "after") || c.is(k3, "following") || c.is(k3, "leading") || c.is(k3, "since") || c.is(k3, "that") && c.pos(k3+1) == "VBD"):
			// "in the weeks before the shooting": "the" stays outside.
			return match{end: k3, typ: model.TimexDuration, value: durValue(0, true, u), trim: 1}, true
		}
		return match{}, false
	}
	if hasNum && !vague && n == 1 && plural && c.lower(k-1) != "1" {
		// "one years" is noise; "a days" does not happen.
		return match{}, false
	}
	if hasNum && !vague && n != 1 && !plural && u == "S" && c.is(k3-1, "second") && n == math.Trunc(n) {
		return match{}, false // "our 2017 second and third quarters": the ordinal
	}
	if hasNum && !vague && n != 1 && !plural && n == math.Trunc(n) && u != "S" {
		// "four hour" only as a modifier: "a four hour drive".
		if !strings.HasPrefix(c.pos(k3), "NN") && c.pos(k3) != "JJ" {
			return match{}, false
		}
	}
	k3 = c.rangeTail(k3, hasNum, vague, plural)
	k = k3
	m := match{end: k, typ: model.TimexDuration, value: durValue(n, vague, u)}
	if det == "last" && !hasThe && hasNum && n >= 1 && !vague {
		// "last three years" fine.
	}
	// "or so"
	if c.is(k, "or") && c.is(k+1, "so") {
		m.end, m.mod = k+2, "APPROX"
		k += 2
	}
	if c.is(k, "ahead") && det == "" {
		m.end = k + 1
	}
	dir := 0
	fromLast := false
	switch {
	case c.is(k, "ago"):
		dir = -1
	case c.is(k, "earlier") || c.is(k, "before") && c.sentenceEndsAt(k+1):
		dir, fromLast = -1, true
	case c.is(k, "later"):
		// "three days later": the corpora annotate the amount alone, a
		// DURATION, unlike "three days ago" and "a year earlier".
		return m, true
	case c.is(k, "after") && c.sentenceEndsAt(k+1):
		dir, fromLast = 1, true
	case c.is(k, "from") && c.is(k+1, "now"):
		dir = 1
		k++
	case c.is(k, "hence"):
		dir = 1
	}
	if dir == 0 || hasThe || det != "" {
		return m, true
	}
	end := k + 1
	if vague || !hasNum {
		v := "PAST_REF"
		if dir > 0 {
			v = "FUTURE_REF"
		}
		return match{end: end, typ: model.TimexDate, value: v}, true
	}
	g, steps := unitSteps(u, n)
	var p point
	derived := true
	switch {
	case u == "Y" && steps == 1 && c.hasLastQuarter && (fromLast || dir < 0):
		// Financial news: "a year ago" is the same quarter a year before.
		p = c.lastQuarter.shift(4 * dir)
	case fromLast && c.hasLast && c.last.g >= g:
		p = c.last.at(g).shift(dir * steps)
	case !c.hasRef:
		return match{end: end, typ: model.TimexDate, value: unresolvedValue(g), unresolved: true, mod: m.mod}, true
	default:
		derived = false
		p = point{c.ref, g}.shift(dir * steps)
	}
	r := dateMatch(end, p)
	r.mod = m.mod
	r.derived = derived
	return r, true
}

// unitSteps turns n units into a count of calendar periods: 2 decades are
// 20 years, a fortnight 14 days; clock units move no calendar day.
func unitSteps(u string, n float64) (gran, int) {
	g, steps := unitGran(u), int(math.Round(n))
	switch u {
	case "DE":
		g, steps = granYear, 10*steps
	case "CE":
		g, steps = granYear, 100*steps
	case "FN":
		g, steps = granDay, 14*steps
	case "S", "MIN", "H":
		g, steps = granDay, 0
	case "Q":
		g = granQuarter
	}
	if n != math.Trunc(n) && u == "Y" {
		g, steps = granMonth, int(math.Round(n*12))
	}
	return g, steps
}

// holidaySpan ends a holiday on day t before word end, taking in a week
// or weekend named after it: "Easter week", "the Labor Day weekend".
func (c *tagCtx) holidaySpan(end int, t time.Time) match {
	switch {
	case c.is(end, "week"):
		return dateMatch(end+1, point{t, granWeek})
	case c.is(end, "weekend"):
		m := dateMatch(end+1, point{t, granWeek})
		m.value += "-WE"
		return m
	}
	return dateMatch(end, dayPoint(t))
}

// sportsSentence reports whether the sentence of word j tells of a game,
// where "the fourth quarter" and "the second half" are its parts.
func (c *tagCtx) sportsSentence(j int) bool {
	k := c.words[j].token
	if k < 0 {
		return false
	}
	s := c.doc.Sentences[c.doc.Tokens[k].Sent]
	for i := s.First; i < s.Last; i++ {
		if c.vocab.sportsCues[strings.ToLower(c.doc.Tokens[i].Text)] {
			return true
		}
	}
	return false
}

// quarterCentury reads "a quarter of a century", "a quarter-century" and
// "a quarter century" at j as 25 years, which the unit rules would split
// into a quarter of a year and a century.
func (c *tagCtx) quarterCentury(j int) (match, bool) {
	k := j
	article := c.is(k, "a") || c.is(k, "the")
	if article {
		k++
	}
	if !c.is(k, "quarter") {
		return match{}, false
	}
	k++
	switch {
	case c.is(k, "of") && c.is(k+1, "a") && c.is(k+2, "century"):
		k += 3
	case c.is(k, "-") && c.adjacent(k) && c.is(k+1, "century") && article && !c.is(k+2, "low") && !c.is(k+2, "high"):
		// "a quarter-century of rule", not "its quarter-century low"
		k += 2
	case c.is(k, "century"):
		k++
	default:
		return match{}, false
	}
	return match{end: k, typ: model.TimexDuration, value: "P25Y"}, true
}

// rangeTail extends a duration ending before word k over the rest of a
// loose range: "a year or two", "weeks or months", "recent weeks and
// months". It returns k unchanged when none follows.
func (c *tagCtx) rangeTail(k int, hasNum, vague, plural bool) int {
	if !c.is(k, "or") && !c.is(k, "and") {
		return k
	}
	if hasNum && !vague && !plural && c.is(k, "or") {
		// "a year or two", but not "a year or two years" (left to the
		// second duration) nor "a year or two ago" (which stays whole).
		if n, ok := c.vocab.numbers[c.lower(k+1)]; ok && n >= 2 && n <= 3 {
			if _, _, _, isUnit := c.unitAt(k + 2); !isUnit {
				return k + 2
			}
		}
		return k
	}
	if !hasNum && plural {
		if _, pl2, k2, ok := c.unitAt(k + 1); ok && pl2 {
			return k2
		}
	}
	return k
}

// sentenceEndsAt reports whether word k ends a clause: end of text or
// punctuation.
func (c *tagCtx) sentenceEndsAt(k int) bool {
	return k >= len(c.words) || c.words[k].kind == kindPunct && c.words[k].lower != "'" && c.words[k].lower != "-"
}

// durValue formats an amount of a unit as a TIMEX3 duration.
func durValue(n float64, vague bool, u string) string {
	timeUnit := u == "S" || u == "MIN" || u == "H"
	prefix := "P"
	if timeUnit {
		prefix = "PT"
	}
	letter := durationLetter(u)
	if vague {
		return prefix + "X" + letter
	}
	switch u {
	case "FN":
		n *= 2
	case "DE":
		n, letter = n*10, "Y"
	case "CE":
		n, letter = n*100, "Y"
	case "Q":
		n, letter = n*3, "M"
	case "WE":
		n, letter = n*2, "D"
	}
	if n == math.Trunc(n) {
		return fmt.Sprintf("%s%d%s", prefix, int(n), letter)
	}
	whole := int(n)
	frac := n - float64(whole)
	lower := subUnitOf(u)
	if lower.letter == "" {
		return fmt.Sprintf("%s%g%s", prefix, n, letter)
	}
	sub := int(math.Round(frac * lower.per))
	var b strings.Builder
	b.WriteString(prefix)
	if whole > 0 {
		fmt.Fprintf(&b, "%d%s", whole, letter)
	}
	if lower.time && !timeUnit {
		b.WriteString("T")
	}
	fmt.Fprintf(&b, "%d%s", sub, lower.letter)
	return b.String()
}

// durationLetter is the letter of unit code u in a TIMEX3 duration: a
// minute is the M after the T, a fortnight counts weeks.
func durationLetter(u string) string {
	switch u {
	case "MIN":
		return "M"
	case "FN":
		return "W"
	case "S", "H", "D", "W", "WE", "M", "Q", "Y", "DE", "CE":
		return u
	}
	return ""
}

// subUnit is the unit a fraction of a larger unit is written in: half a
// year is P6M.
type subUnit struct {
	letter string
	per    float64 // how many in the larger unit
	time   bool    // a clock unit, after the T
}

// subUnitOf returns the sub-unit of unit code u, or the zero subUnit.
func subUnitOf(u string) subUnit {
	switch u {
	case "Y":
		return subUnit{"M", 12, false}
	case "M":
		return subUnit{"D", 30, false}
	case "W":
		return subUnit{"D", 7, false}
	case "D":
		return subUnit{"H", 24, true}
	case "H":
		return subUnit{"M", 60, true}
	case "MIN":
		return subUnit{"S", 60, true}
	}
	return subUnit{}
}

// ruleSet: "every week", "each Friday", "daily", "twice a year".
func (c *tagCtx) ruleSet(j int) (match, bool) {
	l := c.lower(j)
	if v, ok := c.vocab.setWords[l]; ok {
		// "daily volume", "the Communist Party daily Granma", "20%
		// annually", "10,000 units annually" are not annotated as sets.
		// Before a noun only after a determiner: "his daily life", "a
		// daily basis", "the weekly radio address".
		if n := c.pos(j + 1); strings.HasPrefix(n, "NN") && !c.vocab.setDeterminers[c.lower(j-1)] || j+1 < len(c.words) && c.words[j+1].capitalized {
			return match{}, false
		}
		if j > 0 && (c.words[j-1].kind == kindDigits || c.lower(j-1) == "%" || c.pos(j-1) == "NNS" || c.pos(j-1) == "CD") {
			return match{}, false
		}
		return match{end: j + 1, typ: model.TimexSet, value: v}, true
	}
	switch l {
	case "once", "twice", "thrice":
		// "twice a month": the TimeML specification's own example keeps
		// the count inside the set.
		return c.countSet(j + 1)
	case "every", "each":
		k := j + 1
		step := 1.0
		vague := false
		switch {
		case c.is(k, "other"):
			step = 2
			k++
		case c.is(k, "few") || c.is(k, "several") || c.is(k, "couple") && c.is(k+1, "of"):
			// "every few years": a set whose period is not told.
			vague = true
			k++
			if c.is(k, "of") {
				k++
			}
		default:
			if n, vague, k2, ok := c.number(k); ok && !vague && c.lower(k) != "a" {
				step, k = n, k2
			}
		}
		if vague {
			if u, plural, k2, ok := c.unitAt(k); ok && plural {
				return match{end: k2, typ: model.TimexSet, value: durValue(0, true, u)}, true
			}
			return match{}, false
		}
		if wd, _, k2, ok := c.weekdayAt(k); ok {
			v := fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
			if p, k3, ok := c.partOfDayAt(k2); ok {
				v += "T" + p
				k2 = k3
			}
			return match{end: k2, typ: model.TimexSet, value: v}, true
		}
		if m, k2, ok := c.monthAt(k); ok {
			return match{end: k2, typ: model.TimexSet, value: fmt.Sprintf("XXXX-%02d", m)}, true
		}
		if s, ok := c.vocab.seasons[c.lower(k)]; ok {
			return match{end: k + 1, typ: model.TimexSet, value: "XXXX-" + s}, true
		}
		if p, k2, ok := c.partOfDayAt(k); ok {
			return match{end: k2, typ: model.TimexSet, value: "XXXX-XX-XXT" + p}, true
		}
		if u, _, k2, ok := c.unitAt(k); ok {
			return match{end: k2, typ: model.TimexSet, value: durValue(step, false, u)}, true
		}
	case "a", "an", "per":
		if c.is(j-1, "times") || c.is(j-1, "once") || c.is(j-1, "twice") || c.is(j-1, "thrice") {
			// The count starts the expression: "twice a month" above,
			// "three times a year" in ruleTimesSet.
			return match{}, false
		}
		switch c.lower(j - 1) {
		case "once", "twice", "thrice", "times":
		default:
			if l != "per" {
				return match{}, false
			}
		}
		if u, plural, k2, ok := c.unitAt(j + 1); ok && !plural {
			return match{end: k2, typ: model.TimexSet, value: durValue(1, false, u)}, true
		}
	}
	return match{}, false
}

// ruleRef: "now", "currently", "recently", "the past", "the future", "the
// near future", "these days", "just now".
func (c *tagCtx) ruleRef(j int) (match, bool) {
	l := c.lower(j)
	ref := func(end int, v string) (match, bool) {
		return match{end: end, typ: model.TimexDate, value: v}, true
	}
	switch l {
	case "just":
		// "right now" is left to "now" alone, as the corpora mostly do.
		if c.is(j+1, "now") {
			return ref(j+2, "PRESENT_REF")
		}
		return match{}, false
	case "these":
		if c.is(j+1, "days") {
			return ref(j+2, "PRESENT_REF")
		}
		return match{}, false
	case "the":
		switch {
		case c.is(j+1, "future"):
			return ref(j+2, "FUTURE_REF")
		case (c.is(j+1, "near") || c.is(j+1, "distant") || c.is(j+1, "foreseeable")) && c.is(j+2, "future"):
			return ref(j+3, "FUTURE_REF")
		case (c.is(j+1, "near") || c.is(j+1, "short") || c.is(j+1, "long")) && c.is(j+2, "term") && !c.is(j+3, "-"):
			if strings.HasPrefix(c.pos(j+3), "NN") {
				return match{}, false
			}
			return ref(j+3, "FUTURE_REF")
		case c.is(j+1, "past"):
			p := c.pos(j + 2)
			if j+2 < len(c.words) && c.words[j+2].kind != kindPunct && (strings.HasPrefix(p, "NN") || p == "JJ" || p == "CD" || p == "") {
				return match{}, false
			}
			return ref(j+2, "PAST_REF")
		case c.is(j+1, "present") && !strings.HasPrefix(c.pos(j+2), "NN"):
			if c.is(j-1, "to") || c.is(j-1, "until") || c.is(j-1, "at") {
				return ref(j+2, "PRESENT_REF")
			}
		}
		return match{}, false
	case "future":
		if c.is(j-1, "in") || c.is(j-1, "near") {
			return ref(j+1, "FUTURE_REF")
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
		return ref(j+1, "FUTURE_REF")
	}
	v, ok := c.vocab.refWords[l]
	if !ok {
		return match{}, false
	}
	switch l {
	case "now":
		if c.is(j+1, "-") && c.adjacent(j+1) {
			return match{}, false // "now-defunct"
		}
	case "current", "recent":
		if c.pos(j) != "JJ" {
			return match{}, false
		}
		// "current account", "recent history": adjectives only before a
		// word that can hold a time.
		if c.vocab.notAfterCurrent[c.lower(j+1)] {
			return match{}, false
		}
	}
	return ref(j+1, v)
}

// ruleHoliday: "Christmas", "Thanksgiving Day", "New Year's Day",
// "Election Day", "Easter", "Good Friday" (holidays.tsv).
func (c *tagCtx) ruleHoliday(j int) (match, bool) {
	rel := 0
	switch c.lower(j) {
	case "last", "past":
		rel, j = -1, j+1
	case "next", "coming":
		rel, j = 1, j+1
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
	if k < len(c.words) && c.words[k].capitalized && c.words[k].kind == kindLetters && !c.sentenceStartAt(k) && !c.is(k, "week") && !c.is(k, "weekend") {
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

// sentenceStartAt reports whether word k begins a sentence, or stands in
// a headline, where capitals say nothing either.
func (c *tagCtx) sentenceStartAt(k int) bool {
	if c.words[k].headline {
		return true
	}
	t := c.words[k].token
	return t >= 0 && c.doc.Sentences[c.doc.Tokens[t].Sent].First == t
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

// ruleOrdinalDay: "the second day" (of an offensive), "his first day" (in
// office): a day counted from an event. In the present tense it is the
// reference date ("today is the eighth day of the strike"); otherwise an
// unknown day.
func (c *tagCtx) ruleOrdinalDay(j int) (match, bool) {
	k := j
	switch c.lower(k) {
	case "the", "its", "his", "her", "their", "our":
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
	d, ok := ordinalDigits(c.words[k].lower)
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
	case "midmorning":
		part, k = "MO", k+1
	case "midafternoon":
		part, k = "AF", k+1
	default:
		return match{}, false
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
