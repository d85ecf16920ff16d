package score

import (
	"math"
	"testing"
)

func TestEntityCountsScores(t *testing.T) {
	var c EntityCounts
	gold := []Entity{{0, 2, "PER"}, {5, 6, "LOC"}, {8, 10, "ORG"}}
	pred := []Entity{{0, 2, "PER"}, {5, 6, "ORG"}, {8, 9, "ORG"}}
	c.Add(gold, pred)
	c.Add([]Entity{{1, 3, "MISC"}}, []Entity{{1, 3, "MISC"}})
	s := c.Scores()
	tests := []struct {
		label      string
		tp, fp, fn int
		f1         float64
	}{
		{"PER", 1, 0, 0, 100},
		{"LOC", 0, 0, 1, 0},
		{"ORG", 0, 2, 1, 0},
		{"MISC", 1, 0, 0, 100},
		{AllLabels, 2, 2, 2, 50},
	}
	for _, tt := range tests {
		got := s[tt.label]
		if got.TP != tt.tp || got.FP != tt.fp || got.FN != tt.fn || math.Abs(got.F1-tt.f1) > 1e-9 {
			t.Errorf("%s: got %+v, want tp=%d fp=%d fn=%d f1=%v", tt.label, got, tt.tp, tt.fp, tt.fn, tt.f1)
		}
	}
}

func TestEntityCountsEmpty(t *testing.T) {
	var c EntityCounts
	c.Add(nil, nil)
	if got := c.Scores()[AllLabels]; got != (PRF{}) {
		t.Errorf("empty: got %+v", got)
	}
}

func TestEntityCountsDuplicates(t *testing.T) {
	var c EntityCounts
	c.Add([]Entity{{0, 1, "PER"}}, []Entity{{0, 1, "PER"}, {0, 1, "PER"}})
	got := c.Scores()[AllLabels]
	if got.TP != 1 || got.FP != 1 || got.FN != 0 {
		t.Errorf("duplicates: got %+v", got)
	}
}
