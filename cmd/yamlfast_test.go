package cmd

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// fastStrings add to yamlStrings what the fast writer's rule must weigh:
// marks inside a name, spaces, letters beyond ASCII and beyond the Basic
// Multilingual Plane, words YAML reads as other types.
var fastStrings = []string{
	"Zed Bank", "Zed  Bank", "Zed Bank ", "O'Neil", "AT&T", "Zed (Holdings)", "Zed/Bank", `Zed "Z" Bank`, "Zed-Bank",
	"Zed.", "Zed, Bank", "Zed: Bank", "Zed:Bank", "Zed #1", "Zed#1", "Zed?", "Zed[1]", "Zed{1}", "Zed!", "Zed*", "Zed|x", "Zed>x",
	"Zed%", "Zed@x", "Zed`x", "Zed+x", "Zed_x", "Zed~x", "Zed;x", "Zed=x", "Zed$", "Zed\\x", "Zed\tBank", "Zed\u00a0Bank",
	"“Zed,” he said", "’Zed", "Zed’s", "Zed …", "30 minutes", "2013", "0123", "09", "99999999999999999999999", "1990s", "1e5", "0x1F",
	"1e5 x", "10:40 a.m", "2001-12-14 21:59:43.10", "2001-12-14", "XXXX-XX-XXT04:30", "Zed:x", "Zed:", "Zed: x", "Zed #x", "Zed, x",
	"Zed?", "Zed [x]", "Zed {x}", "'Zed'", "\"Zed's,\" he said", "'", "''", "...5", "--- x", "- x", "-x", "\u00a0Zed", "Zed\u00a0", "Zed\x7fx", "Zed\x01x", "Zed\ufffd", "Zed\uffff", "Zed\u2029",
	"Zürich", "Ελλάδα", "Москва", "東京", "𝐙ed", "Zed𝐙", "\u0301Zed", "Ze\u0301d", "Zed\u2028x", "Zed\u0085x", "\ufeffZed",
	"True", "TRUE", "False", "Null", "NULL", "Y", "n", "NO", "Off", "ON", "nan", "inf", "Inf", "NaN", "tru", "nulls",
	"x", "Zed-", "Zed'", "Zed..", "A 1:20", strings.Repeat("Zed ", 40) + "Bank",
}

// TestFastYAMLIsEncoder checks that whatever the fast writer writes is
// yaml.v3's encoding byte for byte, on results with every field set, with
// none, and with each string in every field; and that it writes every
// result whose strings all have a style stringStyle tells.
func TestFastYAMLIsEncoder(t *testing.T) {
	type value struct {
		v        any
		wantFast bool
	}
	values := []value{{model.Result{}, true}, {model.Result{Schema: model.SchemaVersion}, true},
		{model.ErrorRecord{Schema: model.SchemaVersion, ID: "x7", Error: "Zed failed"}, true}, {model.Person{}, true}, {model.Span{}, true}}
	for i, s := range append(append([]string{}, yamlStrings...), fastStrings...) {
		plain := stringStyle(s, true) != styleUnknown && stringStyle(s, false) != styleUnknown
		values = append(values, value{filledResult(s, i), plain}, value{yamlResult(s), false},
			value{model.Span{Text: s}, plain}, value{model.Date{Span: model.Span{Text: s}}, plain})
	}
	for _, v := range values {
		got, ok := appendFastYAML(nil, v.v)
		if v.wantFast && !ok {
			t.Errorf("%#v: left to yaml.v3", v.v)
		}
		if !ok {
			continue
		}
		want, err := encodeYAMLNodes(v.v)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%#v:\nfast\n%s\nyaml.v3\n%s", v.v, got, want)
		}
	}
}

// TestFastYAMLTakesRecords checks that the fast writer takes the records
// of news, rather than leaving every one to yaml.v3, and leaves what it
// must.
func TestFastYAMLTakesRecords(t *testing.T) {
	for _, tt := range []struct {
		v    any
		fast bool
	}{
		{filledResult("Zed Bank", 3), true},
		{yamlResult("Zed Bank"), false}, // a name with blank lines
		{model.Place{Name: "Zed", Lat: new(1.5), Lon: new(-1e21)}, true},
		{model.Place{Name: "Zed", Lat: new(math.Inf(1))}, false},
		{[]model.Span{{Text: "Zed"}}, false}, // not a record
		{model.Result{People: []model.Person{{Name: "Zed, Bank"}}}, true},
		{model.Result{People: []model.Person{{Mentions: []model.Span{{Text: "Zed, Bank"}}}}}, true},
		{model.Result{People: []model.Person{{Name: "Zed\tBank"}}}, false}, // a tab
	} {
		if _, ok := appendFastYAML(nil, tt.v); ok != tt.fast {
			t.Errorf("%#v: fast %v, want %v", tt.v, ok, tt.fast)
		}
	}
}

// TestFastYAMLKeys checks that a key yaml.v3 quotes or writes as a
// complex key ("? key") is left to it.
func TestFastYAMLKeys(t *testing.T) {
	type plain struct {
		X string `yaml:"zed_bank"`
	}
	if _, ok := appendFastYAML(nil, plain{"a"}); !ok {
		t.Error("a plain key was left to yaml.v3")
	}
	for _, v := range []any{
		struct {
			X string `yaml:"on"`
		}{"a"},
		struct {
			X string `yaml:"a #b"`
		}{"a"},
		struct {
			X string `yaml:"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"`
		}{"a"},
	} {
		if got, ok := appendFastYAML(nil, v); ok {
			want, _ := encodeYAMLNodes(v)
			t.Errorf("%#v: fast %q, yaml.v3 %q", v, got, want)
		}
	}
}

// TestStringStyle: how the fast writer writes strings, in a block mapping
// and in a span.
func TestStringStyle(t *testing.T) {
	const (
		u = styleUnknown
		p = stylePlain
		q = styleSingleQuoted
		d = styleDoubleQuoted
	)
	for _, tt := range []struct {
		s             string
		block, inFlow scalarStyle
	}{
		{"Zed Bank", p, p}, {"O'Neil", p, p}, {"AT&T", p, p}, {"Zürich", p, p}, {"東京", p, p}, {"Zed  Bank", p, p},
		{"Zed (Holdings) Ltd.", p, p}, {"“Zed,” he said", p, q}, {"’Zed", p, p}, {"30 minutes", p, p},
		{"Washington, D.C.", p, q}, {"XXXX-XX-XXT04:30", p, q}, {"Zed: Bank", q, q}, {"Zed:", q, q},
		{"Zed #1", q, q}, {"Zed#1", p, p}, {"Zed?", p, q}, {"Zed [1]", p, q}, {"(AP)", p, p}, {"-Zed", p, p}, {"- Zed", q, q},
		{`"Yes," he said`, q, q}, {"'Zed'", q, q}, {"Zed ", q, q}, {" Zed", q, q}, {"--- Zed", q, q}, {"...Zed", q, q},
		{"", d, d}, {"2013", d, d}, {"0123", d, d}, {"1e5", d, d}, {"0x1F", d, d}, {"1_000", d, d}, {"-1.5", d, d}, {".5", d, d},
		{"1996-08-22", d, d}, {"1996-08", p, p}, {"1990s", p, p}, {"199X", p, p}, {"1996-W34", p, p}, {"1e5 x", p, p}, {"...5", q, q},
		{"true", d, d}, {"Null", d, d}, {"yes", d, d}, {"Off", d, d}, {"Nope", p, p},
		{"10:40 a.m", u, u}, {"~", u, u}, {"<<", u, u}, {"𝐙ed", u, u}, {"Zed\nBank", u, u}, {"Zed\tBank", u, u}, {"Zed\u2028x", u, u},
		{"\ufeffZed", u, u}, {"Zed\u0085x", u, u}, {"Zed\ufffd", u, u}, {"Zed\x7f", u, u}, {"\xffZed", u, u},
	} {
		if got := stringStyle(tt.s, false); got != tt.block {
			t.Errorf("stringStyle(%q, block) = %v, want %v", tt.s, got, tt.block)
		}
		if got := stringStyle(tt.s, true); got != tt.inFlow {
			t.Errorf("stringStyle(%q, in a span) = %v, want %v", tt.s, got, tt.inFlow)
		}
	}
}

// FuzzFastYAML: for any string in every field of a result, the fast
// writer writes yaml.v3's bytes or leaves the result to it.
func FuzzFastYAML(f *testing.F) {
	for i, s := range fastStrings {
		f.Add(s, i)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		for _, v := range []any{filledResult(s, n), model.Span{Text: s, Start: n}} {
			got, ok := appendFastYAML(nil, v)
			if !ok {
				continue
			}
			want, err := encodeYAMLNodes(v)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%q:\nfast\n%s\nyaml.v3\n%s", s, got, want)
			}
		}
	})
}
