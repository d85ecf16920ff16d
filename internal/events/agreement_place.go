package events

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// agreementPlace reads where the agreement stated by the trigger at token
// trig was reached or signed: a place named after "in" or "at" between the
// clause's start and the trigger ("the two towns, meeting in Lyon,
// signed"), or after a noun-phrase object ("signed a water accord in
// Lyon"). A place that is a party, or that a verb of saying stands
// between it and the trigger, is none; an object that is an undertaking
// ("agreed to open an office in Lyon") says where that is done, not where
// it was agreed, and so does a place after a verb or a relative pronoun;
// "a stake in X" names what is bought. It returns the place and the token where a place phrase
// that ends the object starts (subjLast when there is none).
func (f *Finder) agreementPlace(in Input, start, trig, subjFirst, subjLast int, parties []model.Party) (*model.Ref, int) {
	doc := in.Doc
	for k := start; k+1 < trig; k++ {
		if f.verbOrRelative(doc, k) {
			break // "X was working in Lyon as ...", "X, whom Y sent to Lyon, ...": another clause's place
		}
		if ref, _, ok := f.placeAfter(in, k, trig, parties); ok && !f.sayingBetween(doc, k, trig) {
			return &ref, subjLast
		}
	}
	if subjFirst >= subjLast || strings.EqualFold(doc.Tokens[subjFirst].Text, "to") {
		return nil, subjLast
	}
	for k := subjFirst; k+1 < subjLast; k++ {
		if f.verbOrRelative(doc, k) || strings.HasPrefix(doc.Tokens[k].POS(), "VB") {
			break // "a treaty ending years of strife in the valley": the place of something else
		}
		if k > subjFirst && f.vocab.assetNouns[doc.Lower(k-1)] {
			continue // "a stake in Lyon": what is bought
		}
		if ref, last, ok := f.placeAfter(in, k, subjLast, parties); ok {
			if last < subjLast {
				return &ref, subjLast // "a pact in Lyon to cut tariffs": the object goes on
			}
			return &ref, k
		}
	}
	return nil, subjLast
}

// placeAfter reports "in" or "at" at token k followed (after "the") by a
// place record's name that ends before end and is no party's, and returns
// the token just past the name.
func (f *Finder) placeAfter(in Input, k, end int, parties []model.Party) (model.Ref, int, bool) {
	doc := in.Doc
	low := doc.Lower(k)
	if low != "in" && low != "at" {
		return model.Ref{}, 0, false
	}
	first := k + 1
	if first < end && strings.EqualFold(doc.Tokens[first].Text, "the") {
		first++
	}
	m, ok := mentionStarting(in.Mentions, first)
	if !ok || m.Label != ner.LabelLOC || m.Last > end {
		return model.Ref{}, 0, false
	}
	ref, ok := in.Refs.At(m.Start)
	if !ok || ref.Kind != model.KindPlace {
		return model.Ref{}, 0, false
	}
	if m.Last < len(doc.Tokens) {
		if next := doc.Tokens[m.Last]; next.Text == "'s" || next.POS() == "POS" || strings.HasPrefix(next.POS(), "NN") && !text.IsCapitalized(next.Text) {
			return model.Ref{}, 0, false // "in Lyon's harbour", "at Lyon airport": a part of a name
		}
	}
	for _, p := range parties {
		if p.ID == ref.ID {
			return model.Ref{}, 0, false
		}
	}
	return ref, m.Last, true
}

// sayingBetween reports a verb of saying in tokens (k, trig): the place
// before it is where the speaker was, not where the agreement was made.
func (f *Finder) sayingBetween(doc *text.Document, k, trig int) bool {
	for j := k + 1; j < trig; j++ {
		if f.vocab.sayingWords[doc.Lower(j)] {
			return true
		}
	}
	return false
}

// verbOrRelative reports a finite verb or a relative pronoun at token k:
// a place after it is in another clause.
func (f *Finder) verbOrRelative(doc *text.Document, k int) bool {
	switch doc.Tokens[k].POS() {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return f.vocab.relativePronouns[doc.Lower(k)]
}
