package events

import (
	"cmp"
	"iter"
	"slices"

	"github.com/newsextract/newsextract/model"
)

// Refs maps the start offset of every entity mention of an article to a
// reference to its record: what a party, a participant or a speaker is.
// It is filled record by record (AddRecord, AddMention), then sealed, and
// read-only after: an array of the mentions sorted by start, 16 bytes a
// mention, where a Go map of references took about a hundred (an article
// dense with names held 7.5 MB of them per megabyte of text). The zero
// value and nil are empty.
type Refs struct {
	mentions []refMention // by start once sealed
	records  []model.Ref
	sealed   bool
}

// refMention is a mention's start offset and its record's index in
// Refs.records.
type refMention struct {
	start  int
	record int32
}

// AddRecord adds a record's reference and returns its number for
// AddMention.
func (r *Refs) AddRecord(ref model.Ref) int32 {
	r.records = append(r.records, ref)
	return int32(len(r.records) - 1)
}

// AddMention adds the mention starting at start to record number record.
// Of several mentions added at one start, the last added counts.
func (r *Refs) AddMention(start int, record int32) {
	r.mentions = append(r.mentions, refMention{start, record})
	r.sealed = false
}

// Seal sorts the mentions for At and All, keeping at each start the last
// added.
func (r *Refs) Seal() {
	// Stable, so that of one start's mentions the last added is last.
	slices.SortStableFunc(r.mentions, func(a, b refMention) int { return cmp.Compare(a.start, b.start) })
	out := r.mentions[:0]
	for i, m := range r.mentions {
		if i+1 < len(r.mentions) && r.mentions[i+1].start == m.start {
			continue
		}
		out = append(out, m)
	}
	r.mentions = slices.Clip(out)
	r.sealed = true
}

// At returns the reference of the mention starting at start.
func (r *Refs) At(start int) (model.Ref, bool) {
	if r == nil {
		return model.Ref{}, false
	}
	r.mustBeSealed()
	i, ok := slices.BinarySearchFunc(r.mentions, start, func(m refMention, s int) int { return cmp.Compare(m.start, s) })
	if !ok {
		return model.Ref{}, false
	}
	return r.records[r.mentions[i].record], true
}

// All yields every mention's start and reference, by start.
func (r *Refs) All() iter.Seq2[int, model.Ref] {
	return func(yield func(int, model.Ref) bool) {
		if r == nil {
			return
		}
		r.mustBeSealed()
		for _, m := range r.mentions {
			if !yield(m.start, r.records[m.record]) {
				return
			}
		}
	}
}

// Records yields, once each, the references of the records that some
// mention refers to, in the order they were added.
func (r *Refs) Records() iter.Seq[model.Ref] {
	return func(yield func(model.Ref) bool) {
		if r == nil {
			return
		}
		r.mustBeSealed()
		referred := make([]bool, len(r.records))
		for _, m := range r.mentions {
			referred[m.record] = true
		}
		for i, ref := range r.records {
			if referred[i] && !yield(ref) {
				return
			}
		}
	}
}

func (r *Refs) mustBeSealed() {
	if !r.sealed && len(r.mentions) > 0 {
		panic("events: Refs read before Seal")
	}
}
