package nertrain

import (
	"context"
	"testing"

	"github.com/newsextract/newsextract/internal/score"
	"github.com/newsextract/newsextract/internal/testcorpus"
)

// TestRecognizerConllppDev scores the shipped recognizer on CoNLL++ dev,
// Reuters news of 2020 with CoNLL-2003 labels: a development set the model
// never saw (it is trained on CoNLL-2003 train and dev). The floors sit
// about one point under the measured figures (ALL 82.59, PER 85.88, LOC
// 89.60, ORG 78.29, MISC 73.41 with the model of sha256 925dd864..., whose weights b5ab2e37... keeps), so a
// change that costs more than that fails here.
func TestRecognizerConllppDev(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: scores a development set")
	}
	path := testcorpus.Gold(t, "conllpp/conllpp-dev.jsonl")
	s, err := Evaluate(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("CoNLL++ dev:\n%s", FormatScores(s))
	floors := map[string]float64{score.AllLabels: 81.6, "PER": 84.9, "LOC": 88.6, "ORG": 77.3, "MISC": 72.4}
	for label, floor := range floors {
		if f := s[label].F1; f < floor {
			t.Errorf("%s F1 = %.2f, want ≥ %.1f", label, f, floor)
		}
	}
}
