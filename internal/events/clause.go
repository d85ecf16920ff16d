package events

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// clauseStart returns the first token of the clause that states the
// agreement triggered at trig: after a reporting frame ("the agency said on
// Friday that"), a clause break (";", a quotation mark, a dash) and a
// leading adjunct that ends in a comma ("In June ,", "According to X ,").
func (f *Finder) clauseStart(doc *text.Document, s text.Sentence, trig, from int) int {
	start := f.reportedClauseStart(doc, from, trig)
	for k := trig - 1; k >= start; k-- {
		if isClauseBreak(doc.Tokens[k].Text) {
			start = k + 1
			break
		}
	}
	if k := leadingAdjunctEnd(doc, start, trig); k > start {
		start = k
	}
	for start < trig && (isClauseBreak(doc.Tokens[start].Text) || doc.Tokens[start].Text == "-" || doc.Tokens[start].Text == ",") {
		start++
	}
	return f.skipFrameTail(doc, start, trig)
}

// bodyStart moves a clause start past the dateline ("LONDON -"), which
// places the story and states nothing.
func bodyStart(doc *text.Document, start, trig, body int) int {
	for start < trig && doc.Tokens[start].Start < body {
		start++
	}
	return start
}

// skipFrameTail skips what is left of a reporting frame after its verb: a
// time ("said on Wednesday that", "said Tuesday it") up to "that".
func (f *Finder) skipFrameTail(doc *text.Document, start, trig int) int {
	if start == 0 || !f.vocab.sayingWords[doc.Lower(start-1)] {
		return start
	}
	for k := start; k < trig && k < start+4; k++ {
		t := doc.Tokens[k]
		if strings.EqualFold(t.Text, "that") {
			return k + 1
		}
		if t.POS() != "IN" && t.POS() != "NNP" && t.POS() != "CD" && t.POS() != "NN" {
			if k > start && (t.POS() == "PRP" || t.POS() == "DT") {
				return k
			}
			return start
		}
	}
	return start
}

// isClauseBreak reports a token that no clause crosses.
func isClauseBreak(tok string) bool {
	switch tok {
	case ";", ":", "\"", "“", "”", "``", "''", "--", "—", "–":
		return true
	}
	return false
}

// leadingAdjunctEnd returns the token after the comma that closes an
// adjunct opening the clause at start ("In June ,", "Since X bought Y ,",
// "According to X ,"), or start when the clause opens otherwise.
func leadingAdjunctEnd(doc *text.Document, start, trig int) int {
	if start >= trig {
		return start
	}
	p := doc.Tokens[start].POS()
	if p != "IN" && p != "RB" && p != "RBR" && !strings.EqualFold(doc.Tokens[start].Text, "according") {
		return start
	}
	for k := start + 1; k < trig && k <= start+12; k++ {
		if doc.Tokens[k].Text == "," {
			return k + 1
		}
	}
	return start
}

// clauseVerdict says what the words around a trigger make of it.
type clauseVerdict int

const (
	clauseStates   clauseVerdict = iota // states an agreement
	clauseDenies                        // negated, an opinion or a unilateral act: no record
	clauseProspect                      // a prospect: proposed
	clauseRefuses                       // "will not accept": rejected
)

// judge reads the clause [start, last) around the trigger at trig: a
// negation ("did not agree", "no deal"), an opinion ("agreed that", "agreed
// with the assessment"), a unilateral signature ("signed a decree"), or a
// prospect ("hopes to sign", "talks on a deal").
func (f *Finder) judge(doc *text.Document, start, trig, last int, t trigger) clauseVerdict {
	low := doc.Lower(trig)
	if f.isOpinion(doc, trig, last, low) || f.isUnilateral(doc, trig, last, t) || !t.noun && f.isRuling(doc, start, trig) {
		return clauseDenies
	}
	if f.isPublicOffer(doc, trig, last, t) {
		return clauseDenies
	}
	negated, prospect := false, false
	reach := 6 // a noun's own modal is close: "is close to an accord", not "seeks to void an accord"
	if t.noun {
		reach = 4
	}
	for k := max(start, trig-6); k < trig; k++ {
		w := doc.Lower(k)
		negated = negated || f.vocab.negationWords[w] && k >= trig-5 || f.vocab.hypothetical[w]
		prospect = prospect || f.vocab.modalWords[w] && k >= trig-reach && doc.Tokens[k].POS() != "NNP" // "May 20" is no modal
		// "is in talks to buy", "in negotiations to acquire": a deal still
		// being negotiated.
		prospect = prospect || f.vocab.negotiations[w] && k > start && doc.Lower(k-1) == "in"
	}
	if t.noun {
		prospect = prospect || f.underNegotiation(doc, start, trig) || f.governedByModal(doc, start, trig)
		for k := trig + 1; k < last && k <= trig+3; k++ {
			w := doc.Lower(k)
			negated = negated || w == "not" || w == "n't"
			// "an agreement that would allow": not yet reached; "the
			// pact would resolve": what a reached one does.
			prospect = prospect || f.vocab.modalWords[w] && k > trig+1 && f.vocab.relativePronouns[doc.Lower(k-1)]
		}
	}
	switch {
	case negated && strings.HasPrefix(low, "accept"):
		return clauseRefuses
	case negated:
		return clauseDenies
	case prospect && (t.status == model.StatusAgreed || t.status == model.StatusSigned):
		return clauseProspect
	}
	return clauseStates
}

// isOpinion reports "agree" in the sense of sharing a view: "agreed that
// rates would rise", "agreed with the assessment".
func (f *Finder) isOpinion(doc *text.Document, trig, last int, low string) bool {
	if low != "agree" && low != "agreed" && low != "agrees" || trig+1 >= last {
		return false
	}
	next := doc.Lower(trig + 1)
	if next == "that" {
		return true
	}
	if next != "with" || trig > 0 && isBe(doc.Tokens[trig-1].Text) {
		return false
	}
	return linkAfterPartner(doc, trig+2, last) < 0
}

// isBe reports a form of "to be": "it was agreed with X" is a passive.
func isBe(tok string) bool {
	switch strings.ToLower(tok) {
	case "is", "was", "were", "are", "be", "been", "being":
		return true
	}
	return false
}

// isUnilateral reports a signature that binds nobody else ("signed a
// decree", "signed the bill into law", "signed off"), and a refusal to
// comment.
func (f *Finder) isUnilateral(doc *text.Document, trig, last int, t trigger) bool {
	if trig+2 < len(doc.Tokens) && doc.Lower(trig+1) == "to" &&
		doc.Lower(trig+2) == "comment" {
		return true
	}
	if t.status != model.StatusSigned || t.noun {
		return false
	}
	for k := trig + 1; k < last && k <= trig+4; k++ {
		w := doc.Lower(k)
		if f.vocab.unilateral[w] || k == trig+1 && w == "off" {
			return true
		}
		if w == "into" && k+1 < last && doc.Lower(k+1) == "law" {
			return true
		}
	}
	return false
}

// objectFits checks what an object or transfer verb needs after it: its
// particle ("turned down"), and an agreement noun ("struck a deal") or, for
// a transfer, a named company or an asset ("bought a stake").
func (f *Finder) objectFits(in Input, s text.Sentence, trig int, t trigger) bool {
	if t.addressee {
		return f.addresseeFits(in, s, trig)
	}
	if !t.object && !t.transfer {
		return true
	}
	doc := in.Doc
	k := trig + 1
	if p, ok := f.vocab.particles[doc.Lower(trig)]; ok {
		if k >= s.Last || doc.Lower(k) != p {
			return false
		}
		k++
	}
	for end := min(s.Last, k+8); k < end; k++ {
		tok := doc.Tokens[k]
		w := doc.Lower(k)
		if tok.Text == "," || tok.Text == "." || tok.Text == ";" {
			return false
		}
		if t.object && f.vocab.objectNouns[w] || t.transfer && (f.vocab.assetNouns[w] || startsOrg(in.Mentions, tok.Start)) {
			return true
		}
	}
	return false
}

// addresseeFits checks what an addressee verb needs after it: the party
// it is addressed to, then "that" ("assured the mayor that", "suggest to the
// growers that"). With a particle ("to") any addressee will do; without,
// the addressee is a named person, organization or place. "Analysts
// suggest that" and "assured reporters that" state no undertaking.
func (f *Finder) addresseeFits(in Input, s text.Sentence, trig int) bool {
	doc := in.Doc
	k := trig + 1
	p, particle := f.vocab.particles[doc.Lower(trig)]
	if particle {
		if k >= s.Last || doc.Lower(k) != p {
			return false
		}
		for k++; k < s.Last && k <= trig+6; k++ {
			if strings.EqualFold(doc.Tokens[k].Text, "that") {
				return k > trig+2
			}
		}
		return false
	}
	for _, m := range in.Mentions {
		if m.First == k && m.Label != ner.LabelMISC {
			return m.Last < s.Last && strings.EqualFold(doc.Tokens[m.Last].Text, "that")
		}
	}
	return false
}

// startsOrg reports an organization mention starting at offset off.
func startsOrg(mentions []ner.Mention, off int) bool {
	for _, m := range mentions {
		if m.Start == off {
			return m.Label == ner.LabelORG
		}
	}
	return false
}

// clauseStatus returns the status the trigger at trig states in the clause
// [start, last), "" when it states no agreement. A renewal word before it
// makes a reaffirmation; "sign" in its base form with no prospect is a
// signing the terms of which are settled: agreed.
func (f *Finder) clauseStatus(doc *text.Document, start, trig, last int, t trigger) model.AgreementStatus {
	switch f.judge(doc, start, trig, last, t) {
	case clauseDenies:
		return ""
	case clauseRefuses:
		return model.StatusRejected
	case clauseProspect:
		return model.StatusProposed
	}
	low := doc.Lower(trig)
	switch {
	case trig > start && f.vocab.renewalWords[doc.Lower(trig-1)]:
		return model.StatusReaffirmed
	case low == "sign":
		return model.StatusAgreed
	case t.noun && t.status == model.StatusProposed && f.succeeded(doc, trig, last):
		return model.StatusAgreed
	}
	return t.status
}

// succeeded reports an offer whose own predicate says it went through:
// "its offer for X was successful", "the bid was accepted".
func (f *Finder) succeeded(doc *text.Document, trig, last int) bool {
	for k := trig + 1; k+1 < last; k++ {
		if isBe(doc.Tokens[k].Text) && f.vocab.successWords[doc.Lower(k+1)] {
			return true
		}
	}
	return false
}

// underNegotiation reports an agreement noun that talks are about: "talks
// on a political deal", "negotiations over a new accord".
func (f *Finder) underNegotiation(doc *text.Document, start, trig int) bool {
	k := trig - 1
	for k > start && (doc.Tokens[k].POS() == "DT" || doc.Tokens[k].POS() == "JJ") {
		k--
	}
	if k <= start || doc.Tokens[k].POS() != "IN" {
		return false
	}
	return f.vocab.negotiations[doc.Lower(k-1)]
}

// isRuling reports a court or a judge just before the trigger, as its
// subject: "a judge rejected the appeal" is a ruling, not an agreement.
func (f *Finder) isRuling(doc *text.Document, start, trig int) bool {
	for k := max(start, trig-4); k < trig; k++ {
		if f.vocab.courtWords[doc.Lower(k)] {
			return true
		}
	}
	return false
}

// isPublicOffer reports an offer to the public ("offered free drinks to
// the crowd"): no counterpart, no agreement.
func (f *Finder) isPublicOffer(doc *text.Document, trig, last int, t trigger) bool {
	if t.status != model.StatusProposed {
		return false
	}
	for k := trig + 1; k < last && k <= trig+12; k++ {
		if f.vocab.publicOffers[doc.Lower(k)] {
			return true
		}
	}
	return false
}

// governedByModal reports an agreement noun that is the object of a verb of
// prospect ("discussed with X a framework agreement", "is close to
// completing a deal"): the first verb before the noun, or the words just
// before that verb, are modal, unless that verb would undo the agreement
// ("seeks to void the pact": the pact exists).
func (f *Finder) governedByModal(doc *text.Document, start, trig int) bool {
	for k := trig - 1; k >= start && k >= trig-10; k-- {
		if !strings.HasPrefix(doc.Tokens[k].POS(), "VB") {
			continue
		}
		if f.vocab.undoVerbs[doc.Lower(k)] {
			return false // "wants to void a grazing accord": it exists
		}
		for j := k; j >= start && j >= k-2; j-- {
			if f.vocab.modalWords[doc.Lower(j)] {
				return true
			}
		}
		return false
	}
	return false
}
