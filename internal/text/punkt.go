package text

import (
	_ "embed"
	"fmt"
)

// punktEnglish is the English punkt model of gopkg.in/neurosnap/sentences.v1
// (its data package's "data/english.json", MIT), written out as plain
// lines: decoding the gzipped JSON at every start was a third of the
// process's start-up instructions, and scanning it decompressed still a
// fifth. After a header of '#' lines, each of its four tables is a line
// "name<TAB>entries", then its entries, "key<TAB>value" sorted by key.
// TestPunktModelIsTheModules rebuilds it from the module byte for byte
// (go test ./internal/text -run PunktModel -update rewrites it).
//
//go:embed punkt-english.tsv
var punktEnglish string

// punktModel is a punkt model's four tables, each from a word type (or a
// pair "type,type") to a count or, for ortho, the orthographic context
// flags; a key is in a table when its value is not 0. The tables are read
// in place from punktEnglish through punktIndex.
type punktModel struct {
	index *punktIndex
}

// supervisedAbbrevs are the abbreviations prose's segment.New adds to the
// English model it loads.
var supervisedAbbrevs = []string{"sgt", "gov", "no", "mt"}

// loadPunkt returns the English punkt model prose's segmenter uses,
// punktEnglish and supervisedAbbrevs, for the sentence splitter.
func loadPunkt() (*punktModel, error) {
	x, err := readPunktIndex(punktIndexFile, punktEnglish)
	if err != nil {
		return nil, fmt.Errorf("punkt model: %w", err)
	}
	return &punktModel{index: x}, nil
}

// abbrev reports whether type key is an abbreviation before a full stop.
func (m *punktModel) abbrev(key []byte) bool {
	for _, a := range supervisedAbbrevs {
		if string(key) == a {
			return true
		}
	}
	return m.index.value(punktAbbrevs, key) != 0
}

// collocation reports whether key, a pair "type,type", is a collocation
// around a full stop that is not a sentence boundary.
func (m *punktModel) collocation(key []byte) bool {
	return m.index.value(punktCollocations, key) != 0
}

// starter reports whether type key often begins a sentence.
func (m *punktModel) starter(key []byte) bool {
	return m.index.value(punktStarters, key) != 0
}

// orthoContext returns the orthographic context flags of type key.
func (m *punktModel) orthoContext(key []byte) int {
	return m.index.value(punktOrtho, key)
}
