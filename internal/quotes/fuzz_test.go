package quotes

import (
	"testing"

	"github.com/newsextract/newsextract/internal/text"
)

// FuzzFind checks that Find never panics and that every span it returns
// lies inside the text, in order.
func FuzzFind(f *testing.F) {
	f.Add("“We will,” he said, “not accept it.”")
	f.Add("''A,'' Mr. King said. ''B.'' ― Jane Doe\n\"C")
	f.Add("The minister said that, according to sources, “it is over.” “Yes.”")
	a, err := text.Load()
	if err != nil {
		f.Fatal(err)
	}
	fd, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := a.Analyze(s)
		for _, q := range fd.Find(doc) {
			spans := append([]Span{q.Cue, q.Speaker}, q.Parts...)
			for _, sp := range spans {
				if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
					t.Fatalf("span %v outside the text of %d bytes", sp, len(s))
				}
			}
		}
	})
}
