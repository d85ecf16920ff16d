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
	type figure struct {
		name  string
		row   *regexp.Regexp // the figure is the row's first submatch
		floor float64        // about a point under the measured figure
		most  bool           // floor is a ceiling: at most this many
	}
	rx := regexp.MustCompile
	tests := []struct {
		gold    string
		figures []figure
	}{
		{"conllpp/conllpp-dev.jsonl", []figure{
			{"entities F1 (87.87)", rx(`(?m)^\s*ALL\s+\S+\s+\S+\s+(\S+)`), 86.8, false},
			{"names both person and organization (0)", rx(`(?m)^\s*names both person and organization\s+(\d+)`), 0, true},
		}},
		// The shipped model trained on CoNLL-2003 dev, so this floor only
		// guards the assembly rules: it sits close under the figure.
		{"conll2003/conll2003-dev.jsonl", []figure{
			{"entities F1 (99.64)", rx(`(?m)^\s*ALL\s+\S+\s+\S+\s+(\S+)`), 99.5, false},
			{"names both person and organization (0)", rx(`(?m)^\s*names both person and organization\s+(\d+)`), 0, true},
		}},
		{"events/events-dev.jsonl", []figure{
			{"agreements F1 (81.20)", rx(`(?m)^\s*agreements\s+\S+\s+\S+\s+(\S+)`), 80.2, false},
			{"meetings F1 (92.68)", rx(`(?m)^\s*meetings\s+\S+\s+\S+\s+(\S+)`), 91.7, false},
			{"agreement status (92.63)", rx(`(?m)^\s*status\s+(\S+)`), 91.6, false},
			{"agreement type (86.32)", rx(`(?m)^\s*type strict\s+(\S+)`), 85.3, false},
			{"parties recall (76.29)", rx(`(?m)^\s*parties / participants recall\s+(\S+)`), 75.3, false},
			{"parties precision (82.45)", rx(`(?m)^\s*parties / participants precision\s+(\S+)`), 81.2, false},
			{"participants recall (72.13)", rx(`(?m)^\s*parties / participants recall\s+\S+ \(\S+\)\s+(\S+)`), 71.1, false},
			{"meeting place (84.38)", rx(`(?m)^\s*place\s+-\s+(\S+)`), 83.4, false},
			{"meeting date (84.21)", rx(`(?m)^\s*date_text\s+-\s+(\S+)`), 83.2, false},
			{"records in trap articles (2)", rx(`(?m)^\s*records in trap documents\s+(\d+) in`), 2, true},
		}},
		{"geo/gwn.jsonl", []figure{
			{"literal F1 (88.42)", rx(`(?m)^\s*literal\s+\S+\s+\S+\s+(\S+)`), 87.4, false},
			{"all F1 (91.14)", rx(`(?m)^\s*all\s+\S+\s+\S+\s+(\S+)`), 90.1, false},
			{"literal recognized within 161 km (84.94)", rx(`(?m)^\s*literal recognized\s+\d+\s+(\S+)`), 83.2, false},
			{"literal recognized exact id (80.12)", rx(`(?m)^\s*literal recognized(?:\s+\S+){6}\s+(\S+)`), 79.1, false},
			{"all recognized within 161 km (89.05)", rx(`(?m)^\s*all recognized\s+\d+\s+(\S+)`), 87.5, false},
			{"all with coordinates within 161 km (79.15)", rx(`(?m)^\s*all with coordinates\s+\d+\s+(\S+)`), 77.7, false},
			{"literal with coordinates within 161 km (74.84)", rx(`(?m)^\s*literal with coordinates\s+\d+\s+(\S+)`), 73.2, false},
			{"all recognized exact id (85.14)", rx(`(?m)^\s*all recognized(?:\s+\S+){6}\s+(\S+)`), 84.1, false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.gold, func(t *testing.T) {
			path := testcorpus.Gold(t, tt.gold)
			var out, errOut bytes.Buffer
			if code := Execute(context.Background(), []string{"eval", path}, nil, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			for _, f := range tt.figures {
				m := f.row.FindStringSubmatch(out.String())
				if m == nil {
					t.Fatalf("%s: no row in:\n%s", f.name, out.String())
				}
				got, err := strconv.ParseFloat(m[1], 64)
				switch {
				case err != nil:
					t.Errorf("%s: %q is no number", f.name, m[1])
				case f.most && got > f.floor:
					t.Errorf("%s: %s, want at most %.0f", f.name, m[1], f.floor)
				case !f.most && got < f.floor:
					t.Errorf("%s: %s, want ≥ %.1f", f.name, m[1], f.floor)
				}
			}
		})
	}
}
