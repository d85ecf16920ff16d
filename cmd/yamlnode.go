package cmd

import (
	"encoding"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// yamlNode returns a node tree that yaml.v3's encoder writes as it writes
// the tree yaml.Node.Encode gives v, with every span (a mapping of exactly
// text, start and end) in flow style, on one line. Node.Encode writes v
// out and parses it back, which took two thirds of the time of a YAML
// record; yamlNode builds the nodes from v directly. What it does not
// model (maps, floats, types with their own marshalling, flow or
// inline-pointer fields) it leaves to Node.Encode. The bytes are
// Node.Encode's wherever those read back (TestYAMLNodeIsNodeEncode); where
// yaml.v3 writes a string on lines that do not read back (literalUnsafe),
// which Node.Encode's parse failed on, the string is double-quoted.
func yamlNode(v any) (*yaml.Node, error) {
	b := nodeBuilder{}
	n, err := b.value(reflect.ValueOf(v))
	if err != nil {
		return nil, err
	}
	return n, nil
}

// nodeBuilder hands out nodes from slabs, a few allocations per record
// rather than one per scalar. Slabs double from 8 nodes up to 64: most
// records are small (a person named once is 13 nodes).
type nodeBuilder struct {
	slab []yaml.Node
	size int
}

func (b *nodeBuilder) node() *yaml.Node {
	if len(b.slab) == 0 {
		b.size = min(max(2*b.size, 8), 64)
		b.slab = make([]yaml.Node, b.size)
	}
	n := &b.slab[0]
	b.slab = b.slab[1:]
	return n
}

func (b *nodeBuilder) value(v reflect.Value) (*yaml.Node, error) {
	if !v.IsValid() || !plainKind(v.Type()) {
		return b.encoded(v)
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return b.encoded(v)
		}
		return b.value(v.Elem())
	case reflect.Struct:
		return b.mapping(v)
	case reflect.Slice:
		return b.sequence(v)
	case reflect.String:
		n := b.node()
		return n, setYAMLString(n, v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return b.scalar("!!int", strconv.FormatInt(v.Int(), 10)), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return b.scalar("!!int", strconv.FormatUint(v.Uint(), 10)), nil
	case reflect.Bool:
		return b.scalar("!!bool", strconv.FormatBool(v.Bool())), nil
	}
	return b.encoded(v)
}

// encoded is v's node by Node.Encode, for what value does not model.
func (b *nodeBuilder) encoded(v reflect.Value) (*yaml.Node, error) {
	n := b.node()
	var in any
	if v.IsValid() {
		in = v.Interface()
	}
	if err := n.Encode(in); err != nil {
		return nil, err
	}
	flowSpans(n)
	return n, nil
}

func (b *nodeBuilder) scalar(tag, value string) *yaml.Node {
	n := b.node()
	*n = yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
	return n
}

func (b *nodeBuilder) sequence(v reflect.Value) (*yaml.Node, error) {
	n := b.node()
	*n = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: make([]*yaml.Node, v.Len())}
	for i := range v.Len() {
		item, err := b.value(v.Index(i))
		if err != nil {
			return nil, err
		}
		n.Content[i] = item
	}
	return n, nil
}

func (b *nodeBuilder) mapping(v reflect.Value) (*yaml.Node, error) {
	fields := fieldsOf(v.Type())
	if fields == nil {
		return b.encoded(v)
	}
	n := b.node()
	*n = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: make([]*yaml.Node, 0, 2*len(fields))}
	for _, f := range fields {
		fv := v.FieldByIndex(f.index)
		if f.omitEmpty && isZeroYAML(fv) {
			continue
		}
		item, err := b.value(fv)
		if err != nil {
			return nil, err
		}
		n.Content = append(n.Content, f.key, item)
	}
	if isSpanNode(n) {
		n.Style = yaml.FlowStyle
	}
	return n, nil
}

// setYAMLString makes n the scalar node yaml.v3 gives the string s. The
// encoder quotes a "!!str" node whose text would read back as another
// type, as it quotes a string; it does not quote what only YAML 1.1 reads
// as a boolean or a base-60 number ("yes", "1:20"), nor write invalid
// UTF-8 as base64, as it does a string: those, which a name seldom is,
// take Node.Encode.
func setYAMLString(n *yaml.Node, s string) error {
	if !utf8.ValidString(s) {
		return n.Encode(s)
	}
	if yaml11Special(s) {
		if err := n.Encode(s); err != nil {
			return err
		}
	} else {
		*n = yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	}
	if literalUnsafe(s) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return nil
}

// literalUnsafe reports a string that yaml.v3 writes on lines that do
// not read back, or that cannot be indented into a list record by record:
// one with a line break other than "\n" (a carriage return, U+0085,
// U+2028, U+2029), which the emitter writes as it is inside a literal
// block or a quoted string broken over lines, and after which
// writeSequenceItem does not indent; and a multi-line string with a tab
// among its first line's leading blanks, which the parser takes for
// indentation ("\tx\ny"). Double-quoted, the breaks and tabs are escapes.
func literalUnsafe(s string) bool {
	if strings.ContainsAny(s, "\r\u0085\u2028\u2029") {
		return true
	}
	lead := s[:len(s)-len(strings.TrimLeft(s, " \t"))]
	return strings.Contains(s, "\n") && strings.Contains(lead, "\t")
}

// yaml11Special reports whether s may be a boolean or a base-60 number in
// YAML 1.1: one of its boolean words, or a sign or digit first and a colon.
func yaml11Special(s string) bool {
	switch s {
	case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON",
		"n", "N", "no", "No", "NO", "off", "Off", "OFF":
		return true
	}
	return s != "" && strings.IndexByte("+-0123456789", s[0]) >= 0 && strings.IndexByte(s, ':') >= 0
}

var (
	yamlMarshaler = reflect.TypeFor[yaml.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	yamlZeroer    = reflect.TypeFor[yaml.IsZeroer]()
	durationType  = reflect.TypeFor[time.Duration]()
)

// plainKind reports whether yaml.v3 encodes a value of type t by its kind
// alone, not by a method of its own (nor, for time.Duration, by its
// String method).
func plainKind(t reflect.Type) bool {
	return !t.Implements(yamlMarshaler) && !t.Implements(textMarshaler) && !t.Implements(yamlZeroer) && t != durationType
}

// isZeroYAML is yaml.v3's test for an omitempty field.
func isZeroYAML(v reflect.Value) bool {
	if z, ok := v.Interface().(yaml.IsZeroer); ok {
		if (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil() {
			return true
		}
		return z.IsZero()
	}
	switch v.Kind() {
	case reflect.String, reflect.Slice, reflect.Map:
		return v.Len() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && !isZeroYAML(v.Field(i)) {
				return false
			}
		}
		return true
	}
	return false
}

// yamlField is a struct field as yaml.v3 writes it: its key node (shared:
// the encoder only reads it), its index (through inline structs), and
// whether it is left out when empty.
type yamlField struct {
	key       *yaml.Node
	index     []int
	omitEmpty bool
	// plainKey says that yaml.v3 writes the key plain, as a simple key
	// (128 bytes at most): appendFastYAML writes only such keys.
	plainKey bool
}

var yamlFields sync.Map // reflect.Type -> []yamlField, nil when not modelled

// fieldsOf returns the fields of struct type t in yaml.v3's order, or nil
// when t has what yamlNode does not model: a flow field, an inline map or
// pointer, an omitempty field with an IsZero method, an unknown flag, a
// key twice.
func fieldsOf(t reflect.Type) []yamlField {
	if f, ok := yamlFields.Load(t); ok {
		return f.([]yamlField)
	}
	fields, ok := structFields(t, nil)
	keys := map[string]bool{}
	for _, f := range fields {
		if keys[f.key.Value] {
			ok = false // yaml.v3 refuses a key twice: let it say so
		}
		keys[f.key.Value] = true
	}
	if !ok {
		fields = nil
	}
	yamlFields.Store(t, fields)
	return fields
}

func structFields(t reflect.Type, at []int) ([]yamlField, bool) {
	fields := []yamlField{}
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() && !sf.Anonymous {
			continue
		}
		tag := sf.Tag.Get("yaml")
		if tag == "" && !strings.Contains(string(sf.Tag), ":") {
			tag = string(sf.Tag)
		}
		if tag == "-" {
			continue
		}
		name, flags, _ := strings.Cut(tag, ",")
		index := append(append([]int{}, at...), i)
		f := yamlField{index: index}
		inline := false
		for flag := range strings.SplitSeq(flags, ",") {
			switch flag {
			case "":
			case "omitempty":
				f.omitEmpty = true
			case "inline":
				inline = true
			default:
				return nil, false
			}
		}
		if inline {
			if sf.Type.Kind() != reflect.Struct {
				return nil, false
			}
			inner, ok := structFields(sf.Type, index)
			if !ok {
				return nil, false
			}
			fields = append(fields, inner...)
			continue
		}
		if f.omitEmpty && !plainKind(sf.Type) {
			return nil, false
		}
		if name == "" {
			name = strings.ToLower(sf.Name)
		}
		f.key = &yaml.Node{}
		if err := setYAMLString(f.key, name); err != nil {
			return nil, false
		}
		f.plainKey = len(name) <= 128 && stringStyle(name, false) == stylePlain
		fields = append(fields, f)
	}
	return fields, true
}
