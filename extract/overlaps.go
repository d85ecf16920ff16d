package extract

import (
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// tokenCover marks the tokens of a document that some of a rule's
// mentions cover, so that dropping the recognizer's mentions that overlap
// them costs one pass, not one scan of the rule's mentions per mention.
type tokenCover []bool

// coverOf marks the tokens of every mention of each list.
func coverOf(doc *text.Document, lists ...[]ner.Mention) tokenCover {
	c := make(tokenCover, len(doc.Tokens))
	for _, ms := range lists {
		for _, m := range ms {
			for k := m.First; k < m.Last && k < len(c); k++ {
				c[k] = true
			}
		}
	}
	return c
}

// overlaps reports whether m shares a token with the marked mentions.
func (c tokenCover) overlaps(m ner.Mention) bool {
	for k := m.First; k < m.Last && k < len(c); k++ {
		if c[k] {
			return true
		}
	}
	return false
}

// mergeMentions returns ms with added, which overlap none of them, in text
// order: one merge of two ordered lists.
func mergeMentions(ms, added []ner.Mention) []ner.Mention {
	if len(added) == 0 {
		return ms
	}
	out := make([]ner.Mention, 0, len(ms)+len(added))
	i := 0
	for _, a := range added {
		for i < len(ms) && ms[i].First < a.First {
			out = append(out, ms[i])
			i++
		}
		out = append(out, a)
	}
	return append(out, ms[i:]...)
}
