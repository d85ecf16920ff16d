package cmd

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// runJSON runs newsextract -f json on args and decodes its one result.
func runJSON(t *testing.T, args ...string) model.Result {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := Execute(context.Background(), append([]string{"-f", "json"}, args...), strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var res model.Result
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	return res
}

// facts are the names a result reports, sorted, for comparing a page with
// its plain-text twin.
func facts(r model.Result) map[string][]string {
	f := map[string][]string{}
	for _, p := range r.People {
		f["people"] = append(f["people"], p.Name)
	}
	for _, p := range r.Places {
		f["places"] = append(f["places"], p.Name)
	}
	for _, o := range r.Organizations {
		f["organizations"] = append(f["organizations"], o.Name)
	}
	for _, a := range r.Agreements {
		var parties []string
		for _, p := range a.Parties {
			parties = append(parties, p.Name)
		}
		f["agreements"] = append(f["agreements"], string(a.Type)+" "+string(a.Status)+": "+strings.Join(parties, ", "))
	}
	for _, k := range []string{"people", "places", "organizations", "agreements"} {
		slices.Sort(f[k])
	}
	return f
}

// TestPagesMatchTheirText extracts each test page and its plain-text twin:
// the same people, places, organizations and agreements, the page's
// publication date as the reference date, and every span of the page's
// result found at its offsets in the text --emit-text gives.
func TestPagesMatchTheirText(t *testing.T) {
	published := map[string]string{
		"wire-trade-deal.html":     "2025-03-04", // JSON-LD datePublished
		"newspaper-ceasefire.html": "2024-05-18", // article:published_time
		"blog-merger.html":         "2025-06-11", // <time datetime>
		"broadcaster-climate.html": "2024-11-07", // JSON-LD @graph
		"local-council.html":       "2023-09-26", // article:published_time, -05:00
	}
	for name, date := range published {
		t.Run(name, func(t *testing.T) {
			page := filepath.Join("..", "testdata", "pages", name)
			got := runJSON(t, "--emit-text", "--ref-date", "2000-01-01", page)
			want := runJSON(t, strings.TrimSuffix(page, ".html")+".txt")
			gf, wf := facts(got), facts(want)
			for _, k := range []string{"people", "places", "organizations", "agreements"} {
				if !slices.Equal(gf[k], wf[k]) {
					t.Errorf("%s: page %q, text %q", k, gf[k], wf[k])
				}
			}
			if len(gf["people"]) == 0 || len(gf["agreements"]) == 0 {
				t.Errorf("no people or no agreements: %v", gf)
			}
			if got.RefDate == nil || got.RefDate.Value != date || got.RefDate.From != model.RefFromPage {
				t.Errorf("ref_date %+v, want %s from page", got.RefDate, date)
			}
			if got.Source.Kind != "html" || got.Source.Title == "" || got.Source.URL == "" || got.Source.Bytes != len(got.Text) {
				t.Errorf("source %+v", got.Source)
			}
			checkSpans(t, got)
		})
	}
}

// checkSpans checks that every mention of a result is text[start:end].
func checkSpans(t *testing.T, r model.Result) {
	t.Helper()
	var spans []model.Span
	for _, p := range r.People {
		spans = append(spans, p.Mentions...)
	}
	for _, p := range r.Places {
		spans = append(spans, p.Mentions...)
	}
	for _, o := range r.Organizations {
		spans = append(spans, o.Mentions...)
	}
	for _, a := range r.Agreements {
		spans = append(spans, a.Evidence)
	}
	for _, d := range r.Dates {
		spans = append(spans, model.Span{Text: d.Text, Start: d.Start, End: d.End})
	}
	for _, s := range spans {
		if s.Start < 0 || s.End > len(r.Text) || r.Text[s.Start:s.End] != s.Text {
			t.Errorf("span %q [%d:%d] is not at its offsets in the emitted text", s.Text, s.Start, s.End)
		}
	}
}
