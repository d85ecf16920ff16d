package nertrain

import (
	"context"
	"testing"

	recognizer "github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/testcorpus"

	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/token"

	"github.com/newsextract/newsextract/internal/score"
	"github.com/newsextract/newsextract/internal/text"
)

// proseLabels maps prose's entity labels onto CoNLL's. prose's model has
// PERSON, GPE, LOCATION, ORGANIZATION, FACILITY and GSP; FACILITY (a
// building, airport) is closest to LOC in CoNLL's guidelines and GSP
// (geo-social-political group) to ORG. Anything else is dropped: prose has
// no MISC.
var proseLabels = map[string]string{
	"PERSON":       recognizer.LabelPER,
	"GPE":          recognizer.LabelLOC,
	"LOCATION":     recognizer.LabelLOC,
	"FACILITY":     recognizer.LabelLOC,
	"ORGANIZATION": recognizer.LabelORG,
	"GSP":          recognizer.LabelORG,
}

// proseEntities runs prose's own recognizer sentence by sentence over an
// analyzed document, with the same tokens and POS tags ours sees.
func proseEntities(x *ner.Extracter, doc *text.Document) []score.Entity {
	var out []score.Entity
	for _, st := range doc.Sentences {
		toks := make([]token.Token, 0, st.Last-st.First)
		for _, t := range doc.Tokens[st.First:st.Last] {
			toks = append(toks, token.Token{Text: t.Text, Tag: t.POS(), Start: t.Start})
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

// TestProseNERBaseline scores prose's built-in recognizer for the README's
// comparison on a development set, and checks that ours beats it there.
// CoNLL++ dev (Reuters news of 2020) is the fair set: the shipped model was
// trained on CoNLL-2003 train and dev, never on it.
func TestProseNERBaseline(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: scores two recognizers over a development set")
	}
	path := testcorpus.Gold(t, "conllpp/conllpp-dev.jsonl")
	x, err := ner.New()
	if err != nil {
		t.Fatal(err)
	}
	data, err := loadNERData(context.Background(), path, recognizer.NewTagSet(recognizer.SchemeBILOU))
	if err != nil {
		t.Fatal(err)
	}
	var c score.EntityCounts
	for _, ex := range data.examples {
		c.Add(ex.gold, proseEntities(x, ex.doc))
	}
	prose := c.Scores()
	t.Logf("prose on CoNLL++ dev:\n%s", FormatScores(prose))
	ours, err := Evaluate(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if ours[score.AllLabels].F1 <= prose[score.AllLabels].F1 {
		t.Errorf("CoNLL++ dev F1: ours %.2f ≤ prose %.2f", ours[score.AllLabels].F1, prose[score.AllLabels].F1)
	}
	// The README reports prose at 36.14 here; prose is pinned in go.mod, so
	// a figure off by more than a point means the comparison changed.
	if f := prose[score.AllLabels].F1; f < 35.1 || f > 37.1 {
		t.Errorf("prose's CoNLL++ dev F1 = %.2f, the README says 36.14", f)
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
	a, err := text.Load()
	if err != nil {
		b.Fatal(err)
	}
	doc := a.Analyze(testcorpus.Article(b, "syria-israel-paris-talks.txt"))
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		proseEntities(x, doc)
	}
}
