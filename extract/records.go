package extract

import (
	"iter"
	"strconv"

	"github.com/newsextract/newsextract/internal/events"
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
	recordFields[R]
}

// recordFields says what kind of record R is and how to reach the fields
// every record type has.
type recordFields[R any] struct {
	kind     model.EntityKind
	idPrefix string // ids are idPrefix-1, idPrefix-2... in order of first mention
	id       func(*R) *string
	name     func(*R) string
	mentions func(*R) *[]model.Span
}

var (
	personFields = recordFields[model.Person]{model.KindPerson, "person",
		func(r *model.Person) *string { return &r.ID }, func(r *model.Person) string { return r.Name },
		func(r *model.Person) *[]model.Span { return &r.Mentions }}
	placeFields = recordFields[model.Place]{model.KindPlace, "place",
		func(r *model.Place) *string { return &r.ID }, func(r *model.Place) string { return r.Name },
		func(r *model.Place) *[]model.Span { return &r.Mentions }}
	organizationFields = recordFields[model.Organization]{model.KindOrganization, "org",
		func(r *model.Organization) *string { return &r.ID }, func(r *model.Organization) string { return r.Name },
		func(r *model.Organization) *[]model.Span { return &r.Mentions }}
	miscFields = recordFields[model.Misc]{model.KindMisc, "misc",
		func(r *model.Misc) *string { return &r.ID }, func(r *model.Misc) string { return r.Name },
		func(r *model.Misc) *[]model.Span { return &r.Mentions }}
)

func newRecords[R any](fields recordFields[R]) *records[R] {
	return &records[R]{index: map[string]int{}, recordFields: fields}
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

// finish numbers the records (their ids) and maps the start offset of
// every mention to a reference to its record, under the record's final
// name (names may grow after a mention was filed).
func (rs *records[R]) finish(refs *events.Refs) []R {
	for i := range rs.list {
		r := &rs.list[i]
		*rs.id(r) = rs.idPrefix + "-" + strconv.Itoa(i+1)
		ref := refs.AddRecord(model.Ref{Name: rs.name(r), Kind: rs.kind, ID: *rs.id(r)})
		for _, s := range *rs.mentions(r) {
			refs.AddMention(s.Start, ref)
		}
	}
	return rs.list
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
