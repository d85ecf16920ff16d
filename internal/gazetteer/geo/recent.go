package geo

import (
	"hash/maphash"
	"sync/atomic"
)

// recentLookups keeps the places of the names looked up last, so that a
// name that comes back (a country, a capital, the city of a dateline) is
// not searched for in the index and decoded again: a lookup reads a score
// of the index's blocks and every candidate's row, names and division, all
// at random in megabytes. It is a direct-mapped table of recentSlots
// entries, each replaced whole by the next name hashed to its slot, read
// and written without locks by any number of goroutines: an entry is
// never changed once stored, and a reader compares its name. The places
// are shared by every lookup of the name: LookupFolded's callers do not
// change them.
type recentLookups struct {
	seed  maphash.Seed
	slots [recentSlots]atomic.Pointer[recentLookup]
}

// recentLookup is one name's places, as LookupFolded returns them; nil
// for a name the gazetteer lacks.
type recentLookup struct {
	key    string
	places []Place
}

const (
	// recentSlots is the number of names kept.
	recentSlots = 1 << 10
	// recentMaxPlaces is the most places a name kept may have: with
	// 1,024 slots, the table holds at most about 3 MB.
	recentMaxPlaces = 16
)

func newRecentLookups() *recentLookups {
	return &recentLookups{seed: maphash.MakeSeed()}
}

// get returns the places of key, if the table has them.
func (r *recentLookups) get(key string) ([]Place, bool) {
	e := r.slots[r.slot(key)].Load()
	if e == nil || e.key != key {
		return nil, false
	}
	return e.places, true
}

// put keeps places as key's, unless they are too many; nothing may change
// them afterwards.
func (r *recentLookups) put(key string, places []Place) {
	if len(places) > recentMaxPlaces {
		return
	}
	r.slots[r.slot(key)].Store(&recentLookup{key: key, places: places})
}

func (r *recentLookups) slot(key string) uint64 {
	return maphash.String(r.seed, key) % recentSlots
}
