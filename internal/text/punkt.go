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
// a non-negative integer, in one pass over its bytes (the model has 20,000
// lines), and returns the rest of s.
func punktEntry(s string) (key string, value int, rest string, err error) {
	tab := 0
	for tab < len(s) && s[tab] != '\t' && s[tab] != '\n' {
		tab++
	}
	end := tab + 1
	for end < len(s) && '0' <= s[end] && s[end] <= '9' {
		value = value*10 + int(s[end]-'0')
		end++
	}
	digits := end - tab - 1
	if tab == len(s) || s[tab] != '\t' || end == len(s) || s[end] != '\n' ||
		digits == 0 || digits > 9 || (digits > 1 && s[tab+1] == '0') {
		line, _, _ := strings.Cut(s, "\n")
		return "", 0, "", errors.New("bad line " + strconv.Quote(line))
	}
	return s[:tab], value, s[end+1:], nil
}
