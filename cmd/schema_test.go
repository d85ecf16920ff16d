package cmd

import (
	"os"
	"testing"
)

// TestSchemaCommandPrintsDocsSchema checks that newsextract schema prints
// the committed docs/schema.json byte for byte.
func TestSchemaCommandPrintsDocsSchema(t *testing.T) {
	out, errOut, code := run(t, "", "schema")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want, err := os.ReadFile("../docs/schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Errorf("newsextract schema differs from docs/schema.json: rewrite it with go test ./model -update (or go run ./cmd/newsextract schema > docs/schema.json) and commit it")
	}
}
