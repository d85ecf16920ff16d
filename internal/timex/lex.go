package timex

import (
	"time"

	"github.com/newsextract/newsextract/model"
)

// Word tables of the temporal tagger. Everything here is lower case.

var timexMonths = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// timexMonthAbbr are the month names that are abbreviations: they are only
// months when capitalized, and take a following period into the span.
var timexMonthAbbr = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

var timexWeekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday":  time.Sunday,
	"mondays": time.Monday, "tuesdays": time.Tuesday, "wednesdays": time.Wednesday,
	"thursdays": time.Thursday, "fridays": time.Friday, "saturdays": time.Saturday,
	"sundays": time.Sunday,
}

var timexNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var timexOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// timexUnits maps a unit word to its TIMEX3 unit code: S, MIN, H, D, W,
// WE, M, Q, Y, DE (decade), CE (century), FN (fortnight).
var timexUnits = map[string]string{
	"second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN",
	"hour": "H", "hours": "H", "hr": "H", "hrs": "H",
	"day": "D", "days": "D", "week": "W", "weeks": "W",
	"weekend": "WE", "weekends": "WE", "fortnight": "FN", "fortnights": "FN",
	"month": "M", "months": "M", "quarter": "Q", "quarters": "Q",
	"year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
	"decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
}

var timexSeasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

var timexPartsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
}

// timexZones are time-zone abbreviations taken into a clock time's span.
var timexZones = map[string]bool{
	"gmt": true, "utc": true, "edt": true, "est": true, "cdt": true, "cst": true,
	"mdt": true, "mst": true, "pdt": true, "pst": true, "bst": true, "cet": true,
	"cest": true, "eet": true, "eest": true, "ist": true, "jst": true, "msk": true,
	"et": true, "pt": true, "aest": true, "hkt": true, "sgt": true, "wib": true,
}

// timexQuantMods are the modifiers of amounts, "about two years".
var timexQuantMods = map[string]model.DateMod{
	"about": model.ModApprox, "around": model.ModApprox, "approximately": model.ModApprox,
	"roughly": model.ModApprox, "some": model.ModApprox, "nearly": model.ModLessThan,
	"almost": model.ModLessThan, "over": model.ModMoreThan, "under": model.ModLessThan,
	"within": model.ModEqualOrLess,
}

// timexRefWords are one-word references to the present, past or future.
var timexRefWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
	"presently": "PRESENT_REF", "current": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF",
}

// timexSets are one-word sets, "daily".
var timexSets = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
	"yearly": "P1Y", "hourly": "PT1H", "biweekly": "P2W",
	"nightly": "XXXX-XX-XXTNI", "biannually": "P6M",
}

// timexDecadeWords are spelled decades, "the nineties".
var timexDecadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// timexDeterminers start expressions only before a starter or a number.
var timexDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "this": true, "that": true,
	"their": true, "his": true, "her": true, "these": true,
}

// timexStarters holds every word that can begin a temporal expression; Tag
// tries the parser only at these words and at numbers.
var timexStarters = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range []map[string]time.Month{timexMonths} {
		for k := range t {
			m[k] = true
		}
	}
	for k := range timexWeekdays {
		m[k] = true
	}
	for _, t := range []map[string]int{timexNumbers, timexOrdinals, timexDecadeWords} {
		for k := range t {
			m[k] = true
		}
	}
	for _, t := range []map[string]string{timexUnits, timexSeasons, timexPartsOfDay, timexRefWords, timexSets} {
		for k := range t {
			m[k] = true
		}
	}
	for k := range timexQuantMods {
		m[k] = true
	}
	for _, k := range []string{
		"the", "this", "that", "these", "last", "next", "past", "coming", "previous",
		"following", "latest", "its", "each", "every", "a", "an", "several", "few",
		"couple", "many", "fiscal", "more", "less", "fewer", "up", "at", "no", "not",
		"early", "mid", "middle", "late", "earlier", "later", "end", "beginning",
		"start", "today", "yesterday", "tomorrow", "tonight", "overnight", "noon",
		"midnight", "midday", "right", "future", "half", "dozen", "year", "christmas",
		"thanksgiving", "easter", "new", "election", "independence", "halloween",
		"labor", "memorial", "good", "valentine", "same", "present", "soon", "midmorning", "midafternoon",
		"quite", "while", "once", "twice", "thrice", "dawn",
		"hourlong", "daylong", "weeklong", "monthlong", "yearlong", "decadelong",
		// Holidays ruleHoliday and namedDays know.
		"st", "saint", "palm", "ash", "holy", "veterans", "armistice", "remembrance", "boxing",
		"bastille", "canada", "australia", "earth", "columbus", "presidents", "mother", "father",
		// Weekdays as bylines shorten them (weekdayAbbrevs).
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
		// Words that follow a determiner inside an expression.
		"comparable", "corresponding", "full", "near", "short", "long", "distant",
		"foreseeable", "ensuing", "final", "initial", "remaining", "additional",
		"preceding", "subsequent", "calendar", "flat", "prior", "most", "just",
		"day", "other", "current", "prior", "preceding", "financial",
	} {
		m[k] = true
	}
	return m
}()
