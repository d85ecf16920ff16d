package extract

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// formalReach is how many tokens a formal name may run past the mention it
// grows from, on either side.
const formalReach = 4

// formalCountryNames makes one place mention of a country's formal name
// that the recognizer cut short or split: "Democratic People's Republic
// of Korea", of which the model found only "Republic of Korea" (the other
// Korea's formal name), or "the Republic of Quorbia" read as "Republic"
// and "Quorbia". A run of tokens grown from a mention counts when the
// lexicon lists it as a country's name and it holds "of", or it is state
// words ("Republic", "Kingdom", state-words.txt), "of", maybe "the", and a
// country's name. The run must hold every mention it touches whole; a
// mention that already is the whole run keeps its label ("Republic of
// Quorbia" as an organization points to its place all the same).
func (e *Extractor) formalCountryNames(doc *text.Document, ms []ner.Mention) []ner.Mention {
	out := ms[:0] // in place: out never passes the mention being read
	for i := 0; i < len(ms); i++ {
		first, last, ok := e.formalRun(doc, ms[i])
		if !ok {
			out = append(out, ms[i])
			continue
		}
		j := i
		for j+1 < len(ms) && ms[j+1].First < last {
			j++
		}
		k := len(out) // the mentions before ms[i] that the run holds
		for k > 0 && out[k-1].Last > first {
			k--
		}
		if ms[j].Last > last || k < len(out) && out[k].First < first {
			out = append(out, ms[i]) // the run would cut another mention in two
			continue
		}
		out = append(out[:k], ner.Mention{Start: doc.Tokens[first].Start, End: doc.Tokens[last-1].End(), First: first, Last: last, Label: ner.LabelLOC})
		i = j
	}
	return out
}

// formalRun returns the longest run of tokens around m, within its
// sentence and reaching past it, that is a country's formal name.
func (e *Extractor) formalRun(doc *text.Document, m ner.Mention) (first, last int, ok bool) {
	sent := doc.Tokens[m.First].Sent
	best := 0
	for a := max(0, m.First-formalReach); a <= m.First; a++ {
		if doc.Tokens[a].Sent != sent || !text.IsCapitalized(doc.Tokens[a].Text) {
			continue
		}
		for b := min(len(doc.Tokens), m.Last+formalReach); b >= m.Last; b-- {
			if (a == m.First && b == m.Last) || b-a <= best || doc.Tokens[b-1].Sent != sent {
				continue
			}
			if e.isFormalCountryName(doc.Text[doc.Tokens[a].Start:doc.Tokens[b-1].End()]) {
				first, last, best = a, b, b-a
			}
		}
	}
	return first, last, best > 0
}

// isFormalCountryName reports a country's name with "of" in it that the
// lexicon lists, or state words, "of", maybe "the", and a country's name.
// A typographic apostrophe reads as a straight one ("People’s").
func (e *Extractor) isFormalCountryName(name string) bool {
	if !strings.Contains(name, " of ") {
		return false // most runs tried; the apostrophes below make no " of "
	}
	name = strings.ReplaceAll(name, "’", "'")
	head, country, ok := strings.Cut(name, " of ")
	if !ok {
		return false
	}
	if e.isCountry(name) {
		return true
	}
	country = strings.TrimPrefix(country, "the ")
	if !e.isCountry(country) || head == "" {
		return false
	}
	for _, w := range strings.Fields(head) {
		if !e.words.stateWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}
