package extract

import (
	"iter"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// records groups mentions into one record per person, place, organization
// or other named thing: the one mechanism every builder shares. A record is
// filed under one or more keys (folded names, aliases); records keep the
// order of their first mention, and each mention's span is appended to its
// record in text order.
type records[R any] struct {
	list  []R
	index map[string]int
	// mentions returns the record's list of mention spans.
	mentions func(*R) *[]model.Span
	// name returns the record's name, which every mention filed under the
	// record is canonicalized to.
	name func(*R) string
}

func newRecords[R any](mentions func(*R) *[]model.Span, name func(*R) string) *records[R] {
	return &records[R]{index: map[string]int{}, mentions: mentions, name: name}
}

// find returns the index of the record filed under key.
func (rs *records[R]) find(key string) (int, bool) {
	i, ok := rs.index[key]
	return i, ok
}

// file adds mention m to the record under key, creating the record with
// fresh when no record has that key yet, and returns the record's index.
func (rs *records[R]) file(doc *text.Document, m ner.Mention, key string, fresh func() R) int {
	i, ok := rs.index[key]
	if !ok {
		i = len(rs.list)
		rs.index[key] = i
		rs.list = append(rs.list, fresh())
	}
	r := &rs.list[i]
	*rs.mentions(r) = append(*rs.mentions(r), span(doc, m.Start, m.End))
	return i
}

// alias files record i under key too, unless another record holds it; it
// reports whether key is now record i's.
func (rs *records[R]) alias(key string, i int) bool {
	if j, taken := rs.index[key]; taken {
		return j == i
	}
	rs.index[key] = i
	return true
}

// canonicalize maps the start offset of every filed mention to its
// record's final name (names may grow after a mention was filed).
func (rs *records[R]) canonicalize(canonical map[int]string) {
	for i := range rs.list {
		r := &rs.list[i]
		name := rs.name(r)
		for _, s := range *rs.mentions(r) {
			canonical[s.Start] = name
		}
	}
}

// withLabel yields the mentions that carry label, in text order.
func withLabel(ms []ner.Mention, label string) iter.Seq[ner.Mention] {
	return func(yield func(ner.Mention) bool) {
		for _, m := range ms {
			if m.Label == label && !yield(m) {
				return
			}
		}
	}
}
