package events

import (
	"maps"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// refsOf seals a Refs holding m, a record per mention.
func refsOf(m map[int]model.Ref) *Refs {
	r := &Refs{}
	for _, start := range slices.Sorted(maps.Keys(m)) {
		r.AddMention(start, r.AddRecord(m[start]))
	}
	r.Seal()
	return r
}

// TestRefs checks lookups, the order of All, and which of several
// mentions added at one start counts: the last added, as when a map's
// entry was written over.
func TestRefs(t *testing.T) {
	ann := model.Ref{Name: "Ann Li", Kind: model.KindPerson, ID: "person-1"}
	paris := model.Ref{Name: "Paris", Kind: model.KindPlace, ID: "place-1"}
	acme := model.Ref{Name: "Acme", Kind: model.KindOrganization, ID: "org-1"}
	gone := model.Ref{Name: "Bo", Kind: model.KindPerson, ID: "person-2"}
	r := &Refs{}
	a := r.AddRecord(ann)
	r.AddMention(40, a)
	r.AddMention(0, a)
	g := r.AddRecord(gone)
	r.AddMention(20, g) // written over by paris below
	p := r.AddRecord(paris)
	r.AddMention(20, p)
	r.AddMention(40, p) // written over by acme below
	o := r.AddRecord(acme)
	r.AddMention(40, o)
	r.Seal()
	for _, tc := range []struct {
		start int
		want  model.Ref
		ok    bool
	}{
		{0, ann, true}, {20, paris, true}, {40, acme, true}, {10, model.Ref{}, false}, {-1, model.Ref{}, false}, {41, model.Ref{}, false},
	} {
		if got, ok := r.At(tc.start); ok != tc.ok || got != tc.want {
			t.Errorf("At(%d) = %v, %v; want %v, %v", tc.start, got, ok, tc.want, tc.ok)
		}
	}
	var starts []int
	var refs []model.Ref
	for s, ref := range r.All() {
		starts = append(starts, s)
		refs = append(refs, ref)
	}
	if !slices.Equal(starts, []int{0, 20, 40}) || !slices.Equal(refs, []model.Ref{ann, paris, acme}) {
		t.Errorf("All = %v %v", starts, refs)
	}
	// Bo's one mention was written over by Paris: Bo is no mention's
	// record any more.
	var records []model.Ref
	for ref := range r.Records() {
		records = append(records, ref)
	}
	if !slices.Equal(records, []model.Ref{ann, paris, acme}) {
		t.Errorf("Records = %v, want Ann Li, Paris and Acme", records)
	}
	var none *Refs
	if _, ok := none.At(0); ok {
		t.Error("a nil Refs is not empty")
	}
	for range none.All() {
		t.Error("a nil Refs yields")
	}
	unsealed := &Refs{}
	unsealed.AddMention(3, unsealed.AddRecord(ann))
	defer func() {
		if recover() == nil {
			t.Error("At before Seal did not panic")
		}
	}()
	unsealed.At(3)
}
