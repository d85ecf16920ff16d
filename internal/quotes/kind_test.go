package quotes

import (
	"sort"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// inQuotation reports whether byte offset off lies inside a quotation,
// by a search of all of them: what a quotationWalk answers.
func (r *reader) inQuotation(off int) bool {
	i := sort.Search(len(r.qs), func(i int) bool { return r.qs[i].End > off })
	return i < len(r.qs) && r.qs[i].Start <= off
}

// kindByLetter is kindOf as the package first wrote it: each letter or
// digit of the parts asks inQuotation.
func (r *reader) kindByLetter(parts []Span) model.QuoteKind {
	inside, outside := 0, 0
	for _, p := range parts {
		for off, ch := range r.doc.Text[p.Start:p.End] {
			if !isWordRune(ch) {
				continue
			}
			if r.inQuotation(p.Start + off) {
				inside++
			} else {
				outside++
			}
		}
	}
	switch {
	case outside == 0 && inside > 0:
		return model.QuoteDirect
	case inside > 0:
		return model.QuoteMixed
	}
	return model.QuoteIndirect
}

// kindTexts have closed, unclosed, curly and doubled-apostrophe
// quotations, and letters touching the marks.
var kindTexts = []string{
	`Quorble said "we will win" and "the vote is ours" on Monday.`,
	"“We will,” he said, “not accept it.” Then: ‘no’.\n\"Unclosed at the line\nand after it 42 words",
	`''A,'' Mr. Zedman said. ''B.'' Later "C" and D.`,
	`Letters touch the marks: "yes"no and "x"1 or 2"z".`,
	`No quotation marks at all in this one.`,
}

// TestKindOfAsByLetter checks kindOf, which walks the quotations beside
// the letters, against a search for every letter, for the content between
// any two token boundaries of kindTexts, alone and with another part
// before or after it.
func TestKindOfAsByLetter(t *testing.T) {
	a, f := newTestReader(t)
	for _, s := range kindTexts {
		doc := a.Analyze(s)
		r := &reader{f: f, doc: doc, qs: quotations(s)}
		bounds := []int{0}
		for _, tok := range doc.Tokens {
			bounds = append(bounds, tok.Start, tok.End())
		}
		bounds = append(bounds, len(s))
		for _, start := range bounds {
			for _, end := range bounds {
				if end < start {
					continue
				}
				for _, parts := range [][]Span{{{start, end}}, {{0, start / 2}, {start, end}}, {{start, end}, {0, start / 2}}} {
					if got, want := r.kindOf(parts), r.kindByLetter(parts); got != want {
						t.Errorf("%q parts %v: %s, want %s", s, parts, got, want)
					}
				}
			}
		}
	}
}

// TestQuotationWalkAsSearch checks a quotationWalk against a search of all
// the quotations for every offset of texts with quotations, asked forward,
// backward and in a stride that goes back and forth.
func TestQuotationWalkAsSearch(t *testing.T) {
	a, f := newTestReader(t)
	for _, s := range kindTexts {
		r := &reader{f: f, doc: a.Analyze(s), qs: quotations(s)}
		n := len(s) + 1
		for _, order := range []struct {
			name string
			at   func(i int) int
		}{
			{"forward", func(i int) int { return i }},
			{"backward", func(i int) int { return n - 1 - i }},
			{"stride", func(i int) int { return i * 7 % n }},
		} {
			walk := r.walkQuotations()
			for i := range n {
				off := order.at(i)
				if got, want := walk.holds(off), r.inQuotation(off); got != want {
					t.Errorf("%q %s: offset %d held %v, want %v", s, order.name, off, got, want)
				}
			}
		}
	}
}
