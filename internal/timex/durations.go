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
	if u, ok := lookup(c, j, classOneWordLength, c.vocab.oneWordLengths); ok {
		// "a weeklong visit", "a yearlong inquiry"
		return match{end: j + 1, typ: model.TimexDuration, value: durValue(1, false, u)}, true
	}
	a := c.amountAt(j)
	if a.hasNum && c.is(a.k, "-") && c.adjacent(a.k) {
		return c.hyphenatedAmount(a) // "five-year", "several-year"
	}
	var ok bool
	if a.u, a.plural, a.end, ok = c.unitAt(a.k); !ok || c.notAnAmountOfUnit(a) {
		return match{}, false
	}
	// "decades-long", "years-old", "day-long", "several-year"
	if c.is(a.end, "-") && c.adjacent(a.end) {
		return c.unitBeforeHyphen(a)
	}
	if c.notALength(a) {
		return match{}, false
	}
	if c.is(a.end, "and") && c.is(a.end+1, "a") && c.is(a.end+2, "half") && a.hasNum && !a.vague {
		a.n += 0.5
		a.end += 3
	}
	if !a.hasNum {
		return c.bareUnits(a)
	}
	if !c.numberFitsUnit(a) {
		return match{}, false
	}
	return c.amountEnd(a)
}

// amountPhrase is an amount of a unit as ruleDuration reads it: "the past
// two years", "a three-day", "recent weeks", "12 to 18 months".
type amountPhrase struct {
	start  int    // the first word
	hasThe bool   // "the" or "its" first
	det    string // an amount opener ("past", "next", "first"), or ""
	n      float64
	vague  bool // no number told: "several", "a few"
	hasNum bool // an amount before the unit
	// yearCount is a four-digit number after a determiner, which names a
	// year rather than counting the unit ("the 2016 quarters").
	yearCount bool
	k         int    // the unit, after the amount
	u         string // the unit code
	plural    bool
	end       int // the word after the unit
}

// amountAt reads the words of a duration before its unit, from j: "the",
// an opener, the amount and what may follow it.
func (c *tagCtx) amountAt(j int) amountPhrase {
	a := amountPhrase{start: j, k: j}
	if c.has(a.k, classDefiniteDet) {
		a.hasThe = true
		a.k++
	}
	if c.has(a.k, classAmountOpener) {
		a.det = c.lower(a.k)
		a.k++
	}
	// "the year-earlier nine months"
	if a.hasThe && c.is(a.k, "year") && c.is(a.k+1, "-") && c.vocab.agoWords[c.lower(a.k+2)] {
		a.k += 3
	}
	k := a.k
	n, vague, k2, hasNum := c.number(k)
	if hasNum && (c.lower(k) == "a" || c.lower(k) == "an") && (a.hasThe || a.det != "") {
		hasNum = false
	}
	a.n, a.vague, a.hasNum = n, vague, hasNum
	// "the 2016 quarters", "our 2017 weeks": after a determiner, a year
	// before the unit names it, unless the unit is years ("the past 2000
	// years"); "1500 hours of work" is an amount.
	a.yearCount = hasNum && k2 == k+1 && c.words[k].kind == kindDigits && len(c.words[k].lower) == 4 && n >= 1000 && n < 2200 && c.vocab.yearDeterminers[c.lower(k-1)]
	if !hasNum {
		return a
	}
	a.k = k2
	// "two to three weeks", "12 to 18 months", "12-18 months": one
	// expression valued by its lower bound.
	if !vague && (c.is(a.k, "to") || c.is(a.k, "-") && c.adjacent(a.k) && c.adjacent(a.k+1)) {
		if n2, vague2, k4, ok := c.number(a.k + 1); ok && !vague2 && n2 > n && c.lower(a.k+1) != "a" && c.lower(a.k+1) != "an" {
			if _, _, _, ok := c.unitAt(k4); ok {
				a.k = k4
			}
		}
	}
	if c.vocab.amountFillers[c.lower(a.k)] {
		a.k++
	}
	return a
}

// hyphenatedAmount reads "five-year", "a three-year period": an amount,
// a hyphen at a.k and a singular unit, a modifier of the noun after it.
func (c *tagCtx) hyphenatedAmount(a amountPhrase) (match, bool) {
	j, k := a.start, a.k
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
	if c.vocab.lengthNouns[c.lower(k3)] && j > 0 && !c.vocab.extraWords[c.lower(j-1)] {
		// "a three-year period", "its one-year term"
		k3++
	}
	return match{end: k3, typ: model.TimexDuration, value: durValue(a.n, a.vague, u)}, true
}

// notAnAmountOfUnit reports whether the unit after the amount is no
// amount of time: a year naming it ("the 2016 quarters"), a fraction ("a
// quarter of the market"), a name ("60 Minutes", "This Week").
func (c *tagCtx) notAnAmountOfUnit(a amountPhrase) bool {
	if a.yearCount && a.u != "Y" && a.u != "DE" && a.u != "CE" {
		return true
	}
	k3 := a.end
	if a.u == "Q" && !a.plural && c.is(k3, "of") && !c.timeWordAt(k3+1) {
		if _, _, isYear := c.yearAt(k3 + 1); !isYear && !(c.is(k3+1, "the") && c.vocab.quarterOfWords[c.lower(k3+2)]) {
			return true // "a quarter of the market": a fraction
		}
	}
	// Capitalized units inside a sentence are names.
	return c.words[a.k].capitalized && !c.sentenceStartAt(a.k) && (a.start == a.k || c.words[a.start].capitalized)
}

// unitBeforeHyphen reads "decades-long", "years-old": a bare unit before
// a hyphen. Other units before a hyphen are no length ("year-earlier",
// "quarter-century", "44-year-old").
func (c *tagCtx) unitBeforeHyphen(a amountPhrase) (match, bool) {
	k3 := a.end
	switch {
	case c.is(k3+1, "long") && !a.hasNum:
		return match{end: k3 + 2, typ: model.TimexDuration, value: durValue(1, a.plural, a.u)}, true
	case c.is(k3+1, "old") && !a.hasNum && a.plural:
		return match{end: k3 + 2, typ: model.TimexDuration, value: durValue(1, true, a.u)}, true
	}
	return match{}, false
}

// notALength reports whether an amount of a unit is something else: a
// rate ("$2 million a year"), an ordinal ("a second group"), an age ("52
// years old").
func (c *tagCtx) notALength(a amountPhrase) bool {
	j, k, k3 := a.start, a.k, a.end
	if a.hasNum && (c.lower(k-1) == "a" || c.lower(k-1) == "an") && j > 0 && !c.vocab.pointWords[c.lower(k3)] && (c.words[j-1].kind == kindDigits || c.pos(j-1) == "CD" || c.pos(j-1) == "NNS" || c.lower(j-1) == "%") {
		// "$2 million a year", "three buses a week": a rate, not annotated.
		return true
	}
	if a.u == "S" && a.hasNum && a.n == 1 && !a.plural && (strings.HasPrefix(c.pos(k3), "NN") || c.pos(k3) == "JJ") {
		return true // "a second group": the ordinal
	}
	return c.is(k3, "old") && a.hasNum // "52 years old": an age
}

// bareUnits reads units without an amount: "years", "the coming months",
// "recent weeks", "days after the vote", "in the weeks before the
// shooting".
func (c *tagCtx) bareUnits(a amountPhrase) (match, bool) {
	k3, u := a.end, a.u
	if !a.plural {
		return match{}, false
	}
	switch {
	case a.det == "recent" && !a.hasThe && u == "Y":
		return match{end: k3, typ: model.TimexDate, value: "PAST_REF"}, true
	case c.vocab.amountOpeners[a.det]:
	case a.det == "" && a.hasThe:
		return c.theBareUnits(a)
	case a.det == "" && !a.hasThe:
		if m, ok, done := c.unitsAlone(a); done {
			return m, ok
		}
	default:
		return match{}, false
	}
	a.vague = true
	return c.amountEnd(a)
}

// unitsAlone reads plural units with no word before them: "for years",
// "Minutes later", "months ago", "days after the vote", "months of
// talks". done is false when the amount goes on as a vague one.
func (c *tagCtx) unitsAlone(a amountPhrase) (m match, ok, done bool) {
	j, k3, u := a.start, a.end, a.u
	switch {
	case c.vocab.unitsAloneOpeners[c.lower(j-1)]:
	case c.is(k3, "later") || c.is(k3, "ago") && u != "S":
		// "Minutes later", "months ago"
	case c.eventLinkAt(k3) && u != "S" && u != "MIN" && !c.is(j-1, "of") && c.pos(j-1) != "DT" && !strings.HasPrefix(c.pos(j-1), "JJ"):
		// "came days after the vote", "weeks before the flood"
	case c.is(k3, "of") && u != "S" && u != "MIN" && (strings.HasPrefix(c.pos(j-1), "VB") || c.is(j-1, "after")) && c.pos(k3+1) != "DT" && c.pos(k3+1) != "CD":
		// "follows months of talks", "ended decades of war": a length of
		// time; "years of the war" is a part of it.
		return match{end: k3, typ: model.TimexDuration, value: durValue(0, true, u)}, true, true
	default:
		return match{}, false, true
	}
	if c.is(k3, "of") || c.is(k3, "-") || c.is(k3, "'") || c.is(k3, "and") && c.is(k3+1, "years") {
		return match{}, false, true
	}
	return match{}, false, false
}

// theBareUnits reads "the" and plural units: "the weeks ahead", "over the
// years", "in the weeks before the flood".
func (c *tagCtx) theBareUnits(a amountPhrase) (match, bool) {
	j, k3, u, plural := a.start, a.end, a.u, a.plural
	switch {
	case c.is(k3, "ahead") && plural:
		return match{end: k3 + 1, typ: model.TimexDuration, value: durValue(0, true, u)}, true
	case plural && u != "D" && c.vocab.spanPreps[c.lower(j-1)] && c.sentenceEndsAt(k3):
		return match{end: k3, typ: model.TimexDuration, value: durValue(0, true, u)}, true
	case plural && (u == "D" || u == "W" || u == "M" || u == "Y") && (c.vocab.eventFollowWords[c.lower(k3)] || c.is(k3, "that") && c.pos(k3+1) == "VBD"):
		// "in the weeks before the flood": "the" stays outside.
		return match{end: k3, typ: model.TimexDuration, value: durValue(0, true, u), trim: 1}, true
	}
	return match{}, false
}

// numberFitsUnit reports whether a told number agrees with its unit: not
// "one years", not the ordinal of "2017 second", and a singular unit after
// a number only as a modifier ("a four hour drive").
func (c *tagCtx) numberFitsUnit(a amountPhrase) bool {
	n, k3 := a.n, a.end
	if a.vague {
		return true
	}
	if n == 1 && a.plural && c.lower(a.k-1) != "1" {
		// "one years" is noise; "a days" does not happen.
		return false
	}
	if n != 1 && !a.plural && a.u == "S" && c.is(k3-1, "second") && n == math.Trunc(n) {
		return false // "our 2017 second and third quarters": the ordinal
	}
	if n != 1 && !a.plural && n == math.Trunc(n) && a.u != "S" {
		// "four hour" only as a modifier: "a four hour drive".
		if !strings.HasPrefix(c.pos(k3), "NN") && c.pos(k3) != "JJ" {
			return false
		}
	}
	return true
}

// amountEnd reads what follows an amount of a unit: a loose range ("a
// year or two"), "or so", "ahead", and the words that make it a point
// counted from now or from the date last told ("two years ago", "a year
// earlier").
func (c *tagCtx) amountEnd(a amountPhrase) (match, bool) {
	k := c.rangeTail(a.end, a.hasNum, a.vague, a.plural)
	m := match{end: k, typ: model.TimexDuration, value: durValue(a.n, a.vague, a.u)}
	// "or so"
	if c.is(k, "or") && c.is(k+1, "so") {
		m.end, m.mod = k+2, model.ModApprox
		k += 2
	}
	if c.is(k, "ahead") && a.det == "" {
		m.end = k + 1
	}
	dir := 0
	fromLast := false
	if w, ok := c.vocab.countWords[c.lower(k)]; ok && (!w.clauseEnd || c.sentenceEndsAt(k+1)) {
		if w.dir == 0 {
			// "three days later": the corpora annotate the amount alone, a
			// DURATION, unlike "three days ago" and "a year earlier".
			return m, true
		}
		dir, fromLast = w.dir, w.fromLast
	} else if c.is(k, "from") && c.is(k+1, "now") {
		dir = 1
		k++
	}
	if dir == 0 || a.hasThe || a.det != "" {
		return m, true
	}
	return c.countedPoint(a, m.mod, k+1, dir, fromLast)
}

// countedPoint is the date an amount counts to, ending before end: dir
// -1 back ("ago", "earlier"), +1 forward ("from now"), from the date last
// told when fromLast.
func (c *tagCtx) countedPoint(a amountPhrase, mod model.DateMod, end, dir int, fromLast bool) (match, bool) {
	if a.vague || !a.hasNum {
		v := "PAST_REF"
		if dir > 0 {
			v = "FUTURE_REF"
		}
		return match{end: end, typ: model.TimexDate, value: v}, true
	}
	g, steps := unitSteps(a.u, a.n)
	var p point
	derived := true
	switch {
	case a.u == "Y" && steps == 1 && c.hasLastQuarter && (fromLast || dir < 0):
		// Financial news: "a year ago" is the same quarter a year before.
		p = c.lastQuarter.shift(4 * dir)
	case fromLast && c.hasLast && c.last.g >= g:
		p = c.last.at(g).shift(dir * steps)
	case !c.hasRef:
		return match{end: end, typ: model.TimexDate, value: unresolvedValue(g), unresolved: true, mod: mod}, true
	default:
		derived = false
		p = point{c.ref, g}.shift(dir * steps)
	}
	r := dateMatch(end, p)
	r.mod = mod
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
	case c.is(k, "-") && c.adjacent(k) && c.is(k+1, "century") && article && !c.vocab.recordWords[c.lower(k+2)]:
		// "a quarter-century of rule", not "its quarter-century high"
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

// eventLinkAt reports whether word k ties a time to an event: "after",
// "before".
func (c *tagCtx) eventLinkAt(k int) bool {
	_, ok := c.vocab.eventLinks[c.lower(k)]
	return ok
}

// phraseAt matches the first phrase of phrases (keyed by first word) that
// starts at j and returns the word after it.
func (c *tagCtx) phraseAt(j int, phrases map[string][][]string) (int, bool) {
	for _, rest := range phrases[c.lower(j)] {
		k := j + 1
		for _, w := range rest {
			if !c.is(k, w) {
				break
			}
			k++
		}
		if k-j-1 == len(rest) {
			return k, true
		}
	}
	return j, false
}

// ruleWhile: "for a while", "for some time", "for quite some time": a
// length of time the text does not measure. Only after "for": "a while
// ago" and "some time next year" are other things.
func (c *tagCtx) ruleWhile(j int) (match, bool) {
	if !c.is(j-1, "for") {
		return match{}, false
	}
	k, ok := c.phraseAt(j, c.vocab.vagueLengths)
	if !ok {
		return match{}, false
	}
	if c.is(k, "ago") || c.is(k, "-") {
		return match{}, false
	}
	return match{end: k, typ: model.TimexDuration, value: "PXX"}, true
}
