package geo

import (
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
	admins    codeIndex // GeoNames and ISO 3166-2 codes to admin1 rows
	countries codeIndex // ISO 3166-1 alpha-2 and alpha-3 codes to country rows
}

// codeTables builds the tables from the rows, a later row taking a code
// from an earlier one; damaged rows, and countries whose place is out of
// range, are left out.
func (g *Gazetteer) codeTables() codeTables {
	n := len(g.adminRows) / adminSize
	t := codeTables{admins: newCodeIndex(2*n, g.adminCode)}
	for a := range n {
		if code, iso, _, ok := g.adminBytes(a); ok {
			t.admins.add(code, a, false)
			if len(iso) > 0 {
				t.admins.add(iso, a, true)
			}
		}
	}
	b := g.countryRows
	t.countries = newCodeIndex(2*(len(b)/countrySz), g.countryCode)
	for c := 0; (c+1)*countrySz <= len(b); c++ {
		row := b[c*countrySz:]
		if place := le.Uint32(row[5:]); place == noPlace || uint64(place) < uint64(g.nPlaces) {
			t.countries.add(row[:2], c, false)
			t.countries.add(row[2:5], c, true)
		}
	}
	return t
}

// Country returns the country with the ISO 3166-1 alpha-2 or alpha-3 code,
// in either case.
func (g *Gazetteer) Country(iso string) (Place, bool) {
	c, ok := g.byCode().countries.find(strings.ToUpper(iso))
	if !ok {
		return Place{}, false
	}
	i := le.Uint32(g.countryRows[c*countrySz+5:])
	if i == noPlace {
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

// codeIndex finds rows by code: an open-addressing table on the code's
// FNV-1a hash, linear probing, of little-endian uint32 slots (row+1)<<1,
// plus 1 for a row's second code (an admin1 row's ISO 3166-2 code, a
// country's alpha-3), 0 for none. A probe compares the code with the one
// its slot stands for (codeOf, read in place), so the table keeps 4 bytes
// a slot where a map kept a string key and a row. The hash is fixed, not
// seeded, so that the embedded gazetteer's tables can be generated once
// and read in place (codes-index.bin).
type codeIndex struct {
	slots  []byte
	mask   uint32
	codeOf func(slot uint32) []byte
}

// newCodeIndex returns an empty index for up to keys codes, at most three
// quarters full, that reads the code a slot stands for with codeOf.
func newCodeIndex(keys int, codeOf func(slot uint32) []byte) codeIndex {
	size := 2
	for size*3 < keys*4 {
		size <<= 1
	}
	return codeIndex{slots: make([]byte, 4*size), mask: uint32(size - 1), codeOf: codeOf}
}

// hashCode is the FNV-1a hash of code.
func hashCode[S string | []byte](code S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(code); i++ {
		h ^= uint32(code[i])
		h *= 16777619
	}
	return h
}

// add enters code (row a's second code if second, else its first) for
// row a; a code already entered is a's from now on.
func (x codeIndex) add(code []byte, a int, second bool) {
	v := uint32(a+1) << 1
	if second {
		v |= 1
	}
	for j := hashCode(code) & x.mask; ; j = (j + 1) & x.mask {
		if s := le.Uint32(x.slots[4*j:]); s == 0 || string(x.codeOf(s)) == string(code) {
			le.PutUint32(x.slots[4*j:], v)
			return
		}
	}
}

// find returns the row entered for code. No code is empty, and a slot
// whose row is out of range stands for none; the search probes every slot
// at most once: a damaged table read from a file costs lookups, never a
// panic or an endless loop.
func (x codeIndex) find(code string) (int, bool) {
	if code == "" {
		return 0, false
	}
	for n, j := uint32(0), hashCode(code)&x.mask; n <= x.mask && len(x.slots) > 0; n, j = n+1, (j+1)&x.mask {
		s := le.Uint32(x.slots[4*j:])
		if s == 0 {
			break
		}
		if string(x.codeOf(s)) == code {
			return int(s>>1) - 1, true
		}
	}
	return 0, false
}

// adminCode returns the code that an admin1 index slot s stands for, in
// place.
func (g *Gazetteer) adminCode(s uint32) []byte {
	code, iso, _, _ := g.adminBytes(int(s>>1) - 1)
	if s&1 != 0 {
		return iso
	}
	return code
}

// countryCode returns the code that a country index slot s stands for, in
// place; nil for a row out of range.
func (g *Gazetteer) countryCode(s uint32) []byte {
	c := int(s>>1) - 1
	if c < 0 || (c+1)*countrySz > len(g.countryRows) {
		return nil
	}
	row := g.countryRows[c*countrySz:]
	if s&1 != 0 {
		return row[2:5]
	}
	return row[:2]
}
