package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/token"

	"github.com/newsextract/newsextract/internal/score"
)

// proseLabels maps prose's entity labels onto CoNLL's. prose's model has
// PERSON, GPE, LOCATION, ORGANIZATION, FACILITY and GSP; FACILITY (a
// building, airport) is closest to LOC in CoNLL's guidelines and GSP
// (geo-social-political group) to ORG. Anything else is dropped: prose has
// no MISC.
var proseLabels = map[string]string{
	"PERSON":       LabelPER,
	"GPE":          LabelLOC,
	"LOCATION":     LabelLOC,
	"FACILITY":     LabelLOC,
	"ORGANIZATION": LabelORG,
	"GSP":          LabelORG,
}

// proseEntities runs prose's own recognizer sentence by sentence over an
// analyzed document, with the same tokens and POS tags ours sees.
func proseEntities(x *ner.Extracter, doc *Document) []score.Entity {
	var out []score.Entity
	for _, st := range doc.Sentences {
		toks := make([]token.Token, 0, st.Last-st.First)
		for _, t := range doc.Tokens[st.First:st.Last] {
			toks = append(toks, token.Token{Text: t.Text, Tag: t.POS, Start: t.Start})
		}
		x.Label(toks)
		for _, e := range x.Chunk(doc.Text, toks) {
			if l, ok := proseLabels[e.Label]; ok {
				out = append(out, score.Entity{Start: e.Start, End: e.End(), Label: l})
			}
		}
	}
	return out
}

// TestProseNERBaseline scores prose's built-in recognizer on the CoNLL-2003
// dev and test sets for the README's comparison; it asserts nothing about
// prose's quality, only that ours beats it on dev.
func TestProseNERBaseline(t *testing.T) {
	x, err := ner.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []string{"dev", "test"} {
		path := filepath.Join(conllDir, "conll2003-"+set+".jsonl")
		if _, err := os.Stat(path); err != nil {
			t.Skip("CoNLL-2003 data not available:", err)
		}
		data, err := loadNERData(context.Background(), path, newTagSet(schemeBILOU))
		if err != nil {
			t.Fatal(err)
		}
		var c score.EntityCounts
		for _, ex := range data.examples {
			c.Add(ex.gold, proseEntities(x, ex.doc))
		}
		s := c.Scores()
		t.Logf("prose on %s:\n%s", set, FormatScores(s))
		if set == "dev" {
			ours, err := EvaluateNER(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			if ours[score.AllLabels].F1 <= s[score.AllLabels].F1 {
				t.Errorf("dev F1: ours %.2f ≤ prose %.2f", ours[score.AllLabels].F1, s[score.AllLabels].F1)
			}
		}
	}
}

// BenchmarkProseNER times prose's built-in recognizer on the seed article,
// over the same analyzed tokens BenchmarkRecognize uses, for the README's
// comparison.
func BenchmarkProseNER(b *testing.B) {
	x, err := ner.New()
	if err != nil {
		b.Fatal(err)
	}
	a, err := sharedAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	doc := a.Analyze(readArticle(b, "syria-israel-paris-talks.txt"))
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		proseEntities(x, doc)
	}
}
