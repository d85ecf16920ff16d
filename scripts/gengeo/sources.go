package main

import (
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer/geo"
)

// neCountryNames are the Natural Earth country columns taken as alternate
// names: English forms, then the Latin-script localized names.
var neCountryNames = []string{
	"name", "name_long", "name_en", "formal_en", "name_alt", "name_sort", "name_ciawf",
	"brk_name", "geounit", "subunit", "admin",
	"name_de", "name_es", "name_fr", "name_hu", "name_id", "name_it", "name_nl",
	"name_pl", "name_pt", "name_sv", "name_tr", "name_vi",
}

// countryCode gives a GeoNames-style feature code for a Natural Earth type.
func countryCode(neType string) string {
	switch neType {
	case "Sovereign country", "Country":
		return "PCLI"
	case "Dependency":
		return "PCLD"
	}
	return "PCL"
}

// addCountries adds the GeoNames countries, with the names of the Natural
// Earth row of the same ISO code (a sovereign country or country first).
func (b *builder) addCountries(gn, ne *table) {
	neRow := map[string][]string{}
	for _, r := range ne.rows {
		iso := ne.get(r, "iso_a2_eh")
		if !isoCode(iso, 2) {
			continue
		}
		prev, ok := neRow[iso]
		if !ok || countryCode(ne.get(prev, "type")) != "PCLI" && countryCode(ne.get(r, "type")) == "PCLI" {
			neRow[iso] = r
		}
	}
	for _, r := range gn.rows {
		iso2, iso3 := gn.get(r, "iso_a2"), gn.get(r, "iso_a3")
		name := gn.get(r, "name")
		lat, ok1 := parseFloat(gn.get(r, "lat"))
		lon, ok2 := parseFloat(gn.get(r, "lon"))
		rec := geo.Record{
			ID: parseID(gn.get(r, "geonameid")), Name: name, ASCIIName: asciiName(name),
			Lat: lat, Lon: lon, HasPoint: ok1 && ok2, Country: iso2, Class: "A", Code: "PCL",
			Population: parsePop(gn.get(r, "population")),
		}
		cands := []string{gn.get(r, "geonames_name")}
		if nr, ok := neRow[iso2]; ok {
			rec.Code = countryCode(ne.get(nr, "type"))
			for _, c := range neCountryNames {
				cands = append(cands, splitList(ne.get(nr, c))...)
			}
		}
		rec.Alternates = alternates(name, rec.ASCIIName, variants(cands...)...)
		if b.add(rec) && isoCode(iso2, 2) && isoCode(iso3, 3) {
			b.countries = append(b.countries, geo.CountryRow{ISO2: iso2, ISO3: iso3, ID: rec.ID})
		}
	}
}

// addAdmins adds the GeoNames first-level divisions with their Natural
// Earth points and names, and returns the Natural Earth codes they used.
func (b *builder) addAdmins(gn *table) map[string]bool {
	matched := map[string]bool{}
	for _, r := range gn.rows {
		name, code := gn.get(r, "name"), gn.get(r, "code")
		lat, ok1 := parseFloat(gn.get(r, "ne_lat"))
		lon, ok2 := parseFloat(gn.get(r, "ne_lon"))
		rec := geo.Record{
			ID: parseID(gn.get(r, "geonameid")), Name: name, ASCIIName: gn.get(r, "asciiname"),
			Lat: lat, Lon: lon, HasPoint: ok1 && ok2, Country: gn.get(r, "country"),
			Admin1: code, Class: "A", Code: "ADM1",
		}
		cands := append([]string{gn.get(r, "ne_name"), gn.get(r, "ne_name_en")},
			splitList(gn.get(r, "ne_name_alt"))...)
		rec.Alternates = alternates(name, rec.ASCIIName, variants(cands...)...)
		if !isoCode(rec.Country, 2) {
			rec.Country = ""
		}
		iso := gn.get(r, "ne_iso_3166_2")
		if strings.ContainsAny(iso, "~") || !strings.HasPrefix(iso, rec.Country+"-") {
			iso = ""
		}
		if ne := gn.get(r, "ne_adm1_code"); ne != "" {
			matched[ne] = true
		}
		if b.add(rec) {
			b.admins = append(b.admins, geo.AdminRow{Code: code, ISO: iso, ID: rec.ID})
		}
	}
	return matched
}

// addNEAdmins adds the Natural Earth admin-1 units that no GeoNames ADM1
// matched (French departments, Italian provinces, UK counties...) and that
// carry a GeoNames id, as divisions of unknown level (ADMD).
func (b *builder) addNEAdmins(ne *table, matched map[string]bool) {
	for _, r := range ne.rows {
		if matched[ne.get(r, "adm1_code")] {
			continue
		}
		name := ne.get(r, "name")
		lat, ok1 := parseFloat(ne.get(r, "latitude"))
		lon, ok2 := parseFloat(ne.get(r, "longitude"))
		rec := geo.Record{
			ID: parseID(ne.get(r, "gn_id")), Name: name, ASCIIName: asciiName(name),
			Lat: lat, Lon: lon, HasPoint: ok1 && ok2, Class: "A", Code: "ADMD",
		}
		if c := ne.get(r, "iso_a2"); isoCode(c, 2) {
			rec.Country = c
		}
		cands := append([]string{ne.get(r, "name_en"), ne.get(r, "gn_name")}, splitList(ne.get(r, "name_alt"))...)
		rec.Alternates = alternates(name, rec.ASCIIName, variants(append([]string{name}, cands...)...)...)
		b.add(rec)
	}
}
