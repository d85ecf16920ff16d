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
// from the abbreviation, as written, to one ISO 3166-2 code or two.
func readAbbreviations() (map[string][]string, error) {
	lines, err := vocab.Read(wordFiles, abbreviationsFile, 2, 3)
	if err != nil {
		return nil, err
	}
	return parseAbbreviations(lines)
}

// parseAbbreviations checks the lines: no abbreviation twice, a code of
// the form "CA-BC".
func parseAbbreviations(lines []vocab.Line) (map[string][]string, error) {
	out := make(map[string][]string, len(lines))
	for _, ln := range lines {
		if _, dup := out[ln.Fields[0]]; dup {
			return nil, &vocab.Error{File: abbreviationsFile, Line: ln.N, Reason: fmt.Sprintf("%q already listed", ln.Fields[0])}
		}
		for _, code := range ln.Fields[1:] {
			if country, sub, ok := strings.Cut(code, "-"); !ok || len(country) != 2 || sub == "" {
				return nil, &vocab.Error{File: abbreviationsFile, Line: ln.N, Reason: fmt.Sprintf("%q is no ISO 3166-2 code", code)}
			}
		}
		out[ln.Fields[0]] = ln.Fields[1:]
	}
	return out, nil
}

// IsDivisionAbbreviation reports an abbreviation that division-abbreviations.tsv
// lists for a first-level division ("B.C.", "NSW").
func (r *Resolver) IsDivisionAbbreviation(name string) bool {
	_, ok := r.words.abbrevs[name]
	return ok
}

// abbreviated returns the divisions an abbreviation stands for ("B.C.";
// "WA", Washington and Western Australia), as the only candidates of the
// name: the town "Wa" in Ghana is no candidate of "WA".
func (r *Resolver) abbreviated(name string) []gaz.Place {
	var out []gaz.Place
	for _, code := range r.words.abbrevs[strings.TrimSpace(name)] {
		if d, ok := r.gaz.Admin1(code); ok {
			out = append(out, d)
		}
	}
	return out
}
