package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestBylinePeople checks that the names of a wire story's closing credit
// are people, parted at "and", commas, places and the next credit's word.
func TestBylinePeople(t *testing.T) {
	e := newTestExtractor(t)
	const body = "The port authority said on Monday that fees would rise.\n"
	for _, tc := range []struct {
		credit, kind, name string
		want               bool
	}{
		{"( Reporting by Quorna Vell and Tasso Brim ; Editing by Ulla Marsk )", "person", "Quorna Vell", true},
		{"( Reporting by Quorna Vell and Tasso Brim ; Editing by Ulla Marsk )", "person", "Tasso Brim", true},
		{"( Reporting by Quorna Vell and Tasso Brim ; Editing by Ulla Marsk )", "person", "Ulla Marsk", true},
		{"( Reporting by Quorna Vell Editing by Ulla Marsk )", "person", "Quorna Vell", true},
		{"( Reporting by Quorna Vell Editing by Ulla Marsk )", "person", "Quorna Vell Editing", false},
		{"( Reporting by Quorna Vell in Lagos ; editing by Ulla Marsk )", "person", "Ulla Marsk", true},
		{"( Reporting by Quorna Vell in Lagos ; editing by Ulla Marsk )", "place", "Lagos", true},
		{"( Editing by Ramdas K. , Ulla Marsk and Tasso Brim )", "person", "Ramdas K.", true},
		{"Reporting by Quorna Vell; Editing by Ulla Marsk", "person", "Quorna Vell", true},
		{"Data compiled by Quorble Hopkins University show a rise.", "person", "Quorble Hopkins University", false},
		{"A tally compiled by The Quorble Post counts them.", "person", "The Quorble Post", false},
	} {
		res, err := e.Extract(context.Background(), model.Article{Text: body + tc.credit + "\n"})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(recordNames(res, tc.kind), tc.name); got != tc.want {
			t.Errorf("%q: %s %q present = %v, want %v (%q)", tc.credit, tc.kind, tc.name, got, tc.want, recordNames(res, tc.kind))
		}
	}
}

// TestDatedByline checks a byline that runs into the dateline's date: the
// writer is a person without the month, and other uses of "By" are left
// alone.
func TestDatedByline(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, kind, name string
		want             bool
	}{
		{"Gold rose * Graphic By Quorna Vellasamy Dec 7 ( Reuters ) - Gold rose on Monday.", "person", "Quorna Vellasamy", true},
		{"Gold rose * Graphic By Quorna Vellasamy Dec 7 ( Reuters ) - Gold rose on Monday.", "organization", "Quorna Vellasamy Dec", false},
		{"Gold rose By Quorna Vellasamy Sept. 7 (Reuters) - Gold rose on Monday.", "person", "Quorna Vellasamy", true},
		{"By Quorna Vellasamy Dec 7 (Reuters) - Gold rose on Monday.", "person", "Quorna Vellasamy", true},      // the text's first word
		{"By Quorble Harbour Authority rules, fees rise in May.", "person", "Quorble Harbour Authority", false}, // no date and agency
	} {
		res, err := e.Extract(context.Background(), model.Article{Text: tc.text + "\n"})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(recordNames(res, tc.kind), tc.name); got != tc.want {
			t.Errorf("%q: %s %q present = %v, want %v (%q)", tc.text, tc.kind, tc.name, got, tc.want, recordNames(res, tc.kind))
		}
	}
}
