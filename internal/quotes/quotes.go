package quotes

import (
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
	// repeats ("the source" after "a Syrian government source"), or -1.
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
	r := &reader{f: f, doc: doc, qs: quotations(doc.Text), usedCue: map[int]bool{}}
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
	used    []bool       // quotations that belong to a quote already
	usedCue map[int]bool // token indices already a cue or speaker
	out     []Quote
	// acrossSentences lets a speaker's noun phrase run over a sentence
	// break inside a paragraph, while an attribution after a quotation
	// is read.
	acrossSentences bool
}

// inQuotation reports whether byte offset off lies inside a quotation.
func (r *reader) inQuotation(off int) bool {
	i := sort.Search(len(r.qs), func(i int) bool { return r.qs[i].End > off })
	return i < len(r.qs) && r.qs[i].Start <= off
}

// kindOf classifies content: direct when every letter and digit lies in
// quotation marks, mixed when some do, indirect when none do.
func (r *reader) kindOf(parts []Span) model.QuoteKind {
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
func (r *reader) lower(k int) string { return strings.ToLower(r.doc.Tokens[k].Text) }

// outermost drops a quote whose cue lies inside another quote's content:
// what a source reports another as saying ("X said that Y believes ...")
// is part of the source's own statement.
func outermost(qs []Quote) []Quote {
	out := qs[:0:0]
	for i, q := range qs {
		nested := false
		for j, o := range qs {
			if i == j {
				continue
			}
			for _, p := range o.Parts {
				if p.Start <= q.Cue.Start && q.Cue.End <= p.End {
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
