package cmd

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsextract/newsextract/model"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/cli")

// TestGolden runs every case under testdata/cli in-process: args holds the
// command line ($TESTDATA is the testdata folder), stdin (optional) the
// standard input; stdout, stderr and exit hold what the run must print and
// return. go test ./cmd -update rewrites them.
func TestGolden(t *testing.T) {
	testdata, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	cases, err := filepath.Glob(filepath.Join(testdata, "cli", "*", "args"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no golden cases found: %v", err)
	}
	schema := compileOutputSchema(t)
	for _, argsFile := range cases {
		dir := filepath.Dir(argsFile)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			raw, err := os.ReadFile(argsFile)
			if err != nil {
				t.Fatal(err)
			}
			args := strings.Fields(strings.ReplaceAll(string(raw), "$TESTDATA", testdata))
			var stdin bytes.Buffer
			if data, err := os.ReadFile(filepath.Join(dir, "stdin")); err == nil {
				stdin.Write(data)
			}
			var stdout, stderr bytes.Buffer
			code := Execute(context.Background(), args, &stdin, &stdout, &stderr)
			got := map[string]string{
				"stdout": strings.ReplaceAll(stdout.String(), testdata, "$TESTDATA"),
				"stderr": normalizeStderr(strings.ReplaceAll(stderr.String(), testdata, "$TESTDATA")),
				"exit":   strconv.Itoa(code) + "\n",
			}
			for name, text := range got {
				path := filepath.Join(dir, name)
				if *update {
					if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("missing golden file (run go test ./cmd -update): %v", err)
				}
				if string(want) != text {
					t.Errorf("%s differs from %s (run go test ./cmd -update after checking):\n%s", name, path, firstDiff(string(want), text))
				}
			}
			validateJSONOutput(t, schema, args, stdout.Bytes())
		})
	}
}

// normalizeStderr blanks the timing of the summary line, the one part of a
// run that changes from run to run.
func normalizeStderr(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if j := strings.LastIndex(l, " failed in "); j >= 0 && strings.HasPrefix(l, "newsextract: ") {
			lines[i] = l[:j] + " failed in TIME"
		}
	}
	return strings.Join(lines, "\n")
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return "(no line differs)"
}

func compileOutputSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := model.JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("result.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("result.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// validateJSONOutput checks every result record of a JSON or JSON Lines
// output against the published schema. Error records are not results.
func validateJSONOutput(t *testing.T, schema *jsonschema.Schema, args []string, out []byte) {
	t.Helper()
	var records []any
	switch {
	case hasArgPair(args, "-f", "json"):
		var v any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Fatalf("output is not JSON: %v", err)
		}
		if arr, ok := v.([]any); ok {
			records = arr
		} else {
			records = []any{v}
		}
	case hasArgPair(args, "-f", "jsonl"):
		for _, line := range bytes.Split(bytes.TrimSpace(out), []byte("\n")) {
			if len(line) == 0 {
				continue
			}
			var v any
			if err := json.Unmarshal(line, &v); err != nil {
				t.Fatalf("output line is not JSON: %v", err)
			}
			records = append(records, v)
		}
	}
	for i, r := range records {
		if m, ok := r.(map[string]any); ok && m["error"] != nil {
			continue
		}
		if err := schema.Validate(r); err != nil {
			t.Errorf("record %d does not fit the schema: %v", i, err)
		}
	}
}

func hasArgPair(args []string, flag, value string) bool {
	for i := 0; i+1 < len(args); i++ {
		if args[i] == flag && args[i+1] == value {
			return true
		}
	}
	return false
}
