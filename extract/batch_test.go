package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/model"
)

// sameOutcome reports how ExtractBatch's result and error for one article
// differ from Extract's, or "". A panic's message carries its stack, which
// differs between the two; its first line must not.
func sameOutcome(got, want model.Result, gotErr, wantErr error) string {
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		return fmt.Sprintf("result\n%s\nwant\n%s", g, w)
	}
	firstLine := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		s, _, _ := strings.Cut(err.Error(), "\n")
		return s
	}
	if firstLine(gotErr) != firstLine(wantErr) || errors.Unwrap(gotErr) != errors.Unwrap(wantErr) {
		return fmt.Sprintf("error %v, want %v", gotErr, wantErr)
	}
	return ""
}

// TestExtractBatchMixed: a batch of good articles among bad ones (empty,
// binary, invalid UTF-8, a bad reference date, one whose rules panic)
// gives every article what Extract gives it alone.
func TestExtractBatchMixed(t *testing.T) {
	ex := newTestExtractor(t)
	ex.beforeStage = func(pass int, a model.Article) {
		if a.ID == "panics" && pass == 2 { // its recognition
			panic("a rule's bug")
		}
	}
	good := "LONDON, March 4 (Reuters) - Talks between Britain and Norway on fishing rights ended on Tuesday, officials said.\n\nPrime Minister Jane Holt met Lars Berg, the head of Statoil, in Oslo.\n"
	articles := []model.Article{
		{ID: "good1", Text: good, RefDate: "2024-03-05"},
		{ID: "empty", Text: ""},
		{ID: "good2", Text: "\"We will sign the deal next week,\" said Maria Lopez of Acme Corp in Madrid on Friday.", FallbackRefDate: "2023-01-10"},
		{ID: "binary", Text: "PARIS -\x00 a file"},
		{ID: "utf8", Text: "Caf\xe9 in Paris."},
		{ID: "refdate", Text: good, RefDate: "2024-13-45"},
		{ID: "panics", Text: good},
		{ID: "good3", Text: "WASHINGTON (AP) — The United States and Mexico agreed on Monday to share water from the Colorado River."},
		{ID: "bom", Text: "\uFEFF  \n"},
		{ID: "good4", Text: good, URL: "https://example.co.uk/news/1"},
	}
	results, errs := ex.ExtractBatch(context.Background(), articles)
	if len(results) != len(articles) || len(errs) != len(articles) {
		t.Fatalf("%d results and %d errors for %d articles", len(results), len(errs), len(articles))
	}
	for i, a := range articles {
		want, wantErr := ex.Extract(context.Background(), a)
		if diff := sameOutcome(results[i], want, errs[i], wantErr); diff != "" {
			t.Errorf("%s: %s", a.ID, diff)
		}
		if strings.HasPrefix(a.ID, "good") != (errs[i] == nil) {
			t.Errorf("%s: error %v", a.ID, errs[i])
		}
	}
	if errs[6] == nil || !strings.HasPrefix(errs[6].Error(), "internal error (please report): a rule's bug") {
		t.Errorf("panicking article: error %v", errs[6])
	}
	var inErr *InputError
	for _, i := range []int{1, 3, 4, 5, 8} {
		if !errors.As(errs[i], &inErr) {
			t.Errorf("%s: error %v, want an *InputError", articles[i].ID, errs[i])
		}
	}
	if len(results[0].Places) == 0 || len(results[9].Places) == 0 {
		t.Errorf("the good articles found no places: %+v", results[0])
	}
}

// TestExtractBatchCancelled: a run cancelled inside one article's stage
// stops every article that has stages left, each with ctx's error, and
// no article comes out half done without one.
func TestExtractBatchCancelled(t *testing.T) {
	ex := newTestExtractor(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ex.beforeStage = func(pass int, a model.Article) {
		if a.ID == "b" && pass == 2 { // b's recognition
			cancel()
		}
	}
	articles := []model.Article{
		{ID: "a", Text: "Talks in Oslo ended on Monday."},
		{ID: "b", Text: "Talks in Paris ended on Tuesday."},
		{ID: "empty", Text: " "},
		{ID: "c", Text: "Talks in Rome ended on Friday."},
	}
	_, errs := ex.ExtractBatch(ctx, articles)
	for i, a := range articles {
		want := context.Canceled
		if a.ID == "empty" {
			want = ErrEmpty
		}
		if !errors.Is(errs[i], want) {
			t.Errorf("%s: error %v, want %v", a.ID, errs[i], want)
		}
	}
	// An already cancelled run: each article as Extract gives it.
	ex.beforeStage = nil
	results, errs := ex.ExtractBatch(ctx, articles)
	for i, a := range articles {
		want, wantErr := ex.Extract(ctx, a)
		if diff := sameOutcome(results[i], want, errs[i], wantErr); diff != "" {
			t.Errorf("%s, cancelled before: %s", a.ID, diff)
		}
	}
}

// TestExtractBatchGold: on development texts, batches of consecutive
// articles give the results Extract gives each article alone.
func TestExtractBatchGold(t *testing.T) {
	ex := newTestExtractor(t)
	for _, name := range []string{"conll2003/conll2003-dev.jsonl", "events/events-dev.jsonl", "geo/gwn.jsonl", "quotes/polnear-dev.jsonl", "tempeval3/tempeval3-timebank.jsonl"} {
		var articles []model.Article
		for i, r := range testcorpus.GoldRecords(t, name) {
			if i == 40 {
				break
			}
			a := model.Article{ID: r.ID, Text: r.Text}
			if r.DCT != nil && len(*r.DCT) >= 10 {
				a.RefDate = (*r.DCT)[:10]
			}
			articles = append(articles, a)
		}
		for start := 0; start < len(articles); start += 16 {
			batch := articles[start:min(start+16, len(articles))]
			results, errs := ex.ExtractBatch(context.Background(), batch)
			for i, a := range batch {
				want, wantErr := ex.Extract(context.Background(), a)
				if diff := sameOutcome(results[i], want, errs[i], wantErr); diff != "" {
					t.Errorf("%s %s: %s", name, a.ID, diff)
				}
			}
		}
	}
}

// TestYieldingSameResults: an Extractor built with Yielding gives each
// article of a batch what one without it gives, byte for byte.
func TestYieldingSameResults(t *testing.T) {
	ex := newTestExtractor(t)
	asked := 0
	y, err := New(Yielding(func() bool { asked++; return true }))
	if err != nil {
		t.Fatal(err)
	}
	articles := []model.Article{
		{ID: "a", Text: "LONDON, March 4 (Reuters) - Talks between Britain and Norway ended on Tuesday.\n\nJane Holt met Lars Berg in Oslo.\n", RefDate: "2024-03-05"},
		{ID: "empty", Text: ""},
		{ID: "b", Text: "\"We will sign the deal next week,\" said Maria Lopez of Acme Corp in Madrid on Friday."},
	}
	got, gotErrs := y.ExtractBatch(context.Background(), articles)
	if asked == 0 {
		t.Fatal("the extraction never asked whether to yield")
	}
	want, wantErrs := ex.ExtractBatch(context.Background(), articles)
	for i, a := range articles {
		if diff := sameOutcome(got[i], want[i], gotErrs[i], wantErrs[i]); diff != "" {
			t.Errorf("%s: %s", a.ID, diff)
		}
	}
}
