package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/text"
)

// timexTools returns the shared analyzer and a time tagger, or stops the
// test.
func timexTools(tb testing.TB) (*text.Analyzer, *Tagger) {
	tb.Helper()
	a, err := text.Load()
	if err != nil {
		tb.Fatal(err)
	}
	tg, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return a, tg
}

// tagString tags text against ref and renders every timex as
// "text|TYPE|VALUE|MOD".
func tagString(t *testing.T, text string, ref time.Time) []string {
	t.Helper()
	a, tt := timexTools(t)
	var out []string
	for _, d := range tt.Tag(a.Analyze(text), ref) {
		if text[d.Start:d.End] != d.Text {
			t.Fatalf("span %d-%d is %q, Text %q", d.Start, d.End, text[d.Start:d.End], d.Text)
		}
		out = append(out, d.Text+"|"+string(d.Type)+"|"+d.Value+"|"+string(d.Mod))
	}
	return out
}

var timexRef = time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC) // a Wednesday

// fixture is one row of a rule family's table: text, tagged against
// timexRef, gives want, each timex rendered "text|TYPE|VALUE|MOD".
type fixture struct {
	name, text string
	want       []string
}

// applyFixtures runs a family's table, one subtest per row.
func applyFixtures(t *testing.T, fixtures []fixture) {
	t.Helper()
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			got := tagString(t, f.text, timexRef)
			if strings.Join(got, "\n") != strings.Join(f.want, "\n") {
				t.Errorf("%q\n got: %q\nwant: %q", f.text, got, f.want)
			}
		})
	}
}

func TestTimexNoRef(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The ceasefire was agreed on 24 May.", []string{"24 May|DATE|XXXX-05-24|"}},
		{"They met on Tuesday.", []string{"Tuesday|DATE|XXXX-WXX-2|"}},
		{"It was signed on May 24, 2025.", []string{"May 24, 2025|DATE|2025-05-24|"}},
		{"Officials met last week.", []string{"last week|DATE|XXXX-WXX|"}},
		{"The meeting lasted four hours.", []string{"four hours|DURATION|PT4H|"}},
	}
	a, tg := timexTools(t)
	for _, tt := range tests {
		got := tagString(t, tt.text, time.Time{})
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
		for _, d := range tg.Tag(a.Analyze(tt.text), time.Time{}) {
			wantResolved := !strings.Contains(d.Value, "X")
			if d.Resolved != wantResolved {
				t.Errorf("%q: Resolved=%v for %s", d.Text, d.Resolved, d.Value)
			}
		}
	}
}

func TestTimexEmpty(t *testing.T) {
	tg, _ := New()
	if got := tg.Tag(nil, timexRef); got != nil {
		t.Errorf("nil doc: %v", got)
	}
	if got := tg.Tag(&text.Document{}, timexRef); got != nil {
		t.Errorf("empty doc: %v", got)
	}
}

func TestTimexAnchorHelpers(t *testing.T) {
	if got := easter(2025); !got.Equal(day(2025, 4, 20)) {
		t.Errorf("easter 2025 = %v", got)
	}
	if got := nthWeekday(2025, 11, time.Thursday, 4); !got.Equal(day(2025, 11, 27)) {
		t.Errorf("thanksgiving 2025 = %v", got)
	}
	for _, tc := range []struct {
		n     float64
		vague bool
		u     string
		want  string
	}{
		{4, false, "H", "PT4H"}, {3, false, "D", "P3D"}, {2.5, false, "Y", "P2Y6M"},
		{1.5, false, "H", "PT1H30M"}, {0.5, false, "H", "PT30M"}, {2, false, "DE", "P20Y"},
		{0, true, "Y", "PXY"}, {0, true, "H", "PTXH"}, {3, false, "Q", "P9M"},
	} {
		if got := durValue(tc.n, tc.vague, tc.u); got != tc.want {
			t.Errorf("durValue(%v, %v, %s) = %s, want %s", tc.n, tc.vague, tc.u, got, tc.want)
		}
	}
}

// BenchmarkTimexTag measures tagging a 2.7 KB news article (the text.Document
// is built once outside the loop: analysis is another stage's cost).
func BenchmarkTimexTag(b *testing.B) {
	para := "WASHINGTON, Aug 20 (Reuters) - Foreign ministers met on Tuesday in Paris for talks that lasted four hours, " +
		"the first such meeting since the 1974 truce accord. Officials said the talks would resume next week " +
		"and that a deal could be signed by late September. The two sides last met two years ago, and relations have " +
		"worsened over the past decade, with 1,500 troops deployed along the border since May 24, 2025. "
	text := strings.Repeat(para, 2700/len(para)+1)[:2700]
	a, tg := timexTools(b)
	doc := a.Analyze(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		tg.Tag(doc, timexRef)
	}
}
