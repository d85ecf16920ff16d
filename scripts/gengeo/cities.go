package main

import (
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer/geo"
)

// addCities adds the GeoNames cities500 rows (19 columns, no header).
func (b *builder) addCities(data []byte) error {
	if len(data) == 0 {
		return fmt.Errorf("input missing: cities500.txt is empty")
	}
	for n, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != citiesColumn {
			return fmt.Errorf("cities500.txt:%d: %d fields, want %d", n+1, len(f), citiesColumn)
		}
		lat, ok1 := parseFloat(f[4])
		lon, ok2 := parseFloat(f[5])
		if !ok1 || !ok2 {
			return fmt.Errorf("cities500.txt:%d: bad point %q %q", n+1, f[4], f[5])
		}
		rec := geo.Record{
			ID: parseID(f[0]), Name: f[1], ASCIIName: f[2], Lat: lat, Lon: lon, HasPoint: true,
			Class: f[6], Code: f[7], Population: parsePop(f[14]),
		}
		if isoCode(f[8], 2) {
			rec.Country = f[8]
			if f[10] != "" {
				rec.Admin1 = f[8] + "." + f[10]
			}
		}
		if rec.Population >= altMinPopulation || keepAltCodes[rec.Code] {
			rec.Alternates = alternates(rec.Name, rec.ASCIIName, strings.Split(f[3], ",")...)
		}
		b.add(rec)
	}
	return nil
}

// populatedCode gives a GeoNames feature code for a Natural Earth class.
func populatedCode(featurecla string) string {
	switch featurecla {
	case "Admin-0 capital", "Admin-0 capital alt":
		return "PPLC"
	case "Admin-1 capital":
		return "PPLA"
	}
	return "PPL"
}

// addPopulated joins the Natural Earth populated places to the cities by
// GeoNames id, adding their English and alternate names, and adds the ones
// with a GeoNames id that cities500 lacks.
func (b *builder) addPopulated(ne *table) {
	for _, r := range ne.rows {
		id := parseID(ne.get(r, "geonamesid"))
		name := ne.get(r, "name")
		cands := append([]string{name, ne.get(r, "nameascii"), ne.get(r, "name_en")}, splitList(ne.get(r, "namealt"))...)
		if i := b.byID[id]; i != 0 {
			rec := &b.recs[i-1]
			if rec.Class == "P" {
				rec.Alternates = alternates(rec.Name, rec.ASCIIName, append(rec.Alternates, cands...)...)
			}
			continue
		}
		lat, ok1 := parseFloat(ne.get(r, "latitude"))
		lon, ok2 := parseFloat(ne.get(r, "longitude"))
		rec := geo.Record{
			ID: id, Name: name, ASCIIName: asciiName(name), Lat: lat, Lon: lon, HasPoint: ok1 && ok2,
			Class: "P", Code: populatedCode(ne.get(r, "featurecla")), Population: parsePop(ne.get(r, "pop_max")),
		}
		if c := ne.get(r, "iso_a2"); isoCode(c, 2) {
			rec.Country = c
		}
		rec.Alternates = alternates(name, rec.ASCIIName, cands...)
		b.add(rec)
	}
}
