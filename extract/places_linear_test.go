package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/model"
)

// TestPlaceLinksLinear checks that linking organizations, misc names and
// sites to place records stays linear in the number of distinct names:
// each link looked for its place among all the article's place records.
func TestPlaceLinksLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times made-up articles of up to 80 KB")
	}
	ex := newTestExtractor(t)
	name := func(i int) string { return fmt.Sprintf("Zed%c%c%c", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26) }
	article := func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "Crowds in %s cheered. The %s Trust of %s said so. Fans at %s Academy waited. ", name(i), name(i), name(i), name(i))
		}
		return b.String()
	}
	testcorpus.Linear(t, 20_000, article, func(s string) {
		if _, err := ex.Extract(context.Background(), model.Article{Text: s}); err != nil {
			t.Fatal(err)
		}
	}, 20*time.Second)
}
