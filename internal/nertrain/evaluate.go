package nertrain

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/score"
)

// FormatScores renders per-label scores as a small table.
func FormatScores(s map[string]score.PRF) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  %-5s %6s %6s %6s %6s %6s %6s\n", "label", "P", "R", "F1", "TP", "FP", "FN")
	for _, l := range append(ner.Labels[:], score.AllLabels) {
		p := s[l]
		fmt.Fprintf(&b, "  %-5s %6.2f %6.2f %6.2f %6d %6d %6d\n", l, p.P, p.R, p.F1, p.TP, p.FP, p.FN)
	}
	return b.String()
}

func mentionsToEntities(ms []ner.Mention) []score.Entity {
	out := make([]score.Entity, len(ms))
	for i, m := range ms {
		out[i] = score.Entity{Start: m.Start, End: m.End, Label: m.Label}
	}
	return out
}

// Evaluate scores the embedded recognizer on a CoNLL-style JSONL file
// the CoNLL way (exact span and label, micro-averaged).
func Evaluate(ctx context.Context, path string) (map[string]score.PRF, error) {
	r, err := ner.Load()
	if err != nil {
		return nil, err
	}
	data, err := loadNERData(ctx, path, r.TagSet())
	if err != nil {
		return nil, err
	}
	var c score.EntityCounts
	for _, ex := range data.examples {
		c.Add(ex.gold, mentionsToEntities(r.Recognize(ex.doc)))
	}
	return c.Scores(), nil
}

// scoreTags compares tag sequences with the gold spans of exs.
func (tr *trainer) scoreTags(exs []*nerExample, tags [][]uint8) map[string]score.PRF {
	var c score.EntityCounts
	for i, ex := range exs {
		c.Add(ex.gold, tr.entities(ex, tags[i]))
	}
	return c.Scores()
}

func (tr *trainer) entities(ex *nerExample, tags []uint8) []score.Entity {
	var spans [][3]int
	for _, st := range ex.doc.Sentences {
		spans = tr.ts.Decode(tags[st.First:st.Last], st.First, spans)
	}
	out := make([]score.Entity, len(spans))
	for k, s := range spans {
		out[k] = score.Entity{Start: ex.doc.Tokens[s[1]].Start, End: ex.doc.Tokens[s[2]-1].End(), Label: ner.Labels[s[0]]}
	}
	return out
}
