package extract

import (
	"slices"
	"testing"
)

// TestFormalCountryNames: a country's formal name that the recognizer cut
// short or split becomes one place mention; other runs are left alone.
func TestFormalCountryNames(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text   string
		names  []string // the recognizer's mentions, in text order
		labels []string
		want   []string // after the rule, "label:text"
	}{
		{"Talks with the Democratic People's Republic of Korea resumed.", []string{"Democratic", "People", "Republic of Korea"}, []string{"MISC", "ORG", "LOC"},
			[]string{"LOC:Democratic People's Republic of Korea"}},
		{"Talks with the Democratic People’s Republic of Korea resumed.", []string{"Democratic", "People", "Republic of Korea"}, []string{"MISC", "ORG", "LOC"},
			[]string{"LOC:Democratic People’s Republic of Korea"}}, // a typographic apostrophe
		{"An envoy of the Republic of Armenia spoke.", []string{"Republic", "Armenia"}, []string{"MISC", "LOC"}, []string{"LOC:Republic of Armenia"}},
		{"The Federal Republic of Germany voted.", []string{"Republic of Germany"}, []string{"LOC"}, []string{"LOC:Federal Republic of Germany"}},
		{"Troops of the Democratic Republic of the Congo moved.", []string{"Republic of the Congo"}, []string{"LOC"}, []string{"LOC:Democratic Republic of the Congo"}},
		// traps
		{"The Republic of Korea and Japan met.", []string{"Republic of Korea", "Japan"}, []string{"LOC", "LOC"}, []string{"LOC:Republic of Korea", "LOC:Japan"}}, // already whole
		{"The Bank of Japan raised rates.", []string{"Bank of Japan"}, []string{"ORG"}, []string{"ORG:Bank of Japan"}},                                           // no state word
		{"The University of Georgia won.", []string{"University", "Georgia"}, []string{"ORG", "LOC"}, []string{"ORG:University", "LOC:Georgia"}},                 // no state word
		{"The State of Texas sued.", []string{"State", "Texas"}, []string{"ORG", "LOC"}, []string{"ORG:State", "LOC:Texas"}},
		{"The State of Georgia sued.", []string{"State", "Georgia"}, []string{"ORG", "LOC"}, []string{"ORG:State", "LOC:Georgia"}},                                              // the US state                                                    // no country
		{"The Republic of Armenia Street is long.", []string{"Republic of Armenia Street"}, []string{"LOC"}, []string{"LOC:Republic of Armenia Street"}},                        // a longer name holds it
		{"A Korean Republic of Korea Navy ship.", []string{"Korean", "Republic of Korea Navy"}, []string{"MISC", "ORG"}, []string{"MISC:Korean", "ORG:Republic of Korea Navy"}}, // would cut a mention
	} {
		doc := e.analyzer.Analyze(tc.text)
		ms := labeledRuns(t, doc, tc.names, tc.labels)
		var got []string
		for _, m := range e.formalCountryNames(doc, ms) {
			got = append(got, m.Label+":"+mentionText(doc, m))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
