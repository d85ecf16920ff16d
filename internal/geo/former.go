package geo

import (
	"fmt"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/internal/vocab"
)

// formerFile lists former countries and their successors.
const formerFile = "words/former-countries.tsv"

// readFormerCountries parses words/former-countries.tsv into a map from
// folded name to the successor's ISO code.
func readFormerCountries() (map[string]string, error) {
	lines, err := vocab.Read(wordFiles, formerFile, 2, 2)
	if err != nil {
		return nil, err
	}
	return parseFormerCountries(lines)
}

// parseFormerCountries checks the lines of the file: no name twice, a
// two-letter country code.
func parseFormerCountries(lines []vocab.Line) (map[string]string, error) {
	out := make(map[string]string, len(lines))
	for _, ln := range lines {
		key := gaz.Fold(ln.Fields[0])
		if _, dup := out[key]; dup {
			return nil, &vocab.Error{File: formerFile, Line: ln.N, Reason: fmt.Sprintf("%q already listed", ln.Fields[0])}
		}
		if len(ln.Fields[1]) != 2 {
			return nil, &vocab.Error{File: formerFile, Line: ln.N, Reason: fmt.Sprintf("%q is no ISO country code", ln.Fields[1])}
		}
		out[key] = ln.Fields[1]
	}
	return out, nil
}

// successor returns the country that continues a former one ("Soviet
// Union": Russia), as the only candidate of a name the gazetteer lacks.
func (r *Resolver) successor(name string) []gaz.Place {
	var key [64]byte
	iso, ok := r.words.former[string(gaz.AppendFold(key[:0], name))]
	if !ok {
		return nil
	}
	c, ok := r.gaz.Country(iso)
	if !ok {
		return nil
	}
	return []gaz.Place{c}
}
