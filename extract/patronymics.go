package extract

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// joinPatronymics makes one person of a name the recognizer cut at its
// Arabic parts: "Hamad" "bin" "Khalid al-Quorbi" (patronymic-particles.txt),
// and a person's name followed by family names written with an article
// ("Salim" "al-Zedi al-Quorbi"). A person mention that the joined name
// swallows is dropped.
func (e *Extractor) joinPatronymics(doc *text.Document, ms []ner.Mention) []ner.Mention {
	out := ms[:0] // in place: out never passes the mention being read
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Label == ner.LabelPER {
			m.Last = e.patronymicEnd(doc, m.Last, doc.Tokens[m.First].Sent)
			for i+1 < len(ms) && ms[i+1].First < m.Last {
				m.Last = max(m.Last, ms[i+1].Last) // "Khalid al-Quorbi", read as a person on its own
				i++
			}
			m.End = doc.Tokens[m.Last-1].End()
		}
		out = append(out, m)
	}
	return out
}

// patronymicEnd returns the end of the name that goes on from token k in
// sentence sent: past each particle with a capitalized word after it, and
// past each word written with an article ("al-Quorbi").
func (e *Extractor) patronymicEnd(doc *text.Document, k int, sent int32) int {
	toks := doc.Tokens
	for k < len(toks) && toks[k].Sent == sent {
		switch {
		case e.withArticle(toks[k].Text):
			k++
		case e.words.patronymicParticles[doc.Lower(k)] && k+1 < len(toks) && toks[k+1].Sent == sent &&
			(text.IsCapitalized(toks[k+1].Text) || e.withArticle(toks[k+1].Text)):
			k += 2
		default:
			return k
		}
	}
	return k
}

// withArticle reports a family name written with an Arabic article and a
// hyphen, the name capitalized: "al-Quorbi", "el-Sisi".
func (e *Extractor) withArticle(word string) bool {
	i := strings.IndexByte(word, '-')
	if i <= 0 || i+1 >= len(word) || !text.IsCapitalized(word[i+1:]) {
		return false
	}
	return e.lexicon.IsNameParticle(strings.ToLower(word[:i+1]))
}
