package cmd

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"testing"

	"github.com/newsextract/newsextract/internal/testcorpus"
)

// TestEvalDevelopmentFloors runs `newsextract eval`, the whole output path
// with every assembly rule, on development sets the shipped model never
// saw, and fails when a figure falls more than about a point under the one
// measured (and reported in the README).
func TestEvalDevelopmentFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: extracts a development set")
	}
	tests := []struct {
		gold  string
		row   *regexp.Regexp // the figure is the row's first submatch
		floor float64        // measured 80.83
	}{
		{"conllpp/conllpp-dev.jsonl", regexp.MustCompile(`(?m)^\s*ALL\s+\S+\s+\S+\s+(\S+)`), 79.8},
	}
	for _, tt := range tests {
		t.Run(tt.gold, func(t *testing.T) {
			path := testcorpus.Gold(t, tt.gold)
			var out, errOut bytes.Buffer
			if code := Execute(context.Background(), []string{"eval", path}, nil, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			m := tt.row.FindStringSubmatch(out.String())
			if m == nil {
				t.Fatalf("no score row in:\n%s", out.String())
			}
			got, err := strconv.ParseFloat(m[1], 64)
			if err != nil || got < tt.floor {
				t.Errorf("%s: %s, want ≥ %.1f", tt.gold, m[1], tt.floor)
			}
		})
	}
}
