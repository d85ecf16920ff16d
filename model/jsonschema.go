package model

import (
	"encoding/json"
	"reflect"
	"strings"
)

// JSONSchema returns the JSON Schema (draft 2020-12) of one output record:
// a Result, or the ErrorRecord that stands for a JSON Lines input record
// that could not be processed. It is derived from the types' json tags so it
// cannot drift from them: fields without omitempty are required, lists are
// arrays (never null), pointers may be null, and a string type with an Enum
// method (PlaceType, DateMod...) admits only the values it lists.
//
// It is reflected here rather than with a schema library because the one
// that fits (invopop/jsonschema) links a second YAML library into the binary.
func JSONSchema() ([]byte, error) {
	defs := map[string]any{}
	root := map[string]any{
		"$schema":     "https://json-schema.org/draft/2020-12/schema",
		"$id":         "https://github.com/newsextract/newsextract/docs/schema.json",
		"title":       "newsextract output record (" + SchemaVersion + ")",
		"description": "One record of newsextract's output: a Result, or an ErrorRecord in place of a JSON Lines input record that could not be processed.",
		"oneOf": []any{
			schemaOf(reflect.TypeFor[Result](), defs),
			schemaOf(reflect.TypeFor[ErrorRecord](), defs),
		},
		"$defs": defs,
	}
	return json.MarshalIndent(root, "", "  ")
}

func schemaOf(t reflect.Type, defs map[string]any) map[string]any {
	if t.Kind() == reflect.String && t.Implements(enumType) {
		if _, seen := defs[t.Name()]; !seen {
			values := reflect.Zero(t).Interface().(enum).Enum()
			defs[t.Name()] = map[string]any{"type": "string", "enum": values}
		}
		return map[string]any{"$ref": "#/$defs/" + t.Name()}
	}
	switch t.Kind() {
	case reflect.Pointer:
		inner := schemaOf(t.Elem(), defs)
		return map[string]any{"anyOf": []any{inner, map[string]any{"type": "null"}}}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int64, reflect.Int32:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Slice:
		// Result.Normalize makes every list non-nil, so none is null.
		return map[string]any{"type": "array", "items": schemaOf(t.Elem(), defs)}
	case reflect.Struct:
		if _, seen := defs[t.Name()]; !seen {
			defs[t.Name()] = nil // reserve, in case of recursion
			defs[t.Name()] = objectSchema(t, defs)
		}
		return map[string]any{"$ref": "#/$defs/" + t.Name()}
	}
	return map[string]any{}
}

func objectSchema(t reflect.Type, defs map[string]any) map[string]any {
	props := map[string]any{}
	var required []string
	var collect func(reflect.Type)
	collect = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if f.Anonymous && name == "" {
				collect(f.Type)
				continue
			}
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			props[name] = schemaOf(f.Type, defs)
			if !strings.Contains(opts, "omitempty") {
				required = append(required, name)
			}
		}
	}
	collect(t)
	return map[string]any{"type": "object", "properties": props, "required": required}
}
