package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestDropPartyStateTags checks that a lawmaker's party and state in
// parentheses give no record, and that the lawmaker stays.
func TestDropPartyStateTags(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, tag, person string
	}{
		{"Sen. Harlan Quist (R-Utah) said the bill would pass.", "R-Utah", "Harlan Quist"},
		{"Rep. Delia Marbury (D-N.Y.) voted against it.", "D-N.Y", "Delia Marbury"},
		{"Rep. Delia Marbury (D-Newport News) voted against it.", "D-Newport News", "Delia Marbury"},
		{"Senate Majority Leader Dana Whitfield, D-N.M., said the measure would pass.", "D-N.M", "Dana Whitfield"},
	} {
		res, err := e.Extract(context.Background(), model.Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		for _, kind := range []string{"place", "organization", "misc", "person"} {
			if slices.Contains(recordNames(res, kind), tc.tag) {
				t.Errorf("%q: %s record %q", tc.text, kind, tc.tag)
			}
		}
		if !slices.Contains(recordNames(res, "person"), tc.person) {
			t.Errorf("%q: no person %q (%q)", tc.text, tc.person, recordNames(res, "person"))
		}
	}
	if !partyStateTag().MatchString("R-S.C") || partyStateTag().MatchString("Rio-Grande") || partyStateTag().MatchString("Do-Day") {
		t.Error("partyStateTag matches the wrong strings")
	}
	// Names that look like a tag but are none stay.
	for _, tc := range []struct{ text, kind, name string }{
		{"The quantum computing firm, D-Wave Systems, said revenue rose.", "organization", "D-Wave Systems"},
	} {
		res, err := e.Extract(context.Background(), model.Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(recordNames(res, tc.kind), tc.name) {
			t.Errorf("%q: no %s %q (%q)", tc.text, tc.kind, tc.name, recordNames(res, tc.kind))
		}
	}
}
