package geo

import (
	"hash/maphash"
	"strings"
)

// The admin1 and country rows stay in the file's bytes: a place's division
// is decoded from its row when the place is, and the tables from codes to
// rows, which only Admin1 and Country read, are built on their first call
// (building them at load was a tenth of the start-up's page faults).

// adminRow is one admin1 division.
type adminRow struct {
	code, iso string
	place     uint32 // noPlace if the gazetteer has no record of it
}

// admin decodes admin1 row a (from 0); false if there is none or it is
// damaged.
func (g *Gazetteer) admin(a int) (adminRow, bool) {
	code, iso, place, ok := g.adminBytes(a)
	if !ok {
		return adminRow{}, false
	}
	return adminRow{code: string(code), iso: string(iso), place: place}, true
}

// adminBytes is admin without copying the codes out of the file's bytes.
func (g *Gazetteer) adminBytes(a int) (code, iso []byte, place uint32, ok bool) {
	if a < 0 || a >= len(g.adminRows)/adminSize {
		return nil, nil, 0, false
	}
	b := g.adminRows[a*adminSize:]
	code, ok1 := g.strBytes(le.Uint32(b))
	iso, ok2 := g.strBytes(le.Uint32(b[4:]))
	place = le.Uint32(b[8:])
	if !ok1 || !ok2 || (place != noPlace && uint64(place) >= uint64(g.nPlaces)) {
		return nil, nil, 0, false
	}
	return code, iso, place, true
}

// codeTables map codes to rows.
type codeTables struct {
	admins    adminIndex        // GeoNames and ISO 3166-2 codes to admin1 rows
	countries map[string]uint32 // ISO 3166-1 alpha-2 and alpha-3 codes to place indices
}

// codeTables builds the tables from the rows, a later row taking a code
// from an earlier one; damaged rows are left out.
func (g *Gazetteer) codeTables() codeTables {
	n := len(g.adminRows) / adminSize
	t := codeTables{admins: newAdminIndex(2*n, g.adminCode)}
	for a := range n {
		if code, iso, _, ok := g.adminBytes(a); ok {
			t.admins.add(code, a, false)
			if len(iso) > 0 {
				t.admins.add(iso, a, true)
			}
		}
	}
	b := g.countryRows
	t.countries = make(map[string]uint32, len(b)/countrySz*2)
	for i := 0; i+countrySz <= len(b); i += countrySz {
		place := le.Uint32(b[i+5:])
		if place == noPlace || uint64(place) < uint64(g.nPlaces) {
			t.countries[string(b[i:i+2])] = place
			t.countries[string(b[i+2:i+5])] = place
		}
	}
	return t
}

// Country returns the country with the ISO 3166-1 alpha-2 or alpha-3 code,
// in either case.
func (g *Gazetteer) Country(iso string) (Place, bool) {
	i, ok := g.byCode().countries[strings.ToUpper(iso)]
	if !ok || i == noPlace {
		return Place{}, false
	}
	return g.place(i), true
}

// Admin1 returns the first-level division with the GeoNames admin1 code
// ("US.TX", "SY.05") or ISO 3166-2 code ("US-TX", "SY-SU"), in either
// case. A code that places use but the gazetteer has no record for gives a
// Place with only its codes set and ok false.
func (g *Gazetteer) Admin1(code string) (Place, bool) {
	a, ok := g.byCode().admins.find(strings.ToUpper(code))
	if !ok {
		return Place{}, false
	}
	row, _ := g.admin(a)
	if row.place == noPlace {
		var pl Place
		g.fillAdmin(&pl, row)
		return pl, false
	}
	return g.place(row.place), true
}

// adminIndex finds admin1 rows by code: an open-addressing table on the
// code's hash (hash/maphash, seeded per index), linear probing, of slots
// (row+1)<<1 | 1 for an ISO 3166-2 code, 0 for none. A probe compares the
// code with the one its slot stands for (codeOf, read in place), so the
// table keeps 4 bytes a slot where a map kept a string key and a row
// (built on a one-article run's first place, the map's pages were a tenth
// of the run's page faults).
type adminIndex struct {
	slots  []uint32
	mask   uint32
	seed   maphash.Seed
	codeOf func(slot uint32) []byte
}

// newAdminIndex returns an empty index for up to keys codes, at most three
// quarters full, that reads the code a slot stands for with codeOf.
func newAdminIndex(keys int, codeOf func(slot uint32) []byte) adminIndex {
	size := 2
	for size*3 < keys*4 {
		size <<= 1
	}
	return adminIndex{slots: make([]uint32, size), mask: uint32(size - 1), seed: maphash.MakeSeed(), codeOf: codeOf}
}

// add enters code (row a's ISO 3166-2 code if iso, else its GeoNames
// code) for row a; a code already entered is a's from now on.
func (x adminIndex) add(code []byte, a int, iso bool) {
	v := uint32(a+1) << 1
	if iso {
		v |= 1
	}
	for j := uint32(maphash.Bytes(x.seed, code)) & x.mask; ; j = (j + 1) & x.mask {
		if s := x.slots[j]; s == 0 || string(x.codeOf(s)) == string(code) {
			x.slots[j] = v
			return
		}
	}
}

// find returns the row entered for code.
func (x adminIndex) find(code string) (int, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	for j := uint32(maphash.String(x.seed, code)) & x.mask; ; j = (j + 1) & x.mask {
		s := x.slots[j]
		if s == 0 {
			return 0, false
		}
		if string(x.codeOf(s)) == code {
			return int(s>>1) - 1, true
		}
	}
}

// adminCode returns the code that admin index slot s stands for, in
// place.
func (g *Gazetteer) adminCode(s uint32) []byte {
	code, iso, _, _ := g.adminBytes(int(s>>1) - 1)
	if s&1 != 0 {
		return iso
	}
	return code
}
