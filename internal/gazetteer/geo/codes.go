package geo

import "strings"

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
	if a < 0 || a >= len(g.adminRows)/adminSize {
		return adminRow{}, false
	}
	b := g.adminRows[a*adminSize:]
	code, ok1 := g.str(le.Uint32(b))
	iso, ok2 := g.str(le.Uint32(b[4:]))
	place := le.Uint32(b[8:])
	if !ok1 || !ok2 || (place != noPlace && uint64(place) >= uint64(g.nPlaces)) {
		return adminRow{}, false
	}
	return adminRow{code: code, iso: iso, place: place}, true
}

// codeTables map codes to rows.
type codeTables struct {
	admins    map[string]int    // GeoNames and ISO 3166-2 codes to admin1 rows
	countries map[string]uint32 // ISO 3166-1 alpha-2 and alpha-3 codes to place indices
}

// codeTables builds the tables from the rows, a later row taking a code
// from an earlier one; damaged rows are left out.
func (g *Gazetteer) codeTables() codeTables {
	n := len(g.adminRows) / adminSize
	t := codeTables{admins: make(map[string]int, 2*n)}
	for a := range n {
		if row, ok := g.admin(a); ok {
			t.admins[row.code] = a
			if row.iso != "" {
				t.admins[row.iso] = a
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
	a, ok := g.byCode().admins[strings.ToUpper(code)]
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
