package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Input tables under -shared, in the order they are read.
const (
	neAdmin1     = "admin1.tsv"
	neCountries  = "countries.tsv"
	gnAdmin1     = "geonames_admin1.tsv"
	gnCountries  = "geonames_countries.tsv"
	nePopulated  = "populated_places.tsv"
	citiesColumn = 19 // columns of a GeoNames cities500 row
)

var tableNames = []string{neAdmin1, neCountries, gnAdmin1, gnCountries, nePopulated}

// inputs holds the raw bytes of every input.
type inputs struct {
	cities []byte
	tables map[string][]byte
}

// table is a tab-separated file with a header line.
type table struct {
	name string
	cols map[string]int
	rows [][]string
}

func parseTable(name string, data []byte, need ...string) (*table, error) {
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(data) == 0 || len(lines) == 0 {
		return nil, fmt.Errorf("%s: empty", name)
	}
	t := &table{name: name, cols: map[string]int{}}
	for i, c := range strings.Split(strings.TrimSuffix(lines[0], "\r"), "\t") {
		t.cols[c] = i
	}
	for _, c := range need {
		if _, ok := t.cols[c]; !ok {
			return nil, fmt.Errorf("%s: no column %q", name, c)
		}
	}
	for n, l := range lines[1:] {
		f := strings.Split(strings.TrimSuffix(l, "\r"), "\t")
		if len(f) != len(t.cols) {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", name, n+2, len(f), len(t.cols))
		}
		t.rows = append(t.rows, f)
	}
	return t, nil
}

// get returns a row's value of column c ("" if the table lacks it).
func (t *table) get(row []string, c string) string {
	if i, ok := t.cols[c]; ok {
		return strings.TrimSpace(row[i])
	}
	return ""
}

func parseID(s string) uint32 {
	v, err := strconv.ParseUint(strings.TrimSuffix(s, ".0"), 10, 32)
	if err != nil {
		return 0
	}
	return uint32(v)
}

func parseFloat(s string) (float64, bool) {
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

func parsePop(s string) uint64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 0 {
		return 0
	}
	return uint64(v)
}

// isoCode reports whether s is an ISO alpha code of n upper-case letters,
// which Natural Earth's -99 placeholders are not.
func isoCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// latinName reports whether s is worth keeping as an alternate name: short,
// free of digits and of the '|' separator, and written in Latin letters.
func latinName(s string) bool {
	if s == "" || len(s) > 80 || strings.ContainsRune(s, '|') || s == "-99" {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

var toASCII = transform.Chain(norm.NFD, runes.Remove(runes.Predicate(func(r rune) bool { return r >= 0x80 })))

// asciiName spells s in ASCII by dropping accents and other non-ASCII runes.
func asciiName(s string) string {
	out, _, err := transform.String(toASCII, s)
	if err != nil {
		return s
	}
	return strings.Join(strings.Fields(out), " ")
}

// splitList splits a '|'-separated list field.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}
