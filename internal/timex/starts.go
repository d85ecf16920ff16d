package timex

// Where each rule can start. bestRuleAt runs a rule only at a word where
// the rule can return a match: most candidate words ("at", "about", "not",
// a score's digits) start none, and each rule tried there cost a call and
// a few map look-ups for nothing. Leaving such a rule untried changes no
// output: a rule only reads the tagger's state, and one that returns no
// match takes no part in bestRuleAt's choice, which still goes through
// the others in the order of rules.
//
// A rule's start is read off its code: the words it tests word j against
// before it can return a match, and the kinds of word those tests take.
// It must hold every word at which the rule can match, never fewer (a
// start too small loses expressions; TestRuleStartsLoseNothing and
// FuzzRuleStarts tag texts with and without the skip), so each start below
// says why its rule matches nowhere else. A start may hold more words than
// the rule can start at: they only cost a try. The words are those of the
// vocabulary's tables and the few the rules' code names; they are words of
// letters (TestRuleStartsFit checks), so a number or a mark starts a rule
// only by its kind.

// ruleStart is where a rule can start a match: at every word of the kinds
// in kinds (bits 1<<kind) and at the words of letters in words.
type ruleStart struct {
	kinds uint8
	words []string
}

// anyOf is the kinds bits of ks.
func anyOf(ks ...wordKind) uint8 {
	var b uint8
	for _, k := range ks {
		b |= 1 << k
	}
	return b
}

// join is the words of all lists.
func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// ruleStarts maps every word of letters at which a rule can start to the
// bits of those rules (1<<i for rules[i]), and gives the bits of the rules
// that can start at any word of each other kind.
func (v *vocabulary) ruleStarts() (map[string]uint32, [kindPunct + 1]uint32) {
	words := map[string]uint32{}
	var kinds [kindPunct + 1]uint32
	for i, r := range rules {
		s := r.start(v)
		for _, w := range s.words {
			words[w] |= 1 << i
		}
		for k := range kinds {
			if s.kinds&(1<<k) != 0 {
				kinds[k] |= 1 << i
			}
		}
	}
	return words, kinds
}

// rulesAt returns the bits of the rules that can start a match at word j
// (1<<i for rules[i]), j inside c.words. classify has read those of a
// word of letters with its classes.
func (c *tagCtx) rulesAt(j int) uint32 {
	if c.everyRule {
		return 1<<len(rules) - 1
	}
	w := &c.words[j]
	if w.kind != kindLetters {
		return c.vocab.kindRules[w.kind]
	}
	return w.rules
}

// monthDateStart: ruleMonthDate reads a weekday first (weekdayPrefix:
// weekdayAt, or an abbreviation of weekdays.tsv), else a month (monthAt,
// which takes words of letters only).
func (v *vocabulary) monthDateStart() ruleStart {
	return ruleStart{words: join(keys(v.weekdays), keys(v.weekdayAbbrevs), keys(v.months))}
}

// dayMonthStart: ruleDayMonth reads a weekday first, as ruleMonthDate,
// else a day (dayAt: one or two digits, an ordinal in digits, a word of
// ordinals.tsv or ordinal-tens.txt).
func (v *vocabulary) dayMonthStart() ruleStart {
	return ruleStart{kinds: anyOf(kindDigits, kindMixed), words: join(keys(v.weekdays), keys(v.weekdayAbbrevs), keys(v.ordinals), keys(v.ordinalTens))}
}

// numericDateStart: ruleNumericDate returns nothing unless word j is
// digits.
func (v *vocabulary) numericDateStart() ruleStart {
	return ruleStart{kinds: anyOf(kindDigits)}
}

// clockStart: clockAt reads a noun of clock-nouns.tsv, or digits ("12
// noon", "1900 GMT", "10.30am", "3 p.m.", "15:00"), or a hour glued to its
// meridiem ("10am", letters and digits).
func (v *vocabulary) clockStart() ruleStart {
	return ruleStart{kinds: anyOf(kindDigits, kindMixed), words: keys(v.clockNouns)}
}

// yearStart: ruleYear reads "the year", "FY2015" (letters and digits), a
// word of fiscal-words.txt or definite-determiners.txt, else a year
// (yearAt: digits, a word of year-hundreds.txt, or "two" of "two
// thousand").
func (v *vocabulary) yearStart() ruleStart {
	return ruleStart{kinds: anyOf(kindDigits, kindMixed), words: join([]string{"the", "two"}, keys(v.fiscalWords), keys(v.definiteDets), keys(v.yearHundreds))}
}

// decadeStart: ruleDecade reads "the" or an apostrophe (a mark), then a
// decade: letters and digits ("1990s", "80s") or a word of decades.tsv.
func (v *vocabulary) decadeStart() ruleStart {
	return ruleStart{kinds: anyOf(kindMixed, kindPunct), words: join([]string{"the"}, keys(v.decades))}
}

// centuryStart: ruleCentury reads "the", a word of
// relative-year-words.tsv, an ordinal in digits, or an ordinal in words
// (dayAt of a word of letters: ordinals.tsv, ordinal-tens.txt).
func (v *vocabulary) centuryStart() ruleStart {
	return ruleStart{kinds: anyOf(kindMixed), words: join([]string{"the"}, keys(v.relYearWords), keys(v.ordinals), keys(v.ordinalTens))}
}

// quarterStart: quarterHead reads a word of quarter-determiners.tsv or
// quarter-modifiers.tsv, or "year-ago"; a year there needs a determiner
// before it. Without any of them quarterNumber must read "Q4", "H1" or
// "3rd" (letters and digits) or a word of ordinals.tsv ("last" needs "the"
// before it), or quarterNoun finds no quarter: "fiscal quarter" alone
// names none.
func (v *vocabulary) quarterStart() ruleStart {
	return ruleStart{kinds: anyOf(kindMixed), words: join([]string{"year"}, keys(v.quarterDets), keys(v.quarterMods), keys(v.ordinals))}
}

// weekdayStart: ruleWeekday reads "the", a word of
// weekday-determiners.tsv, or a weekday (weekdayAt).
func (v *vocabulary) weekdayStart() ruleStart {
	return ruleStart{words: join([]string{"the"}, keys(v.weekdayDets), keys(v.weekdays))}
}

// relDayStart: ruleRelDay reads a word of relative-days.tsv or "the" of
// "the day before yesterday".
func (v *vocabulary) relDayStart() ruleStart {
	return ruleStart{words: join([]string{"the"}, keys(v.relativeDays))}
}

// detUnitStart: ruleDetUnit reads "year-end" or "the year's end"
// (yearEndAt), else "the" or a word of unit-determiners.tsv
// (determinerAt).
func (v *vocabulary) detUnitStart() ruleStart {
	return ruleStart{words: join([]string{"the", "year"}, keys(v.unitDets))}
}

// seasonStart: ruleSeason reads "the" or a season.
func (v *vocabulary) seasonStart() ruleStart {
	return ruleStart{words: join([]string{"the"}, keys(v.seasons))}
}

// setStart: ruleSet reads a word of set-words.tsv, count-adverbs.txt or
// every-words.txt, or "per".
func (v *vocabulary) setStart() ruleStart {
	return ruleStart{words: join([]string{"per"}, keys(v.setWords), keys(v.countAdverbs), keys(v.everyWords))}
}

// durationStart: ruleDuration reads "a" before a number, "a", "the" or
// "quarter" of "a quarter century", a word of one-word-lengths.tsv, else
// an amount (amountAt): a word of definite-determiners.tsv or
// amount-openers.tsv, else a number (digits; "a", "an", a word of
// bare-amounts.tsv or numbers.tsv), else a unit.
func (v *vocabulary) durationStart() ruleStart {
	return ruleStart{kinds: anyOf(kindDigits), words: join([]string{"a", "an", "the", "quarter"}, keys(v.oneWordLengths), keys(v.definiteDets),
		keys(v.amountOpeners), keys(v.bareAmounts), keys(v.numbers), keys(v.units))}
}

// refStart: ruleRef reads the first word of a pair of ref-pairs.tsv,
// "the", "future", "soon" or a word of ref-words.tsv.
func (v *vocabulary) refStart() ruleStart {
	first := make([]string, 0, len(v.refPairs))
	for k := range v.refPairs {
		first = append(first, k[0])
	}
	return ruleStart{words: join([]string{"the", "future", "soon"}, first, keys(v.refWords))}
}

// holidayStart: ruleHoliday reads a word of holiday-determiners.tsv, else
// the first word of a holiday's name.
func (v *vocabulary) holidayStart() ruleStart {
	return ruleStart{words: join(keys(v.holidayDets), keys(v.holidays))}
}

// ordinalDayStart: ruleOrdinalDay reads "the", a word of possessives.txt,
// or an ordinal of ordinals.tsv.
func (v *vocabulary) ordinalDayStart() ruleStart {
	return ruleStart{words: join([]string{"the"}, keys(v.possessives), keys(v.ordinals))}
}

// midDayStart: ruleMidDay reads "mid" or a word of mid-parts-of-day.tsv.
func (v *vocabulary) midDayStart() ruleStart {
	return ruleStart{words: join([]string{"mid"}, keys(v.midPartsOfDay))}
}

// whileStart: ruleWhile reads a phrase of vague-lengths.txt.
func (v *vocabulary) whileStart() ruleStart {
	return ruleStart{words: keys(v.vagueLengths)}
}

// timesSetStart: ruleTimesSet reads a number (digits, a word of
// bare-amounts.tsv or numbers.tsv; not "a" or "an").
func (v *vocabulary) timesSetStart() ruleStart {
	return ruleStart{kinds: anyOf(kindDigits), words: join(keys(v.bareAmounts), keys(v.numbers))}
}

// nextDayStart: ruleNextDay reads a day (dayAt, as ruleDayMonth).
func (v *vocabulary) nextDayStart() ruleStart {
	return ruleStart{kinds: anyOf(kindDigits, kindMixed), words: join(keys(v.ordinals), keys(v.ordinalTens))}
}

// rangeEndStart: ruleRangeEnd reads the two digits of a year ("2012-13")
// or a month (monthAt).
func (v *vocabulary) rangeEndStart() ruleStart {
	return ruleStart{kinds: anyOf(kindDigits), words: keys(v.months)}
}
