package ner

import "github.com/newsextract/newsextract/internal/text"

// maxDocTokens is the most tokens the recognizer reads as one document. It
// holds some 120 bytes a token of a document while it works (the tokens'
// TokenInfo, kept spellings, casing, grouping and tags), and its pool
// keeps that scratch for the next: on a megabyte of text with a token
// every byte or two it was more than the document's own tokens, and stayed
// through the later stages. A longer document is read in parts of whole
// sentences, each of at most this many tokens, one after the other, so
// that the recognizer holds a part's at most. The document features (how
// a word is written and labelled elsewhere) then look within the part:
// some hundred kilobytes of text, far more than a news article.
const maxDocTokens = 1 << 15

// parts cuts doc into documents of whole consecutive sentences of at most
// maxDocTokens tokens each (a sentence has at most text's 4,096), which
// share doc's text and tokens; first[k] is the index in doc.Tokens of
// part k's first token.
func parts(doc *text.Document) (docs []*text.Document, first []int) {
	for lo := 0; lo < len(doc.Sentences); {
		a, hi := doc.Sentences[lo].First, lo+1
		for hi < len(doc.Sentences) && doc.Sentences[hi].Last-a <= maxDocTokens {
			hi++
		}
		b := doc.Sentences[hi-1].Last
		part := &text.Document{Text: doc.Text, Tokens: doc.Tokens[a:b], Sentences: make([]text.Sentence, hi-lo)}
		for k, st := range doc.Sentences[lo:hi] {
			st.First -= a
			st.Last -= a
			part.Sentences[k] = st
		}
		docs, first = append(docs, part), append(first, a)
		lo = hi
	}
	return docs, first
}

// recognizeParts recognizes a document of more than maxDocTokens tokens
// part by part, and returns the mentions of all parts, in the document's
// token indices.
func (r *Recognizer) recognizeParts(doc *text.Document) []Mention {
	var out []Mention
	docs, first := parts(doc)
	for k, part := range docs {
		for _, m := range r.Recognize(part) {
			m.First += first[k]
			m.Last += first[k]
			out = append(out, m)
		}
	}
	return out
}
