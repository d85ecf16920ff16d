package cmd

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/newsextract/newsextract/internal/schematest"
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
	errorRecords := 0
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
			errorRecords += validateOutput(t, schema, args, stdout.Bytes())
			stdinData, _ := os.ReadFile(filepath.Join(dir, "stdin"))
			checkGoldenSpans(t, testdata, stdinData, outputRecords(t, args, stdout.Bytes()))
		})
	}
	if errorRecords == 0 && !*update {
		t.Error("no golden output holds an error record: the schema's ErrorRecord goes unchecked")
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
	return schematest.Compile(t, data)
}

// validateOutput checks every record of an output, results and error
// records alike, against the published schema, and returns how many error
// records it saw. YAML records are checked too: they carry the same keys,
// and a YAML document read back is the JSON record it stands for.
func validateOutput(t *testing.T, schema *jsonschema.Schema, args []string, out []byte) (errorRecords int) {
	t.Helper()
	docs := outputRecords(t, args, out)
	for i, d := range docs {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(d))
		if err != nil {
			t.Fatalf("record %d is not JSON: %v", i, err)
		}
		if m, ok := v.(map[string]any); ok && m["error"] != nil {
			errorRecords++
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("record %d does not fit the schema: %#v", i, err)
		}
	}
	return errorRecords
}

// outputRecords splits an output into its records, each as JSON: a YAML
// document read back is the JSON record it stands for.
func outputRecords(t *testing.T, args []string, out []byte) [][]byte {
	t.Helper()
	var docs [][]byte
	switch format := outputFormat(args); format {
	case "json":
		var v []json.RawMessage
		if bytes.HasPrefix(bytes.TrimSpace(out), []byte("[")) {
			if err := json.Unmarshal(out, &v); err != nil {
				t.Fatalf("output is not a JSON array: %v", err)
			}
		} else if len(bytes.TrimSpace(out)) > 0 {
			v = []json.RawMessage{out}
		}
		for _, d := range v {
			docs = append(docs, d)
		}
	case "jsonl":
		for line := range bytes.Lines(out) {
			if len(bytes.TrimSpace(line)) > 0 {
				docs = append(docs, line)
			}
		}
	case "yaml":
		dec := yaml.NewDecoder(bytes.NewReader(out))
		for {
			var v any
			if err := dec.Decode(&v); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("output is not YAML: %v", err)
			}
			d, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("YAML record has no JSON form: %v", err)
			}
			docs = append(docs, d)
		}
	default:
		t.Fatalf("unknown output format %q", format)
	}
	return docs
}

// outputFormat is the --format a command line asks for.
func outputFormat(args []string) string {
	for _, f := range []string{"json", "jsonl", "yaml"} {
		if hasArgPair(args, "-f", f) || hasArgPair(args, "--format", f) {
			return f
		}
	}
	return "yaml"
}

func hasArgPair(args []string, flag, value string) bool {
	for i := 0; i+1 < len(args); i++ {
		if args[i] == flag && args[i+1] == value {
			return true
		}
	}
	return false
}
