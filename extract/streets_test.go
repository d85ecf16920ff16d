package extract

import (
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
)

// TestAfterBlockOf makes a name after a numbered "block of" a place.
func TestAfterBlockOf(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text, mention string
		want                bool
	}{
		{"a house number and block", "Police were called to the 400 block of Quorble on Monday.", "Quorble", true},
		{"number and block as one word", "A car was hit in the 400-block of N. Quorble Drive.", "N. Quorble Drive", true},
		{"no number", "He bought a block of Quorble shares.", "Quorble", false},
		{"a block of a company", "A 10 percent block of Quorble went on sale.", "Quorble", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			m := personMention(t, doc, tc.mention)
			m.Label = ner.LabelMISC
			if got := afterBlockOf(doc, m); got != tc.want {
				t.Errorf("%q in %q a place: %v, want %v", tc.mention, tc.text, got, tc.want)
			}
		})
	}
}

// TestOrdinalStreets makes an ordinal and a street word a place, added or
// relabeled, and leaves other ordinals alone.
func TestOrdinalStreets(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text, street string
		label              string // the street's mention given to the rule, "" for none
		want               bool
	}{
		{"a numbered street, added", "All three were arrested on 14th St. on Monday.", "14th St.", "", true},
		{"an avenue in words, relabeled", "Shops on Fifth Avenue closed early.", "Fifth Avenue", ner.LabelORG, true},
		{"a lower-case street word", "The renaming of Third street was approved.", "Third street", "", true},
		{"with a compass word", "It is located at 2700 North Fourth Street in Quorby.", "North Fourth Street", "", true},
		{"an ordinal alone", "He finished 14th in the race.", "14th in", "", false},
		{"a lower-case ordinal", "Take the third street on the left.", "third street", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			var ms []ner.Mention
			if tc.label != "" {
				m := personMention(t, doc, tc.street)
				m.Label = tc.label
				ms = append(ms, m)
			}
			got := false
			for _, m := range ordinalStreets(doc, ms) {
				got = got || m.Label == ner.LabelLOC && doc.Text[m.Start:m.End] == tc.street
			}
			if got != tc.want {
				t.Errorf("%q in %q a place: %v, want %v", tc.street, tc.text, got, tc.want)
			}
		})
	}
}

// TestIsOrdinalStreet checks that the byte prefilter turns away no word the
// regular expression takes, and no more than it.
func TestIsOrdinalStreet(t *testing.T) {
	for _, w := range []string{
		"1st", "2nd", "3rd", "4th", "11th", "21st", "101st", "999th", "1000th", "0th", "14", "14TH",
		"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
		"Eleventh", "Twelfth", "Thirteenth", "first", "Fir", "St", "Street", "North", "É1st", "",
	} {
		if got, want := isOrdinalStreet(w), ordinalStreet().MatchString(w); got != want {
			t.Errorf("isOrdinalStreet(%q) = %v, the expression says %v", w, got, want)
		}
	}
}
