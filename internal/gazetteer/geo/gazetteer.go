package geo

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"math"
	"sort"
	"strings"
	"sync"
)

// placesFile is the generated gazetteer; see scripts/gengeo.
//
//go:embed places.bin
var placesFile []byte

// Load parses the embedded gazetteer once per process and returns it; the
// result is read-only and safe for concurrent use. Its code tables are
// read from codes-index.bin.
var Load = sync.OnceValues(func() (*Gazetteer, error) {
	g, err := Parse(placesFile)
	if err != nil {
		return nil, err
	}
	g.byCode = sync.OnceValue(g.embeddedCodeTables)
	return g, nil
})

// Gazetteer answers lookups over the places of one file.
type Gazetteer struct {
	strs, places, blocks, index []byte
	adminRows, countryRows      []byte // read by row (codes.go)
	nPlaces                     int
	codes                       [][2]string // feature class, code
	byCode                      func() codeTables
	recent                      *recentLookups
}

// Place is one gazetteer entry.
type Place struct {
	ID          int     // GeoNames id
	Name        string  // GeoNames name
	ASCIIName   string  // GeoNames ASCII name
	Lat, Lon    float64 // degrees, to 1e-5; zero when HasPoint is false
	HasPoint    bool    // false for the few divisions without a known point
	CountryCode string  // ISO 3166-1 alpha-2, "" if none
	Admin1Code  string  // GeoNames admin1 code with country, e.g. "SY.05"
	Admin1ISO   string  // ISO 3166-2 code of the admin1 division when known, e.g. "SY-SU"
	Admin1Name  string  // name of the admin1 division when the gazetteer has it
	Class       string  // GeoNames feature class: "A" (country, division) or "P" (populated place)
	Code        string  // GeoNames feature code, e.g. "PCLI", "ADM1", "PPLA", "PPLC"
	Population  int64   // 0 when unknown
	index       uint32
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return g.nPlaces }

func (g *Gazetteer) place(i uint32) Place {
	p := g.places[int(i)*placeSize:]
	name, ascii := g.names(i)
	code := [2]string{"", ""}
	if int(p[24]) < len(g.codes) {
		code = g.codes[p[24]]
	}
	pl := Place{
		ID: int(le.Uint32(p)), Name: name, ASCIIName: ascii,
		Class: code[0], Code: code[1], Population: int64(le.Uint32(p[12:])), index: i,
	}
	if p[25]&1 != 0 {
		pl.HasPoint = true
		pl.Lat = float64(int32(le.Uint32(p[4:]))) / coordScale
		pl.Lon = float64(int32(le.Uint32(p[8:]))) / coordScale
	}
	if p[22] != 0 {
		pl.CountryCode = countryString(p[22], p[23])
	}
	if a, ok := g.admin(int(le.Uint16(p[20:])) - 1); ok {
		g.fillAdmin(&pl, a)
	}
	return pl
}

func (g *Gazetteer) fillAdmin(pl *Place, a adminRow) {
	pl.Admin1Code, pl.Admin1ISO = a.code, a.iso
	if a.place != noPlace {
		pl.Admin1Name, _ = g.names(a.place)
	}
}

// Alternates returns the alternate names of p stored in the gazetteer:
// English and other Latin-script names, one per folded spelling.
func (g *Gazetteer) Alternates(p Place) []string {
	if p.index >= uint32(g.nPlaces) {
		return nil
	}
	_, _, alts := g.nameBytes(p.index)
	if len(alts) == 0 {
		return nil
	}
	return strings.Split(string(alts), "|")
}

// names returns the name and ASCII name of place i.
func (g *Gazetteer) names(i uint32) (name, ascii string) {
	n, a, _ := g.nameBytes(i)
	name = string(n)
	if len(a) == 0 {
		return name, name
	}
	return name, string(a)
}

// nameBytes returns the name, ASCII name (empty if the same as the name)
// and joined alternates of place i, without copying.
func (g *Gazetteer) nameBytes(i uint32) (name, ascii, alts []byte) {
	s, _ := g.strBytes(le.Uint32(g.places[int(i)*placeSize+16:]))
	name, rest, _ := bytes.Cut(s, []byte{0})
	ascii, alts, _ = bytes.Cut(rest, []byte{0})
	return name, ascii, alts
}

// ByID returns the place with the GeoNames id.
func (g *Gazetteer) ByID(id int) (Place, bool) {
	if id <= 0 || uint64(id) > math.MaxUint32 {
		return Place{}, false
	}
	i := sort.Search(g.nPlaces, func(i int) bool { return le.Uint32(g.places[i*placeSize:]) >= uint32(id) })
	if i == g.nPlaces || le.Uint32(g.places[i*placeSize:]) != uint32(id) {
		return Place{}, false
	}
	return g.place(uint32(i)), true
}

// Lookup returns the places one of whose names folds as name does, in
// GeoNames id order. The slice is shared: do not modify it.
func (g *Gazetteer) Lookup(name string) []Place {
	var buf [64]byte
	key := AppendFold(buf[:0], name)
	if out, ok := g.recent.get(string(key)); ok {
		return out
	}
	return g.lookupMissed(string(key))
}

// LookupFolded is Lookup for a key already folded with Fold. The slice is
// shared with later lookups of the same key: do not modify it.
func (g *Gazetteer) LookupFolded(key string) []Place {
	if out, ok := g.recent.get(key); ok {
		return out
	}
	return g.lookupMissed(key)
}

// lookupMissed decodes the places of a key the recent lookups lack, and
// keeps them there.
func (g *Gazetteer) lookupMissed(key string) []Place {
	out := g.decodePlaces(key)
	g.recent.put(key, out)
	return out
}

// decodePlaces finds key's places in the index and decodes them.
func (g *Gazetteer) decodePlaces(key string) []Place {
	ps := g.postings(key)
	if len(ps) == 0 {
		return nil
	}
	out := make([]Place, 0, len(ps))
	for _, i := range ps {
		out = append(out, g.place(i))
	}
	return out
}

// postings finds key in the front-coded index. Corrupt index bytes end the
// search rather than panic.
func (g *Gazetteer) postings(key string) []uint32 {
	nb := len(g.blocks) / 4
	if key == "" || nb == 0 {
		return nil
	}
	// The first key of each block is stored whole: find the last block
	// whose first key is <= key. The keys are compared where they lie in
	// the index, not copied out: a lookup probes some twenty of them.
	b := sort.Search(nb, func(i int) bool {
		r := indexReader{buf: g.index, pos: int(le.Uint32(g.blocks[4*i:]))}
		return string(r.wholeKey()) > key
	}) - 1
	if b < 0 {
		return nil
	}
	r := indexReader{buf: g.index, pos: int(le.Uint32(g.blocks[4*b:]))}
	var buf [64]byte
	k := buf[:0]
	for n := 0; n < blockKeys && r.ok(); n++ {
		k, _ = r.key(k)
		switch {
		case string(k) == key:
			return r.postings(g.nPlaces)
		case string(k) > key:
			return nil
		}
		r.skipPostings()
	}
	return nil
}

// indexReader decodes the index with bounds checks.
type indexReader struct {
	buf []byte
	pos int
	bad bool
}

func (r *indexReader) ok() bool { return !r.bad && r.pos < len(r.buf) }

func (r *indexReader) uvarint() uint64 {
	if r.bad || r.pos >= len(r.buf) {
		r.bad = true
		return 0
	}
	v, n := binary.Uvarint(r.buf[r.pos:])
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.pos += n
	return v
}

// key reads the next key, front-coded against prev, into prev's storage
// (its first shared bytes stay, the rest is written after them): prev is
// the caller's buffer, never a view of the index.
func (r *indexReader) key(prev []byte) ([]byte, bool) {
	shared, n := r.uvarint(), r.uvarint()
	if r.bad || shared > uint64(len(prev)) || n > uint64(len(r.buf)-r.pos) {
		r.bad = true
		return nil, false
	}
	k := append(prev[:shared], r.buf[r.pos:r.pos+int(n)]...)
	r.pos += int(n)
	return k, true
}

// wholeKey reads a key stored whole, as the first of a block is, and
// returns it as a view of the index (nil when corrupt): key(nil) without
// the copy.
func (r *indexReader) wholeKey() []byte {
	shared, n := r.uvarint(), r.uvarint()
	if r.bad || shared != 0 || n > uint64(len(r.buf)-r.pos) {
		r.bad = true
		return nil
	}
	k := r.buf[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return k
}

func (r *indexReader) skipPostings() {
	for n := r.uvarint(); n > 0 && !r.bad; n-- {
		r.uvarint()
	}
}

func (r *indexReader) postings(nPlaces int) []uint32 {
	n := r.uvarint()
	if r.bad || n > uint64(len(r.buf)-r.pos) {
		r.bad = true
		return nil
	}
	out := make([]uint32, 0, n)
	last := uint64(0)
	for range n {
		last += r.uvarint()
		if r.bad || last >= uint64(nPlaces) {
			r.bad = true
			return nil
		}
		out = append(out, uint32(last))
	}
	return out
}

// isoPairs holds every two-letter code, "AA" to "ZZ", in order: a lookup
// slices its code from it and allocates none (one string, where a string
// per code took 676 allocations at every start).
var isoPairs = func() string {
	b := make([]byte, 0, 2*26*26)
	for a := byte('A'); a <= 'Z'; a++ {
		for c := byte('A'); c <= 'Z'; c++ {
			b = append(b, a, c)
		}
	}
	return string(b)
}()

func countryString(a, b byte) string {
	if a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' {
		k := 2 * (int(a-'A')*26 + int(b-'A'))
		return isoPairs[k : k+2]
	}
	return string([]byte{a, b})
}
