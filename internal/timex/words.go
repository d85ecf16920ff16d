package timex

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsextract/newsextract/internal/vocab"
	"github.com/newsextract/newsextract/model"
)

// wordFiles holds the tagger's vocabulary under words/: UTF-8 text, one
// entry per line, tab-separated columns. The first line is a '#' comment
// saying what the file holds and why; '#' starts any other comment line.
// The code holds the rules; these files hold the words the rules read.
//
//go:embed words/*.tsv words/*.txt
var wordFiles embed.FS

// wordsDir is where the word files sit inside the embedded file system.
const wordsDir = "words/"

// vocabulary is the parsed content of the word files. It is built once per
// process and read-only after, so taggers share it; every lookup is one map
// access, since the rules look words up for every candidate.
type vocabulary struct {
	months         map[string]time.Month
	monthAbbrevs   map[string]bool // the months that are abbreviations
	weekdays       map[string]weekdayWord
	weekdayAbbrevs map[string]time.Weekday
	numbers        map[string]int
	ordinals       map[string]int
	decades        map[string]int // "nineties" -> 9
	units          map[string]unitWord
	oneWordLengths map[string]string // "weeklong" -> unit code
	seasons        map[string]string // -> season code
	partsOfDay     map[string]string // -> part-of-day code
	refWords       map[string]string // -> PRESENT_REF, PAST_REF
	setWords       map[string]string // -> set value
	tenseWords     map[string]tenseRole
	quarterMods    map[string]quarterRole
	// amountOpeners maps "past", "first" and kin to whether they also open
	// a bare plural unit ("the coming months").
	amountOpeners map[string]bool
	// amountMods and holidays are keyed by their first word and tried in
	// file order.
	amountMods map[string][]amountModifier
	holidays   map[string][]holiday
	// starters holds every word that can begin an expression: Tag tries the
	// rules only at these words and at numbers.
	starters       map[string]bool
	datelineLabels []string
	// classes maps a word to the bits of its classes and of the rules
	// that can start at it (classes.go).
	classes    map[string]wordBits
	classWords vocab.Filter // the words of classes
	// ordinalWords are the words of ordinals and ordinalTens, which
	// mayHoldDate asks of every word of letters of a line.
	ordinalWords vocab.Filter
	// ruleWords maps a word of letters to the bits of the rules that can
	// start a match there, kindRules a kind of word to those that can
	// start at any word of it (starts.go). Tag reads the former from
	// classes.
	ruleWords map[string]uint32
	kindRules [kindPunct + 1]uint32

	// Tables of single rules; each file's header says what its words do.
	clockNouns      map[string]clockNoun
	clockPartsOfDay map[string]bool   // -> whether the hour is after noon
	midPartsOfDay   map[string]string // -> part-of-day code
	yearOpenEnds    map[[2]string]model.DateMod
	positionMods    map[string]positionMod
	relativeDays    map[string]relativeDay
	weekdayDets     map[string]weekdayDeterminer
	unitDets        map[string]unitDeterminer
	afterThis       map[string]int // -> direction, -1 or 1
	eventLinks      map[string]int // -> direction, -1 or 1
	countWords      map[string]countWord
	vagueLengths    map[string][][]string // first word -> the rest, in file order
	everyVagueOf    map[string]bool       // -> whether "of" must follow
	articleAmounts  map[string]amountWord
	bareAmounts     map[string]amountWord
	holidayPeriods  map[string]string // -> unit code, W or WE
	quarterDets     map[string]quarterDeterminer
	meridiems       map[string]meridiemWord
	holidayDets     map[string]int // -> direction, -1 or 1
	relYearWords    map[string]int // -> years from the reference, -1 to 1
	refPairs        map[[2]string]string

	// Word sets; each file's header says what its words do.
	determiners, zones, zoneRegions, weekdayNamers, weekdayNamed,
	notYearNouns, yearPluralNouns, notYearBefore, yearBeforePlural,
	yearKinds, yearDeterminers, ageOwners, genericTodayNouns, sportsCues,
	notAfterCurrent, periodParts, lengthNouns, setDeterminers, monthCues,
	seasonCues, amountFillers, clockOpeners,
	notTimeBeforeSoon, notTimeAfterSoon, zoneKinds, fiscalWords,
	timeOpeners, clockFillerWords, untilWords, asSoonWords,
	dayFromLastDets, possessives, modifierDets, agoWords, yearPartNouns,
	notAfterTheUnit, lengthPreps, partOfDayOpeners, bareFutureOpeners,
	futureAdjectives, termAdjectives, presentOpeners, refAdjectives,
	definiteDets, extraWords, quarterOfWords, pointWords, unitsAloneOpeners,
	spanPreps, eventFollowWords, recordWords, countAdverbs, everyWords,
	ordinalTens, yearHundreds, ordinalSuffixes, wordMonths, rangeConnectors,
	decadeOpeners, datelineClockWords, dropPreps, fiscalPeriods,
	rateWords map[string]bool
}

// quarterDeterminer is a word before a quarter: "the", "last".
type quarterDeterminer struct {
	rel    int  // -1 back, 1 forward, 0 this: "last quarter"
	hasRel bool // the word names a quarter from the reference date
}

// meridiemWord is "am" or "pm", or the first letter of "a.m." or "p.m.".
type meridiemWord struct {
	pm     bool
	letter bool
}

// amountWord is a word that makes an amount: "few", "dozen", "couple".
type amountWord struct {
	n     float64
	vague bool   // no number told
	next  string // the word that must or may follow ("of", "a"), or ""
}

// countWord is a word after an amount of time that counts it to a point:
// "ago", "earlier".
type countWord struct {
	dir       int  // -1 back, 1 forward, 0 none: the amount stays a length
	fromLast  bool // from the date last told, not from now
	clauseEnd bool // only at the end of a clause
}

// relativeDay is a day named by its distance from the reference date:
// "yesterday", "tonight".
type relativeDay struct {
	offset int
	part   string // a part-of-day code, or ""
}

// weekdayDeterminer is a word before a weekday: "last", "next".
type weekdayDeterminer struct {
	rel      int  // -1 back, 1 forward, 0 "this"
	afterThe bool // also after "the": "the following Monday"
}

// unitDeterminer is a word before a unit of time: "last", "the following".
type unitDeterminer struct {
	role  detRole
	place detPlace
}

// detRole is which unit a determiner picks.
type detRole uint8

const (
	detThis      detRole = iota // "this week"
	detBack                     // "last week"
	detForward                  // "next week"
	detFollowing                // "the following week": after the one last told
	detSame                     // "that same day": the one last told
	detWhole                    // "the whole year"
)

// detPlace is where a determiner stands with respect to "the".
type detPlace uint8

const (
	detAny      detPlace = iota
	detAlone             // never after "the"
	detAfterThe          // only after "the"
)

// clockNoun is a word that names an hour: "noon", "midnight".
type clockNoun struct {
	hour int
	// title is true when a capital off a sentence's start makes the word
	// part of a name ("High Noon").
	title bool
}

// positionMod is a word that places a point inside an expression: "early",
// "mid-", "the end of".
type positionMod struct {
	mod  model.DateMod
	form positionForm
}

// positionForm is how a position word joins the expression after it.
type positionForm uint8

const (
	positionAdjective    positionForm = iota // "early 2013", "mid-March"
	positionComparative                      // "earlier this year", "later in the week"
	positionNoun                             // "the end of 2013"
	positionNounOrPrefix                     // also "end-March"
)

// weekdayWord is a weekday name or its plural ("Tuesdays", a set).
type weekdayWord struct {
	day    time.Weekday
	plural bool
}

// unitWord is a unit of time: its TIMEX3 unit code and its number.
type unitWord struct {
	code   string
	plural bool
}

// tenseRole is what a word of a verb group says of its tense.
type tenseRole uint8

const (
	tenseNone         tenseRole = iota
	tenseWordFuture             // "will", "'ll"
	tenseWordFutureTo           // "expected", "plans": future before "to"
	tenseWordPerfect            // "has", "had"
)

// quarterRole is what a word between a determiner and a quarter does.
type quarterRole uint8

const (
	quarterNone    quarterRole = iota
	quarterKind                // "fiscal", "calendar": the kind of year
	quarterSame                // "comparable", "corresponding"
	quarterLatest              // "latest", "previous": the one just reported
	quarterCurrent             // "current", "present"
)

// amountModifier is a phrase before an amount that sets its mod.
type amountModifier struct {
	rest   []string // the words after the first
	mod    model.DateMod
	inside bool // the corpora keep the phrase inside the expression
	amount bool // only before a number or amount
}

var sharedVocabulary = sync.OnceValues(func() (*vocabulary, error) {
	return parseVocabulary(wordFiles)
})

// loadVocabulary returns the process-wide vocabulary, parsing the embedded
// word files on first use.
func loadVocabulary() (*vocabulary, error) {
	return sharedVocabulary()
}

// parseVocabulary reads and checks every word file in fsys.
func parseVocabulary(fsys fs.FS) (*vocabulary, error) {
	p := &wordParser{fsys: fsys}
	v := &vocabulary{}
	v.months, v.monthAbbrevs = p.months("months.tsv")
	v.weekdays, v.weekdayAbbrevs = p.weekdays("weekdays.tsv")
	v.numbers = table(p, "numbers.tsv", 2, intColumn(0, 99))
	v.ordinals = table(p, "ordinals.tsv", 2, intColumn(1, 31))
	v.decades = table(p, "decades.tsv", 2, intColumn(1, 9))
	v.units = table(p, "units.tsv", 3, unitColumns)
	v.oneWordLengths = table(p, "one-word-lengths.tsv", 2, oneOf(unitCodes...))
	v.seasons = table(p, "seasons.tsv", 2, oneOf("SP", "SU", "FA", "WI"))
	v.partsOfDay = table(p, "parts-of-day.tsv", 2, oneOf("MO", "AF", "EV", "NI"))
	v.refWords = table(p, "ref-words.tsv", 2, oneOf("PRESENT_REF", "PAST_REF", "FUTURE_REF"))
	v.setWords = table(p, "set-words.tsv", 2, setValue)
	v.tenseWords = table(p, "tense-words.tsv", 2, tenseColumn)
	v.quarterMods = table(p, "quarter-modifiers.tsv", 2, quarterColumn)
	v.amountOpeners = table(p, "amount-openers.tsv", 2, func(cols []string) (bool, error) {
		s, err := oneOf("units", "amount")(cols)
		return s == "units", err
	})
	v.amountMods = p.amountModifiers("amount-modifiers.tsv")
	v.holidays = p.holidays("holidays.tsv", v.weekdays)
	for _, s := range append(v.wordSets(), v.ruleWordSets()...) {
		*s.dst = p.set(s.file)
	}
	v.parseRuleTables(p)
	for _, ln := range p.lines("dateline-labels.txt", 1, false) {
		v.datelineLabels = append(v.datelineLabels, ln.cols[0])
	}
	if p.err != nil {
		return nil, p.err
	}
	v.starters = v.startWords()
	v.ruleWords, v.kindRules = v.ruleStarts()
	v.classes = v.wordClasses()
	for w := range v.classes {
		v.classWords.Add(w)
	}
	for _, w := range append(keys(v.ordinals), keys(v.ordinalTens)...) {
		v.ordinalWords.Add(w)
	}
	return v, nil
}

// wordSets names the file of every word set.
func (v *vocabulary) wordSets() []struct {
	file string
	dst  *map[string]bool
} {
	return []struct {
		file string
		dst  *map[string]bool
	}{
		{"determiners.txt", &v.determiners},
		{"zones.txt", &v.zones},
		{"zone-regions.txt", &v.zoneRegions},
		{"weekday-namers.txt", &v.weekdayNamers},
		{"weekday-named.txt", &v.weekdayNamed},
		{"not-year-nouns.txt", &v.notYearNouns},
		{"year-plural-nouns.txt", &v.yearPluralNouns},
		{"not-year-before.txt", &v.notYearBefore},
		{"year-before-plural.txt", &v.yearBeforePlural},
		{"year-kinds.txt", &v.yearKinds},
		{"year-determiners.txt", &v.yearDeterminers},
		{"age-owners.txt", &v.ageOwners},
		{"generic-today-nouns.txt", &v.genericTodayNouns},
		{"sports-cues.txt", &v.sportsCues},
		{"not-after-current.txt", &v.notAfterCurrent},
		{"period-parts.txt", &v.periodParts},
		{"length-nouns.txt", &v.lengthNouns},
		{"set-determiners.txt", &v.setDeterminers},
		{"month-cues.txt", &v.monthCues},
		{"season-cues.txt", &v.seasonCues},
		{"amount-fillers.txt", &v.amountFillers},
		{"clock-openers.txt", &v.clockOpeners},
		{"not-time-before-soon.txt", &v.notTimeBeforeSoon},
		{"not-time-after-soon.txt", &v.notTimeAfterSoon},
		{"starters.txt", &v.starters},
	}
}

// parseRuleTables reads the tables that each serve one or two rules.
func (v *vocabulary) parseRuleTables(p *wordParser) {
	v.clockNouns = table(p, "clock-nouns.tsv", 3, func(cols []string) (clockNoun, error) {
		h, err := intColumn(12, 24)(cols[:1])
		if err == nil && h != 12 && h != 24 {
			err = fmt.Errorf("hour %d is neither 12 nor 24", h)
		}
		if err != nil {
			return clockNoun{}, err
		}
		form, err := oneOf("title", "clock")(cols[1:])
		return clockNoun{hour: h, title: form == "title"}, err
	})
	v.clockPartsOfDay = table(p, "clock-parts-of-day.tsv", 2, func(cols []string) (bool, error) {
		s, err := oneOf("am", "pm")(cols)
		return s == "pm", err
	})
	v.midPartsOfDay = table(p, "mid-parts-of-day.tsv", 2, oneOf("MO", "AF", "EV", "NI"))
	v.yearOpenEnds = pairTable[model.DateMod](p, "year-open-ends.tsv", oneOf(string(model.ModOnOrAfter), string(model.ModOnOrBefore)))
	v.positionMods = table(p, "position-mods.tsv", 3, positionColumns)
	v.relativeDays = table(p, "relative-days.tsv", 3, func(cols []string) (relativeDay, error) {
		n, err := intColumn(-1, 1)(cols[:1])
		if err != nil {
			return relativeDay{}, err
		}
		part, err := oneOf("MO", "AF", "EV", "NI", "-")(cols[1:])
		if part == "-" {
			part = ""
		}
		return relativeDay{offset: n, part: part}, err
	})
	v.weekdayDets = table(p, "weekday-determiners.tsv", 3, func(cols []string) (weekdayDeterminer, error) {
		rel, err := directionColumn(cols[:1])
		if err != nil {
			return weekdayDeterminer{}, err
		}
		place, err := oneOf("alone", "after-the")(cols[1:])
		return weekdayDeterminer{rel: rel, afterThe: place == "after-the"}, err
	})
	v.unitDets = table(p, "unit-determiners.tsv", 3, unitDeterminerColumns)
	v.afterThis = table(p, "after-this.tsv", 2, backOrForward)
	v.eventLinks = table(p, "event-links.tsv", 2, backOrForward)
	v.countWords = table(p, "count-words.tsv", 4, countColumns)
	v.vagueLengths = p.phrases("vague-lengths.txt")
	v.everyVagueOf = table(p, "every-vague-counts.tsv", 2, func(cols []string) (bool, error) {
		s, err := oneOf("of", "-")(cols)
		return s == "of", err
	})
	v.articleAmounts = table(p, "article-amounts.tsv", 3, amountColumns("of", "-"))
	v.bareAmounts = table(p, "bare-amounts.tsv", 3, amountColumns("of", "a", "-"))
	v.holidayPeriods = table(p, "holiday-periods.tsv", 2, oneOf("W", "WE"))
	v.quarterDets = table(p, "quarter-determiners.tsv", 2, func(cols []string) (quarterDeterminer, error) {
		if cols[0] == "-" {
			return quarterDeterminer{}, nil
		}
		rel, err := directionColumn(cols)
		return quarterDeterminer{rel: rel, hasRel: true}, err
	})
	v.meridiems = table(p, "meridiems.tsv", 3, func(cols []string) (meridiemWord, error) {
		half, err := oneOf("am", "pm")(cols[:1])
		if err != nil {
			return meridiemWord{}, err
		}
		form, err := oneOf("word", "letter")(cols[1:])
		return meridiemWord{pm: half == "pm", letter: form == "letter"}, err
	})
	v.holidayDets = table(p, "holiday-determiners.tsv", 2, backOrForward)
	v.relYearWords = table(p, "relative-year-words.tsv", 2, directionColumn)
	v.refPairs = pairTable[string](p, "ref-pairs.tsv", oneOf("PRESENT_REF", "PAST_REF", "FUTURE_REF"))
}

func countColumns(cols []string) (countWord, error) {
	dir, err := oneOf("back", "forward", "none")(cols[:1])
	if err != nil {
		return countWord{}, err
	}
	w := countWord{}
	if dir != "none" {
		w.dir, _ = directionColumn(cols[:1])
	}
	from, err := oneOf("now", "last")(cols[1:2])
	if err != nil {
		return countWord{}, err
	}
	where, err := oneOf("any", "clause-end")(cols[2:])
	w.fromLast, w.clauseEnd = from == "last", where == "clause-end"
	return w, err
}

// amountColumns reads an amount ("vague" or a number) and the word after
// it, one of next ("-" for none).
func amountColumns(next ...string) func([]string) (amountWord, error) {
	return func(cols []string) (amountWord, error) {
		a := amountWord{vague: cols[0] == "vague"}
		if !a.vague {
			n, err := strconv.ParseFloat(cols[0], 64)
			if err != nil || n <= 0 || n > 1000 {
				return a, fmt.Errorf("%q is neither vague nor a number from 0 to 1000", cols[0])
			}
			a.n = n
		}
		w, err := oneOf(next...)(cols[1:])
		if w != "-" {
			a.next = w
		}
		return a, err
	}
}

// phrases reads a file of phrases, one a line, keyed by their first word;
// the value lists the rest of each phrase in file order.
func (p *wordParser) phrases(file string) map[string][][]string {
	m := map[string][][]string{}
	for _, ln := range p.lines(file, 1, false) {
		words := strings.Split(ln.cols[0], " ")
		m[words[0]] = append(m[words[0]], words[1:])
	}
	return m
}

// backOrForward reads "back" or "forward" as -1 or 1.
func backOrForward(cols []string) (int, error) {
	rel, err := directionColumn(cols)
	if err == nil && rel == 0 {
		err = fmt.Errorf("direction %q is neither back nor forward", cols[0])
	}
	return rel, err
}

// directionColumn reads "back", "this" or "forward" as -1, 0 or 1.
func directionColumn(cols []string) (int, error) {
	s, err := oneOf("back", "this", "forward")(cols)
	switch s {
	case "back":
		return -1, err
	case "forward":
		return 1, err
	}
	return 0, err
}

func unitDeterminerColumns(cols []string) (unitDeterminer, error) {
	roles := []string{"this", "back", "forward", "following", "same", "whole"}
	places := []string{"any", "alone", "after-the"}
	role, err := oneOf(roles...)(cols[:1])
	if err != nil {
		return unitDeterminer{}, err
	}
	place, err := oneOf(places...)(cols[1:])
	return unitDeterminer{role: detRole(indexOf(roles, role)), place: detPlace(indexOf(places, place))}, err
}

// indexOf returns the index of s in list, or 0.
func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return 0
}

func positionColumns(cols []string) (positionMod, error) {
	mod, err := oneOf(string(model.ModStart), string(model.ModMid), string(model.ModEnd))(cols[:1])
	if err != nil {
		return positionMod{}, err
	}
	forms := []string{"adjective", "comparative", "noun", "noun-or-prefix"}
	form, err := oneOf(forms...)(cols[1:])
	return positionMod{mod: model.DateMod(mod), form: positionForm(indexOf(forms, form))}, err
}

// pairTable reads "two words, value" lines, keyed by the two words so that a
// lookup builds no string.
func pairTable[T ~string](p *wordParser, file string, value func([]string) (string, error)) map[[2]string]T {
	m := map[[2]string]T{}
	for _, ln := range p.lines(file, 2, false) {
		words := strings.Split(ln.cols[0], " ")
		v, err := value(ln.cols[1:])
		if err == nil && len(words) != 2 {
			err = fmt.Errorf("%q is not two words", ln.cols[0])
		}
		if err != nil {
			p.fail(file, ln.n, "%v", err)
			return nil
		}
		m[[2]string{words[0], words[1]}] = T(v)
	}
	return m
}

// ruleWordSets names the file of every word set that serves one or two
// rules.
func (v *vocabulary) ruleWordSets() []struct {
	file string
	dst  *map[string]bool
} {
	return []struct {
		file string
		dst  *map[string]bool
	}{
		{"zone-kinds.txt", &v.zoneKinds},
		{"fiscal-words.txt", &v.fiscalWords},
		{"time-openers.txt", &v.timeOpeners},
		{"clock-filler-words.txt", &v.clockFillerWords},
		{"until-words.txt", &v.untilWords},
		{"as-soon-words.txt", &v.asSoonWords},
		{"day-from-last-determiners.txt", &v.dayFromLastDets},
		{"possessives.txt", &v.possessives},
		{"modifier-determiners.txt", &v.modifierDets},
		{"ago-words.txt", &v.agoWords},
		{"year-part-nouns.txt", &v.yearPartNouns},
		{"not-after-the-unit.txt", &v.notAfterTheUnit},
		{"length-prepositions.txt", &v.lengthPreps},
		{"part-of-day-openers.txt", &v.partOfDayOpeners},
		{"bare-future-openers.txt", &v.bareFutureOpeners},
		{"future-adjectives.txt", &v.futureAdjectives},
		{"term-adjectives.txt", &v.termAdjectives},
		{"present-openers.txt", &v.presentOpeners},
		{"ref-adjectives.txt", &v.refAdjectives},
		{"definite-determiners.txt", &v.definiteDets},
		{"extra-words.txt", &v.extraWords},
		{"quarter-of-words.txt", &v.quarterOfWords},
		{"point-words.txt", &v.pointWords},
		{"units-alone-openers.txt", &v.unitsAloneOpeners},
		{"span-prepositions.txt", &v.spanPreps},
		{"event-follow-words.txt", &v.eventFollowWords},
		{"record-words.txt", &v.recordWords},
		{"count-adverbs.txt", &v.countAdverbs},
		{"every-words.txt", &v.everyWords},
		{"ordinal-tens.txt", &v.ordinalTens},
		{"year-hundreds.txt", &v.yearHundreds},
		{"ordinal-suffixes.txt", &v.ordinalSuffixes},
		{"word-months.txt", &v.wordMonths},
		{"range-connectors.txt", &v.rangeConnectors},
		{"decade-openers.txt", &v.decadeOpeners},
		{"dateline-clock-words.txt", &v.datelineClockWords},
		{"drop-prepositions.txt", &v.dropPreps},
		{"fiscal-periods.txt", &v.fiscalPeriods},
		{"rate-words.txt", &v.rateWords},
	}
}

// startWords is the set of starters: the words of starters.txt and every
// word that starts an entry of the vocabulary's other tables.
func (v *vocabulary) startWords() map[string]bool {
	m := map[string]bool{}
	for k := range v.starters {
		m[k] = true
	}
	addKeys(m, v.months)
	addKeys(m, v.weekdays)
	addKeys(m, v.weekdayAbbrevs)
	addKeys(m, v.numbers)
	addKeys(m, v.ordinals)
	addKeys(m, v.decades)
	addKeys(m, v.units)
	addKeys(m, v.oneWordLengths)
	addKeys(m, v.seasons)
	addKeys(m, v.partsOfDay)
	addKeys(m, v.refWords)
	addKeys(m, v.setWords)
	addKeys(m, v.amountMods)
	addKeys(m, v.holidays)
	return m
}

func addKeys[T any](m map[string]bool, t map[string]T) {
	for k := range t {
		m[k] = true
	}
}

// wordLine is one entry of a word file: its 1-based line number and its
// columns.
type wordLine struct {
	n    int
	cols []string
}

// wordParser reads word files and keeps the first error, so that
// parseVocabulary reads as a list of files.
type wordParser struct {
	fsys fs.FS
	err  error
}

func (p *wordParser) fail(file string, n int, format string, args ...any) {
	if p.err == nil {
		p.err = &vocab.Error{File: wordsDir + file, Line: n, Reason: fmt.Sprintf(format, args...)}
	}
}

// lines reads the entries of file, each of cols columns, with a lower-case
// first column (mixedCase allows capitals there) listed once.
func (p *wordParser) lines(file string, cols int, mixedCase bool) []wordLine {
	if p.err != nil {
		return nil
	}
	data, err := vocab.ReadText(p.fsys, wordsDir+file)
	if err != nil {
		p.err = err
		return nil
	}
	lines, err := parseWordLines(file, data, cols, mixedCase)
	if err != nil {
		p.err = err
		return nil
	}
	return lines
}

// parseWordLines splits one word file into entries with vocab.Each (a
// header first; cols clean tab-separated columns per entry) and checks that
// the first column is lower-case (unless mixedCase) and that no earlier
// entry has it: of several faults, the first line's, as the lines read.
// The columns share one array, and duplicates are found by sorting, not in
// a map: the files are read at every start.
func parseWordLines(file string, data string, cols int, mixedCase bool) ([]wordLine, error) {
	n := strings.Count(data, "\n") + 1
	all := make([]string, 0, n*cols)
	out := make([]wordLine, 0, n)
	upper := -1 // the first entry whose first column is not lower-case
	err := vocab.Each(wordsDir+file, data, cols, cols, func(ln int, fields []string) error {
		if upper < 0 && !mixedCase && fields[0] != strings.ToLower(fields[0]) {
			upper = len(out)
		}
		start := len(all)
		all = append(all, fields...)
		out = append(out, wordLine{n: ln, cols: all[start:len(all):len(all)]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	dup, first := firstRepeat(out)
	switch {
	case upper >= 0 && (dup < 0 || upper <= dup):
		return nil, &vocab.Error{File: wordsDir + file, Line: out[upper].n, Reason: fmt.Sprintf("%q must be lower-case", out[upper].cols[0])}
	case dup >= 0:
		return nil, &vocab.Error{File: wordsDir + file, Line: out[dup].n, Reason: fmt.Sprintf("%q already listed on line %d", out[dup].cols[0], first)}
	}
	return out, nil
}

// firstRepeat returns the index of the first entry of lines, in file
// order, whose first column an earlier entry has, and that entry's line
// number; -1 if there is none.
func firstRepeat(lines []wordLine) (dup, firstLine int) {
	order := make([]int32, len(lines))
	for i := range order {
		order[i] = int32(i)
	}
	// Stable, so that entries of one key keep their file order.
	slices.SortStableFunc(order, func(a, b int32) int {
		return strings.Compare(lines[a].cols[0], lines[b].cols[0])
	})
	dup = -1
	for k := 1; k < len(order); k++ {
		prev, cur := order[k-1], order[k]
		if lines[prev].cols[0] != lines[cur].cols[0] {
			continue
		}
		// prev is the key's first entry only if the one before it differs.
		if k >= 2 && lines[order[k-2]].cols[0] == lines[cur].cols[0] {
			continue
		}
		if dup < 0 || int(cur) < dup {
			dup, firstLine = int(cur), lines[prev].n
		}
	}
	return dup, firstLine
}

// set reads a file of one word per line.
func (p *wordParser) set(file string) map[string]bool {
	lines := p.lines(file, 1, false)
	m := make(map[string]bool, len(lines))
	for _, ln := range lines {
		m[ln.cols[0]] = true
	}
	return m
}

// table reads a file of a word and cols-1 columns that value parses.
func table[T any](p *wordParser, file string, cols int, value func(cols []string) (T, error)) map[string]T {
	lines := p.lines(file, cols, false)
	m := make(map[string]T, len(lines))
	for _, ln := range lines {
		v, err := value(ln.cols[1:])
		if err != nil {
			p.fail(file, ln.n, "%v", err)
			return nil
		}
		m[ln.cols[0]] = v
	}
	return m
}

// intColumn parses a number from lo to hi.
func intColumn(lo, hi int) func([]string) (int, error) {
	return func(cols []string) (int, error) {
		n, err := strconv.Atoi(cols[0])
		if err != nil || n < lo || n > hi {
			return 0, fmt.Errorf("%q is not a number from %d to %d", cols[0], lo, hi)
		}
		return n, nil
	}
}

// oneOf accepts one of the given codes.
func oneOf(codes ...string) func([]string) (string, error) {
	return func(cols []string) (string, error) {
		for _, c := range codes {
			if cols[0] == c {
				return c, nil
			}
		}
		return "", fmt.Errorf("%q is none of %s", cols[0], strings.Join(codes, " "))
	}
}

// unitCodes are the TIMEX3 unit codes units.tsv may use.
var unitCodes = []string{"S", "MIN", "H", "D", "W", "WE", "FN", "M", "Q", "Y", "DE", "CE"}

func unitColumns(cols []string) (unitWord, error) {
	code, err := oneOf(unitCodes...)(cols[:1])
	if err != nil {
		return unitWord{}, err
	}
	number, err := oneOf("singular", "plural")(cols[1:])
	return unitWord{code: code, plural: number == "plural"}, err
}

// setValue accepts a TIMEX3 value of a set: a period ("P1D", "PT1H") or a
// recurring time ("XXXX-XX-XXTNI").
func setValue(cols []string) (string, error) {
	v := cols[0]
	if !strings.HasPrefix(v, "P") && !strings.HasPrefix(v, "XXXX-") || strings.ToUpper(v) != v {
		return "", fmt.Errorf("%q is no TIMEX3 set value", v)
	}
	return v, nil
}

func tenseColumn(cols []string) (tenseRole, error) {
	switch cols[0] {
	case "future":
		return tenseWordFuture, nil
	case "future-before-to":
		return tenseWordFutureTo, nil
	case "perfect":
		return tenseWordPerfect, nil
	}
	return tenseNone, fmt.Errorf("role %q is none of future, future-before-to, perfect", cols[0])
}

func quarterColumn(cols []string) (quarterRole, error) {
	switch cols[0] {
	case "kind":
		return quarterKind, nil
	case "same":
		return quarterSame, nil
	case "latest":
		return quarterLatest, nil
	case "current":
		return quarterCurrent, nil
	}
	return quarterNone, fmt.Errorf("role %q is none of kind, same, latest, current", cols[0])
}

// months reads "word, month, name|abbreviation" lines.
func (p *wordParser) months(file string) (map[string]time.Month, map[string]bool) {
	type month struct {
		m    time.Month
		abbr bool
	}
	t := table(p, file, 3, func(cols []string) (month, error) {
		n, err := intColumn(1, 12)(cols[:1])
		if err != nil {
			return month{}, err
		}
		form, err := oneOf("name", "abbreviation")(cols[1:])
		return month{time.Month(n), form == "abbreviation"}, err
	})
	months, abbrevs := map[string]time.Month{}, map[string]bool{}
	for w, m := range t {
		months[w] = m.m
		if m.abbr {
			abbrevs[w] = true
		}
	}
	return months, abbrevs
}

// weekdays reads "word, ISO weekday, name|plural|abbreviation" lines.
func (p *wordParser) weekdays(file string) (map[string]weekdayWord, map[string]time.Weekday) {
	type weekday struct {
		d    time.Weekday
		form string
	}
	t := table(p, file, 3, func(cols []string) (weekday, error) {
		n, err := intColumn(1, 7)(cols[:1])
		if err != nil {
			return weekday{}, err
		}
		form, err := oneOf("name", "plural", "abbreviation")(cols[1:])
		return weekday{time.Weekday(n % 7), form}, err
	})
	days, abbrevs := map[string]weekdayWord{}, map[string]time.Weekday{}
	for w, d := range t {
		if d.form == "abbreviation" {
			abbrevs[w] = d.d
		} else {
			days[w] = weekdayWord{day: d.d, plural: d.form == "plural"}
		}
	}
	return days, abbrevs
}

// amountModifiers reads "words, mod, inside|outside, any|amount" lines.
func (p *wordParser) amountModifiers(file string) map[string][]amountModifier {
	mods := oneOf(string(model.ModApprox), string(model.ModLessThan), string(model.ModMoreThan), string(model.ModEqualOrLess), string(model.ModEqualOrMore))
	m := map[string][]amountModifier{}
	for _, ln := range p.lines(file, 4, false) {
		mod, err := mods(ln.cols[1:2])
		if err == nil {
			_, err = oneOf("inside", "outside")(ln.cols[2:3])
		}
		if err == nil {
			_, err = oneOf("any", "amount")(ln.cols[3:4])
		}
		if err != nil {
			p.fail(file, ln.n, "%v", err)
			return nil
		}
		words := strings.Split(ln.cols[0], " ")
		m[words[0]] = append(m[words[0]], amountModifier{
			rest: words[1:], mod: model.DateMod(mod), inside: ln.cols[2] == "inside", amount: ln.cols[3] == "amount",
		})
	}
	return m
}
