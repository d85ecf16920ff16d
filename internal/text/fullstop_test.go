package text

import (
	"strings"
	"testing"
)

// TestSplitFinalStop checks which sentence-final words give their full stop
// back: short capitalized words that are no abbreviation, and only at the
// sentence's end.
func TestSplitFinalStop(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sentence string
		want     string // the tokens, joined by "|"
	}{
		{"Ships crossed the Red Sea.", "Ships|crossed|the|Red|Sea|."},
		{"The award went to Ali.", "The|award|went|to|Ali|."},
		{"He works for Quorble Inc.", "He|works|for|Quorble|Inc."}, // a company form keeps its stop
		{"They met in Harrisburg, Pa.", "They|met|in|Harrisburg|,|Pa."},
		{"He flew to Paris.", "He|flew|to|Paris|."},                                    // prose splits longer words itself
		{"She met Mr. Quist.", "She|met|Mr.|Quist|."},                                  // inside the sentence prose's rule stays
		{"The deal was signed by Quorble Sdn.", "The|deal|was|signed|by|Quorble|Sdn."}, // a listed company form
		{"It was in the sea.", "It|was|in|the|sea|."},                                  // lower case: prose splits it
		{"The score was 3-1 at the end of Act.", "The|score|was|3-1|at|the|end|of|Act|."},
	} {
		checkTokens(t, a, tc.sentence, tc.want)
	}
}

// checkTokens fails unless the analyzer's tokens of sentence, joined by
// "|", are want, and each token's offsets hold its text.
func checkTokens(t *testing.T, a *Analyzer, sentence, want string) {
	t.Helper()
	doc := a.Analyze(sentence)
	var got []string
	for _, tok := range doc.Tokens {
		got = append(got, tok.Text)
		if sentence[tok.Start:tok.End()] != tok.Text {
			t.Errorf("%q: token %q at %d:%d is %q in the text", sentence, tok.Text, tok.Start, tok.End(), sentence[tok.Start:tok.End()])
		}
	}
	if strings.Join(got, "|") != want {
		t.Errorf("%q: tokens %s, want %s", sentence, strings.Join(got, "|"), want)
	}
}
