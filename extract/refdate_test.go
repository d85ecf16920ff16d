package extract

import (
	"context"
	"errors"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestReferenceDateOrder covers which date an article is read against:
// its own (RefDate), else its dateline, else the fallback.
func TestReferenceDateOrder(t *testing.T) {
	ex := newTestExtractor(t)
	const dated = "LONDON, May 18, 2024 (Reuters) - Talks ended on Saturday night."
	const yearless = "LONDON, Aug 20 (Reuters) - Talks ended on Saturday night."
	const undated = "Talks ended on Saturday night."
	tests := []struct {
		name string
		art  model.Article
		want string // value/from, "" for null
	}{
		{"own date beats the dateline", model.Article{Text: dated, RefDate: "2025-01-02", RefDateFrom: model.RefFromPage, RefDateMeta: "datePublished"}, "2025-01-02/page"},
		{"dateline beats the fallback", model.Article{Text: dated, FallbackRefDate: "2025-01-02"}, "2024-05-18/dateline"},
		{"fallback when nothing else", model.Article{Text: undated, FallbackRefDate: "2025-01-02"}, "2025-01-02/flag"},
		{"none", model.Article{Text: undated}, ""},
		{"yearless dateline, year of the own date", model.Article{Text: yearless, RefDate: "2023-08-21", RefDateFrom: model.RefFromInput}, "2023-08-21/input"},
		{"yearless dateline, year of the fallback", model.Article{Text: yearless, FallbackRefDate: "2022-08-25"}, "2022-08-20/dateline"},
		{"yearless dateline, no year anywhere", model.Article{Text: yearless}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ex.Extract(context.Background(), tt.art)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if res.RefDate != nil {
				got = res.RefDate.Value + "/" + string(res.RefDate.From)
				if res.RefDate.From == model.RefFromPage && res.RefDate.Meta != "datePublished" {
					t.Errorf("meta %q, want datePublished", res.RefDate.Meta)
				}
			}
			if got != tt.want {
				t.Errorf("ref_date %s, want %s", got, tt.want)
			}
		})
	}
	if _, err := ex.Extract(context.Background(), model.Article{Text: undated, FallbackRefDate: "2025-02-30"}); !errors.Is(err, ErrRefDate) {
		t.Errorf("bad fallback: error = %v, want ErrRefDate", err)
	}
}

// TestDatelineNamesAreNoParties checks that the city and agency of a wire
// dateline, below a headline, byline and timestamp or at the top, are
// neither people nor parties, with or without a year.
func TestDatelineNamesAreNoParties(t *testing.T) {
	ex := newTestExtractor(t)
	const body = "WASHINGTON, Aug 20 (Reuters) - The United States and Mexico agreed on Tuesday to extend a water-sharing treaty, officials said.\n"
	for _, text := range []string{
		body,
		"Water deal extended\nBy Jane Roe\nAugust 20, 2025 10:30 AM EDT\n\n" + body,
	} {
		res, err := ex.Extract(context.Background(), model.Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range res.People {
			if p.Name == "Reuters" || p.Name == "Washington" || p.Name == "WASHINGTON" {
				t.Errorf("%q is a person in %q", p.Name, text)
			}
		}
		if len(res.Agreements) != 1 {
			t.Fatalf("agreements %+v, want one", res.Agreements)
		}
		for _, p := range res.Agreements[0].Parties {
			if p.Name == "Reuters" || p.Name == "Washington" {
				t.Errorf("%q is a party in %q", p.Name, text)
			}
		}
	}
}
