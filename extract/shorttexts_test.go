package extract

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/newsextract/newsextract/model"
)

// TestShortTexts runs the short texts and headlines of
// testdata/names/short-texts.yaml and checks the records each must and
// must not give.
func TestShortTexts(t *testing.T) {
	data, err := os.ReadFile("../testdata/names/short-texts.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Text   string   `yaml:"text"`
		Has    []string `yaml:"has"`
		Absent []string `yaml:"absent"`
		// Mentions gives how many mentions a record must have: the
		// headline's and the body's, joined.
		Mentions map[string]int `yaml:"mentions"`
	}
	if err := yaml.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 10 {
		t.Fatalf("%d cases read, want the file's dozen", len(cases))
	}
	ex := newTestExtractor(t)
	for _, c := range cases {
		res, err := ex.Extract(context.Background(), model.Article{Text: c.Text})
		if err != nil {
			t.Fatalf("%q: %v", c.Text, err)
		}
		for _, want := range c.Has {
			kind, name, _ := strings.Cut(want, ":")
			if !slices.Contains(recordNames(res, kind), name) {
				t.Errorf("%q: no %s %q (got %q)", c.Text, kind, name, recordNames(res, kind))
			}
		}
		for rec, want := range c.Mentions {
			kind, name, _ := strings.Cut(rec, ":")
			if got := mentionCount(res, kind, name); got != want {
				t.Errorf("%q: %s %q has %d mentions, want %d", c.Text, kind, name, got, want)
			}
		}
		for _, not := range c.Absent {
			kind, name, _ := strings.Cut(not, ":")
			if slices.Contains(recordNames(res, kind), name) {
				t.Errorf("%q: %s %q should not be there", c.Text, kind, name)
			}
		}
	}
}

// mentionCount is the number of mentions of the record of that kind and
// name, 0 when there is none.
func mentionCount(res model.Result, kind, name string) int {
	switch kind {
	case "person":
		for _, p := range res.People {
			if p.Name == name {
				return len(p.Mentions)
			}
		}
	case "place":
		for _, p := range res.Places {
			if p.Name == name {
				return len(p.Mentions)
			}
		}
	case "organization":
		for _, o := range res.Organizations {
			if o.Name == name {
				return len(o.Mentions)
			}
		}
	}
	return 0
}
