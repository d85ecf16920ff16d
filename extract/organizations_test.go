package extract

import (
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
