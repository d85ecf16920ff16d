package timex

import (
	"strconv"
	"time"
)

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
		if d, ok := c.ordinalDigits(w.lower); ok && d >= 1 && d <= 31 {
			return d, j + 1, true
		}
	case kindLetters:
		if d, ok := lookup(c, j, classOrdinal, c.vocab.ordinals); ok && d <= 31 {
			if d == 20 || d == 30 {
				if c.is(j+1, "-") {
					if d2, ok := c.vocab.ordinals[c.lower(j+2)]; ok && d2 < 10 {
						return d + d2, j + 3, true
					}
				}
			}
			return d, j + 1, true
		}
		if c.has(j, classOrdinalTens) {
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

// ordinalDigits parses "24th", "1st" (ordinal-suffixes.txt).
func (c *tagCtx) ordinalDigits(s string) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	if !c.vocab.ordinalSuffixes[s[len(s)-2:]] {
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
	switch {
	case c.has(j, classYearHundreds):
		hi := c.vocab.numbers[w.lower]
		lo, k, ok := c.smallNumber(j + 1)
		if !ok || lo < 10 || lo > 99 {
			return 0, j, false
		}
		return hi*100 + lo, k, true
	case w.lower == "two":
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

// shortYearAfter reports whether w is the two-digit year after y: the
// "97" of "1996/97" and of "1996-97".
func shortYearAfter(y int, w word) bool {
	return w.kind == kindDigits && len(w.lower) == 2 && w.num == (y+1)%100
}

// smallNumber parses a spelled number below 100: "seven", "ninety-six",
// "twenty four".
func (c *tagCtx) smallNumber(j int) (int, int, bool) {
	n, ok := lookup(c, j, classNumber, c.vocab.numbers)
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
	switch c.words[j].kind {
	case kindDigits:
		return c.digitNumber(j)
	case kindLetters:
		return c.wordNumber(j)
	}
	return 0, false, j, false
}

// digitNumber parses an amount in digits at j: "4", "1,000", "2.5",
// "2 1/2", "3-1/2".
func (c *tagCtx) digitNumber(j int) (n float64, vague bool, k int, ok bool) {
	w := c.words[j]
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
}

// wordNumber parses an amount in words at j: "a", "a few", "a couple of",
// "several", "half a", "dozens of", or a spelled number.
func (c *tagCtx) wordNumber(j int) (n float64, vague bool, k int, ok bool) {
	l := c.words[j].lower
	if l == "a" || l == "an" {
		w, ok := lookup(c, j+1, classArticleAmount, c.vocab.articleAmounts)
		if !ok {
			return 1, false, j + 1, true
		}
		k = j + 2
		if w.next != "" && c.is(k, w.next) {
			k++ // "a couple of"
		}
		return w.n, w.vague, k, true
	}
	if w, ok := lookup(c, j, classBareAmount, c.vocab.bareAmounts); ok {
		switch {
		case w.next == "":
			return w.n, w.vague, j + 1, true
		case w.next == "a" && (c.is(j+1, "a") || c.is(j+1, "an")), c.is(j+1, w.next):
			return w.n, w.vague, j + 2, true // "half an", "dozens of"
		}
	}
	return c.spelledNumber(j)
}

// spelledNumber parses a spelled number at j: "four", "twenty four", "two
// hundred and ten", "five thousand", "two and a half", "two-and-a-half".
func (c *tagCtx) spelledNumber(j int) (n float64, vague bool, k int, ok bool) {
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
	u, ok := lookup(c, j, classUnit, c.vocab.units)
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
	d, ok := lookup(c, j, classWeekday, c.vocab.weekdays)
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

// isoWeekday is TimeML's weekday number: Monday 1 ... Sunday 7.
func isoWeekday(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}

// partOfDayAt parses "morning", "night", and their kin.
func (c *tagCtx) partOfDayAt(j int) (string, int, bool) {
	p, ok := c.vocab.partsOfDay[c.lower(j)]
	return p, j + 1, ok
}

func daysIn(m time.Month, y int) int {
	return day(y, m+1, 0).Day()
}

// relYearWord maps word k, "last", "this", "next" and kin, to a year
// offset (relative-year-words.tsv).
func (c *tagCtx) relYearWord(k int) (int, bool) {
	return lookup(c, k, classRelYearWord, c.vocab.relYearWords)
}
