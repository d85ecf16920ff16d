package text

import (
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/testcorpus"
)

// TestAnalyzeLinear checks that analyzing takes linear time on the shapes
// of text without spaces that made prose's tokenizer quadratic (16 KB of
// dots took 23 s), and on long lines, digits and dates.
func TestAnalyzeLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times analyzing made-up texts of up to 100 KB")
	}
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	repeat := func(s string) func(n int) string {
		return func(n int) string { return strings.Repeat(s, n/len(s)) }
	}
	for _, tt := range []struct {
		name  string
		input func(n int) string
	}{
		{"brackets", func(n int) string { return strings.Repeat("(", n/2) + "word" + strings.Repeat(")", n/2) }},
		{"dots", repeat(".")},
		{"dollars", repeat("$")},
		{"commas", repeat(",")},
		{"quotes", repeat(`"`)},
		{"bangs", repeat("!")},
		{"curly quotes", repeat("“”’")},
		{"initials", func(n int) string { return strings.Repeat("a.", n/4) + "x" + strings.Repeat(")", n/2) }},
		{"contractions", repeat("don't'll")},
		{"no spaces", repeat("abcdefghij")},
		{"digits", repeat("1234567890")},
		{"dates", repeat("2020-05-12")},
		{"initials and spaces", repeat("a. ")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			testcorpus.Linear(t, 25_000, tt.input, func(s string) { a.Analyze(s) }, 5*time.Second)
		})
	}
}
