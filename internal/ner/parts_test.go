package ner

import (
	"strings"
	"testing"
)

// TestRecognizeParts: a document of more than maxDocTokens tokens is read
// in parts of whole sentences, each within the bound, which cover it in
// order; its mentions come in the document's token indices, every
// paragraph's names found.
func TestRecognizeParts(t *testing.T) {
	r, a := loadRecognizer(t)
	const para = "Jane Quorble of Acme Corp flew to Zedland on Monday.\n"
	n := 2*maxDocTokens/11 + 1 // 11 tokens a paragraph
	doc := a.Analyze(strings.Repeat(para, n))
	docs, first := parts(doc)
	if len(docs) < 2 {
		t.Fatalf("%d parts of %d tokens", len(docs), len(doc.Tokens))
	}
	next := 0
	for k, part := range docs {
		if first[k] != next || len(part.Tokens) > maxDocTokens || &part.Tokens[0] != &doc.Tokens[first[k]] {
			t.Errorf("part %d: %d tokens from %d, want from %d and at most %d", k, len(part.Tokens), first[k], next, maxDocTokens)
		}
		last := part.Sentences[len(part.Sentences)-1]
		if part.Sentences[0].First != 0 || last.Last != len(part.Tokens) {
			t.Errorf("part %d: sentences from token %d to %d of %d", k, part.Sentences[0].First, last.Last, len(part.Tokens))
		}
		next += len(part.Tokens)
	}
	if next != len(doc.Tokens) {
		t.Errorf("the parts end at token %d of %d", next, len(doc.Tokens))
	}
	ms := r.Recognize(doc)
	names := map[string]int{}
	for _, m := range ms {
		if m.Start != doc.Tokens[m.First].Start || m.End != doc.Tokens[m.Last-1].End() {
			t.Fatalf("mention %+v: its tokens span %d to %d", m, doc.Tokens[m.First].Start, doc.Tokens[m.Last-1].End())
		}
		names[doc.Text[m.Start:m.End]+" "+m.Label]++
	}
	// Every paragraph reads alike (how the document features read a
	// name repeated thousands of times is not how they read it once).
	if len(names) < 2 {
		t.Errorf("names %v, want at least two", names)
	}
	for name, c := range names {
		if c != n {
			t.Errorf("%q found %d times in %d paragraphs", name, c, n)
		}
	}
}
