package text

import (
	_ "embed"
	"strconv"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
)

// punktEnglish is the English punkt model of gopkg.in/neurosnap/sentences.v1
// (its data package's "data/english.json", MIT), stored as it decompresses:
// gunzipping it at every start was a sixth of the process's start-up
// instructions. TestPunktModelIsTheModules keeps it equal to the module's
// (go test ./internal/text -run PunktModel -update rewrites it).
//
//go:embed punkt-english.json
var punktEnglish string

// newSegmenter returns prose's English sentence segmenter, as segment.New
// does, with its punkt model read by readPunkt instead of encoding/json:
// decoding the 400 KB model by reflection was a third of the process's
// start-up CPU.
func newSegmenter() (*segment.Segmenter, error) {
	st, ok := readPunkt(punktEnglish)
	if !ok {
		var err error
		if st, err = sentences.LoadTraining([]byte(punktEnglish)); err != nil {
			return nil, err
		}
	}
	// prose's supervised abbreviations (segment.supervisedAbbrevs), which
	// segment.New adds to the model it loads.
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		st.AbbrevTypes.Add(abbr)
	}
	return segment.WithTraining(st), nil
}

// readPunkt reads a punkt model in the shape of sentences' English one, an
// object of the four tables, each an object from plain strings to
// integers, as json.Unmarshal would into a sentences.Storage. It returns
// false for anything else (escapes, invalid UTF-8, other keys or values),
// which the caller leaves to encoding/json. The keys share s's memory.
func readPunkt(s string) (*sentences.Storage, bool) {
	st := sentences.NewStorage()
	st.OrthoContext = make(sentences.SetString, len(s)/20) // about 20 bytes an entry
	p := punktScanner{s: s}
	if !p.expect('{') {
		return nil, false
	}
	for first := true; ; first = false {
		if p.expect('}') {
			return st, p.end()
		}
		if !first && !p.expect(',') {
			return nil, false
		}
		name, ok := p.str()
		if !ok || !p.expect(':') {
			return nil, false
		}
		var set sentences.SetString
		switch name {
		case "AbbrevTypes":
			set = st.AbbrevTypes
		case "Collocations":
			set = st.Collocations
		case "SentStarters":
			set = st.SentStarters
		case "OrthoContext":
			set = st.OrthoContext
		default:
			return nil, false
		}
		if !p.table(set) {
			return nil, false
		}
	}
}

// punktScanner reads readPunkt's JSON subset.
type punktScanner struct {
	s string
	i int
}

func (p *punktScanner) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\n' || p.s[p.i] == '\t' || p.s[p.i] == '\r') {
		p.i++
	}
}

// expect consumes c, after white space, if it comes next.
func (p *punktScanner) expect(c byte) bool {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *punktScanner) end() bool {
	p.space()
	return p.i == len(p.s)
}

// str reads a string without escapes or control characters, valid UTF-8.
func (p *punktScanner) str() (string, bool) {
	if !p.expect('"') {
		return "", false
	}
	start := p.i
	ascii := true
	for ; p.i < len(p.s); p.i++ {
		c := p.s[p.i]
		switch {
		case c == '"':
			v := p.s[start:p.i]
			p.i++
			return v, ascii || utf8.ValidString(v)
		case c == '\\' || c < 0x20:
			return "", false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return "", false
}

// int reads a non-negative integer.
func (p *punktScanner) int() (int, bool) {
	p.space()
	start := p.i
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
	}
	if p.i == start || p.i-start > 9 || (p.s[start] == '0' && p.i-start > 1) {
		return 0, false
	}
	n, err := strconv.Atoi(p.s[start:p.i])
	return n, err == nil
}

// table reads one object of strings to integers into set.
func (p *punktScanner) table(set sentences.SetString) bool {
	if !p.expect('{') {
		return false
	}
	for first := true; ; first = false {
		if p.expect('}') {
			return true
		}
		if !first && !p.expect(',') {
			return false
		}
		k, ok := p.str()
		if !ok || !p.expect(':') {
			return false
		}
		v, ok := p.int()
		if !ok {
			return false
		}
		set[k] = v
	}
}
