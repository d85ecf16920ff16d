package timex

import (
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/model"
)

// ruleSet: "every week", "each Friday", "daily", "twice a year", "per
// day".
func (c *tagCtx) ruleSet(j int) (match, bool) {
	l := c.lower(j)
	if v, ok := c.vocab.setWords[l]; ok {
		return c.oneWordSet(j, v)
	}
	switch {
	case c.has(j, classCountAdverb):
		// "twice a month": the TimeML specification's own example keeps
		// the count inside the set.
		return c.countSet(j + 1)
	case c.has(j, classEveryWord):
		return c.everySet(j + 1)
	case l == "per":
		if c.is(j-1, "times") || c.has(j-1, classCountAdverb) {
			// The count starts the expression: "twice per month" above,
			// "three times per year" in ruleTimesSet.
			return match{}, false
		}
		if u, plural, k2, ok := c.unitAt(j + 1); ok && !plural {
			return match{end: k2, typ: model.TimexSet, value: durValue(1, false, u)}, true
		}
	}
	return match{}, false
}

// oneWordSet reads the set word at j ("daily", value v) where it is one:
// "daily volume", "the party daily Quorble Post", "20% annually",
// "5,000 cars annually" are not annotated as sets. Before a noun it is
// one only after a determiner: "his daily life", "a daily basis", "the
// weekly radio address".
func (c *tagCtx) oneWordSet(j int, v string) (match, bool) {
	if n := c.pos(j + 1); strings.HasPrefix(n, "NN") && !c.vocab.setDeterminers[c.lower(j-1)] || j+1 < len(c.words) && c.words[j+1].capitalized {
		return match{}, false
	}
	if j > 0 && (c.words[j-1].kind == kindDigits || c.lower(j-1) == "%" || c.pos(j-1) == "NNS" || c.pos(j-1) == "CD") {
		return match{}, false
	}
	return match{end: j + 1, typ: model.TimexSet, value: v}, true
}

// everySet reads what follows "every" or "each" at k: "week", "other
// day", "few years", "three months", "Friday", "Friday night", "March",
// "summer", "morning".
func (c *tagCtx) everySet(k int) (match, bool) {
	step := 1.0
	switch {
	case c.is(k, "other"):
		step = 2
		k++
	case c.everyVagueCountAt(k):
		// "every few years": a set whose period is not told.
		k++
		if c.is(k, "of") {
			k++
		}
		if u, plural, k2, ok := c.unitAt(k); ok && plural {
			return match{end: k2, typ: model.TimexSet, value: durValue(0, true, u)}, true
		}
		return match{}, false
	default:
		if n, vague, k2, ok := c.number(k); ok && !vague && c.lower(k) != "a" {
			step, k = n, k2
		}
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
	return match{}, false
}

// everyVagueCountAt reports whether a vague count starts at k: "few",
// "couple of".
func (c *tagCtx) everyVagueCountAt(k int) bool {
	needsOf, ok := c.vocab.everyVagueOf[c.lower(k)]
	return ok && (!needsOf || c.is(k+1, "of"))
}

// countSet parses the set after a count, at k: "a month", "per day",
// "every week".
func (c *tagCtx) countSet(k int) (match, bool) {
	switch l := c.lower(k); {
	case c.vocab.rateWords[l]:
		if u, plural, k2, ok := c.unitAt(k + 1); ok && !plural {
			return match{end: k2, typ: model.TimexSet, value: durValue(1, false, u)}, true
		}
	case c.has(k, classEveryWord):
		if m, ok := c.ruleSet(k); ok {
			return match{end: m.end, typ: model.TimexSet, value: m.value}, true
		}
	}
	return match{}, false
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
