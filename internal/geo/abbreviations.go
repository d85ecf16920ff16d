package geo

import (
	"fmt"
	"strings"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/internal/vocab"
)

// abbreviationsFile lists division abbreviations the gazetteer lacks.
const abbreviationsFile = "words/division-abbreviations.tsv"

// readAbbreviations parses words/division-abbreviations.tsv into a map
// from the abbreviation, as written, to an ISO 3166-2 code.
func readAbbreviations() (map[string]string, error) {
	lines, err := vocab.Read(wordFiles, abbreviationsFile, 2, 2)
	if err != nil {
		return nil, err
	}
	return parseAbbreviations(lines)
}

// parseAbbreviations checks the lines: no abbreviation twice, a code of
// the form "CA-BC".
func parseAbbreviations(lines []vocab.Line) (map[string]string, error) {
	out := make(map[string]string, len(lines))
	for _, ln := range lines {
		if _, dup := out[ln.Fields[0]]; dup {
			return nil, &vocab.Error{File: abbreviationsFile, Line: ln.N, Reason: fmt.Sprintf("%q already listed", ln.Fields[0])}
		}
		if country, sub, ok := strings.Cut(ln.Fields[1], "-"); !ok || len(country) != 2 || sub == "" {
			return nil, &vocab.Error{File: abbreviationsFile, Line: ln.N, Reason: fmt.Sprintf("%q is no ISO 3166-2 code", ln.Fields[1])}
		}
		out[ln.Fields[0]] = ln.Fields[1]
	}
	return out, nil
}

// abbreviated returns the division an abbreviation stands for ("B.C."),
// as the only candidate of a name the gazetteer lacks.
func (r *Resolver) abbreviated(name string) []gaz.Place {
	code, ok := r.words.abbrevs[strings.TrimSpace(name)]
	if !ok {
		return nil
	}
	d, ok := r.gaz.Admin1(code)
	if !ok {
		return nil
	}
	return []gaz.Place{d}
}
