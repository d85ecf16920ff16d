package cmd

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/newsextract/newsextract/model"
)

// encodeByNodeEncode is how records were written before yamlNode: v
// written out and parsed back by Node.Encode, spans set to flow style. It
// is the oracle yamlNode is checked against. It fails where yaml.v3 writes
// what it cannot read back.
func encodeByNodeEncode(v any) ([]byte, error) {
	var node yaml.Node
	if err := node.Encode(v); err != nil {
		return nil, err
	}
	flowSpans(&node)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&node); err != nil {
		return nil, err
	}
	enc.Close()
	return buf.Bytes(), nil
}

// checkAgainstNodeEncode fails t unless v's encoding by yamlNode is
// Node.Encode's, or, where Node.Encode's bytes do not read back (or it
// failed on them), reads back itself; and unless the records written one
// at a time (marshalYAML) read back too. A string with U+2028 or U+2029,
// which yamlNode double-quotes on purpose (literalUnsafe), need only read
// back: pass its string as s.
func checkAgainstNodeEncode(t *testing.T, v any, s string) {
	t.Helper()
	got, err := encodeYAMLNodes(v)
	if err != nil {
		t.Fatalf("%#v: %v", v, err)
	}
	want, oracleErr := encodeByNodeEncode(v)
	quoted := strings.ContainsAny(s, "\u2028\u2029")
	if !bytes.Equal(got, want) && (oracleErr == nil && decodesTo(t, want, v) && !quoted || !decodesTo(t, got, v)) {
		t.Errorf("yamlNode\n%s\nNode.Encode (%v)\n%s", got, oracleErr, want)
	}
	if rec, err := marshalYAML(v); err != nil || !decodesTo(t, rec, v) {
		t.Errorf("record by record (%v), it does not read back:\n%s", err, rec)
	}
}

// fill sets every field reachable from v to a value that is not empty:
// strings to s, numbers to n, lists to two items, pointers to a new
// value, so that no field is left out as empty and every type of the
// result's records is written.
func fill(v reflect.Value, s string, n int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(n))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), s, n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(v.Index(0), s, n)
		fill(v.Index(1), s, n+1)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), s, n+i)
			}
		}
	}
}

// filledResult is a result with every field set (fill).
func filledResult(s string, n int) model.Result {
	var res model.Result
	fill(reflect.ValueOf(&res).Elem(), s, n)
	return res
}

// yamlStrings are strings that YAML writes plain, quoted (as another
// type's text, YAML 1.1's booleans and base-60 numbers, marks that start
// a node), as literal blocks, or as base64 (invalid UTF-8).
var yamlStrings = []string{
	"Zedland", "", "a: b", "- x", "#x", "x\ny", "x\n\ny\n", "  lead", "trail  ", "\n\n", "tab\there",
	"quote \" and ' marks", "ünïcödé ✓", "null", "123", "-1.5e3", "0x1F", "true", "yes", "No", "on", "y", "~",
	"1:20", "+1:20:30.5", "-3:4", "2020-05-12", "a\r\nb", "\xff\xfe bad", "\tx\ny", " \tx\ny", "\t\nx", "x\n\ty",
	"\u2028\nx", "x\u0085y\nz", "x\ry\nz", "x\u2028y", "1:\u2028x\ny", "1:\u2028x", "10:30\na.m.\u2028GMT", "{x}", "[x]", "x, y", "*a", "&a", "!x", "%x", "@x", "`x",
}

// TestYAMLNodeIsNodeEncode checks that records built by yamlNode are
// written byte for byte as Node.Encode's, on results with every field set,
// with none, and on the records of other kinds the CLI writes. Where
// Node.Encode's bytes do not decode back to the value (it loses the leading
// spaces of a nested literal block), yamlNode's must.
func TestYAMLNodeIsNodeEncode(t *testing.T) {
	values := []any{model.Result{}, model.Result{Schema: model.SchemaVersion},
		model.ErrorRecord{Schema: model.SchemaVersion, ID: "7", Error: "x\ny"}}
	for _, v := range values {
		checkAgainstNodeEncode(t, v, "")
	}
	for i, s := range yamlStrings {
		checkAgainstNodeEncode(t, filledResult(s, i), s)
		checkAgainstNodeEncode(t, yamlResult(s), s)
	}
}

// decodesTo reports whether doc decodes to v (an empty list and none are
// the same: both are written "[]"). It may set nil lists that v shares
// with its caller to empty ones, which are written the same.
func decodesTo(t *testing.T, doc []byte, v any) bool {
	t.Helper()
	back := reflect.New(reflect.TypeOf(v))
	if err := yaml.Unmarshal(doc, back.Interface()); err != nil {
		return false
	}
	want := reflect.New(reflect.TypeOf(v))
	want.Elem().Set(reflect.ValueOf(v))
	emptyLists(want.Elem())
	emptyLists(back.Elem())
	return reflect.DeepEqual(back.Elem().Interface(), want.Elem().Interface())
}

// emptyLists sets every nil list reachable from v to an empty one.
func emptyLists(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			emptyLists(v.Elem())
		}
	case reflect.Slice:
		if v.IsNil() {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		}
		for i := range v.Len() {
			emptyLists(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				emptyLists(v.Field(i))
			}
		}
	}
}

// TestYAMLNodeFlowsOnlySpans checks that a span is one line and nothing
// else is: a date embeds a span's fields among its own.
func TestYAMLNodeFlowsOnlySpans(t *testing.T) {
	res := model.Result{Dates: []model.Date{{Span: model.Span{Text: "Monday", Start: 1, End: 7}, Type: model.TimexDate, Value: "XXXX-WXX-1"}},
		Organizations: []model.Organization{{Name: "Zed Bank", Mentions: []model.Span{{Text: "Zed Bank", Start: 9, End: 17}}}}}
	got, err := encodeYAML(res)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\n  - text: Monday\n    start: 1\n", "\n      - {text: Zed Bank, start: 9, end: 17}\n"} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
}

// FuzzYAMLNode: for any string and number in every field of a result,
// yamlNode's bytes are Node.Encode's, or decode back where those do not,
// and the records written one at a time decode back.
func FuzzYAMLNode(f *testing.F) {
	for i, s := range yamlStrings {
		f.Add(s, i)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if !utf8.ValidString(s) {
			t.Skip("written as base64 by Node.Encode, which reads back as bytes")
		}
		checkAgainstNodeEncode(t, filledResult(s, n), s)
	})
}
