package timex

import (
	"math/bits"
	"strings"
	"time"

	"github.com/newsextract/newsextract/model"
)

// match is one parsed temporal expression: words [start, end).
type match struct {
	start, end int
	typ        model.DateType
	value      string
	mod        model.DateMod
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

// ruleSpec is a rule and where it can start a match (starts.go).
type ruleSpec struct {
	parse rule
	start func(*vocabulary) ruleStart
}

// rules are tried at every candidate word where they can start; the
// longest match wins, the earliest rule on a tie. There are at most 32,
// a bit each in the masks of rulesAt.
var rules = []ruleSpec{
	{(*tagCtx).ruleMonthDate, (*vocabulary).monthDateStart},
	{(*tagCtx).ruleDayMonth, (*vocabulary).dayMonthStart},
	{(*tagCtx).ruleNumericDate, (*vocabulary).numericDateStart},
	{(*tagCtx).ruleClock, (*vocabulary).clockStart},
	{(*tagCtx).ruleYear, (*vocabulary).yearStart},
	{(*tagCtx).ruleDecade, (*vocabulary).decadeStart},
	{(*tagCtx).ruleCentury, (*vocabulary).centuryStart},
	{(*tagCtx).ruleQuarter, (*vocabulary).quarterStart},
	{(*tagCtx).ruleWeekday, (*vocabulary).weekdayStart},
	{(*tagCtx).ruleRelDay, (*vocabulary).relDayStart},
	{(*tagCtx).ruleDetUnit, (*vocabulary).detUnitStart},
	{(*tagCtx).ruleSeason, (*vocabulary).seasonStart},
	{(*tagCtx).ruleSet, (*vocabulary).setStart},
	{(*tagCtx).ruleDuration, (*vocabulary).durationStart},
	{(*tagCtx).ruleRef, (*vocabulary).refStart},
	{(*tagCtx).ruleHoliday, (*vocabulary).holidayStart},
	{(*tagCtx).ruleOrdinalDay, (*vocabulary).ordinalDayStart},
	{(*tagCtx).ruleMidDay, (*vocabulary).midDayStart},
	{(*tagCtx).ruleWhile, (*vocabulary).whileStart},
	{(*tagCtx).ruleTimesSet, (*vocabulary).timesSetStart},
	{(*tagCtx).ruleNextDay, (*vocabulary).nextDayStart},
	{(*tagCtx).ruleRangeEnd, (*vocabulary).rangeEndStart},
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
			m.mod = model.ModApprox
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

// bestRuleAt runs every rule that can start at j (rulesAt), in the order
// of rules, and keeps the longest match.
func (c *tagCtx) bestRuleAt(j int) (match, bool) {
	var best match
	found := false
	if j >= len(c.words) {
		return best, false
	}
	for todo := c.rulesAt(j); todo != 0; todo &= todo - 1 {
		m, ok := rules[bits.TrailingZeros32(todo)].parse(c, j)
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
// 30-day trial period"), whose determiner belongs to the noun after it.
func (c *tagCtx) trimDeterminer(m match) match {
	j := m.start
	switch {
	case c.has(j, classPossessive):
		m.start++
		return m
	case !c.has(j, classModifierDet):
		return m
	}
	if m.end-j < 3 || c.is(j+1, "year") {
		return m
	}
	for k := j + 1; k < m.end; k++ {
		if c.is(k, "-") && c.adjacent(k) {
			if c.vocab.yearPartNouns[c.lower(k+1)] || k+1 == m.end-1 && !c.vocab.agoWords[c.lower(k+1)] {
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
func (c *tagCtx) quantMod(i int) (int, model.DateMod, bool) {
	mods, _ := lookup(c, i, classAmountModifier, c.vocab.amountMods)
	for _, m := range mods {
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

// posMod parses "early", "mid-", "late", "the end of" and kin
// (position-mods.tsv).
func (c *tagCtx) posMod(i int) (int, model.DateMod) {
	k := i
	if c.is(k, "the") {
		k++
	}
	pm, ok := lookup(c, k, classPositionMod, c.vocab.positionMods)
	if !ok {
		return i, ""
	}
	if pm.form == positionNoun || pm.form == positionNounOrPrefix {
		if pm.form == positionNounOrPrefix && c.is(k+1, "-") && c.adjacent(k+1) && c.adjacent(k+2) {
			return k + 2, pm.mod // "end-March", "end-2013"
		}
		if !c.is(k+1, "of") {
			return i, ""
		}
		return k + 2, pm.mod
	}
	k++
	if c.is(k, "-") && c.adjacent(k) {
		k++
	}
	if pm.form == positionComparative {
		if c.is(k, "in") && c.is(k+1, "the") {
			k++ // "later in the week"
		}
		if c.is(i, "the") {
			return i, "" // "the later years"
		}
	}
	return k, pm.mod
}

// positionAdjectiveAt reports whether word k is "early", "mid" or "late"
// (position-mods.tsv).
func (c *tagCtx) positionAdjectiveAt(k int) bool {
	pm, ok := lookup(c, k, classPositionMod, c.vocab.positionMods)
	return ok && pm.form == positionAdjective
}

// possessiveAt reports whether words k, k+1 are "'s": the expression
// before them modifies a noun ("after Wednesday's vote").
func (c *tagCtx) possessiveAt(k int) bool {
	return (c.is(k, "'") || c.is(k, "’")) && c.adjacent(k) && c.is(k+1, "s")
}

// date returns a DATE match.
func dateMatch(end int, p point) match {
	return match{end: end, typ: model.TimexDate, value: p.value(), anchor: p}
}

// dayPoint is the day point of t.
func dayPoint(t time.Time) point { return point{t, granDay} }

// relMatch returns a DATE match anchored on ref: rel periods of g away, or
// an unresolved placeholder when there is no reference date.
func (c *tagCtx) relMatch(end int, g gran, rel int) match {
	if !c.hasRef {
		return match{end: end, typ: model.TimexDate, value: unresolvedValue(g), unresolved: true}
	}
	return dateMatch(end, point{c.ref, g}.shift(rel))
}

// pos returns the part-of-speech tag of word i, or "".
func (c *tagCtx) pos(i int) string {
	if i < 0 || i >= len(c.words) || c.words[i].token < 0 {
		return ""
	}
	return c.doc.Tokens[c.words[i].token].POS()
}

// lower returns the lower-cased word i, or "" past either end.
func (c *tagCtx) lower(i int) string {
	if i < 0 || i >= len(c.words) {
		return ""
	}
	return c.words[i].lower
}

// adjacent reports whether word i exists and follows word i-1 with no space.
func (c *tagCtx) adjacent(i int) bool {
	return i > 0 && i < len(c.words) && !c.words[i].gap
}

// is reports whether word i is s (lower case).
func (c *tagCtx) is(i int, s string) bool {
	return i >= 0 && i < len(c.words) && c.words[i].lower == s
}

// sameLine reports whether words i and j are on one line, so that no
// expression runs across a paragraph break.
func (c *tagCtx) sameLine(i, j int) bool {
	if i < 0 || j >= len(c.words) {
		return false
	}
	return strings.IndexByte(c.text[c.words[i].end:c.words[j].start], '\n') < 0
}

// sentenceStartAt reports whether word k begins a sentence, or stands in
// a headline, where capitals say nothing either.
func (c *tagCtx) sentenceStartAt(k int) bool {
	if c.words[k].headline {
		return true
	}
	t := int(c.words[k].token)
	return t >= 0 && c.doc.Sentences[c.doc.Tokens[t].Sent].First == t
}

// sentenceEndsAt reports whether word k ends a clause: end of text or
// punctuation.
func (c *tagCtx) sentenceEndsAt(k int) bool {
	return k >= len(c.words) || c.words[k].kind == kindPunct && c.words[k].lower != "'" && c.words[k].lower != "-"
}

// sentOf returns the sentence index of word j, or -1.
func (c *tagCtx) sentOf(j int) int {
	if j < 0 || j >= len(c.words) || c.words[j].token < 0 {
		return -1
	}
	return int(c.doc.Tokens[c.words[j].token].Sent)
}

// lastSentSame reports whether the last DATE anchor was emitted in the
// sentence of word j.
func (c *tagCtx) lastSentSame(j int) bool {
	return c.lastSent >= 0 && c.sentOf(j) == c.lastSent
}
