// Package timex is the temporal tagger: it finds dates, times, durations
// and sets in an analyzed document and normalizes them to TIMEX3 values
// against a reference date, TempEval-3 style. It also reads an article's
// dateline (FindDateline), which gives that reference date when the caller
// has none. Tag is the entry point; a Tagger holds no mutable state.
package timex
