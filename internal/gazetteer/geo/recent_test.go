package geo

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
)

// TestLookupFoldedAgain checks that a name looked up again, among the
// recent lookups, gets the places the index gives.
func TestLookupFoldedAgain(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"paris", "springfield", "georgia", "no such place at all"} {
		want := g.decodePlaces(name)
		for try := range 2 {
			if got := g.LookupFolded(name); !reflect.DeepEqual(got, want) {
				t.Errorf("%q, lookup %d: %d places, the index %d", name, try+1, len(got), len(want))
			}
		}
	}
}

// TestLookupKeepsItsKeys looks names up through Lookup, which folds them
// into a buffer on its stack, then wants every name the recent lookups
// keep to hold the places the index gives for it: a key kept that shared
// the buffer would be overwritten by the next lookup's name, and no longer
// be the name of the places kept with it.
func TestLookupKeepsItsKeys(t *testing.T) {
	g, err := Parse(placesFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Paris", "Homs", "Lyon", "Tyre", "Xyzzy", "Paris", "Aleppo"} {
		g.Lookup(name)
	}
	kept := 0
	for i := range g.recent.slots {
		if e := g.recent.slots[i].Load(); e != nil {
			kept++
			if want := g.decodePlaces(e.key); !reflect.DeepEqual(e.places, want) {
				t.Errorf("kept %q with %d places, the index gives it %d", e.key, len(e.places), len(want))
			}
		}
	}
	if kept == 0 {
		t.Error("no lookup was kept")
	}
}

// TestRecentLookups checks the table's own rules: a name's places come
// back as kept, a name sharing its slot replaces it, and a name of more
// than 16 places is not kept.
func TestRecentLookups(t *testing.T) {
	r := newRecentLookups()
	if _, ok := r.get("a"); ok {
		t.Fatal("an empty table found a name")
	}
	r.put("a", []Place{{ID: 1}, {ID: 2}})
	got, ok := r.get("a")
	if !ok || len(got) != 2 || got[1].ID != 2 {
		t.Fatalf(`get("a") = %v, %v`, got, ok)
	}
	r.put("none", nil)
	if got, ok := r.get("none"); !ok || got != nil {
		t.Errorf(`get("none") = %v, %v; want nil, true (kept as absent)`, got, ok)
	}
	// A name in the same slot as "a" takes its place.
	other := ""
	for i := 0; other == ""; i++ {
		if k := fmt.Sprint("k", i); r.slot(k) == r.slot("a") {
			other = k
		}
	}
	r.put(other, []Place{{ID: 3}})
	if _, ok := r.get("a"); ok {
		t.Errorf("%q shares a's slot, yet a is still found", other)
	}
	if got, ok := r.get(other); !ok || got[0].ID != 3 {
		t.Errorf("get(%q) = %v, %v", other, got, ok)
	}
	r.put("sixteen", make([]Place, 16))
	if _, ok := r.get("sixteen"); !ok {
		t.Error("a name of 16 places was not kept")
	}
	r.put("many", make([]Place, 17))
	if _, ok := r.get("many"); ok {
		t.Error("a name of 17 places was kept")
	}
}

// TestRecentLookupsConcurrent has goroutines put and get names that share
// slots on a fresh table at once (for the race detector), each checking
// that a name found comes with its own places.
func TestRecentLookupsConcurrent(t *testing.T) {
	r := newRecentLookups()
	// Names in two slots, several to a slot, each with its id as a place.
	var names []string
	for i := 0; len(names) < 8; i++ {
		if k := fmt.Sprint("n", i); r.slot(k) == r.slot("n0") || r.slot(k) == r.slot("n1") {
			names = append(names, k)
		}
	}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := range 2000 {
				k := (w + i) % len(names)
				if ps, ok := r.get(names[k]); ok && (len(ps) != 1 || ps[0].ID != k) {
					t.Errorf("%q: %v", names[k], ps)
					return
				}
				r.put(names[k], []Place{{ID: k}})
			}
		})
	}
	wg.Wait()
}
