package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestDatelinePlaces checks that the places in capitals of a wire dateline
// become places, and that capitals elsewhere are left to the recognizer.
func TestDatelinePlaces(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		article string
		place   string
		want    bool
	}{
		{"QUORBLEVILLE ( Reuters ) - The port authority said on Monday it would raise fees.\n", "Quorbleville", true},
		{"A caption line\nVARNOSK, Dec 7 (Reuters) - Shares rose on Monday.\n", "Varnosk", true},
		{"TOMBOLO / ZARVIK (AFP) - Talks went on.\n", "Tombolo", true},
		{"TOMBOLO / ZARVIK (AFP) - Talks went on.\n", "Zarvik", true},
		{"QUORBLEVILLE SAID ON MONDAY IT WOULD RAISE FEES.\n", "Quorbleville Said", false},                                                 // no agency
		{"The union said: QUORBLEVILLE ( Reuters ) - no.\n", "Quorbleville", false},                                                        // not at a line's start
		{"QUORBLEVILLE ( Reuters ) the port authority said on Monday.\n", "Quorbleville", false},                                           // no dash
		{"How they voted:\nQUORBLEVILLE (D) — yes\n", "Quorbleville", false},                                                               // a tally, no story
		{strings.Repeat("The council met again on Monday. ", 20) + "\nQUORBLEVILLE ( Reuters ) - The port said.\n", "Quorbleville", false}, // not near the top
	} {
		res, err := e.Extract(context.Background(), model.Article{Text: tc.article})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(recordNames(res, "place"), tc.place); got != tc.want {
			t.Errorf("%q: place %q present = %v, want %v (places %q)", tc.article, tc.place, got, tc.want, recordNames(res, "place"))
		}
	}
}
