// Package timex is the temporal tagger: it finds dates, times, durations
// and sets in an analyzed document and normalizes them to TIMEX3 values
// against a reference date, TempEval-3 style. It also reads an article's
// dateline (FindDateline), which gives that reference date when the caller
// has none. New builds a Tagger and Tag is the entry point; a Tagger holds
// no mutable state.
//
// The tagger lexes for itself (lex.go; a long text a piece of about 64 KB
// at a time, timex.go) and tries a list of rules at every
// word that can start an expression, keeping the longest match (match.go,
// which also reads the modifiers before an expression); each rule only
// where its code can match (starts.go). The rules live one
// family per file: dates.go, clocks.go, durations.go, relative.go,
// quarters.go, holidays.go and sets.go, built from the readers of numbers,
// days, months, years and units in parts.go; anchor.go resolves what they
// find against the reference date and the dates told before. Each family
// has its table of fixtures in the _test.go file of the same name.
//
// The words the rules read (months, units, zones, holidays, the cues that
// make a bare month a date, and every other list a rule tests a word
// against) are data, not code: text files under
// words/, embedded and parsed once per process (words.go), each opening
// with a line that says what it holds and why.
package timex
