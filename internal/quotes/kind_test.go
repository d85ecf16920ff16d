package quotes

import (
	"testing"

	"github.com/newsextract/newsextract/model"
)

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

// TestKindOfAsByLetter checks kindOf, which walks the quotations beside
// the letters, against asking of every letter, for the content between
// any two token boundaries of texts with closed, unclosed, curly and
// doubled-apostrophe quotations, and letters touching the marks, alone
// and as the second part after another span.
func TestKindOfAsByLetter(t *testing.T) {
	a, f := newTestReader(t)
	for _, s := range []string{
		`Quorble said "we will win" and "the vote is ours" on Monday.`,
		"“We will,” he said, “not accept it.” Then: ‘no’.\n\"Unclosed at the line\nand after it 42 words",
		`''A,'' Mr. Zedman said. ''B.'' Later "C" and D.`,
		`Letters touch the marks: "yes"no and "x"1 or 2"z".`,
		`No quotation marks at all in this one.`,
	} {
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
				for _, parts := range [][]Span{{{start, end}}, {{0, start / 2}, {start, end}}} {
					if got, want := r.kindOf(parts), r.kindByLetter(parts); got != want {
						t.Errorf("%q parts %v: %s, want %s", s, parts, got, want)
					}
				}
			}
		}
	}
}
