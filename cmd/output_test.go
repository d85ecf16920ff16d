package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// emptyListsArticle states an agreement that names no party, and names an
// organization with no alias.
const emptyListsArticle = "The talks ended with an agreement to double food aid to the camps, the World Food Programme said on Monday.\n"

// TestEmptyListsWritten checks that an empty list is written as [] in every
// format, nested lists included, and never left out or null.
func TestEmptyListsWritten(t *testing.T) {
	for _, format := range []string{"json", "jsonl", "yaml"} {
		t.Run(format, func(t *testing.T) {
			out, errOut, code := run(t, emptyListsArticle, "-f", format, "-")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var rec map[string]any
			var err error
			if format == "yaml" {
				err = yaml.Unmarshal([]byte(out), &rec)
			} else {
				err = json.Unmarshal([]byte(out), &rec)
			}
			if err != nil {
				t.Fatalf("%v in %s", err, out)
			}
			orgs, _ := rec["organizations"].([]any)
			agreements, _ := rec["agreements"].([]any)
			if len(orgs) != 1 || len(agreements) != 1 {
				t.Fatalf("want one organization and one agreement to test with, got %s", out)
			}
			for _, c := range []struct {
				where string
				obj   any
				key   string
			}{
				{"result", rec, "people"},
				{"result", rec, "places"},
				{"result", rec, "misc"},
				{"organization", orgs[0], "aliases"},
				{"agreement", agreements[0], "parties"},
			} {
				list, ok := c.obj.(map[string]any)[c.key].([]any)
				if !ok || len(list) != 0 {
					t.Errorf("%s %s = %#v, want an empty list", c.where, c.key, c.obj.(map[string]any)[c.key])
				}
			}
			want := map[string][]string{
				"json":  {`"aliases": []`, `"parties": []`},
				"jsonl": {`"aliases":[]`, `"parties":[]`},
				"yaml":  {"aliases: []", "parties: []"},
			}[format]
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %s:\n%s", w, out)
				}
			}
		})
	}
}

// TestYAMLSpansFlowStyle: spans are written on one line, and the YAML
// still reads back to the same record as the JSON, tricky characters
// included.
func TestYAMLSpansFlowStyle(t *testing.T) {
	articles, _ := filepath.Glob("../testdata/articles/*.txt")
	tricky := filepath.Join(t.TempDir(), "tricky.txt")
	os.WriteFile(tricky, []byte("PARIS, Aug 20, 2025 - Minister Anna Berg: \"yes, {no} # [x]\" met 'Jean-Luc' O'Neil in Nice, France, on Tuesday.\n"), 0o644)
	for _, path := range append(articles, tricky) {
		y, errOut, code := run(t, "", "-f", "yaml", path)
		j, _, _ := run(t, "", "-f", "json", path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", path, code, errOut)
		}
		if !strings.Contains(y, "- {text: ") {
			t.Errorf("%s: no span in flow style:\n%.300s", path, y)
		}
		var fromYAML, fromJSON any
		if err := yaml.Unmarshal([]byte(y), &fromYAML); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		json.Unmarshal([]byte(j), &fromJSON)
		// YAML reads numbers as int, JSON as float64: compare through JSON.
		a, _ := json.Marshal(fromYAML)
		b, _ := json.Marshal(fromJSON)
		if string(a) != string(b) {
			t.Errorf("%s: YAML and JSON say different things:\n%s\n%s", path, a, b)
		}
	}
}
