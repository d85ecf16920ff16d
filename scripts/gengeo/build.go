package main

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer/geo"
)

// altMinPopulation is the population from which a populated place keeps its
// alternate names; smaller places keep their name and ASCII name only
// (seats of divisions and capitals keep them whatever their population).
// It is the knob that holds the file under its size budget.
const altMinPopulation = 15000

// keepAltCodes are the feature codes of places that keep their alternate
// names whatever their population.
var keepAltCodes = map[string]bool{"PPLC": true, "PPLA": true, "PPLA2": true, "PPLG": true}

// designators are words that name the kind of a division; a name ending in
// one also gets the name without it ("as-Suwayda Governorate" →
// "as-Suwayda").
var designators = []string{
	"governorate", "province", "region", "state", "department", "district",
	"prefecture", "oblast", "county", "municipality", "territory", "division",
	"emirate", "canton", "voivodeship", "republic", "autonomous community",
	"autonomous region", "autonomous province", "parish", "krai", "kray",
}

// builder collects records, first come first kept by GeoNames id.
type builder struct {
	recs      []geo.Record
	byID      map[uint32]int
	countries []geo.CountryRow
	admins    []geo.AdminRow
}

func (b *builder) add(r geo.Record) bool {
	if r.ID == 0 || b.byID[r.ID] != 0 {
		return false
	}
	b.recs = append(b.recs, r)
	b.byID[r.ID] = len(b.recs)
	return true
}

// build turns the inputs into the gazetteer file.
func build(in inputs) ([]byte, error) {
	t := map[string]*table{}
	need := map[string][]string{
		neAdmin1:    {"adm1_code", "name", "name_en", "name_alt", "iso_a2", "gn_id", "gn_name", "latitude", "longitude"},
		neCountries: {"iso_a2_eh", "type", "name"},
		gnAdmin1:    {"geonameid", "code", "country", "name", "asciiname", "ne_adm1_code", "ne_name", "ne_name_en", "ne_name_alt", "ne_iso_3166_2", "ne_lat", "ne_lon"},
		gnCountries: {"geonameid", "iso_a2", "iso_a3", "name", "geonames_name", "lat", "lon", "population"},
		nePopulated: {"name", "nameascii", "namealt", "name_en", "iso_a2", "featurecla", "latitude", "longitude", "pop_max", "geonamesid"},
	}
	for _, name := range tableNames {
		data, ok := in.tables[name]
		if !ok {
			return nil, fmt.Errorf("input missing: %s", name)
		}
		var err error
		if t[name], err = parseTable(name, data, need[name]...); err != nil {
			return nil, err
		}
	}
	b := &builder{byID: map[uint32]int{}}
	b.addCountries(t[gnCountries], t[neCountries])
	matched := b.addAdmins(t[gnAdmin1])
	b.addNEAdmins(t[neAdmin1], matched)
	if err := b.addCities(in.cities); err != nil {
		return nil, err
	}
	b.addPopulated(t[nePopulated])
	b.fillDivisionPoints()
	return geo.Encode(b.recs, b.countries, b.admins)
}

// alternates returns the Latin-script names among cands whose folded form
// differs from those of name, ascii and each earlier one, in order.
func alternates(name, ascii string, cands ...string) []string {
	seen := map[string]bool{geo.Fold(name): true, geo.Fold(ascii): true}
	var out []string
	for _, c := range cands {
		c = strings.TrimSpace(c)
		if !latinName(c) {
			continue
		}
		if k := geo.Fold(c); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return out
}

var parenthesized = regexp.MustCompile(`^(.*?)\s*\(([^()]*)\)\s*$`)

// variants returns each name with the forms that a reader also writes: the
// parts of "Homs (Hims)" and the name without a trailing designator.
func variants(names ...string) []string {
	var out []string
	for _, n := range names {
		out = append(out, n)
		if m := parenthesized.FindStringSubmatch(n); m != nil {
			out = append(out, m[1], m[2])
			n = m[1]
		}
		low := strings.ToLower(n)
		for _, d := range designators {
			if strings.HasSuffix(low, " "+d) {
				out = append(out, strings.TrimSpace(n[:len(n)-len(d)-1]))
			}
		}
	}
	return out
}

// fillDivisionPoints gives a first-level division that no source gives a
// point (England, Wales: Natural Earth's units there are counties) the mean
// point of the populated places inside it.
func (b *builder) fillDivisionPoints() {
	type sum struct {
		lat, lon float64
		n        int
	}
	sums := map[string]*sum{}
	for _, r := range b.recs {
		if r.Class != "P" || r.Admin1 == "" || !r.HasPoint {
			continue
		}
		s := sums[r.Admin1]
		if s == nil {
			s = &sum{}
			sums[r.Admin1] = s
		}
		s.lat, s.lon, s.n = s.lat+r.Lat, s.lon+r.Lon, s.n+1
	}
	for i := range b.recs {
		r := &b.recs[i]
		if r.Code != "ADM1" || r.HasPoint || sums[r.Admin1] == nil {
			continue
		}
		s := sums[r.Admin1]
		r.Lat, r.Lon, r.HasPoint = roundDegrees(s.lat/float64(s.n)), roundDegrees(s.lon/float64(s.n)), true
	}
}

// roundDegrees rounds to the gazetteer's precision, 1e-5 degrees.
func roundDegrees(d float64) float64 { return math.Round(d*1e5) / 1e5 }
