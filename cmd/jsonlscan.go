package cmd

import (
	"bytes"
	"encoding/json"
	"strings"
)

// scanRecord reads a JSON Lines record in one pass, without reflection:
// the common record, one object whose keys are written as the fields are
// named and whose text and dates are strings or null, other fields (a
// gold file's entities) checked as JSON and passed over. It reports false
// for anything else, which json.Unmarshal then reads for its rules and its
// errors (a key in other case, a type error, a line that is not JSON,
// nesting past maxScanDepth): a record it accepts, json.Unmarshal reads
// the same (FuzzScanRecord). The line must be valid UTF-8 (checked
// before); rec's raw fields are slices of line.
func scanRecord(line []byte) (rec jsonlRecord, ok bool) {
	s := jsonScanner{b: line}
	s.space()
	if !s.byte('{') {
		return rec, false
	}
	s.space()
	if s.byte('}') {
		s.space()
		return rec, s.i == len(s.b)
	}
	for {
		ks, ke, escaped, ok := s.str()
		if !ok || escaped {
			return rec, false
		}
		s.space()
		if !s.byte(':') {
			return rec, false
		}
		s.space()
		vs := s.i
		if !s.value(0) {
			return rec, false
		}
		if !rec.set(string(line[ks+1:ke-1]), line[vs:s.i]) {
			return rec, false
		}
		s.space()
		if s.byte('}') {
			break
		}
		if !s.byte(',') {
			return rec, false
		}
		s.space()
	}
	s.space()
	return rec, s.i == len(s.b)
}

// set stores the value raw of key in rec. It reports false where
// json.Unmarshal must decide: a field's name in other case or with bytes
// beyond ASCII (encoding/json matches keys without regard to case), or
// a value of another type than the field's (a null is read as
// json.Unmarshal reads it).
func (rec *jsonlRecord) set(key string, raw []byte) bool {
	null := string(raw) == "null"
	switch key {
	case "id":
		rec.ID = raw
	case "url":
		rec.URL = raw
	case "text":
		if null {
			rec.Text = nil // as json.Unmarshal sets a pointer
			return true
		}
		s, ok := scanString(raw)
		if !ok {
			return false
		}
		rec.Text = &s
	case "ref_date", "dct":
		if null {
			return true // json.Unmarshal leaves a string as it was
		}
		s, ok := scanString(raw)
		if key == "dct" {
			rec.Dct = s
		} else {
			rec.RefDate = s
		}
		return ok
	default:
		for i := 0; i < len(key); i++ {
			if key[i] >= 0x80 {
				return false
			}
		}
		for _, name := range []string{"id", "url", "text", "ref_date", "dct"} {
			if strings.EqualFold(key, name) {
				return false
			}
		}
	}
	return true
}

// scanString decodes raw, a JSON string checked by jsonScanner.str. The
// escapes of one byte are undone here; one with \u is left to
// json.Unmarshal, which knows what a lone surrogate becomes.
func scanString(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	body := raw[1 : len(raw)-1]
	i := bytes.IndexByte(body, '\\')
	if i < 0 {
		return string(body), true
	}
	out := make([]byte, 0, len(body))
	for i >= 0 {
		out = append(out, body[:i]...)
		if i+1 == len(body) {
			return "", false
		}
		switch c := body[i+1]; c {
		case '"', '\\', '/':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		default: // 'u'
			var s string
			if json.Unmarshal(raw, &s) != nil {
				return "", false
			}
			return s, true
		}
		body = body[i+2:]
		i = bytes.IndexByte(body, '\\')
	}
	return string(append(out, body...)), true
}

// maxScanDepth bounds the nesting jsonScanner follows; deeper lines go to
// json.Unmarshal, which has its own bound.
const maxScanDepth = 200

// jsonScanner checks JSON text as RFC 8259 defines it, byte by byte.
type jsonScanner struct {
	b []byte
	i int
}

func (s *jsonScanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// byte consumes c if it is next.
func (s *jsonScanner) byte(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// value checks one value of any kind at depth d.
func (s *jsonScanner) value(d int) bool {
	if s.i >= len(s.b) {
		return false
	}
	switch c := s.b[s.i]; {
	case c == '"':
		_, _, _, ok := s.str()
		return ok
	case c == '{':
		return d < maxScanDepth && s.object(d+1)
	case c == '[':
		return d < maxScanDepth && s.array(d+1)
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		return s.number()
	}
	return false
}

func (s *jsonScanner) object(d int) bool {
	s.i++ // '{'
	s.space()
	if s.byte('}') {
		return true
	}
	for {
		if _, _, _, ok := s.str(); !ok {
			return false
		}
		s.space()
		if !s.byte(':') {
			return false
		}
		s.space()
		if !s.value(d) {
			return false
		}
		s.space()
		if s.byte('}') {
			return true
		}
		if !s.byte(',') {
			return false
		}
		s.space()
	}
}

func (s *jsonScanner) array(d int) bool {
	s.i++ // '['
	s.space()
	if s.byte(']') {
		return true
	}
	for {
		if !s.value(d) {
			return false
		}
		s.space()
		if s.byte(']') {
			return true
		}
		if !s.byte(',') {
			return false
		}
		s.space()
	}
}

// str checks a string at s.i and returns its span, quotes included, and
// whether it holds an escape.
func (s *jsonScanner) str() (start, end int, escaped, ok bool) {
	start = s.i
	if !s.byte('"') {
		return start, s.i, false, false
	}
	for s.i < len(s.b) {
		c := s.b[s.i]
		if plainInString[c] {
			s.i++
			continue
		}
		switch {
		case c == '"':
			s.i++
			return start, s.i, escaped, true
		case c < 0x20:
			return start, s.i, escaped, false
		case c == '\\':
			escaped = true
			if s.i+1 >= len(s.b) {
				return start, s.i, escaped, false
			}
			switch s.b[s.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i += 2
			case 'u':
				if s.i+6 > len(s.b) || !isHex4(s.b[s.i+2:s.i+6]) {
					return start, s.i, escaped, false
				}
				s.i += 6
			default:
				return start, s.i, escaped, false
			}
		default:
			s.i++
		}
	}
	return start, s.i, escaped, false
}

// plainInString holds the bytes a JSON string holds as they are: all but
// the quote, the backslash and the control characters.
var plainInString = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

func isHex4(b []byte) bool {
	for _, c := range b {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func (s *jsonScanner) literal(word string) bool {
	if len(s.b)-s.i < len(word) || string(s.b[s.i:s.i+len(word)]) != word {
		return false
	}
	s.i += len(word)
	return true
}

// number checks -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func (s *jsonScanner) number() bool {
	s.byte('-')
	switch {
	case s.byte('0'):
	case s.digits() == 0:
		return false
	}
	if s.byte('.') && s.digits() == 0 {
		return false
	}
	if s.byte('e') || s.byte('E') {
		if !s.byte('+') {
			s.byte('-')
		}
		if s.digits() == 0 {
			return false
		}
	}
	return true
}

// digits consumes a run of digits and returns its length.
func (s *jsonScanner) digits() int {
	n := 0
	for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
		s.i++
		n++
	}
	return n
}
