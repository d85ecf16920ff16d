package events

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// partiesBefore names the people, countries and organizations that the
// sentence puts before the trigger. When a verb of saying stands between
// ("Rubio said that Washington and Kyiv had agreed"), the parties are those
// of the reported clause, if it names any. Sources ("according to X",
// "cited by X"), places of the action ("in Paris"), words that only qualify
// a title ("U.S." in "U.S. envoy X") and the dateline are left out.
func (f *Finder) partiesBefore(in Input, s text.Sentence, trig, from int, noun bool) []model.Party {
	clause := f.reportedClauseStart(in.Doc, from, trig)
	if noun { // "plans to visit X, a pact between A and B": the noun phrase only
		for k := trig - 1; k > clause; k-- {
			if t := in.Doc.Tokens[k].Text; t == "," || t == ";" || isClauseBreak(t) {
				clause = k + 1
				break
			}
		}
	}
	parties := f.partiesBetween(in, s, clause, trig)
	if ref, ok := f.relativeAntecedent(in, s, clause, trig); ok {
		parties = withParty(parties, model.Party{Ref: ref})
	}
	if clause > from && startsWithPronoun(in.Doc, clause, trig) {
		// "X said it had agreed", "X said he and Y agreed": X is a party;
		// "Tass said the ceasefire was signed": Tass is only the source.
		for _, p := range f.partiesBetween(in, s, from, clause) {
			parties = withParty(parties, p)
		}
	}
	return parties
}

// startsWithPronoun reports a personal or possessive pronoun among the
// first tokens of the clause [clause, trig): "(on Monday) it had agreed",
// "its offer".
func startsWithPronoun(doc *text.Document, clause, trig int) bool {
	for k := clause; k < trig && k < clause+4; k++ {
		if p := doc.Tokens[k].POS(); p == "PRP" || p == "PRP$" {
			return true
		}
	}
	return false
}

// partiesBetween names the parties among the mentions in tokens [from, trig).
func (f *Finder) partiesBetween(in Input, s text.Sentence, from, trig int) []model.Party {
	var parties []model.Party
	asides := f.asidesOf(in, s)
	at := in.Doc.Tokens[trig].Start
	for _, m := range inRange(in.Mentions, from, trig, func(m ner.Mention) int { return m.First }) {
		if m.First < from || m.Last > trig || f.isSourceOrPlace(in.Doc, s, m) {
			continue
		}
		if aside, ok := enclosing(asides, m.Start); ok && at >= aside[1] {
			continue // "X, whom Y ordered to ..., struck a deal": Y is no party
		}
		parties = f.addParty(in, parties, m)
	}
	return parties
}

// withParty adds p to parties unless its record is there already; a
// representative joins the party's.
func withParty(parties []model.Party, p model.Party) []model.Party {
	for _, r := range p.Representatives {
		parties = withRepresentative(parties, p.Ref, r)
	}
	for _, q := range parties {
		if q.ID == p.ID {
			return parties
		}
	}
	return append(parties, p)
}

// reportedClauseStart returns the first token after the last verb of
// saying (and "that") before the trigger, or from when there is none.
func (f *Finder) reportedClauseStart(doc *text.Document, from, trig int) int {
	for k := trig - 1; k >= from; k-- {
		if f.vocab.sayingWords[doc.Lower(k)] {
			k++
			if k < trig && doc.Lower(k) == "that" {
				k++
			}
			return k
		}
	}
	return from
}

// qualifiesTitle reports a mention followed by a title word: "U.S." in
// "U.S. envoy John Quorby" says who the envoy works for, and the envoy is
// the party.
func (f *Finder) qualifiesTitle(doc *text.Document, m ner.Mention) bool {
	if m.Label == ner.LabelPER {
		return false
	}
	phrase := ""
	for k := m.Last; k < len(doc.Tokens) && k < m.Last+3; k++ {
		low := doc.Lower(k)
		if k == m.Last && f.lex.IsTitleModifier(low) {
			return true
		}
		if phrase != "" {
			phrase += " "
		}
		phrase += low
		if f.lex.IsTitle(phrase) {
			return true
		}
	}
	return false
}

// isSourceOrPlace reports a mention that gives the source of the report
// ("according to X", "cited by X") or the place of the action ("in
// Paris", "at the White House"), or a dateline's place.
func (f *Finder) isSourceOrPlace(doc *text.Document, s text.Sentence, m ner.Mention) bool {
	// "LONDON - A court ruled", "MOSCOW (AP)": a dateline's place,
	// whatever its date.
	if m.First == s.First && m.Last < s.Last {
		switch doc.Tokens[m.Last].Text {
		case "-", "—", "–", "--":
			return true
		case "(":
			return strings.ToUpper(doc.Tokens[m.First].Text) == doc.Tokens[m.First].Text
		}
	}
	for k := m.First - 1; k >= s.First && k >= m.First-3; k-- {
		low := doc.Lower(k)
		switch {
		case f.vocab.sourceWords[low]:
			return true
		case low == "," || low == "." || low == "and" || low == "that":
			return false
		}
	}
	return false
}

// relativeAntecedent returns the record of the name a relative clause
// hangs on: in "Harbor Group, which agreed to buy the mill", Harbor
// Group agreed.
func (f *Finder) relativeAntecedent(in Input, s text.Sentence, clause, trig int) (model.Ref, bool) {
	doc := in.Doc
	for k := trig - 1; k > s.First && k >= clause-1 && k >= trig-4; k-- {
		if doc.Tokens[k-1].Text != "," || !f.vocab.relativePronouns[doc.Lower(k)] {
			continue
		}
		// Mentions are in text order and apart: only the last ones
		// starting before the comma can end there.
		before := inRange(in.Mentions, s.First, k-1, func(m ner.Mention) int { return m.First })
		for j := len(before) - 1; j >= 0 && before[j].Last >= k-1; j-- {
			if m := before[j]; m.Last == k-1 && m.Label != ner.LabelMISC {
				ref, ok := in.Refs.At(m.Start)
				return ref, ok
			}
		}
	}
	return model.Ref{}, false
}
