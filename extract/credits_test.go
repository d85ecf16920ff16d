package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestCreditMentions checks a picture's credit line: the agency is an
// organization, the kind of picture is no name, and "/" elsewhere makes
// no credit line.
func TestCreditMentions(t *testing.T) {
	e := newTestExtractor(t)
	const body = "\nThe ministry said on Monday that prices would rise.\n"
	for _, tc := range []struct {
		article, kind, name string
		want                bool
	}{
		{"REUTERS / Jane Quorbly / File Photo" + body, "organization", "REUTERS", true},
		{"REUTERS / Jane Quorbly / File Photo" + body, "person", "File Photo", false},
		{"REUTERS / Jane Quorbly / File Photo" + body, "organization", "File Photo", false},
		{"REUTERS / Jane Quorbly / Illustration" + body, "place", "Illustration", false},
		{"Tom Varnosk / Pool via REUTERS" + body, "organization", "REUTERS", true},
		{"Tom Varnosk / Pool via REUTERS" + body, "organization", "Pool", true},
		{"Sales / pool lanes rose" + body, "organization", "pool", false},
		{"Sales / File Photo rose" + body, "organization", "REUTERS", false},
	} {
		res, err := e.Extract(context.Background(), model.Article{Text: tc.article})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(recordNames(res, tc.kind), tc.name); got != tc.want {
			t.Errorf("%q: %s %q present = %v, want %v (%q)", tc.article, tc.kind, tc.name, got, tc.want, recordNames(res, tc.kind))
		}
	}
}
