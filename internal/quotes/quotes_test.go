package quotes

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/text"
)

// render writes a quote as "kind|speaker|cue|part+part" for table tests.
func render(doc *text.Document, q Quote) string {
	var parts []string
	for _, p := range q.Parts {
		parts = append(parts, doc.Text[p.Start:p.End])
	}
	return string(q.Kind) + "|" + doc.Text[q.Speaker.Start:q.Speaker.End] + "|" + doc.Text[q.Cue.Start:q.Cue.End] + "|" + strings.Join(parts, "+")
}

// newTestReader loads the analyzer and a Finder.
func newTestReader(t *testing.T) (*text.Analyzer, *Finder) {
	t.Helper()
	a, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return a, f
}

// findAll runs Find over text and renders every quote.
func findAll(t *testing.T, src string) []string {
	t.Helper()
	a, f := newTestReader(t)
	doc := a.Analyze(src)
	var out []string
	for _, q := range f.Find(doc) {
		out = append(out, render(doc, q))
	}
	return out
}

// check compares rendered quotes with want.
func check(t *testing.T, src string, want []string) {
	t.Helper()
	got := findAll(t, src)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s\n got: %q\nwant: %q", src, got, want)
	}
}

func TestVocabulary(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		set  map[string]bool
		word string
	}{{v.speech, "said"}, {v.speech, "told"}, {v.belief, "believes"}, {v.addressee, "told"},
		{v.auxiliary, "has"}, {v.titleNouns, "minister"}, {v.pronouns, "she"}} {
		if !c.set[c.word] {
			t.Errorf("%q missing from its word list", c.word)
		}
	}
}

// TestCueKindsHoldTheLists: every word of the speech, belief, attitude
// and intention lists passes cueWords, which turns a verb away before
// cueKinds is asked, and cueKinds gives it its list: a word of a list the
// filter did not hold would never cue a quote.
func TestCueKindsHoldTheLists(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []struct {
		words map[string]bool
		kind  cueKind
	}{{v.speech, speechCue}, {v.belief, beliefCue}, {v.attitude, attitudeCue}, {v.intention, intentionCue}} {
		for w := range l.words {
			if !v.cueWords.MayHold(w) || v.cueKindOf(w)&l.kind == 0 {
				t.Errorf("%q: not found in its list (kind %b)", w, l.kind)
			}
		}
	}
	for w, kind := range v.cueKinds {
		reporting := v.speech[w] || v.belief[w]
		if v.isReportingVerb(w) != reporting || !v.isCueVerb(w) {
			t.Errorf("%q (kind %b): reporting %v, want %v", w, kind, v.isReportingVerb(w), reporting)
		}
	}
}
