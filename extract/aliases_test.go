package extract

import (
	"context"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestPersonAliases checks that a short name joins the full name's record:
// from the list and from the article's own definition.
func TestPersonAliases(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		name, text string
		person     string
		mentions   int
	}{
		{"listed short name", "President Joko Widodo opened the port. Jokowi said trade would grow.", "Joko Widodo", 2},
		{"known as", "Delia Marbury, popularly known as Dee, won. Dee thanked voters.", "Delia Marbury", 3},
		{"in parentheses", "Ivo Hesketh (Quist) spoke first. Later Quist left.", "Ivo Hesketh", 3},
		{"no definition", "Delia Marbury won. Dee thanked voters.", "Delia Marbury", 1},
		{"a surname in parentheses is no alias", "Ivo Hesketh met Anna Marbury. Ivo Petrovich (Hesketh) spoke. Hesketh left.", "Ivo Hesketh", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := e.Extract(context.Background(), model.Article{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range res.People {
				if p.Name == tc.person {
					if len(p.Mentions) != tc.mentions {
						t.Errorf("%s has %d mentions, want %d: %+v", tc.person, len(p.Mentions), tc.mentions, res.People)
					}
					return
				}
			}
			t.Errorf("no person %s: %+v", tc.person, res.People)
		})
	}
}
