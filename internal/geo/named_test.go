package geo

import (
	"testing"

	"github.com/newsextract/newsextract/model"
)

func TestNamedAlone(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"the Quorby students marched", "Quorby", true},
		{"a shooting in Quorby, Texas, last week", "Quorby", true},
		{"Quorby's mayor spoke", "Quorby", true},
		{"In Quorby the vote was close.", "Quorby", true},
		{"The Quorby fans sang.", "Quorby", true},
		{"a Quorby-based firm", "Quorby", true},
		{"Quorby", "Quorby", true},
		// traps: the name only inside a longer one
		{"data firm Quorby Analytica said", "Quorby", false},
		{"the Quorby Commission ruled", "Quorby", false},
		{"students at the University of Quorby", "Quorby", false},
		{"fans of Greater Quorby cheered", "Quorby", false},
		{"the Quorby-Smith report", "Quorby", false},
		{"Quorbyville and Lower Quorbys", "Quorby", false},
		{"nothing here", "Quorby", false},
		{"the Quorby Analytica case and then in Quorby, Texas", "Quorby", true},
	} {
		if got := namedAlone(tc.text, tc.name); got != tc.want {
			t.Errorf("namedAlone(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestNamedAloneTakesContext: a place with no mention of its own whose
// whole name the text gives (a misc "Cambridge" in "the Cambridge
// students") is placed by the article's context, like a mention.
func TestNamedAloneTakesContext(t *testing.T) {
	r := newResolver(t)
	text := "The Cambridge students marched to the Texas capitol."
	places := append(placesOf(text, "Texas/region"), model.Place{Name: "Cambridge", Type: model.PlaceCity, Mentions: []model.Span{}})
	r.Resolve(text, places, nil, "")
	if p := places[1]; p.CountryCode != "US" || p.Resolution == nil || p.Resolution.Rule != model.RuleContext {
		t.Errorf("got %s in %q by %+v, want a US Cambridge by context", p.Name, p.CountryCode, p.Resolution)
	}
}
