// Package schematest compiles the output's JSON Schema (model.JSONSchema)
// for tests that validate records against it. It stands apart from
// testcorpus so that a test binary that validates nothing does not link
// the validator, whose package initialization compiles its meta-schemas
// (1.7 MB allocated at every start): extract's TestStartupAllocations
// counts what a fresh process allocates, and would count that too.
package schematest

import (
	"bytes"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Compile compiles a JSON Schema given as its bytes, failing tb when they
// are not one.
func Compile(tb testing.TB, data []byte) *jsonschema.Schema {
	tb.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		tb.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		tb.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		tb.Fatal(err)
	}
	return s
}
