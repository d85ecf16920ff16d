package model

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestNormalizeFillsEveryList builds results whose lists are nil at every
// depth, found by reflection so that a list added to the model later is
// covered too, and checks that Normalize leaves no nil list behind.
func TestNormalizeFillsEveryList(t *testing.T) {
	// The zero Result has its top-level lists nil; the populated one has one
	// element in every list that holds lists, and nil in the others.
	var zero Result
	var populated Result
	populate(reflect.ValueOf(&populated).Elem())
	for name, r := range map[string]*Result{"zero": &zero, "populated": &populated} {
		if name == "populated" && len(nilLists(reflect.ValueOf(r), "Result")) == 0 {
			t.Fatal("populate left no nil list to fill: the test tests nothing")
		}
		r.Normalize()
		for _, path := range nilLists(reflect.ValueOf(r), "Result") {
			t.Errorf("%s result: %s is nil after Normalize", name, path)
		}
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.ReplaceAll(string(data), `"ref_date":null`, ""), "null") {
			t.Errorf("%s result writes null: %s", name, data)
		}
	}
}

// populate gives every pointer a value and every list whose elements hold
// lists one element, recursively; other lists stay nil.
func populate(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		populate(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				populate(v.Field(i))
			}
		}
	case reflect.Slice:
		if holdsList(v.Type().Elem()) {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
			populate(v.Index(0))
		}
	}
}

// holdsList reports whether a value of type t contains a list.
func holdsList(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Slice:
		return true
	case reflect.Pointer:
		return holdsList(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if holdsList(t.Field(i).Type) {
				return true
			}
		}
	}
	return false
}

// nilLists returns the paths of the nil lists in v.
func nilLists(v reflect.Value, path string) []string {
	var out []string
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			out = nilLists(v.Elem(), path)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				out = append(out, nilLists(v.Field(i), path+"."+f.Name)...)
			}
		}
	case reflect.Slice:
		if v.IsNil() {
			return []string{path}
		}
		for i := range v.Len() {
			out = append(out, nilLists(v.Index(i), path+"[]")...)
		}
	}
	return out
}
