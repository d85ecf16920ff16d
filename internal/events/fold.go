package events

import (
	"sort"
	"strings"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// foldLookBack bounds how many of the latest earlier records a record is
// compared with when it may restate or refer back to one, as maxReferents
// does for meetings: the work stays linear in the article's length, and a
// mention this far from its agreement is rare in a news article.
const foldLookBack = 20

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
		if k := f.restated(in.Doc, out, a); k >= 0 {
			absorb(&out[k], a)
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return heads
	}
	// A headline folds into the body's first record of its type; with
	// none, it states an agreement of its own.
	for _, h := range heads {
		k := -1
		for j := range out {
			if out[j].Type == h.Type {
				k = j
				break
			}
		}
		if k < 0 {
			out = append(out, h)
			continue
		}
		absorb(&out[k], h)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence.Start < out[j].Evidence.Start })
	f.addMentions(in.Doc, out)
	for i := range out {
		sortMentions(out[i].Mentions)
	}
	return out
}

func sortMentions(ms []model.Span) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
}

// antecedent returns the index of the record in earlier that a later,
// definite mention a refers to ("the deal", "accept this offer"), or -1
// when a is a record of its own.
func (f *Finder) antecedent(doc *text.Document, earlier []model.Agreement, a model.Agreement) int {
	object := f.definiteObject(a)
	if len(earlier) == 0 || !f.isDefiniteMention(doc, a.Trigger.Start) && !f.underEarlier(doc, a) && object == "" {
		return -1
	}
	sent := doc.Tokens[tokenAt(doc, a.Trigger.Start)].Sent
	for k := len(earlier) - 1; k >= max(0, len(earlier)-foldLookBack); k-- {
		e := earlier[k]
		// In one sentence, "the pact" still points back; a verb states a
		// second undertaking.
		if object != "" && doc.Tokens[tokenAt(doc, e.Trigger.Start)].Sent == sent {
			continue
		}
		if object != "" && !f.isDefiniteMention(doc, a.Trigger.Start) {
			if names(e, object) || f.vocab.genericNouns[object] && (e.Type == a.Type || a.Type == model.AgreementOther) {
				return k // "accept this offer" after "a takeover offer", "agreed the deal"
			}
			continue
		}
		// "the pact" fits any earlier record, "the truce" a ceasefire.
		if typ := f.classify(strings.ToLower(a.Trigger.Text)); object == "" && (typ == model.AgreementOther || typ == e.Type) {
			return k
		}
		if e.Type == a.Type || e.Type == model.AgreementOther || a.Type == model.AgreementOther {
			return k
		}
	}
	return -1
}

// underEarlier reports an agreement noun after "under" in a later sentence
// of the article ("Under a pact signed in May, the firm ..."): the
// terms of an agreement already reported (guideline 7), not a new one,
// unless a contrast word makes it another ("under a new accord").
func (f *Finder) underEarlier(doc *text.Document, a model.Agreement) bool {
	i := tokenAt(doc, a.Trigger.Start)
	first := doc.Sentences[doc.Tokens[i].Sent].First
	for k := i - 1; k >= first && k >= i-3; k-- {
		t := doc.Tokens[k]
		if strings.EqualFold(t.Text, "under") {
			return true
		}
		if t.POS() != "DT" && t.POS() != "JJ" && t.POS() != "CD" || f.vocab.contrastWords[doc.Lower(k)] {
			return false
		}
	}
	return false
}

// isDefiniteMention reports an agreement noun at offset off after a
// determiner that points back ("the deal", "the new accord", "Acme 's
// agreement").
func (f *Finder) isDefiniteMention(doc *text.Document, off int) bool {
	i := tokenAt(doc, off)
	if !strings.HasPrefix(doc.Tokens[i].POS(), "NN") {
		return false
	}
	first := doc.Sentences[doc.Tokens[i].Sent].First
	for k := i - 1; k >= first && k >= i-3; k-- {
		t := doc.Tokens[k]
		if f.vocab.anaphors[doc.Lower(k)] || t.POS() == "POS" {
			return true
		}
		if t.POS() != "JJ" && t.POS() != "CD" && !strings.HasPrefix(t.POS(), "NN") {
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
}

// addMentions makes each later definite mention of an agreement that
// states nothing new ("the deal was welcomed", "critics of the accord") a
// mention of the nearest earlier record whose type it fits: "the truce"
// fits a ceasefire, "the deal" anything.
func (f *Finder) addMentions(doc *text.Document, recs []model.Agreement) {
	next := 0 // records with evidence before the token
	covered := coverage(recs)
	for i, t := range doc.Tokens {
		for next < len(recs) && recs[next].Evidence.End <= t.Start {
			next++
		}
		low := doc.Lower(i)
		if next == 0 || !f.vocab.objectNouns[low] || !strings.HasPrefix(t.POS(), "NN") || covered.inside(t.Start) {
			continue
		}
		if i == 0 || !f.vocab.anaphors[doc.Lower(i-1)] || doc.Tokens[i-1].Sent != t.Sent {
			continue
		}
		typ := f.classify(low)
		for k := next - 1; k >= max(0, next-foldLookBack); k-- {
			if typ == model.AgreementOther || recs[k].Type == typ {
				recs[k].Mentions = append(recs[k].Mentions, span(doc, doc.Tokens[i-1].Start, t.End()))
				break
			}
		}
	}
}

// spanCover answers whether offsets, asked in increasing order, lie inside
// some span: a sweep over the spans sorted by start, so that asking for
// every token of an article stays linear (bar the sort).
type spanCover struct {
	spans []model.Span
	next  int // spans before it start at or before the last offset asked
	end   int // the furthest end of those
}

// coverage returns the cover of the records' evidence and mentions.
func coverage(recs []model.Agreement) *spanCover {
	c := &spanCover{}
	for _, a := range recs {
		c.spans = append(c.spans, a.Evidence)
		c.spans = append(c.spans, a.Mentions...)
	}
	sortMentions(c.spans)
	return c
}

// inside reports off inside some span; off is at least the last asked.
func (c *spanCover) inside(off int) bool {
	for c.next < len(c.spans) && c.spans[c.next].Start <= off {
		c.end = max(c.end, c.spans[c.next].End)
		c.next++
	}
	return off < c.end
}

// restated returns the index of the earlier record that a restates, or -1.
// A record of a later sentence restates an earlier one of a compatible
// type when both are reached (the same status, or a plain "agreed" for one
// agreed or signed: "Ruiz agreed a new deal" after "Marin signed a new
// contract") or both reaffirmations, and either they have a party in
// common, or a names none, has the earlier one's type exactly ("the
// leaders agreed to cease the fighting" after a ceasefire) and no contrast
// word of its own ("a previous ceasefire" is not "the new ceasefire").
// Proposals, pledges and rejections are each their own event, and a clause
// with "also" states a new agreement.
func (f *Finder) restated(doc *text.Document, earlier []model.Agreement, a model.Agreement) int {
	if strings.Contains(" "+strings.ToLower(a.Evidence.Text)+" ", " also ") {
		return -1
	}
	sent := doc.Tokens[tokenAt(doc, a.Trigger.Start)].Sent
	for k := len(earlier) - 1; k >= max(0, len(earlier)-foldLookBack); k-- {
		e := earlier[k]
		if doc.Tokens[tokenAt(doc, e.Trigger.Start)].Sent == sent {
			continue
		}
		typeFits := e.Type == a.Type || e.Type == model.AgreementOther || a.Type == model.AgreementOther
		statusFits := isReached(a.Status) && isReached(e.Status) && (e.Status == a.Status || a.Status == model.StatusAgreed) ||
			a.Status == model.StatusReaffirmed && e.Status == model.StatusReaffirmed
		if !typeFits || !statusFits {
			continue
		}
		if len(a.Parties) > 0 && shareParty(e.Parties, a.Parties) {
			return k
		}
		if len(a.Parties) == 0 && e.Type == a.Type && a.Type != model.AgreementOther && f.sameContrast(e, a) {
			return k
		}
	}
	return -1
}

// sameContrast reports whether the later record b carries no word that
// sets one agreement against another ("previous", "new", "rival") beyond
// those of the earlier record a: "the ceasefire" restates "a new
// ceasefire", "a previous ceasefire" does not.
func (f *Finder) sameContrast(a, b model.Agreement) bool {
	words := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(s)) {
			if f.vocab.contrastWords[w] {
				out[w] = true
			}
		}
		return out
	}
	earlier := words(a.Evidence.Text)
	for w := range words(b.Evidence.Text) {
		if !earlier[w] {
			return false
		}
	}
	return true
}

// shareParty reports a record that is a party of both lists.
func shareParty(a, b []model.Party) bool {
	for _, p := range a {
		for _, q := range b {
			if p.ID == q.ID {
				return true
			}
		}
	}
	return false
}

// isReached reports an agreed or signed agreement.
func isReached(s model.AgreementStatus) bool {
	return s == model.StatusAgreed || s == model.StatusSigned
}

// definiteObject returns the agreement noun of a definite object ("offer"
// in "accept this offer", "plan" in "signed the plan"): a step in the life
// of an agreement already reported, stated with that noun. A rejection of
// an earlier proposal is its own record (guideline 2.2), and so are a
// reaffirmation and a named agreement (10.3).
func (f *Finder) definiteObject(a model.Agreement) string {
	if a.Name != "" || !isReached(a.Status) && a.Status != model.StatusProposed {
		return "" // a named treaty, a reaffirmation or a rejection is its own record
	}
	words := strings.Fields(strings.ToLower(a.Subject))
	for i, w := range words[:min(len(words), 4)] {
		if !f.vocab.anaphors[w] && w != "'s" {
			continue
		}
		for j, v := range words[i+1 : min(len(words), i+4)] {
			if f.vocab.objectNouns[v] && (j == 0 || !f.vocab.genericNouns[v]) {
				return v // "accept or reject the offer", "Acme 's settlement offer"
			}
		}
	}
	return ""
}

// names reports whether record e was stated with the noun w: "offer" in
// its subject or trigger.
func names(e model.Agreement, w string) bool {
	return startsWord(strings.ToLower(e.Subject+" "+e.Trigger.Text), w+"$")
}
