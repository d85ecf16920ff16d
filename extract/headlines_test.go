package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/model"
)

func TestIsHeadline(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Hamas Negotiators Agree to Hostage Deal", true},
		{"FLOODS HIT DHAKA AS RIVERS RISE", true},
		{"Quorble Shipping agrees to buy Fenwick Ferries", false}, // "agrees" in lower case
		{"Quellmark Unveils New eReader", true},                   // a word written with an inner capital
		{"Quellmark unveils new eReader", false},
		{"Talks Resume in Vienna.", false}, // a sentence
		{"By Jane Roe", false},             // too short
		{"", false},
	} {
		if got := e.isHeadline(tc.line); got != tc.want {
			t.Errorf("isHeadline(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestHeadlineMentions checks that a title-case headline's words become
// names only where the body or the gazetteers vouch for them.
func TestHeadlineMentions(t *testing.T) {
	e := newTestExtractor(t)
	const article = "Hamas Negotiators Agree to Hostage Deal\n\nDOHA, Jan 15 - Hamas accepted a draft deal on Wednesday, officials said.\n"
	res, err := e.Extract(context.Background(), model.Article{Text: article})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		kind, name string
		want       bool
	}{
		{"organization", "Hamas Negotiators Agree", false},
		{"place", "Hostage Deal", false},
		{"place", "Doha", true},
	} {
		if got := slices.Contains(recordNames(res, tc.kind), tc.name); got != tc.want {
			t.Errorf("%s %q present = %v, want %v (got %q)", tc.kind, tc.name, got, tc.want, recordNames(res, tc.kind))
		}
	}
	// The headline's "Hamas" joins the body's record.
	for _, o := range res.Organizations {
		if o.Name == "Hamas" && len(o.Mentions) == 2 {
			return
		}
	}
	t.Errorf("no organization Hamas with the headline's and the body's mentions: %+v", res.Organizations)
}
