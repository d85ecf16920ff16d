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

// parseCounties reads the county table into an index by folded name
// without spaces (saintForms, joined), each row named with its head word
// (headed).
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
		name := headed(f[0], f[1])
		p := Place{Name: name, ASCIIName: name, Lat: lat, Lon: lon, HasPoint: true, CountryCode: "US",
			Admin1Code: "US." + f[0], Class: "A", Code: "ADM2"}
		for _, key := range saintForms(countyKey(name)) {
			idx[joined(key)] = append(idx[joined(key)], p)
		}
	}
	return idx, nil
}

// headed gives a row the head word texts name it by where GeoNames leaves
// it out: Louisiana's parishes ("Calcasieu" is Calcasieu Parish, not a
// county) and Alaska's boroughs ("North Slope"; not its census areas,
// "Nome (CA)", nor Anchorage's municipality), and reads a city and borough
// or a city and county as its borough or county ("Juneau City and
// Borough", "City and Borough of Wrangell": Juneau Borough, Wrangell
// Borough).
func headed(state, name string) string {
	for _, h := range []string{"Borough", "County"} {
		if rest, ok := strings.CutSuffix(name, " City and "+h); ok {
			return rest + " " + h
		}
		if rest, ok := strings.CutPrefix(name, "City and "+h+" of "); ok {
			return rest + " " + h
		}
	}
	if countyKey(name) != Fold(name) {
		return name // it has its head word
	}
	switch {
	case state == "LA":
		return name + " Parish"
	case state == "AK" && !strings.Contains(name, "(") && !strings.Contains(name, "Census Area") && !strings.Contains(name, "Municipality"):
		return name + " Borough"
	}
	return name
}

// saintForms returns a folded key with its saint written both ways: "st
// croix" and "saint croix", "ste genevieve" and "sainte genevieve", as
// GeoNames and texts write both.
func saintForms(key string) []string {
	for _, pair := range [][2]string{{"st ", "saint "}, {"ste ", "sainte "}} {
		if rest, ok := strings.CutPrefix(key, pair[0]); ok {
			return []string{key, pair[1] + rest}
		}
		if rest, ok := strings.CutPrefix(key, pair[1]); ok {
			return []string{key, pair[0] + rest}
		}
	}
	return []string{key}
}

// joined drops a folded key's spaces, as texts and GeoNames write some
// names both ways: "De Kalb" and "DeKalb", "La Salle" and "LaSalle".
func joined(key string) string {
	return strings.ReplaceAll(key, " ", "")
}

// countyHead is the head word a county's name in the table carries
// ("parish" for "Caddo Parish"), or "county" for a bare name ("Caddo").
func countyHead(name string) string {
	if _, head := cutHead(Fold(name)); head != "" {
		return head
	}
	return "county"
}

// countyKey folds a county's name and drops its head word.
func countyKey(name string) string {
	k := Fold(name)
	if rest, head := cutHead(k); head != "" {
		return rest
	}
	return k
}

// cutHead splits a folded name into the words before its head word and the
// head word ("cuyahoga", "county"), or returns head "" when it ends in none.
func cutHead(folded string) (rest, head string) {
	for _, h := range countyHeads {
		if r, ok := strings.CutSuffix(folded, " "+h); ok && r != "" {
			return r, h
		}
	}
	return folded, ""
}

// Counties returns the counties of the United States that a name with a
// county's head word names ("Cuyahoga County", "Caddo Parish", "Saint
// Croix County"), with their state's code and name and their point; none
// for a name without such a word. They have no GeoNames id.
func (g *Gazetteer) Counties(name string) []Place {
	k, head := cutHead(Fold(name))
	if head == "" {
		return nil
	}
	idx, err := countyIndex()
	if err != nil {
		return nil
	}
	k = joined(k)
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
