package geo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// usCounties is the table of the counties of the United States that
// scripts/gencounties writes: state code, county name as GeoNames gives it
// ("Cuyahoga", "East Baton Rouge Parish"), and the mean point of the
// county's ZIP codes.
//
//go:embed us-counties.tsv
var usCounties string

// countyHeads are the words that end a county's name in text and that the
// table's names may carry ("Orleans Parish").
var countyHeads = []string{"county", "parish", "borough"}

// countyIndex maps the folded name of a county, without its head word
// ("cuyahoga", "saint croix"), to its rows.
var countyIndex = sync.OnceValues(func() (map[string][]Place, error) {
	return parseCounties(usCounties)
})

// parseCounties reads the county table into an index by folded name; "St."
// is indexed as "Saint" too, as texts write both.
func parseCounties(table string) (map[string][]Place, error) {
	idx := map[string][]Place{}
	for n, line := range strings.Split(strings.TrimRight(table, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("us-counties.tsv:%d: %d fields, want 4", n+1, len(f))
		}
		lat, errLat := strconv.ParseFloat(f[2], 64)
		lon, errLon := strconv.ParseFloat(f[3], 64)
		if f[0] == "" || f[1] == "" || errLat != nil || errLon != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return nil, fmt.Errorf("us-counties.tsv:%d: bad row %q", n+1, line)
		}
		p := Place{Name: f[1], ASCIIName: f[1], Lat: lat, Lon: lon, HasPoint: true, CountryCode: "US",
			Admin1Code: "US." + f[0], Class: "A", Code: "ADM2"}
		key := countyKey(f[1])
		idx[key] = append(idx[key], p)
		if rest, ok := strings.CutPrefix(key, "st "); ok {
			idx["saint "+rest] = append(idx["saint "+rest], p)
		}
	}
	return idx, nil
}

// countyHead is the head word a county's name in the table carries
// ("parish" for "Caddo Parish"), or "county" for a bare name ("Caddo").
func countyHead(name string) string {
	k := Fold(name)
	for _, h := range countyHeads {
		if strings.HasSuffix(k, " "+h) {
			return h
		}
	}
	return "county"
}

// countyKey folds a county's name and drops its head word.
func countyKey(name string) string {
	k := Fold(name)
	for _, h := range countyHeads {
		if rest, ok := strings.CutSuffix(k, " "+h); ok {
			return rest
		}
	}
	return k
}

// Counties returns the counties of the United States that a name with a
// county's head word names ("Cuyahoga County", "Caddo Parish", "Saint
// Croix County"), with their state's code and name and their point; none
// for a name without such a word. They have no GeoNames id.
func (g *Gazetteer) Counties(name string) []Place {
	k := Fold(name)
	head := ""
	for _, h := range countyHeads {
		if rest, ok := strings.CutSuffix(k, " "+h); ok && rest != "" {
			k, head = rest, h
			break
		}
	}
	if head == "" {
		return nil
	}
	idx, err := countyIndex()
	if err != nil {
		return nil
	}
	out := make([]Place, 0, len(idx[k]))
	for _, p := range idx[k] {
		if countyHead(p.Name) != head {
			continue // "Caddo Parish" is Louisiana's, not Oklahoma's Caddo County
		}
		if st, ok := g.Admin1(p.Admin1Code); ok {
			p.Admin1Name = st.Name
		}
		out = append(out, p)
	}
	return out
}
