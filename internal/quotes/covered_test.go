package quotes

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// TestCoveredIndex: with many quotes found, covered answers from its index
// what looking at every quote answers.
func TestCoveredIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	doc := &text.Document{Text: strings.Repeat("x", 400)}
	randomSpan := func() Span {
		a := rng.IntN(390) // short spans, whose ends often meet
		return Span{a, a + rng.IntN(10)}
	}
	for round := range 20 {
		r := &reader{doc: doc}
		for range 64 + rng.IntN(200) {
			kind := model.QuoteIndirect
			if rng.IntN(3) == 0 {
				kind = model.QuoteDirect
			}
			r.out = append(r.out, Quote{Kind: kind, Parts: []Span{randomSpan()}})
		}
		plain := &reader{doc: doc, out: r.out[:linearQuotes:linearQuotes]}
		for range 300 {
			c := randomSpan()
			if c.End == c.Start {
				continue
			}
			want := false
			for _, o := range r.out {
				oc := o.Content()
				if oc.Start <= c.Start && c.End <= oc.End || o.Kind == model.QuoteDirect && oc.Start < c.End && c.Start < oc.End {
					want = true
				}
			}
			if got := r.covered(c); got != want {
				t.Fatalf("round %d: covered(%v) = %v with %d quotes, want %v", round, c, got, len(r.out), want)
			}
			plain.covered(c) // the linear path runs too
		}
	}
}
