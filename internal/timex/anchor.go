package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// gran is the granularity of a calendar point.
type gran int

const (
	granNone gran = iota
	granCentury
	granDecade
	granYear
	granQuarter
	granMonth
	granWeek
	granDay
)

// point is a calendar period: the period of granularity g holding t.
type point struct {
	t time.Time
	g gran
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// value formats p as a TIMEX3 value.
// Years 0 to 9999, all the corpora hold, are written digit by digit:
// fmt.Sprintf was most of the cost of a value, and values are made for
// every match a rule tries, not only the ones kept.
func (p point) value() string {
	y := p.t.Year()
	if y < 0 || y > 9999 {
		return p.valueFmt()
	}
	var buf [16]byte
	b := buf[:0]
	switch p.g {
	case granCentury:
		b = append(appendPadded(b, y/100, 2), "XX"...)
	case granDecade:
		b = append(appendPadded(b, y/10, 3), 'X')
	case granYear:
		b = appendPadded(b, y, 4)
	case granQuarter:
		b = strconv.AppendInt(append(appendPadded(b, y, 4), "-Q"...), int64((int(p.t.Month())-1)/3+1), 10)
	case granMonth:
		b = appendPadded(append(appendPadded(b, y, 4), '-'), int(p.t.Month()), 2)
	case granWeek:
		wy, w := p.t.ISOWeek()
		if wy < 0 || wy > 9999 {
			return p.valueFmt()
		}
		b = appendPadded(append(appendPadded(b, wy, 4), "-W"...), w, 2)
	case granDay:
		b = appendPadded(append(appendPadded(b, y, 4), '-'), int(p.t.Month()), 2)
		b = appendPadded(append(b, '-'), p.t.Day(), 2)
	default:
		return ""
	}
	return string(b)
}

// appendPadded appends n, not negative, with zeros in front to width
// digits, as fmt's %0*d.
func appendPadded(b []byte, n, width int) []byte {
	digits := 1
	for x := n; x >= 10; x /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// valueFmt is value for any year.
func (p point) valueFmt() string {
	y := p.t.Year()
	switch p.g {
	case granCentury:
		return fmt.Sprintf("%02dXX", y/100)
	case granDecade:
		return fmt.Sprintf("%03dX", y/10)
	case granYear:
		return fmt.Sprintf("%04d", y)
	case granQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(p.t.Month())-1)/3+1)
	case granMonth:
		return fmt.Sprintf("%04d-%02d", y, int(p.t.Month()))
	case granWeek:
		wy, w := p.t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", wy, w)
	case granDay:
		return p.t.Format("2006-01-02")
	}
	return ""
}

// shift moves p by n periods of its own granularity.
func (p point) shift(n int) point {
	t := p.t
	switch p.g {
	case granCentury:
		t = t.AddDate(100*n, 0, 0)
	case granDecade:
		t = t.AddDate(10*n, 0, 0)
	case granYear:
		t = day(t.Year()+n, 1, 1)
	case granQuarter:
		q := (int(t.Month()) - 1) / 3
		t = day(t.Year(), time.Month(3*q+1), 1).AddDate(0, 3*n, 0)
	case granMonth:
		t = day(t.Year(), t.Month(), 1).AddDate(0, n, 0)
	case granWeek:
		t = t.AddDate(0, 0, 7*n)
	case granDay:
		t = t.AddDate(0, 0, n)
	}
	return point{t, p.g}
}

// at returns the period of granularity g holding p's time.
func (p point) at(g gran) point { return point{p.t, g} }

// unitGran maps a duration unit letter to a calendar granularity.
func unitGran(u string) gran {
	switch u {
	case "Y":
		return granYear
	case "Q":
		return granQuarter
	case "M":
		return granMonth
	case "W", "WE":
		return granWeek
	case "D":
		return granDay
	case "DE":
		return granDecade
	case "CE":
		return granCentury
	}
	return granNone
}

// unresolvedValue is the placeholder value of a relative expression when
// there is no reference date.
func unresolvedValue(g gran) string {
	switch g {
	case granCentury:
		return "XXXX"
	case granDecade:
		return "XXXX"
	case granYear:
		return "XXXX"
	case granQuarter:
		return "XXXX-QX"
	case granMonth:
		return "XXXX-XX"
	case granWeek:
		return "XXXX-WXX"
	}
	return "XXXX-XX-XX"
}

// Tense of the clause around an expression.
const (
	tensePast    = -1
	tensePresent = 0
	tenseFuture  = 1
)

// tense guesses whether the clause holding word i speaks of the past, the
// present or the future, from the nearest verb group in its sentence.
func (c *tagCtx) tense(i int) int {
	k := int(c.words[i].token)
	if k < 0 {
		// The word sits inside a token that starts earlier ("Aug." lexes
		// as "Aug" "."; prose might not); search back for one.
		for j := i; j >= 0 && k < 0; j-- {
			k = int(c.words[j].token)
		}
		if k < 0 {
			return tensePresent
		}
	}
	lo, hi, ok := c.verbGroup(k)
	if !ok {
		return tensePresent
	}
	toks := c.doc.Tokens
	past, perfect := false, false
	for j := lo; j <= hi; j++ {
		switch c.vocab.tenseWords[c.doc.Lower(j)] {
		case tenseWordFuture:
			return tenseFuture
		case tenseWordFutureTo:
			if j+1 < len(toks) && toks[j+1].Text == "to" {
				return tenseFuture
			}
		case tenseWordPerfect:
			perfect = true
		}
		switch toks[j].POS() {
		case "VBD":
			past = true
		case "VBN":
			// "has arrived" is past; "is expected", "be returned" are not;
			// a bare VBN is mostly prose's mistake for a VBD.
			if perfect || j == lo {
				past = true
			}
		}
	}
	if past {
		return tensePast
	}
	return tensePresent
}

// verbGroup finds the verb nearest to token k in its sentence and returns
// the tokens [lo, hi] of its group: "will be", "had been", "is expected
// to". ok is false when the sentence has no verb.
func (c *tagCtx) verbGroup(k int) (lo, hi int, ok bool) {
	toks := c.doc.Tokens
	s := c.doc.Sentences[toks[k].Sent]
	// A verb of the expression's own clause, between the commas around it,
	// first ("X, who met them on Wednesday, is expected to sign"); else the
	// nearest in the sentence.
	if lo, hi, ok := c.nearestVerb(k, c.clauseStart(k, s.First), c.clauseEnd(k, s.Last)); ok {
		return lo, hi, true
	}
	return c.nearestVerb(k, s.First, s.Last)
}

// clauseStart returns the token after the comma, semicolon or dash before
// token k, or first.
func (c *tagCtx) clauseStart(k, first int) int {
	for j := k - 1; j >= first; j-- {
		if isClauseBreak(c.doc.Tokens[j].Text) {
			return j + 1
		}
	}
	return first
}

// clauseEnd returns the comma, semicolon or dash after token k, or last.
func (c *tagCtx) clauseEnd(k, last int) int {
	for j := k + 1; j < last; j++ {
		if isClauseBreak(c.doc.Tokens[j].Text) {
			return j
		}
	}
	return last
}

// isClauseBreak reports punctuation that parts clauses.
func isClauseBreak(s string) bool {
	return s == "," || s == ";" || s == "—" || s == "--"
}

// nearestVerb finds the verb nearest to token k in tokens [first, last) and
// returns its group, as verbGroup does.
func (c *tagCtx) nearestVerb(k, first, last int) (lo, hi int, ok bool) {
	toks := c.doc.Tokens
	s := c.doc.Sentences[toks[k].Sent]
	best, bestD := -1, 1<<30
	for j := first; j < last; j++ {
		p := toks[j].POS()
		if !strings.HasPrefix(p, "VB") && p != "MD" {
			continue
		}
		d := j - k
		if d < 0 {
			d = -d*2 - 1 // a verb to the right governs slightly more often
		} else {
			d *= 2
		}
		if d < bestD {
			best, bestD = j, d
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	lo = best
	for lo > s.First && lo > best-4 && inVerbGroup(toks[lo-1].POS()) {
		lo--
	}
	hi = best
	for hi+1 < s.Last && hi < best+3 && inVerbGroup(toks[hi+1].POS()) {
		hi++
	}
	return lo, hi, true
}

// inVerbGroup reports whether a token tagged p may be part of a verb
// group: a verb, a modal, an adverb or "to".
func inVerbGroup(p string) bool {
	return strings.HasPrefix(p, "VB") || p == "MD" || p == "RB" || p == "TO"
}

// pickYear chooses the year of a month (and day) given without one: the
// most recent on or before ref in the past tense, the next on or after in
// the future tense, the nearest otherwise.
func pickYear(ref time.Time, m time.Month, d int, tense int) int {
	y := ref.Year()
	if d == 0 {
		refM := day(y, ref.Month(), 1)
		cands := []time.Time{day(y-1, m, 1), day(y, m, 1), day(y+1, m, 1)}
		return choose(refM, cands, tense).Year()
	}
	cands := []time.Time{day(y-1, m, d), day(y, m, d), day(y+1, m, d)}
	return choose(ref, cands, tense).Year()
}

// chooseLimit is how far from the reference date tense may pull a date
// without a year: "was moved to Nov. 21" written on Nov. 2 means this
// Nov. 20, not last year's, although the verb is past.
const chooseLimit = 300 * 24 * time.Hour

// choose picks among ascending candidates by tense: the latest on or
// before ref in the past tense, the first on or after in the future, the
// nearest otherwise or when the tense's choice lies too far away.
func choose(ref time.Time, cands []time.Time, tense int) time.Time {
	switch tense {
	case tensePast:
		for i := len(cands) - 1; i >= 0; i-- {
			if !cands[i].After(ref) {
				if ref.Sub(cands[i]) <= chooseLimit {
					return cands[i]
				}
				break
			}
		}
	case tenseFuture:
		for _, c := range cands {
			if !c.Before(ref) {
				if c.Sub(ref) <= chooseLimit {
					return c
				}
				break
			}
		}
	}
	best := cands[0]
	bd := absDur(cands[0].Sub(ref))
	for _, c := range cands[1:] {
		// Ties go to the past: news mostly reports what happened.
		if d := absDur(c.Sub(ref)); d < bd {
			best, bd = c, d
		}
	}
	return best
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// pickWeekday resolves a bare weekday: in the past tense the latest such
// day on or before ref, in the future the next on or after, otherwise the
// nearest (ties to the past). rel is -1 for "last", +1 for "next", 0 none.
func pickWeekday(ref time.Time, wd time.Weekday, tense, rel int) time.Time {
	back := (int(ref.Weekday()) - int(wd) + 7) % 7 // days back to it, 0-6
	fwd := (int(wd) - int(ref.Weekday()) + 7) % 7  // days forward, 0-6
	switch {
	case rel < 0:
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case rel > 0:
		if fwd == 0 {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	case tense == tensePast:
		return ref.AddDate(0, 0, -back)
	case tense == tenseFuture:
		return ref.AddDate(0, 0, fwd)
	}
	// Present or unknown tense: the nearest such day, ties to the past
	// (news mostly reports what happened).
	if fwd < back {
		return ref.AddDate(0, 0, fwd)
	}
	return ref.AddDate(0, 0, -back)
}

// pickQuarter resolves "the third quarter" without a year: news speaks of
// the quarter just reported, so the latest such quarter not after the
// current one, unless the clause is in the future tense.
func pickQuarter(ref time.Time, q int, tense int) int {
	cur := (int(ref.Month())-1)/3 + 1
	y := ref.Year()
	if tense == tenseFuture && q < cur-1 {
		// A future quarter; but the one just ended is still reported on.
		return y + 1
	}
	if q > cur {
		return y - 1
	}
	return y
}

// pickSeason resolves a season without a year the same way as a month,
// taking the season's middle month.
func pickSeason(ref time.Time, s string, tense int) int {
	var m time.Month
	switch s {
	case "SP":
		m = time.April
	case "SU":
		m = time.July
	case "FA":
		m = time.October
	case "WI":
		m = time.January
	}
	return pickYear(ref, m, 0, tense)
}
