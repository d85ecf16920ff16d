package events

import (
	"sort"
	"strings"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// fold keeps one record per agreement: a headline's record becomes a
// mention of the body's record that it summarises, and a later definite
// mention ("the deal", "the accord", "its offer") a mention of the nearest
// earlier record of a compatible type. Records of one sentence stay apart:
// two undertakings stated together are two agreements.
func (f *Finder) fold(in Input, recs []model.Agreement) []model.Agreement {
	var out []model.Agreement
	var heads []model.Agreement
	for _, a := range recs {
		if in.BodyStart > 0 && a.Evidence.End <= in.BodyStart {
			heads = append(heads, a)
			continue
		}
		if k := f.antecedent(in.Doc, out, a); k >= 0 {
			absorb(&out[k], a)
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return heads
	}
	for _, h := range heads {
		k := 0
		for j := range out {
			if out[j].Type == h.Type {
				k = j
				break
			}
		}
		absorb(&out[k], h)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence.Start < out[j].Evidence.Start })
	return out
}

// antecedent returns the index of the record in earlier that a later,
// definite mention a refers to, or -1 when a is a record of its own.
func (f *Finder) antecedent(doc *text.Document, earlier []model.Agreement, a model.Agreement) int {
	if len(earlier) == 0 || !f.isDefiniteMention(doc, a.Trigger.Start) {
		return -1
	}
	sent := doc.Tokens[tokenAt(doc, a.Trigger.Start)].Sent
	for k := len(earlier) - 1; k >= 0; k-- {
		e := earlier[k]
		if doc.Tokens[tokenAt(doc, e.Trigger.Start)].Sent == sent {
			continue
		}
		if e.Type == a.Type || e.Type == model.AgreementOther || a.Type == model.AgreementOther {
			return k
		}
	}
	return -1
}

// isDefiniteMention reports an agreement noun at offset off after a
// determiner that points back ("the deal", "the new accord", "Lloyd 's
// agreement").
func (f *Finder) isDefiniteMention(doc *text.Document, off int) bool {
	i := tokenAt(doc, off)
	if !strings.HasPrefix(doc.Tokens[i].POS, "NN") {
		return false
	}
	first := doc.Sentences[doc.Tokens[i].Sent].First
	for k := i - 1; k >= first && k >= i-3; k-- {
		t := doc.Tokens[k]
		if f.vocab.anaphors[strings.ToLower(t.Text)] || t.POS == "POS" {
			return true
		}
		if t.POS != "JJ" && !strings.HasPrefix(t.POS, "NN") {
			return false
		}
	}
	return false
}

// tokenAt returns the index of the token that starts at offset off.
func tokenAt(doc *text.Document, off int) int {
	i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= off })
	return min(i, len(doc.Tokens)-1)
}

// absorb makes b a mention of a.
func absorb(a *model.Agreement, b model.Agreement) {
	a.Mentions = append(a.Mentions, b.Evidence)
	a.Mentions = append(a.Mentions, b.Mentions...)
	if len(a.Parties) == 0 {
		a.Parties = b.Parties
	}
	sort.Slice(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
}
