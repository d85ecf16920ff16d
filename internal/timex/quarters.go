package timex

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsextract/newsextract/model"
)

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
