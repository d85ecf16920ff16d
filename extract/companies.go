package extract

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// namesWithoutSuffixes returns an organization mention's name cut before
// each of the company suffixes that end it ("Quellmark Holdings Plc":
// "Quellmark Holdings", "Quellmark"; company-suffixes.txt).
func (e *Extractor) namesWithoutSuffixes(doc *text.Document, m ner.Mention) []string {
	var out []string
	for k := m.Last - 1; k > m.First && e.words.companySuffixes[doc.Lower(k)]; k-- {
		out = append(out, doc.Text[m.Start:doc.Tokens[k-1].End()])
	}
	return out
}

// companyShortForms makes a company's short form an organization wherever
// the story uses it: a mention whose text is an organization's name
// without the company suffixes at its end ("Quellmark" after or before
// "Quellmark ASA", company-suffixes.txt), read by the recognizer as a
// person's name ("Quellmark chief executive Ingrid Solberg"). Misc names
// stay ("Miss Zedland" of "Miss Zedland Inc" is a contest), and places.
// A short form that is also the last word of a person named in full
// ("Harlan Quist" and "Quist Holdings") is left alone.
func (e *Extractor) companyShortForms(doc *text.Document, ms []ner.Mention) []ner.Mention {
	short := map[string]bool{}
	people := map[string]bool{}
	for _, m := range ms {
		switch {
		case m.Label == ner.LabelORG:
			for _, name := range e.namesWithoutSuffixes(doc, m) {
				short[name] = true
			}
		case m.Label == ner.LabelPER && m.Last-m.First >= 2:
			people[doc.Tokens[m.Last-1].Text] = true
		}
	}
	if len(short) == 0 {
		return ms
	}
	for i, m := range ms {
		name := mentionText(doc, m)
		if m.Label == ner.LabelPER && short[name] && !people[name] {
			ms[i].Label = ner.LabelORG
		}
	}
	return ms
}

// maxAppositionWords is the most words of an apposition read for its head
// noun: "X, one of the biggest makers of Quorble widgets,".
const maxAppositionWords = 8

// companyApposition reports a name that an apposition calls a company:
// "X, one of the biggest makers of Quorble widgets", "X, a Dutch lender,".
// The apposition opens with an article, a possessive or "one of", and its
// head noun, the last noun before anything else, is a company noun
// (company-nouns.txt, plurals too). Only names read as people's are
// judged so: a race "X Stakes, the season's top sprint" stays an event;
// and not a name that opens with a listed given name or ends with a listed
// surname, a person with a job ("Quincy Jones, the record producer,").
func (e *Extractor) companyApposition(doc *text.Document, m ner.Mention) bool {
	toks := doc.Tokens
	k := m.Last
	if k+2 >= len(toks) || toks[k].Text != "," || toks[k].Sent != toks[m.First].Sent {
		return false
	}
	if m.Last-m.First >= 2 && e.looksLikePerson(toks[m.First].Text, toks[m.Last-1].Text) || e.lexicon.IsGivenName(toks[m.First].Text) {
		return false // "Quincy Jones, the record producer,": a person with a job
	}
	k++
	if strings.EqualFold(toks[k].Text, "one") && k+1 < len(toks) && toks[k+1].Text == "of" {
		k += 2
	}
	if k >= len(toks) {
		return false
	}
	if p := toks[k].POS(); p != "DT" && p != "PRP$" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+maxAppositionWords && toks[j].Sent == toks[k].Sent; j++ {
		if isPossessive(toks[j].Text) {
			continue // "the world's", however the tagger reads a curly apostrophe
		}
		if !strings.HasPrefix(toks[j].POS(), "NN") {
			if toks[j].POS() == "JJ" || toks[j].POS() == "JJS" || toks[j].POS() == "POS" || toks[j].POS() == "CD" {
				continue
			}
			return false
		}
		low := doc.Lower(j)
		head := j+1 >= len(toks) || !strings.HasPrefix(toks[j+1].POS(), "NN") && !isPossessive(toks[j+1].Text)
		if head {
			return e.words.companyNouns[low] || e.words.companyNouns[strings.TrimSuffix(low, "s")]
		}
	}
	return false
}
