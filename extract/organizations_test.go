package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestFullFormOf checks that a name joins the record of its short form
// only when what it adds are company suffixes.
func TestFullFormOf(t *testing.T) {
	e := newTestExtractor(t)
	rs := newRecords(organizationFields)
	for _, name := range []string{"quellmark", "senate", "ruch"} {
		rs.index[name] = len(rs.list)
		rs.list = append(rs.list, model.Organization{Name: name})
	}
	for _, tc := range []struct {
		key  string
		want int // -1: no record
	}{
		{"quellmark inc", 0},
		{"quellmark holdings plc", 0},
		{"ruch s.a.", 2},
		{"senate armed services committee", -1},
		{"quellmark motors", -1},
		{"inc", -1},
	} {
		got, ok := e.fullFormOf(rs, tc.key)
		if !ok {
			got = -1
		}
		if got != tc.want {
			t.Errorf("fullFormOf(%q) = %d, want %d", tc.key, got, tc.want)
		}
	}
}

// TestAcronymJoinsFullName checks that an acronym made of a name's
// capitalized words joins its record, whichever comes first, and that a
// region's acronym keeps its own record.
func TestAcronymJoinsFullName(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, name string
		mentions   int
		alias      string
	}{
		{"The Quorban Support Forces seized the town. The QSF said it would hold talks.", "Quorban Support Forces", 2, "QSF"},
		{"The QSF seized the town. The Quorban Support Forces said it would hold talks.", "Quorban Support Forces", 2, "QSF"},
	} {
		res, err := e.Extract(context.Background(), model.Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, o := range res.Organizations {
			if o.Name == tc.name {
				found = true
				if len(o.Mentions) != tc.mentions || !slices.Contains(o.Aliases, tc.alias) {
					t.Errorf("%q: %s has %d mentions, aliases %q; want %d and %q", tc.text, o.Name, len(o.Mentions), o.Aliases, tc.mentions, tc.alias)
				}
			}
		}
		if !found {
			t.Errorf("%q: no organization %q (%+v)", tc.text, tc.name, res.Organizations)
		}
	}
	res, err := e.Extract(context.Background(), model.Article{Text: "The European Union set tariffs. The EU said they would start in May."})
	if err != nil {
		t.Fatal(err)
	}
	if names := recordNames(res, "organization"); !slices.Contains(names, "EU") {
		t.Errorf("the EU should keep its own record, which points to Europe: %q", names)
	}
}
