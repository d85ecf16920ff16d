package extract

import (
	"context"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// FuzzExtract feeds arbitrary text through the whole pipeline: it must
// never panic (Extract would report a recovered panic as an internal
// error), and every span it returns must hold the text it claims.
func FuzzExtract(f *testing.F) {
	f.Add("Syrian Foreign Minister Jane Doe met U.S. envoy John Roe in Paris on Tuesday.", "2025-08-20")
	f.Add("LONDON, Aug 20, 2025 (Reuters) - The deal (TD) was signed.\n\n“Quote,” he said.", "")
	f.Add("A. B. C.\n\t\n", "1999-12-31")
	f.Add("The 1974 agreement, reaffirmed in late July, lasted four hours.", "")
	f.Add("QUELLMARK MEETS VARNHOLT IN OSLO\n\nBy Jane Roe Dec 7 (Reuters) - Quellmark, one of the world's top producers, and Quellmark ASA met Zayed bin Rashid al-Qaymani. Quorn County Sheriff Robert Vell said so.", "")
	f.Add("KYIV—The Red Sea. Quellmark, one of", "")
	ex := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text, ref string) {
		res, err := ex.Extract(context.Background(), model.Article{Text: text, RefDate: ref})
		if err != nil {
			if _, ok := err.(*InputError); !ok {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		check := func(what string, s model.Span) {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
				t.Fatalf("%s span %+v does not hold its text", what, s)
			}
		}
		for _, p := range res.People {
			for _, m := range p.Mentions {
				check("person", m)
			}
			for _, m := range p.Titles {
				check("title", m)
			}
			if p.Affiliation != nil {
				check("affiliation", p.Affiliation.Evidence)
			}
		}
		for _, p := range res.Places {
			for _, m := range p.Mentions {
				check("place", m)
			}
		}
		for _, o := range res.Organizations {
			for _, m := range o.Mentions {
				check("organization", m)
			}
		}
		for _, d := range res.Dates {
			check("date", d.Span)
		}
		for _, a := range res.Agreements {
			check("trigger", a.Trigger)
			check("evidence", a.Evidence)
		}
	})
}
