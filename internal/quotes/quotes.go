package quotes

import (
	"math"
	"sort"
	"strings"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// Span is a stretch of the text: byte offsets, End exclusive. The zero Span
// is no span.
type Span struct{ Start, End int }

// IsZero reports the absence of a span.
func (s Span) IsZero() bool { return s.Start == s.End }

// Quote is one attributed statement.
type Quote struct {
	Kind model.QuoteKind
	// Parts are the pieces of the content, in text order.
	Parts []Span
	// Cue is the verb or phrase that attributes the content.
	Cue Span
	// Speaker is the mention of the source at the quote; zero when the
	// text names none.
	Speaker Span
	// Form says how Speaker names the source.
	Form model.SpeakerForm
	// Antecedent is the index of an earlier quote whose speaker this one's
	// repeats ("the source" after "a Zedlandic government source"), or -1.
	Antecedent int
}

// Content returns the span from the first part's start to the last part's
// end.
func (q Quote) Content() Span { return Span{q.Parts[0].Start, q.Parts[len(q.Parts)-1].End} }

// Finder finds quotes. It is safe for concurrent use.
type Finder struct {
	v *vocabulary
}

// New loads the vocabularies and returns a Finder.
func New() (*Finder, error) {
	v, err := loadVocabulary()
	if err != nil {
		return nil, err
	}
	return &Finder{v: v}, nil
}

// Find returns the quotes of doc in text order: the quotations with their
// attributions first, then reported speech outside them.
func (f *Finder) Find(doc *text.Document) []Quote {
	return f.FindWithPlaces(doc, nil)
}

// FindWithPlaces is Find when the caller knows which spans name places:
// isPlace reports one ("MUMBAI" in "MUMBAI: Tata Motors said ...", a
// dateline), and a place is no speaker of "Name: statement". isPlace may
// be nil.
func (f *Finder) FindWithPlaces(doc *text.Document, isPlace func(start, end int) bool) []Quote {
	r := &reader{f: f, doc: doc, qs: quotations(doc.Text), usedCue: make([]bool, len(doc.Tokens)), breaks: breakOffsets(doc.Text), isPlace: isPlace}
	r.used = make([]bool, len(r.qs))
	r.direct()
	r.indirect()
	out := outermost(r.out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Parts[0].Start < out[j].Parts[0].Start })
	linkAntecedents(doc, out)
	return out
}

// reader holds the state of one Find call.
type reader struct {
	f       *Finder
	doc     *text.Document
	qs      []quotation
	used    []bool // quotations that belong to a quote already
	usedCue []bool // by token: already a cue or speaker
	out     []Quote
	// acrossSentences lets a speaker's noun phrase run over a sentence
	// break inside a paragraph, while an attribution after a quotation
	// is read.
	acrossSentences bool
	// breaks are the offsets of the text's line breaks, in order.
	breaks []int
	// isPlace reports a span that names a place (nil: none known).
	isPlace func(start, end int) bool
	// found indexes the contents of r.out for covered, once there are
	// many quotes.
	found *endsByStart
}

// breakOffsets returns the offsets of the line breaks of text.
func breakOffsets(text string) []int {
	var out []int
	for i := strings.IndexByte(text, '\n'); i >= 0; {
		out = append(out, i)
		j := strings.IndexByte(text[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return out
}

// lineBreakIn reports a line break in the text between byte offsets a and
// b. It searches the offsets of the breaks, not the text: the rules ask
// it from every quotation and token, and the stretch between a quotation
// and the next token can be most of the text (a run of curly marks is one
// token), which made a scan quadratic.
func (r *reader) lineBreakIn(a, b int) bool {
	i := sort.SearchInts(r.breaks, a)
	return i < len(r.breaks) && r.breaks[i] < b
}

// quotationWalk reports whether byte offsets lie inside a quotation,
// asked in the order of the text: the quotations are in text order and
// apart, so the one that may hold an offset only moves on as the offsets
// do, where a binary search for every token or letter searched from the
// start. An offset before the last one asked searches again.
type quotationWalk struct {
	qs   []quotation
	i    int // the first quotation that ends after last
	last int // the last offset asked
}

// walkQuotations starts a walk; its first offset searches.
func (r *reader) walkQuotations() *quotationWalk {
	return &quotationWalk{qs: r.qs, last: math.MaxInt}
}

// holds reports whether byte offset off lies inside a quotation.
func (w *quotationWalk) holds(off int) bool {
	if off < w.last {
		w.i = sort.Search(len(w.qs), func(i int) bool { return w.qs[i].End > off })
	}
	for w.i < len(w.qs) && w.qs[w.i].End <= off {
		w.i++
	}
	w.last = off
	return w.i < len(w.qs) && w.qs[w.i].Start <= off
}

// kindOf classifies content: direct when every letter and digit lies in
// quotation marks, mixed when some do, indirect when none do.
func (r *reader) kindOf(parts []Span) model.QuoteKind {
	inside, outside := false, false
	walk := r.walkQuotations()
	for _, p := range parts {
		for off, ch := range r.doc.Text[p.Start:p.End] {
			if !isWordRune(ch) {
				continue
			}
			if walk.holds(p.Start + off) {
				inside = true
			} else {
				outside = true
			}
		}
	}
	switch {
	case !outside && inside:
		return model.QuoteDirect
	case inside:
		return model.QuoteMixed
	}
	return model.QuoteIndirect
}

// markUsed marks the quotations inside parts as belonging to a quote.
func (r *reader) markUsed(parts []Span) {
	for i, q := range r.qs {
		for _, p := range parts {
			if q.Start < p.End && p.Start < q.End {
				r.used[i] = true
			}
		}
	}
}

// lower is a token's text in lower case.
func (r *reader) lower(k int) string { return r.doc.Lower(k) }

// outermost drops a quote whose cue lies inside another quote's content:
// what a source reports another as saying ("X said that Y believes ...")
// is part of the source's own statement. The parts are sorted by start
// and each cue asks the two longest-reaching parts, of different quotes,
// among those starting at or before it: comparing every cue with every
// part was quadratic in the quotes of an article.
func outermost(qs []Quote) []Quote {
	type part struct{ start, end, quote int }
	n := 0
	for _, o := range qs {
		n += len(o.Parts)
	}
	parts := make([]part, 0, n)
	for j, o := range qs {
		for _, p := range o.Parts {
			parts = append(parts, part{p.Start, p.End, j})
		}
	}
	sort.Slice(parts, func(a, b int) bool { return parts[a].start < parts[b].start })
	// reach[k] holds the two parts of parts[:k+1] that end last and belong
	// to different quotes (quote -1: none).
	reach := make([][2]part, len(parts))
	top := [2]part{{end: -1, quote: -1}, {end: -1, quote: -1}}
	for k, p := range parts {
		switch {
		case p.quote == top[0].quote:
			top[0].end = max(top[0].end, p.end)
		case p.end > top[0].end:
			top = [2]part{p, top[0]}
		case p.end > top[1].end:
			top[1] = p
		}
		reach[k] = top
	}
	out := make([]Quote, 0, len(qs))
	for i, q := range qs {
		k := sort.Search(len(parts), func(k int) bool { return parts[k].start > q.Cue.Start }) - 1
		nested := false
		if k >= 0 {
			for _, o := range reach[k] {
				if o.quote >= 0 && o.quote != i && q.Cue.End <= o.end {
					nested = true
				}
			}
		}
		if !nested {
			out = append(out, q)
		}
	}
	return out
}
