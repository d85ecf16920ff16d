package cmd

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"go.yaml.in/yaml/v3"
)

// appendFastYAML appends v, a record, to b as yaml.v3's encoder writes it
// (indent 2, spans on one line: encodeYAML), and reports whether it could:
// it writes the shapes of the result's records (mappings of strings,
// numbers and booleans, lists of them, spans), only strings whose style
// stringStyle tells and keys yaml.v3 writes plain, and leaves anything
// else to encodeYAML
// (TestFastYAMLIsEncoder). yaml.v3's emitter takes about 24 KB of memory
// per record (go-yaml/yaml#873: its events are kept for the encoder's
// life, 280 bytes each), which was most of the garbage of a YAML run.
func appendFastYAML(b []byte, v any) ([]byte, bool) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct {
		return b, false
	}
	w := fastYAML{b: b, ok: true}
	if !w.mappingLines(rv, 0, false) {
		w.inline(rv) // {} or a span
		w.b = append(w.b, '\n')
	}
	return w.b, w.ok
}

// fastYAML is appendFastYAML's output; ok turns false at the first value
// it does not write.
type fastYAML struct {
	b  []byte
	ok bool
}

// presentFields are a struct's fields that are written: those not left
// out as empty.
func presentFields(v reflect.Value, fields []yamlField, into []int) []int {
	for i, f := range fields {
		if !f.omitEmpty || !isZeroYAML(v.FieldByIndex(f.index)) {
			into = append(into, i)
		}
	}
	return into
}

// isSpanFields reports whether the present fields are exactly text, start
// and end: a span, written on one line (as flowSpans does).
func isSpanFields(fields []yamlField, present []int) bool {
	if len(present) != 3 {
		return false
	}
	for i, key := range []string{"text", "start", "end"} {
		if fields[present[i]].key.Value != key {
			return false
		}
	}
	return true
}

// mappingLines writes the struct v's fields as lines "key: value" at
// indent; with inItem the first line's indent is already written (after
// "- "). It reports false for an empty or one-line mapping, which the
// caller writes after its key.
func (w *fastYAML) mappingLines(v reflect.Value, indent int, inItem bool) bool {
	fields := fieldsOf(v.Type())
	if fields == nil {
		w.ok = false
		return false
	}
	var buf [16]int
	present := presentFields(v, fields, buf[:0])
	if len(present) == 0 || isSpanFields(fields, present) {
		return false
	}
	for n, i := range present {
		if !fields[i].plainKey {
			w.ok = false
			return true
		}
		if n > 0 || !inItem {
			w.indent(indent)
		}
		w.b = append(w.b, fields[i].key.Value...)
		w.b = append(w.b, ':')
		w.afterKey(v.FieldByIndex(fields[i].index), indent)
		if !w.ok {
			return true
		}
	}
	return true
}

func (w *fastYAML) indent(n int) {
	for range n {
		w.b = append(w.b, ' ')
	}
}

// afterKey writes the value of a key at indent: on the key's line for a
// scalar, an empty list or mapping, or a span, and on the lines below for
// the others.
func (w *fastYAML) afterKey(v reflect.Value, indent int) {
	v, isNull := w.deref(v)
	switch {
	case !w.ok:
	case isNull:
		w.b = append(w.b, " null\n"...)
	case v.Kind() == reflect.Struct:
		w.b = append(w.b, '\n')
		if w.mappingLines(v, indent+2, false) {
			return
		}
		w.b = w.b[:len(w.b)-1] // on the key's line after all
		w.b = append(w.b, ' ')
		w.inline(v)
		w.b = append(w.b, '\n')
	case v.Kind() == reflect.Slice:
		if v.Len() == 0 {
			w.b = append(w.b, " []\n"...)
			return
		}
		w.b = append(w.b, '\n')
		for i := range v.Len() {
			w.indent(indent + 2)
			w.b = append(w.b, "- "...)
			w.item(v.Index(i), indent+4)
		}
	default:
		w.b = append(w.b, ' ')
		w.scalar(v, false)
		w.b = append(w.b, '\n')
	}
}

// item writes a list's item, its first line after "- ", the others at
// indent.
func (w *fastYAML) item(v reflect.Value, indent int) {
	v, isNull := w.deref(v)
	switch {
	case !w.ok:
	case isNull:
		w.b = append(w.b, "null\n"...)
	case v.Kind() == reflect.Struct:
		if !w.mappingLines(v, indent, true) {
			w.inline(v)
			w.b = append(w.b, '\n')
		}
	case v.Kind() == reflect.Slice:
		w.ok = false // a list in a list: not in a record
	default:
		w.scalar(v, false)
		w.b = append(w.b, '\n')
	}
}

// inline writes an empty mapping, {}, or a span, {text: Paris, start: 24,
// end: 29}.
func (w *fastYAML) inline(v reflect.Value) {
	fields := fieldsOf(v.Type())
	if fields == nil {
		w.ok = false
		return
	}
	var buf [16]int
	present := presentFields(v, fields, buf[:0])
	w.b = append(w.b, '{')
	for n, i := range present {
		if !fields[i].plainKey {
			w.ok = false
			return
		}
		if n > 0 {
			w.b = append(w.b, ", "...)
		}
		w.b = append(w.b, fields[i].key.Value...)
		w.b = append(w.b, ": "...)
		f, isNull := w.deref(v.FieldByIndex(fields[i].index))
		if isNull || f.Kind() == reflect.Struct || f.Kind() == reflect.Slice {
			w.ok = false
			return
		}
		w.scalar(f, true)
	}
	w.b = append(w.b, '}')
}

// deref follows pointers; isNull reports a nil one. A type yaml.v3 writes
// by a method of its own stops the writing.
func (w *fastYAML) deref(v reflect.Value) (_ reflect.Value, isNull bool) {
	for {
		if !plainKind(v.Type()) {
			w.ok = false
			return v, false
		}
		if v.Kind() != reflect.Pointer {
			return v, false
		}
		if v.IsNil() {
			return v, true
		}
		v = v.Elem()
	}
}

// scalar writes a string as yaml.v3 writes it (stringStyle), a number or a
// boolean.
func (w *fastYAML) scalar(v reflect.Value, inFlow bool) {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		switch stringStyle(s, inFlow) {
		case stylePlain:
			w.b = append(w.b, s...)
		case styleSingleQuoted:
			w.b = append(w.b, '\'')
			for i := range len(s) {
				if s[i] == '\'' {
					w.b = append(w.b, '\'')
				}
				w.b = append(w.b, s[i])
			}
			w.b = append(w.b, '\'')
		case styleDoubleQuoted:
			w.b = append(w.b, '"')
			w.b = append(w.b, s...)
			w.b = append(w.b, '"')
		default:
			w.ok = false
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.b = strconv.AppendInt(w.b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.b = strconv.AppendUint(w.b, v.Uint(), 10)
	case reflect.Bool:
		w.b = strconv.AppendBool(w.b, v.Bool())
	case reflect.Float32, reflect.Float64:
		// As yaml.v3 writes a number with a fraction; it writes the
		// infinities and NaN as YAML's words.
		f := v.Float()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			w.ok = false
			return
		}
		w.b = strconv.AppendFloat(w.b, f, 'g', -1, v.Type().Bits())
	default:
		w.ok = false
	}
}

// A string's style in yaml.v3's output.
type scalarStyle int

const (
	styleUnknown      scalarStyle = iota // left to yaml.v3
	stylePlain                           // Zed Bank
	styleSingleQuoted                    // '"Yes," he said'
	styleDoubleQuoted                    // "2013", written without escapes
)

// stringStyle is how yaml.v3 writes the string s in a block mapping or,
// with inFlow, in a flow mapping (a span), as its emitter decides
// (analyze_scalar, select_scalar_style) for a string that reads back as
// itself (resolve): plain where no indicator, and no space at either end,
// forbids it, else single-quoted; double-quoted when it would read back
// as something else (a number, a date, a boolean, null). It decides only
// for strings of printable characters of the Basic Multilingual Plane
// without tabs or line breaks (the others, which yaml.v3 escapes or writes
// as blocks, are styleUnknown), and asks yaml.v3 itself (readsAsOther)
// about a word that starts like a number.
func stringStyle(s string, inFlow bool) scalarStyle {
	if s == "" {
		return styleDoubleQuoted // "" reads back as null
	}
	if !printableLine(s) {
		return styleUnknown
	}
	switch other := readsAsOther(s); {
	case other == styleUnknown:
		return styleUnknown
	case other == styleDoubleQuoted:
		return styleDoubleQuoted
	}
	block, flow := indicators(s)
	if inFlow && !flow || !inFlow && !block {
		return stylePlain
	}
	return styleSingleQuoted
}

// printableLine reports whether s is valid UTF-8 of characters that
// yaml.v3's emitter writes as they are: ASCII from space to tilde, and the
// Basic Multilingual Plane from U+00A0 on, less the line separators, the
// byte-order mark and U+FFFD on (U+FFFD may stand for invalid UTF-8; the
// emitter does not count U+FFFE, U+FFFF and what lies beyond as
// printable).
func printableLine(s string) bool {
	for _, r := range s {
		switch {
		case r >= ' ' && r <= '~':
		case r < 0xA0, r == 0x2028, r == 0x2029, r == 0xFEFF, r >= 0xFFFD:
			return false
		}
	}
	return true
}

// indicators reports whether s has what stops yaml.v3 writing it plain in
// a block mapping and in a flow mapping, following its emitter's
// analyze_scalar: a space at either end, "---" or "..." first, an
// indicator first (- ? : only before a space), "#" after a space, ":"
// before a space or at the end, and in a flow mapping also , ? [ ] { }
// and any ":".
func indicators(s string) (block, flow bool) {
	if s[0] == ' ' || s[len(s)-1] == ' ' || strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...") {
		return true, true
	}
	for i := range len(s) {
		beforeSpace := i+1 == len(s) || s[i+1] == ' '
		switch c := s[i]; {
		case i == 0 && strings.IndexByte("#,[]{}&*!|>'\"%@`", c) >= 0:
			return true, true
		case i == 0 && c == '-' && beforeSpace:
			return true, true
		case c == '?' && i == 0, c == ':':
			flow = true
			block = block || beforeSpace
		case c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}':
			flow = true
		case c == '#' && i > 0 && s[i-1] == ' ':
			return true, true
		}
	}
	return block, flow
}

// readsAsOther is styleDoubleQuoted for a string that YAML reads back as
// something other than a string, which yaml.v3 quotes; stylePlain for one
// it reads as a string; styleUnknown where it does not decide. Only a
// string that starts with a digit, a sign or a dot (or is "~" or "<<") may
// read as a number, a date, null or a merge key: a word of digits,
// letters and . _ + - is asked of yaml.v3 (numberWordQuoted); a colon may
// make a time or a base-60 number, left to yaml.v3; any other character
// makes a string.
func readsAsOther(s string) scalarStyle {
	switch c := s[0]; {
	case c >= '0' && c <= '9', c == '+', c == '-', c == '.':
	case s == "~" || s == "<<":
		return styleUnknown
	default:
		if resolvesAsOther(s) {
			return styleDoubleQuoted
		}
		return stylePlain
	}
	if strings.IndexByte(s, ':') >= 0 {
		return styleUnknown
	}
	for i := range len(s) {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '_' || c == '+' || c == '-') {
			return stylePlain
		}
	}
	if numberWordQuoted(s) {
		return styleDoubleQuoted
	}
	return stylePlain
}

// numberWords caches yaml.v3's answer for words that start like a number
// (years, TIMEX3 values such as 1996-08-22 and 1996-W34); it is emptied
// when it holds maxNumberWords of them, so that a long stream of new
// words keeps a cache of its recent ones.
var (
	numberWords     sync.Map // string -> bool
	numberWordCount atomic.Int64
)

const maxNumberWords = 1 << 14

// numberWordQuoted reports whether yaml.v3 double-quotes s, a word of
// digits, letters and . _ + - that starts with a digit, a sign or a dot:
// whether it reads back as a number or a date. (A word that reads back as
// itself may still be single-quoted, "...5": indicators decides that.)
func numberWordQuoted(s string) bool {
	if q, ok := numberWords.Load(s); ok {
		return q.(bool)
	}
	out, _ := yaml.Marshal(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s})
	quoted := len(out) > 0 && out[0] == '"'
	if numberWordCount.Add(1) > maxNumberWords {
		numberWords.Clear()
		numberWordCount.Store(0)
	}
	numberWords.Store(s, quoted)
	return quoted
}

// resolvesAsOther reports the words starting with a letter that YAML
// reads as something other than a string: YAML 1.2's booleans and null,
// and YAML 1.1's booleans, which yaml.v3 quotes too.
func resolvesAsOther(s string) bool {
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL":
		return true
	}
	return yaml11Special(s)
}
