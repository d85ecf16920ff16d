package text

import "testing"

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
		checkTokens(t, a, tc.sentence, tc.want)
	}
}
