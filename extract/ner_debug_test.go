package extract

import (
	"context"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/newsextract/newsextract/internal/score"
)

func TestNERDebugDump(t *testing.T) {
	if os.Getenv("NER_DUMP") == "" {
		t.Skip()
	}
	r, _ := loadRecognizer()
	data, err := loadNERData(context.Background(), "../../shared/data/conll2003/conll2003-dev.jsonl", r.ts)
	if err != nil {
		t.Fatal(err)
	}
	errs := map[string]int{}
	f, _ := os.Create("/tmp/ner/deverrs.txt")
	defer f.Close()
	for _, ex := range data.examples {
		pred := mentionsToEntities(r.Recognize(ex.doc))
		gs := map[score.Entity]bool{}
		for _, g := range ex.gold {
			gs[g] = true
		}
		ps := map[score.Entity]bool{}
		for _, p := range pred {
			ps[p] = true
		}
		for _, p := range pred {
			if !gs[p] {
				kind := "FP"
				for _, g := range ex.gold {
					if g.Start == p.Start && g.End == p.End {
						kind = "LABEL gold=" + g.Label
					} else if g.Start < p.End && p.Start < g.End {
						kind = "SPAN gold=" + g.Label + ":" + ex.doc.Text[g.Start:g.End]
					}
				}
				errs[fmt.Sprintf("%s pred=%s", kind[:min(len(kind), 10)], p.Label)]++
				fmt.Fprintf(f, "%s pred=%s %q\n", kind, p.Label, ex.doc.Text[p.Start:p.End])
			}
		}
		for _, g := range ex.gold {
			if !ps[g] {
				overl := false
				for _, p := range pred {
					if g.Start < p.End && p.Start < g.End {
						overl = true
					}
				}
				if !overl {
					errs["FN gold="+g.Label]++
					fmt.Fprintf(f, "FN gold=%s %q\n", g.Label, ex.doc.Text[g.Start:g.End])
				}
			}
		}
	}
	var ks []string
	for k := range errs {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return errs[ks[i]] > errs[ks[j]] })
	for _, k := range ks {
		t.Logf("%5d %s", errs[k], k)
	}
}

