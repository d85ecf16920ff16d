package geo

import (
	"testing"

	"github.com/newsextract/newsextract/model"
)

func TestNamedAlone(t *testing.T) {
	r := newResolver(t)
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
		// a word that ends in a full stop ends a sentence, unless it is an
		// abbreviation that opens names
		{"They flew to Texas. Quorby's team won.", "Quorby", true},
		{"Rain fell on Monday. Quorby stayed dry.", "Quorby", true},
		{"The vote was close in Ala. Quorby counted last.", "Quorby", true},
		{"pilgrims to St. Quorby", "Quorby", false},
		{"climbers on Mt. Quorby", "Quorby", false},
		{"a visit to Ft. Quorby", "Quorby", false},
		{"said Dr. Quorby", "Quorby", false},
	} {
		if got := r.namedAlone(tc.text, tc.name); got != tc.want {
			t.Errorf("namedAlone(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestNamedAloneTakesContext: a place with no mention of its own whose
// whole name a misc or organization record bears and the text gives alone
// (a misc "Cambridge" in "the Cambridge students") is placed by the
// article's context, like a mention; an organization's short form ("the
// Oxford team" of "Oxford University") names no place alone.
func TestNamedAloneTakesContext(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		text, region, name string
		records            []string
		country            string
		rule               model.ResolutionRule
	}{
		{"The Cambridge students marched to the Texas capitol.", "Texas", "Cambridge", []string{"Cambridge"}, "US", model.RuleContext},
		// trap: the record is "Oxford University", "Oxford" its short form
		{"Oxford University scientists joined a study in California. The Oxford team said the vaccine worked.", "California", "Oxford", []string{"Oxford University"}, "GB", model.RulePopulation},
	} {
		places := append(placesOf(tc.text, tc.region+"/region"), model.Place{Name: tc.name, Type: model.PlaceCity, Mentions: []model.Span{}})
		records := map[string]bool{}
		for _, n := range tc.records {
			records[n] = true
		}
		r.Resolve(tc.text, places, nil, "", records)
		if p := places[1]; p.CountryCode != tc.country || p.Resolution == nil || p.Resolution.Rule != tc.rule {
			t.Errorf("%q: got %s in %q by %+v, want %s by %s", tc.text, p.Name, p.CountryCode, p.Resolution, tc.country, tc.rule)
		}
	}
}
