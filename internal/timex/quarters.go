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
	q := c.quarterHead(j)
	c.quarterNumber(&q)
	if !c.quarterNoun(&q) {
		return match{}, false
	}
	c.quarterYear(&q)
	if q.half > 0 && c.is(q.k, "of") {
		// "the last half of the '80s"
		if m, ok := c.ruleDecade(q.k + 1); ok {
			m.mod = model.ModStart
			if q.half == 2 {
				m.mod = model.ModEnd
			}
			return m, true
		}
	}
	if q.year == 0 && !q.hasYearRel && !q.yearAgo && (q.q > 0 || q.half > 0) && c.sportsSentence(j) {
		return match{}, false // "scored in the second half": a game's, not a year's
	}
	return c.resolveQuarter(q)
}

// quarterPhrase is what ruleQuarter has read of "the fiscal first quarter
// of 1990", "this year's second half", "the year-ago period".
type quarterPhrase struct {
	start int
	k     int    // the next word to read
	det   string // a word of quarter-determiners.tsv, or ""
	// detRel is the direction of a determiner of time ("last") when
	// hasDetRel.
	detRel    int
	hasDetRel bool
	// yearRel is the year of "this year's", "of last year" when
	// hasYearRel.
	yearRel    int
	hasYearRel bool
	year       int  // a year told ("of 1990", "Q4 2012"), or 0
	yearAgo    bool // "the year-ago quarter", "the quarter a year ago"
	latest     bool // "the latest quarter"
	current    bool // "the current quarter"
	compar     bool // "the comparable period": the same one a year before
	q          int  // 1-4, -1 for "the last half", 0 for none
	half       int  // 1 or 2, 0 for none
	qToken     bool // written "Q4" or "H1"
}

// quarterHead reads the words before a quarter's number from j: the
// determiner, "this year's", and the modifiers of quarter-modifiers.tsv,
// "year-ago" and a year between ("the 1990 fourth quarter").
func (c *tagCtx) quarterHead(j int) quarterPhrase {
	q := quarterPhrase{start: j, k: j}
	if d, ok := lookup(c, q.k, classQuarterDet, c.vocab.quarterDets); ok {
		q.det, q.detRel, q.hasDetRel = c.lower(q.k), d.rel, d.hasRel
		q.k++
	}
	// "this year's third quarter", "last year's quarter"
	if rel, ok := c.relYearWord(q.k - 1); ok && q.det != "" && c.is(q.k, "year") && c.is(q.k+1, "'") && c.is(q.k+2, "s") {
		q.yearRel, q.hasYearRel = rel, true
		q.k += 3
		q.det, q.detRel, q.hasDetRel = "the", 0, false
	}
	for n := 0; n < 4; n++ {
		k := q.k
		switch role := c.vocab.quarterMods[c.lower(k)]; {
		case role == quarterKind || role == quarterSame:
			q.compar = q.compar || role == quarterSame
			q.k++
		case role == quarterLatest:
			q.latest = true
			q.k++
		case role == quarterCurrent:
			q.current = true
			q.k++
		case c.is(k, "year") && c.is(k+1, "-") && c.vocab.agoWords[c.lower(k+2)]:
			q.yearAgo = true
			q.k += 3
		case c.is(k, "year") && c.vocab.agoWords[c.lower(k+1)] && q.det != "" && q.det != "a":
			q.yearAgo = true
			q.k += 2
		default:
			y, k2, ok := c.yearAt(k)
			if !ok || q.det == "" {
				return q
			}
			q.year, q.k = y, k2
		}
	}
	return q
}

// quarterNumber reads which quarter or half: "Q4", "H1", "third",
// "3rd", "last" (of "the last half"), with a "fiscal" or hyphen after.
func (c *tagCtx) quarterNumber(q *quarterPhrase) {
	k := q.k
	if l := c.lower(k); len(l) == 2 && l[0] == 'q' && l[1] >= '1' && l[1] <= '4' && c.text[c.words[k].start] == 'Q' {
		// "Q4", "Q4 2012", "the Q1 results": the financial press's
		// shorthand for the quarter.
		q.q, q.qToken = int(l[1]-'0'), true
		k++
	} else if (l == "h1" || l == "h2") && c.text[c.words[k].start] == 'H' && k+1 < len(c.words) && c.words[k+1].kind == kindDigits {
		// "H1 2013": the half year, written like "Q4 2012".
		q.half, q.qToken = int(l[1]-'0'), true
		k++
	} else if o, ok := c.vocab.ordinals[c.lower(k)]; ok && o <= 4 {
		q.q = o
		k++
	} else if k < len(c.words) && c.words[k].kind == kindMixed {
		if o, ok := c.ordinalDigits(c.words[k].lower); ok && o <= 4 {
			q.q = o
			k++
		}
	} else if c.is(k, "last") && q.det == "the" {
		q.q = -1
		k++
	}
	if c.is(k, "fiscal") {
		k++
	}
	if q.q != 0 && !q.qToken && c.is(k, "-") && c.adjacent(k) {
		k++
	}
	q.k = k
}

// quarterNoun reads "quarter", "half" or "period" and reports whether the
// words read so far make a quarter or half.
func (c *tagCtx) quarterNoun(q *quarterPhrase) bool {
	k := q.k
	switch c.lower(k) {
	case "quarter":
		if q.qToken || c.is(k+1, "-") && c.adjacent(k+1) {
			return false // "a quarter-century low"
		}
		q.k++
	case "half":
		if q.q == 0 || q.q > 2 {
			return false
		}
		q.half = q.q
		if q.q == -1 {
			q.half = 2
		}
		q.k++
	case "period":
		// "the year-ago period", "the corresponding period last year"
		if q.det != "the" || q.q != 0 || !(q.latest || q.yearAgo || q.year != 0 || q.compar && c.yearAgoAt(k+1) > 0) {
			return false
		}
		q.k++
	default:
		// "year-earlier" alone before a noun; "Q4" needs no noun.
		if !(q.yearAgo && q.q == 0 && q.det == "" || q.qToken) {
			return false
		}
	}
	if q.q == -1 && q.half == 0 {
		return false
	}
	return q.q != 0 || q.half != 0 || q.det != "" && q.det != "a" || q.yearAgo
}

// quarterYear reads the year after a quarter: "of 1990", "of this year",
// "of the year", "2012" (after "Q4"), "a year ago".
func (c *tagCtx) quarterYear(q *quarterPhrase) {
	k := q.k
	if c.is(k, "of") || c.is(k, ",") {
		if y, k2, ok := c.yearAt(k + 1); ok {
			q.year, q.k = y, k2
		} else if rel, ok := c.relYearWord(k + 1); ok && c.is(k+2, "year") && c.is(k, "of") {
			q.yearRel, q.hasYearRel = rel, true
			q.k += 3
		} else if c.is(k, "of") && c.is(k+1, "the") && c.is(k+2, "year") && !c.is(k+3, "-") && !c.is(k+3, "'") {
			// "the first half of the year": the year the story is in.
			q.k += 3
			if c.hasLast && c.last.g >= granYear {
				q.year = c.last.t.Year()
			}
		}
	} else if y, k2, ok := c.yearAt(k); ok && c.words[k].kind == kindDigits {
		q.year, q.k = y, k2
	} else if n := c.yearAgoAt(k); n > 0 && q.det == "the" && q.year == 0 && !q.hasYearRel {
		// "the quarter a year ago", "the corresponding period last year"
		q.yearAgo = true
		q.k += n
	}
}

// resolveQuarter gives a quarter or half its value.
func (c *tagCtx) resolveQuarter(q quarterPhrase) (match, bool) {
	if !c.hasRef && q.year == 0 {
		v := "XXXX-QX"
		if q.q > 0 {
			v = fmt.Sprintf("XXXX-Q%d", q.q)
		}
		if q.half > 0 {
			v = fmt.Sprintf("XXXX-H%d", q.half)
		}
		return match{end: q.k, typ: model.TimexDate, value: v, unresolved: true}, true
	}
	if q.half > 0 {
		year := q.year
		if year == 0 {
			year = c.ref.Year()
			if q.hasYearRel {
				year += q.yearRel
			}
		}
		return match{end: q.k, typ: model.TimexDate, value: fmt.Sprintf("%04d-H%d", year, q.half)}, true
	}
	p, derived := c.quarterPoint(q)
	m := dateMatch(q.k, p)
	m.derived = derived
	return m, true
}

// quarterPoint is the quarter (or year) a quarter phrase with a reference
// date names; derived when it is counted from the quarter last told.
func (c *tagCtx) quarterPoint(q quarterPhrase) (point, bool) {
	switch {
	case q.q > 0 && q.year != 0:
		return point{day(q.year, time.Month(3*q.q-2), 1), granQuarter}, false
	case q.q > 0 && q.hasYearRel:
		return point{day(c.ref.Year()+q.yearRel, time.Month(3*q.q-2), 1), granQuarter}, false
	case q.q > 0:
		y := pickQuarter(c.ref, q.q, c.tense(q.start))
		if q.yearAgo {
			y--
		}
		if q.hasDetRel && q.detRel < 0 && y == c.ref.Year() && q.q >= (int(c.ref.Month())-1)/3+1 {
			y--
		}
		return point{day(y, time.Month(3*q.q-2), 1), granQuarter}, false
	case q.yearAgo:
		p := c.quarterContext().shift(-4)
		if q.hasYearRel {
			p = point{day(c.ref.Year()+q.yearRel, p.t.Month(), 1), granQuarter}
		}
		return p, true
	case q.year != 0:
		if c.hasLastQuarter {
			return point{day(q.year, c.lastQuarter.t.Month(), 1), granQuarter}, false
		}
		return point{day(q.year, 1, 1), granYear}, false
	case q.current || q.hasDetRel && q.detRel == 0:
		return point{c.ref, granQuarter}, false
	case q.hasDetRel:
		return point{c.ref, granQuarter}.shift(q.detRel), false // "last quarter"
	case q.hasYearRel:
		p := c.quarterContext()
		return point{day(c.ref.Year()+q.yearRel, p.t.Month(), 1), granQuarter}, false
	}
	// "the latest quarter", "the quarter": the one the story is about.
	return c.quarterContext(), false
}

// yearAgoAt returns the length of "a year ago", "a year earlier" or "last
// year" at word k, or 0.
func (c *tagCtx) yearAgoAt(k int) int {
	switch {
	case c.is(k, "a") && c.is(k+1, "year") && c.vocab.agoWords[c.lower(k+2)]:
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
		if c.vocab.sportsCues[c.doc.Lower(i)] {
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
	if s == "FA" && hasThe && c.vocab.dropPreps[c.lower(k)] {
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
