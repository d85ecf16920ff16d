package text

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
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

// newSegmenter returns prose's English sentence segmenter, as segment.New
// does, with its punkt model read from punktEnglish.
func newSegmenter() (*segment.Segmenter, error) {
	st, err := readPunkt(punktEnglish)
	if err != nil {
		return nil, fmt.Errorf("punkt model: %w", err)
	}
	// prose's supervised abbreviations (segment.supervisedAbbrevs), which
	// segment.New adds to the model it loads.
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		st.AbbrevTypes.Add(abbr)
	}
	return segment.WithTraining(st), nil
}

// readPunkt reads a punkt model in punktEnglish's format, each table into
// a map of the size its line gives. The keys share s's memory.
func readPunkt(s string) (*sentences.Storage, error) {
	for strings.HasPrefix(s, "#") {
		_, s, _ = strings.Cut(s, "\n")
	}
	st := sentences.NewStorage()
	for s != "" {
		name, size, rest, err := punktEntry(s)
		if err != nil {
			return nil, err
		}
		s = rest
		set := make(sentences.SetString, size)
		for range size {
			k, v, rest, err := punktEntry(s)
			if err != nil {
				return nil, fmt.Errorf("table %s: %w", name, err)
			}
			set[k], s = v, rest
		}
		switch name {
		case "AbbrevTypes":
			st.AbbrevTypes = set
		case "Collocations":
			st.Collocations = set
		case "SentStarters":
			st.SentStarters = set
		case "OrthoContext":
			st.OrthoContext = set
		default:
			return nil, fmt.Errorf("unknown table %q", name)
		}
	}
	return st, nil
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
