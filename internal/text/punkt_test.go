package text

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
)

// TestReadPunktEnglish checks that readPunkt reads the embedded model into
// exactly what encoding/json gives of the sentences module's.
func TestReadPunktEnglish(t *testing.T) {
	got, err := readPunkt(punktEnglish)
	if err != nil {
		t.Fatal(err)
	}
	st := modulePunkt(t)
	if !maps.Equal(got.abbrevs, st.AbbrevTypes) || !maps.Equal(got.collocations, st.Collocations) ||
		!maps.Equal(got.starters, st.SentStarters) || !maps.Equal(got.ortho, st.OrthoContext) {
		t.Error("readPunkt and encoding/json read the English model differently")
	}
}

// TestReadPunktErrors checks that readPunkt refuses a model it cannot read
// whole, and reads a small one.
func TestReadPunktErrors(t *testing.T) {
	for _, s := range []string{
		"AbbrevTypes\n", "AbbrevTypes\t2\na\t1\n", "Other\t0\n", "AbbrevTypes\t1\na 1\n",
		"AbbrevTypes\t1\na\t-1\n", "AbbrevTypes\t1\na\t1.5\n", "AbbrevTypes\t1\na\t01\n",
		"AbbrevTypes\tx\n", "AbbrevTypes\t1\n\n",
	} {
		if _, err := readPunkt(s); err == nil {
			t.Errorf("readPunkt(%q) reads it", s)
		}
	}
	st, err := readPunkt("# a note\nSentStarters\t2\nbut\t4\né\t0\nAbbrevTypes\t0\n")
	if err != nil || !maps.Equal(st.starters, map[string]int{"but": 4, "é": 0}) || len(st.abbrevs) != 0 {
		t.Errorf("readPunkt of a small model = %v, %v", st, err)
	}
}

// newSegmenter returns prose's English sentence segmenter with the model
// loadPunkt reads in place, read into maps by readPunkt, and prose's
// supervised abbreviations.
func newSegmenter() (*segment.Segmenter, error) {
	m, err := readPunkt(punktEnglish)
	if err != nil {
		return nil, err
	}
	for _, abbr := range supervisedAbbrevs {
		m.abbrevs[abbr] = 1
	}
	return segment.WithTraining(&sentences.Storage{
		AbbrevTypes:  m.abbrevs,
		Collocations: m.collocations,
		SentStarters: m.starters,
		OrthoContext: m.ortho,
	}), nil
}

// TestSegmenterIsProse checks that loadPunkt's model is the one prose's
// segment.New loads, its supervised abbreviations included: prose's
// segmenter splits alike with either.
func TestSegmenterIsProse(t *testing.T) {
	ours, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	prose, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"Sgt. Pepper met Gov. Smith at No. 10 on Mt. Everest. They left at 5 p.m. on Monday.",
		"The U.S. economy grew 2.1 percent. Mr. Jones said so... Then he left! Did he? Yes.",
		`"We will win," he said. The vote is on Oct. 3. Dr. Who arrived.`,
	} {
		if got, want := ours.Segment(s), prose.Segment(s); !slices.Equal(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", s, got, want)
		}
	}
}

// punktMaps is a punkt model's four tables read into maps, for comparing
// with the sentences module's and for prose's segmenter in tests.
type punktMaps struct {
	abbrevs, collocations, starters, ortho map[string]int
}

// readPunkt reads a punkt model in punktEnglish's format, each table into
// a map of the size its line gives; a table the text lacks is empty. The
// keys share s's memory.
func readPunkt(s string) (*punktMaps, error) {
	for strings.HasPrefix(s, "#") {
		_, s, _ = strings.Cut(s, "\n")
	}
	m := &punktMaps{abbrevs: map[string]int{}, collocations: map[string]int{}, starters: map[string]int{}, ortho: map[string]int{}}
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
