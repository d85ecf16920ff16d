package model

import (
	"encoding/json"
	"reflect"
	"strings"
)

// JSONSchema returns the JSON Schema (draft 2020-12) of one Result, derived
// from the types' json tags so it cannot drift from them. Fields without
// omitempty are required; pointers may be null.
//
// It is reflected here rather than with a schema library because the one
// that fits (invopop/jsonschema) links a second YAML library into the binary.
func JSONSchema() ([]byte, error) {
	defs := map[string]any{}
	root := schemaOf(reflect.TypeFor[Result](), defs)
	root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	root["$id"] = "https://github.com/newsextract/newsextract/model/result.json"
	root["title"] = "newsextract result (" + SchemaVersion + ")"
	delete(defs, "Result")
	root["$defs"] = defs
	return json.MarshalIndent(root, "", "  ")
}

func schemaOf(t reflect.Type, defs map[string]any) map[string]any {
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
		return map[string]any{"type": []any{"array", "null"}, "items": schemaOf(t.Elem(), defs)}
	case reflect.Struct:
		if _, seen := defs[t.Name()]; !seen {
			defs[t.Name()] = nil // reserve, in case of recursion
			defs[t.Name()] = objectSchema(t, defs)
		}
		if t == reflect.TypeFor[Result]() {
			return objectSchema(t, defs)
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
