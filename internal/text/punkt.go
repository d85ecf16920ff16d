package text

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
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
// flags; a key is in a table when its value is not 0.
type punktModel struct {
	// abbrevs are the types that are abbreviations before a full stop.
	abbrevs map[string]int
	// collocations are pairs of types around a full stop that is not a
	// sentence boundary.
	collocations map[string]int
	// starters are the types that often begin a sentence.
	starters map[string]int
	// ortho holds, per type, how training saw it capitalized or not at a
	// sentence's beginning or inside one (the ortho* flags).
	ortho map[string]int
}

// supervisedAbbrevs are the abbreviations prose's segment.New adds to the
// English model it loads.
var supervisedAbbrevs = []string{"sgt", "gov", "no", "mt"}

// loadPunkt returns the English punkt model prose's segmenter uses,
// punktEnglish and supervisedAbbrevs, for the sentence splitter.
func loadPunkt() (*punktModel, error) {
	m, err := readPunkt(punktEnglish)
	if err != nil {
		return nil, fmt.Errorf("punkt model: %w", err)
	}
	for _, abbr := range supervisedAbbrevs {
		m.abbrevs[abbr] = 1
	}
	return m, nil
}

// readPunkt reads a punkt model in punktEnglish's format, each table into
// a map of the size its line gives; a table the text lacks is empty. The
// keys share s's memory.
func readPunkt(s string) (*punktModel, error) {
	for strings.HasPrefix(s, "#") {
		_, s, _ = strings.Cut(s, "\n")
	}
	m := &punktModel{abbrevs: map[string]int{}, collocations: map[string]int{}, starters: map[string]int{}, ortho: map[string]int{}}
	for s != "" {
		name, size, rest, err := punktEntry(s)
		if err != nil {
			return nil, err
		}
		s = rest
		table := make(map[string]int, size)
		for range size {
			k, v, rest, err := punktEntry(s)
			if err != nil {
				return nil, fmt.Errorf("table %s: %w", name, err)
			}
			table[k], s = v, rest
		}
		switch name {
		case "AbbrevTypes":
			m.abbrevs = table
		case "Collocations":
			m.collocations = table
		case "SentStarters":
			m.starters = table
		case "OrthoContext":
			m.ortho = table
		default:
			return nil, fmt.Errorf("unknown table %q", name)
		}
	}
	return m, nil
}

// punktEntry reads the line "key<TAB>value" that s starts with, the value
// a non-negative integer, and returns the rest of s. The model has 20,000
// lines: the value is read back from the line's end, a few digits.
func punktEntry(s string) (key string, value int, rest string, err error) {
	end := strings.IndexByte(s, '\n')
	if end < 0 {
		end = len(s)
	}
	line := s[:end]
	tab := strings.LastIndexByte(line, '\t')
	digits := line[tab+1:]
	if tab < 0 || end == len(s) || digits == "" || len(digits) > 9 || (len(digits) > 1 && digits[0] == '0') {
		return "", 0, "", errors.New("bad line " + strconv.Quote(line))
	}
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return "", 0, "", errors.New("bad line " + strconv.Quote(line))
		}
		value = value*10 + int(c-'0')
	}
	return line[:tab], value, s[end+1:], nil
}
