package timex

// wordClass is one bit of word.classes: the word is in one of the tables
// that the rules look up at every candidate word. Tag sets the bits once
// per word with one map access, so those look-ups cost a bit test, as the
// string switches they replace did.
type wordClass uint8

const (
	classStarter        wordClass = iota // starters.txt and the tables' first words
	classDeterminer                      // determiners.txt
	classPositionMod                     // position-mods.tsv
	classClockNoun                       // clock-nouns.tsv
	classMeridiem                        // meridiems.tsv
	classMidPartOfDay                    // mid-parts-of-day.tsv
	classDefiniteDet                     // definite-determiners.txt
	classFiscalWord                      // fiscal-words.txt
	classQuarterDet                      // quarter-determiners.tsv
	classWeekdayDet                      // weekday-determiners.tsv
	classRelativeDay                     // relative-days.tsv
	classUnitDet                         // unit-determiners.tsv
	classCountAdverb                     // count-adverbs.txt
	classEveryWord                       // every-words.txt
	classArticleAmount                   // article-amounts.tsv
	classBareAmount                      // bare-amounts.tsv
	classRefPairFirst                    // the first words of ref-pairs.tsv
	classHolidayDet                      // holiday-determiners.tsv
	classPossessive                      // possessives.txt
	classRelYearWord                     // relative-year-words.tsv
	classWeekday                         // weekdays.tsv: the names
	classWeekdayAbbrev                   // weekdays.tsv: the abbreviations
	classOrdinal                         // ordinals.tsv
	classOrdinalTens                     // ordinal-tens.txt
	classNumber                          // numbers.tsv
	classUnit                            // units.tsv
	classOneWordLength                   // one-word-lengths.tsv
	classAmountOpener                    // amount-openers.tsv
	classAmountModifier                  // the first words of amount-modifiers.tsv
	classYearHundreds                    // year-hundreds.txt
	classModifierDet                     // modifier-determiners.txt
)

// classMembers lists the words of every class.
func (v *vocabulary) classMembers() []struct {
	class wordClass
	words []string
} {
	refFirst := make([]string, 0, len(v.refPairs))
	for k := range v.refPairs {
		refFirst = append(refFirst, k[0])
	}
	return []struct {
		class wordClass
		words []string
	}{
		{classStarter, keys(v.starters)},
		{classDeterminer, keys(v.determiners)},
		{classPositionMod, keys(v.positionMods)},
		{classClockNoun, keys(v.clockNouns)},
		{classMeridiem, keys(v.meridiems)},
		{classMidPartOfDay, keys(v.midPartsOfDay)},
		{classDefiniteDet, keys(v.definiteDets)},
		{classFiscalWord, keys(v.fiscalWords)},
		{classQuarterDet, keys(v.quarterDets)},
		{classWeekdayDet, keys(v.weekdayDets)},
		{classRelativeDay, keys(v.relativeDays)},
		{classUnitDet, keys(v.unitDets)},
		{classCountAdverb, keys(v.countAdverbs)},
		{classEveryWord, keys(v.everyWords)},
		{classArticleAmount, keys(v.articleAmounts)},
		{classBareAmount, keys(v.bareAmounts)},
		{classRefPairFirst, refFirst},
		{classHolidayDet, keys(v.holidayDets)},
		{classPossessive, keys(v.possessives)},
		{classRelYearWord, keys(v.relYearWords)},
		{classWeekday, keys(v.weekdays)},
		{classWeekdayAbbrev, keys(v.weekdayAbbrevs)},
		{classOrdinal, keys(v.ordinals)},
		{classOrdinalTens, keys(v.ordinalTens)},
		{classNumber, keys(v.numbers)},
		{classUnit, keys(v.units)},
		{classOneWordLength, keys(v.oneWordLengths)},
		{classAmountOpener, keys(v.amountOpeners)},
		{classAmountModifier, keys(v.amountMods)},
		{classYearHundreds, keys(v.yearHundreds)},
		{classModifierDet, keys(v.modifierDets)},
	}
}

func keys[T any](m map[string]T) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// wordBits is what classify gives a word of letters: the bits of its
// classes, and those of the rules that can start at it (v.ruleWords), so
// that one map access serves both.
type wordBits struct {
	classes uint32
	rules   uint32
}

// wordClasses maps every word of a class or of v.ruleWords to its bits.
func (v *vocabulary) wordClasses() map[string]wordBits {
	m := map[string]wordBits{}
	for _, c := range v.classMembers() {
		for _, w := range c.words {
			b := m[w]
			b.classes |= 1 << c.class
			m[w] = b
		}
	}
	for w, rules := range v.ruleWords {
		b := m[w]
		b.rules = rules
		m[w] = b
	}
	return m
}

// classify sets the class and rule bits of every word. The classes and
// v.ruleWords hold only words of letters (words_test.go, starts_test.go
// check), so other words keep none.
func classify(v *vocabulary, words []word) {
	for i := range words {
		if words[i].kind == kindLetters && v.classWords.MayHold(words[i].lower) {
			b := v.classes[words[i].lower]
			words[i].classes, words[i].rules = b.classes, b.rules
		}
	}
}

// has reports whether word k is of class cl.
func (c *tagCtx) has(k int, cl wordClass) bool {
	return k >= 0 && k < len(c.words) && c.words[k].classes&(1<<cl) != 0
}

// lookup returns the entry of word k in table m, whose words are those of
// class cl: only a word of the class costs a map access.
func lookup[T any](c *tagCtx, k int, cl wordClass, m map[string]T) (T, bool) {
	if !c.has(k, cl) {
		var zero T
		return zero, false
	}
	e, ok := m[c.words[k].lower]
	return e, ok
}

// A word has room for 32 classes; 31 are taken, so a new class past one
// more needs a wider word.classes.
var _ [32 - classModifierDet - 1]struct{}
