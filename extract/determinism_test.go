package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// sameRunArticles are made-up stories with what a map's order could
// decide: two places of one name, one surname for two people, two
// countries named equally often, two organizations whose names start with
// one word and are of one length, several parties to one deal, a quote
// whose speaker is a surname two people share.
var sameRunArticles = []model.Article{
	{ID: "paris-twice", RefDate: "2025-03-14", Text: "PARIS, March 14 (Reuters) - France and Germany signed a trade agreement in Paris on Friday, " +
		"while officials in Paris, Texas, said the accord would help local farmers.\n\n" +
		"\"This deal is good for both of our countries,\" French Minister Anne Durand said. " +
		"German Minister Klaus Weber said the agreement would take effect in May.\n"},
	{ID: "georgia", RefDate: "2024-11-02", Text: "Georgia and Armenia agreed on Saturday to reopen their border, " +
		"the two governments said after talks in Tbilisi.\n\n" +
		"In the U.S. state of Georgia, Governor Tom Hale met farmers in Atlanta and Savannah on Friday. " +
		"Armenia and Georgia will hold a second round of talks in Yerevan next month, " +
		"Armenian Foreign Minister Lilit Avetyan said.\n"},
	{ID: "smiths", RefDate: "2023-06-09", Text: "John Smith and Mary Smith met Chinese President Li Wen in Beijing on Thursday.\n\n" +
		"\"We agreed to work together on climate,\" Smith said. Smith added that China and Canada " +
		"had signed a memorandum on clean energy. Li said the talks had been frank.\n\n" +
		"Canada and China, Smith said, would meet again in Ottawa in June.\n"},
	{ID: "dataproducts", RefDate: "2022-01-20", Text: "Dataproducts Corp and Dataproducts Inc. agreed to merge, the companies said on Thursday.\n\n" +
		"Dataproducts shareholders approved the deal, and Dataproducts said the merger would close in March. " +
		"Acme Holdings and Beta Holdings rejected a rival offer from Gamma Group.\n"},
	{ID: "ties", RefDate: "2021-09-30", Text: "Brazil, Peru, Chile and Colombia signed a regional security pact in Lima on Thursday, " +
		"and Brazil and Chile agreed to share intelligence.\n\n" +
		"Peru and Colombia said they would also join the accord. " +
		"Springfield officials in Illinois and in Missouri welcomed the news, Springfield Mayor Ann Lee said.\n"},
}

// TestSameOutputEveryRun extracts the same made-up articles many times in
// one process, one by one in rotating orders, as a batch and from several
// goroutines, and wants the same JSON bytes each time: no map's order, no
// scratch space left by an earlier article and no scheduling may change a
// result.
func TestSameOutputEveryRun(t *testing.T) {
	ex := newTestExtractor(t)
	ctx := context.Background()
	encode := func(a model.Article, res model.Result, err error) []byte {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	want := make([][]byte, len(sameRunArticles))
	for i, a := range sameRunArticles {
		res, err := ex.Extract(ctx, a)
		want[i] = encode(a, res, err)
	}
	check := func(how string, i int, got []byte) bool {
		t.Helper()
		if d := firstDifference(got, want[i]); d != "" {
			t.Errorf("%s, %s: output differs from the first run's: %s", how, sameRunArticles[i].ID, d)
			return false
		}
		return true
	}
	n := len(sameRunArticles)
	for round := range 20 {
		for k := range n {
			i := (k + round) % n // from a new start each round,
			if round%2 == 1 {
				i = n - 1 - i // backwards every other round
			}
			res, err := ex.Extract(ctx, sameRunArticles[i])
			if !check("one by one", i, encode(sameRunArticles[i], res, err)) {
				return
			}
		}
		results, errs := ex.ExtractBatch(ctx, sameRunArticles)
		for i := range results {
			if !check("batch", i, encode(sameRunArticles[i], results[i], errs[i])) {
				return
			}
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 5 * n {
				i := (k + g) % n
				res, err := ex.Extract(ctx, sameRunArticles[i])
				if err != nil {
					t.Errorf("%s: %v", sameRunArticles[i].ID, err)
					return
				}
				if got, _ := json.Marshal(res); !check("concurrent", i, got) {
					return
				}
			}
		})
	}
	wg.Wait()
}

// firstDifference describes where got first differs from want, or "".
func firstDifference(got, want []byte) string {
	if bytes.Equal(got, want) {
		return ""
	}
	k := 0
	for k < len(got) && k < len(want) && got[k] == want[k] {
		k++
	}
	around := func(b []byte) string { return string(b[max(0, k-80):min(len(b), k+80)]) }
	return fmt.Sprintf("at byte %d\n%s\nwant\n%s", k, around(got), around(want))
}
