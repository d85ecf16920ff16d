package cmd

import (
	"encoding/json"
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
