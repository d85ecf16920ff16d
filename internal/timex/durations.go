package timex

import (
	"fmt"
	"math"
	"strings"

	"github.com/newsextract/newsextract/model"
)

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
