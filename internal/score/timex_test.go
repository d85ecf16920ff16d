package score

import (
	"math"
	"testing"
)

func TestTimexCounts(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []Timex
		want       TimexScores
	}{
		{
			name: "exact",
			gold: []Timex{{0, 5, "DATE", "2025"}},
			pred: []Timex{{0, 5, "DATE", "2025"}},
			want: TimexScores{100, 100, 100, 100, 100, 100, 100, 100, 1, 1},
		},
		{
			name: "overlap counts relaxed only",
			gold: []Timex{{0, 10, "DATE", "2025-07"}},
			pred: []Timex{{3, 10, "DATE", "2025-07"}},
			want: TimexScores{0, 0, 0, 100, 100, 100, 100, 100, 1, 1},
		},
		{
			name: "wrong value and type",
			gold: []Timex{{0, 4, "DURATION", "P1W"}},
			pred: []Timex{{0, 4, "DATE", "2025-W33"}},
			want: TimexScores{100, 100, 100, 100, 100, 100, 0, 0, 1, 1},
		},
		{
			name: "one to one",
			gold: []Timex{{0, 10, "DATE", "A"}},
			pred: []Timex{{0, 4, "DATE", "A"}, {5, 10, "DATE", "A"}},
			want: TimexScores{0, 0, 0, 50, 100, 100 * 2.0 / 3, 100 * 2.0 / 3, 100, 1, 2},
		},
		{
			name: "miss and false alarm",
			gold: []Timex{{0, 4, "DATE", "A"}, {10, 14, "DATE", "B"}},
			pred: []Timex{{0, 4, "DATE", "A"}, {20, 24, "DATE", "C"}},
			want: TimexScores{50, 50, 50, 50, 50, 50, 50, 100, 2, 2},
		},
		{
			name: "empty",
			want: TimexScores{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c TimexCounts
			c.Add(tt.gold, tt.pred)
			got := c.Scores()
			g := []float64{got.StrictP, got.StrictR, got.StrictF1, got.RelaxedP, got.RelaxedR, got.RelaxedF1, got.ValueF1, got.TypeAcc}
			w := []float64{tt.want.StrictP, tt.want.StrictR, tt.want.StrictF1, tt.want.RelaxedP, tt.want.RelaxedR, tt.want.RelaxedF1, tt.want.ValueF1, tt.want.TypeAcc}
			for i := range g {
				if math.Abs(g[i]-w[i]) > 1e-9 {
					t.Fatalf("got %+v, want %+v", got, tt.want)
				}
			}
			if got.Gold != tt.want.Gold || got.Pred != tt.want.Pred {
				t.Fatalf("counts: got %d/%d, want %d/%d", got.Gold, got.Pred, tt.want.Gold, tt.want.Pred)
			}
		})
	}
}

func TestTimexCountsAccumulate(t *testing.T) {
	var c TimexCounts
	c.Add([]Timex{{0, 4, "DATE", "A"}}, []Timex{{0, 4, "DATE", "A"}})
	c.Add([]Timex{{0, 4, "DATE", "B"}}, nil)
	s := c.Scores()
	if s.Gold != 2 || s.Pred != 1 || s.StrictP != 100 || s.StrictR != 50 {
		t.Fatalf("got %+v", s)
	}
}
