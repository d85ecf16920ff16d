package model

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/schematest"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaDoc is the part of the generated schema the tests read.
type schemaDoc struct {
	OneOf []map[string]any     `json:"oneOf"`
	Defs  map[string]schemaDef `json:"$defs"`
}

type schemaDef struct {
	Type       string                    `json:"type"`
	Enum       []string                  `json:"enum"`
	Properties map[string]map[string]any `json:"properties"`
	Required   []string                  `json:"required"`
}

func loadSchema(t *testing.T) schemaDoc {
	t.Helper()
	data, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	var s schemaDoc
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestJSONSchemaCoversResultAndErrorRecord(t *testing.T) {
	s := loadSchema(t)
	var refs []string
	for _, alt := range s.OneOf {
		refs = append(refs, alt["$ref"].(string))
	}
	if want := []string{"#/$defs/Result", "#/$defs/ErrorRecord"}; !slices.Equal(refs, want) {
		t.Errorf("oneOf = %v, want %v", refs, want)
	}
	result := s.Defs["Result"]
	for _, key := range []string{"schema", "source", "ref_date", "people", "places", "organizations", "misc", "dates", "agreements"} {
		if _, ok := result.Properties[key]; !ok {
			t.Errorf("Result lacks property %q", key)
		}
	}
	if len(result.Required) == 0 || result.Required[0] != "schema" {
		t.Errorf("Result required = %v, want schema first", result.Required)
	}
	if want := []string{"schema", "source", "error"}; !slices.Equal(s.Defs["ErrorRecord"].Required, want) {
		t.Errorf("ErrorRecord required = %v, want %v", s.Defs["ErrorRecord"].Required, want)
	}
	for _, def := range []string{"Person", "Place", "Organization", "Date", "Agreement", "Span", "Affiliation", "Source", "RefDate", "Misc"} {
		if _, ok := s.Defs[def]; !ok {
			t.Errorf("schema lacks definition %q", def)
		}
	}
	// Date embeds Span: its offsets must be inlined, not nested.
	for _, key := range []string{"text", "start", "end", "type", "value", "resolved"} {
		if _, ok := s.Defs["Date"].Properties[key]; !ok {
			t.Errorf("Date lacks property %q", key)
		}
	}
}

// TestJSONSchemaIsStrict walks every field of the output types and checks
// what the schema says of it: a list is a required array, never null; a
// closed set is an enum of exactly its type's values; a pointer may be null.
func TestJSONSchemaIsStrict(t *testing.T) {
	s := loadSchema(t)
	enums := 0
	for _, st := range outputStructs() {
		def, ok := s.Defs[st.Name()]
		if !ok {
			t.Errorf("schema lacks definition %q", st.Name())
			continue
		}
		for _, f := range jsonFields(st) {
			prop := def.Properties[f.name]
			where := st.Name() + "." + f.name
			switch {
			case f.typ.Kind() == reflect.Slice:
				if prop["type"] != "array" {
					t.Errorf("%s: type %v, want array (never null)", where, prop["type"])
				}
				if !slices.Contains(def.Required, f.name) {
					t.Errorf("%s: a list must be required (no omitempty)", where)
				}
			case f.typ.Implements(enumType):
				enums++
				want := reflect.Zero(f.typ).Interface().(enum).Enum()
				if prop["$ref"] != "#/$defs/"+f.typ.Name() {
					t.Errorf("%s: %v, want a reference to the %s enum", where, prop, f.typ.Name())
				} else if got := s.Defs[f.typ.Name()]; got.Type != "string" || !slices.Equal(got.Enum, want) {
					t.Errorf("%s: enum %v, want %v", where, got.Enum, want)
				}
			case f.typ.Kind() == reflect.Pointer:
				if alts, _ := prop["anyOf"].([]any); len(alts) != 2 || alts[1].(map[string]any)["type"] != "null" {
					t.Errorf("%s: %v, want anyOf [X, null]", where, prop)
				}
			}
		}
	}
	if enums < 7 {
		t.Errorf("%d enum fields found, want at least 7: is enumType still implemented?", enums)
	}
}

// TestEnumValues checks every closed set: not empty, no empty value, no
// value twice.
func TestEnumValues(t *testing.T) {
	for _, typ := range enumTypes() {
		values := reflect.Zero(typ).Interface().(enum).Enum()
		seen := map[string]bool{}
		if len(values) == 0 {
			t.Errorf("%s has no values", typ.Name())
		}
		for _, v := range values {
			if v == "" || seen[v] {
				t.Errorf("%s: value %q empty or repeated", typ.Name(), v)
			}
			seen[v] = true
		}
	}
}

// TestJSONSchemaValidates runs the schema on records that must pass and on
// records each broken in one way, which must fail.
func TestJSONSchemaValidates(t *testing.T) {
	schema := compileSchema(t)
	res := Result{
		Schema:  SchemaVersion,
		Source:  Source{Path: "-", Bytes: 40},
		RefDate: &RefDate{Value: "2025-08-20", From: RefFromFlag},
		People: []Person{{Name: "Anna Berg", Mentions: []Span{{"Anna Berg", 0, 9}},
			Affiliation: &Affiliation{Name: "Norway", Type: AffiliationCountry, Evidence: Span{"Norwegian", 10, 19}}}},
		Places:        []Place{{Name: "Oslo", Type: PlaceCity, Country: "Norway", Mentions: []Span{{"Oslo", 20, 24}}}},
		Organizations: []Organization{{Name: "Statoil", Mentions: []Span{{"Statoil", 25, 32}}}},
		Dates:         []Date{{Span: Span{"early 2025", 30, 40}, Type: TimexDate, Value: "2025", Mod: ModStart, Resolved: true}},
		Agreements: []Agreement{{ID: "agreement-1", Status: StatusAgreed, Type: AgreementTrade, Subject: "gas",
			Trigger: Span{"agreed", 0, 6}, Evidence: Span{"x agreed", 0, 8}}},
	}
	res.Normalize()
	errRec := ErrorRecord{Schema: SchemaVersion, ID: "b", Source: Source{Path: "-", Line: 3}, Error: `record has no "text" field`}

	tests := []struct {
		name  string
		rec   any
		edit  func(m map[string]any)
		valid bool
	}{
		{"result", res, nil, true},
		{"error record", errRec, nil, true},
		{"error record without id", errRec, func(m map[string]any) { delete(m, "id") }, true},
		{"result with null ref_date", res, func(m map[string]any) { m["ref_date"] = nil }, true},
		{"result with an unknown key", res, func(m map[string]any) { m["new_field"] = 1 }, true},
		{"place type not in the set", res, func(m map[string]any) { at(m, "places", 0)["type"] = "town" }, false},
		{"date type not in the set", res, func(m map[string]any) { at(m, "dates", 0)["type"] = "INTERVAL" }, false},
		{"date mod not written by the tagger", res, func(m map[string]any) { at(m, "dates", 0)["mod"] = "BEFORE" }, false},
		{"agreement status not in the set", res, func(m map[string]any) { at(m, "agreements", 0)["status"] = "denied" }, false},
		{"agreement type not in the set", res, func(m map[string]any) { at(m, "agreements", 0)["type"] = "political" }, false},
		{"affiliation type not in the set", res, func(m map[string]any) { at(m, "people", 0)["affiliation"].(map[string]any)["type"] = "team" }, false},
		{"ref_date from not in the set", res, func(m map[string]any) { m["ref_date"].(map[string]any)["from"] = "guess" }, false},
		{"null parties", res, func(m map[string]any) { at(m, "agreements", 0)["parties"] = nil }, false},
		{"parties left out", res, func(m map[string]any) { delete(at(m, "agreements", 0), "parties") }, false},
		{"null aliases", res, func(m map[string]any) { at(m, "organizations", 0)["aliases"] = nil }, false},
		{"titles left out", res, func(m map[string]any) { delete(at(m, "people", 0), "titles") }, false},
		{"null top-level list", res, func(m map[string]any) { m["misc"] = nil }, false},
		{"ref_date left out", res, func(m map[string]any) { delete(m, "ref_date") }, false},
		{"error record without error", errRec, func(m map[string]any) { delete(m, "error") }, false},
		{"error record without source", errRec, func(m map[string]any) { delete(m, "source") }, false},
		{"result that is also an error record", res, func(m map[string]any) { m["error"] = "x" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.rec)
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatal(err)
			}
			if tt.edit != nil {
				tt.edit(m)
			}
			err = schema.Validate(m)
			if tt.valid && err != nil {
				t.Errorf("valid record refused: %#v", err)
			}
			if !tt.valid && err == nil {
				t.Errorf("invalid record accepted: %v", m)
			}
		})
	}
}

// TestSchemaFile keeps docs/schema.json equal to JSONSchema, which
// newsextract schema prints.
func TestSchemaFile(t *testing.T) {
	data, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	const path = "../docs/schema.json"
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	committed, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (write it with go test ./model -update)", err)
	}
	if !bytes.Equal(committed, data) {
		t.Errorf("docs/schema.json differs from model.JSONSchema(): rewrite it with go test ./model -update (or go run ./cmd/newsextract schema > docs/schema.json) and commit it")
	}
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	return schematest.Compile(t, data)
}

// at returns element i of the list under key in m.
func at(m map[string]any, key string, i int) map[string]any {
	return m[key].([]any)[i].(map[string]any)
}

// jsonField is a field of an output struct as JSON sees it.
type jsonField struct {
	name string
	// owner and goName name the Go field: owner is the struct that
	// declares it, which for an embedded struct's field is not st.
	owner, goName string
	typ           reflect.Type
}

// jsonFields lists st's fields under their json names, embedded fields
// inlined.
func jsonFields(st reflect.Type) []jsonField {
	var out []jsonField
	for i := range st.NumField() {
		f := st.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if f.Anonymous && name == "" {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		out = append(out, jsonField{name: name, owner: st.Name(), goName: f.Name, typ: f.Type})
	}
	return out
}

// outputStructs returns every struct type an output record holds, by
// reflection from Result and ErrorRecord.
func outputStructs() []reflect.Type {
	var out []reflect.Type
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		out = append(out, t)
		for _, f := range jsonFields(t) {
			walk(f.typ)
		}
	}
	walk(reflect.TypeFor[Result]())
	walk(reflect.TypeFor[ErrorRecord]())
	return out
}

// enumTypes returns every closed-set type an output record holds.
func enumTypes() []reflect.Type {
	var out []reflect.Type
	for _, st := range outputStructs() {
		for _, f := range jsonFields(st) {
			if f.typ.Implements(enumType) && !slices.Contains(out, f.typ) {
				out = append(out, f.typ)
			}
		}
	}
	return out
}

// enumValues returns the values of a closed-set type.
func enumValues(t reflect.Type) []string {
	return reflect.Zero(t).Interface().(enum).Enum()
}
