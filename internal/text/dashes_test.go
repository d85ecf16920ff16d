package text

import (
	"strings"
	"testing"
)

// TestSplitDashes checks which dashes written without spaces split a token.
func TestSplitDashes(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sentence string
		want     string // the tokens, joined by "|"
	}{
		{"KYIV—Officials spoke.", "KYIV|—|Officials|spoke|."},
		{"The deal—signed in Oslo—held.", "The|deal|—|signed|in|Oslo|—|held|."},
		{"The Oslo–Bergen line reopened.", "The|Oslo|–|Bergen|line|reopened|."},
		{"The U.S.–China talks resumed.", "The|U.S.|–|China|talks|resumed|."},
		{"Sales rose in 1990–2000 again.", "Sales|rose|in|1990–2000|again|."}, // a range stays whole
		{"He paused — then left.", "He|paused|—|then|left|."},                 // spaced dashes were tokens already
		{"Prices rose—", "Prices|rose|—"},
	} {
		doc := a.Analyze(tc.sentence)
		var got []string
		for _, tok := range doc.Tokens {
			got = append(got, tok.Text)
			if tc.sentence[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q at %d:%d is %q in the text", tc.sentence, tok.Text, tok.Start, tok.End, tc.sentence[tok.Start:tok.End])
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: tokens %s, want %s", tc.sentence, strings.Join(got, "|"), tc.want)
		}
	}
}
