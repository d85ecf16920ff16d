package events

import (
	"sort"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// clauseDate returns the first date or time of the sentence that is not
// inside a relative clause the trigger at token trig is outside of: in
// "X, who joined two years ago, signed a contract on Friday", Friday.
// Durations and sets say how long or how often, not when.
func (f *Finder) clauseDate(doc *text.Document, dates []model.Date, s text.Sentence, trig int, asides [][2]int) *model.Date {
	at := doc.Tokens[trig].Start
	for i := range dates {
		d := dates[i]
		if d.Start < s.Start || d.End > s.End || d.Type != model.TimexDate && d.Type != model.TimexTime {
			continue
		}
		if aside, ok := enclosing(asides, d.Start); ok && !(aside[0] <= at && at < aside[1]) {
			continue
		}
		return &d
	}
	return nil
}

// relativeClauses returns the byte ranges of the sentence's comma-bounded
// relative clauses: ", who joined two years ago,".
func (f *Finder) relativeClauses(doc *text.Document, s text.Sentence) [][2]int {
	var out [][2]int
	for k := s.First; k+1 < s.Last; k++ {
		if doc.Tokens[k].Text != "," || !f.vocab.relativePronouns[doc.Lower(k+1)] {
			continue
		}
		end := k + 1
		for end < s.Last && doc.Tokens[end].Text != "," {
			end++
		}
		if end < s.Last {
			out = append(out, [2]int{doc.Tokens[k].Start, doc.Tokens[end].End()})
			k = end - 1
		}
	}
	return out
}

// sentenceAsides are the relative clauses of the sentence starting at
// byte start.
type sentenceAsides struct {
	start  int
	ranges [][2]int
}

// asidesOf returns the relative clauses of s: those the sentence loop read
// once for in's sentence, else read now. Every trigger of a sentence needs
// them; reading them again for each made a long sentence quadratic.
func (f *Finder) asidesOf(in Input, s text.Sentence) [][2]int {
	if in.asides != nil && in.asides.start == s.Start {
		return in.asides.ranges
	}
	return f.relativeClauses(in.Doc, s)
}

// enclosing returns the range holding offset off; ranges are in text
// order and apart, as relativeClauses returns them.
func enclosing(ranges [][2]int, off int) ([2]int, bool) {
	k := sort.Search(len(ranges), func(k int) bool { return ranges[k][1] > off })
	if k < len(ranges) && ranges[k][0] <= off {
		return ranges[k], true
	}
	return [2]int{}, false
}

// inRange returns the items of a slice sorted by start offset whose start
// lies in [start, end).
func inRange[T any](items []T, start, end int, startOf func(T) int) []T {
	lo := sort.Search(len(items), func(i int) bool { return startOf(items[i]) >= start })
	hi := sort.Search(len(items), func(i int) bool { return startOf(items[i]) >= end })
	return items[lo:hi]
}
