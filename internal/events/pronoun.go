package events

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/model"
)

// pronounLabels maps a subject pronoun to the kind of name it stands for.
var pronounLabels = map[string]string{"it": ner.LabelORG, "he": ner.LabelPER, "she": ner.LabelPER}

// resolvePronouns makes the name a subject pronoun stands for a party of
// the agreement it is the subject of ("the company said it had signed a
// contract with X": the company): a person for "he" and
// "she", an organization for "it"; the nearest before it in its sentence,
// else the first of the sentence before, its subject ("Varga, whom
// the mayor sent ..., struck a deal. She later discussed ...": Varga).
func (f *Finder) resolvePronouns(in Input, out []model.Agreement) {
	for i := range out {
		a := &out[i]
		first, label, ok := subjectPronoun(in, *a)
		if !ok {
			continue
		}
		// Records come in text order: one sentence's relative clauses
		// serve all its pronouns.
		if s := in.Doc.Sentences[in.Doc.Tokens[first].Sent]; in.asides == nil || in.asides.start != s.Start {
			in.asides = &sentenceAsides{start: s.Start, ranges: f.relativeClauses(in.Doc, s)}
		}
		if m, ok := f.pronounAntecedent(in, first, label); ok {
			if ref, ok := in.Refs.At(m.Start); ok {
				a.Parties = withParty(a.Parties, model.Party{Ref: ref})
			}
		}
	}
}

// subjectPronoun finds the pronoun that is a's subject: the first word of
// its evidence, or the word just before its verb group ("the stake it has
// agreed to acquire", "confirmation from X that it was considering
// acquiring", "X, which holds a stake in Y, said it is ready to bid").
func subjectPronoun(in Input, a model.Agreement) (int, string, bool) {
	doc := in.Doc
	first := tokenAt(doc, a.Evidence.Start)
	if label, ok := pronounLabels[doc.Lower(first)]; ok {
		return first, label, true
	}
	trig := tokenAt(doc, a.Trigger.Start)
	k := trig - 1
	for k > first && inVerbGroup(doc.Tokens[k].POS()) {
		k--
	}
	if k == trig-1 || k < first {
		return 0, "", false // no verb group: "its offer", a noun's own phrase
	}
	label, ok := pronounLabels[doc.Lower(k)]
	return k, label, ok
}

// inVerbGroup reports the tags of a verb group before the trigger: "has
// agreed to", "was considering", "is prepared to", "is willing to".
func inVerbGroup(pos string) bool {
	return strings.HasPrefix(pos, "VB") || pos == "MD" || pos == "RB" || pos == "TO" || pos == "JJ"
}

// pronounAntecedent returns the mention with the label that a pronoun at token
// pro stands for: the nearest before it in its sentence, else the first in
// the sentence before; names in a relative clause ("X, which holds a
// stake in Y,") are skipped.
func (f *Finder) pronounAntecedent(in Input, pro int, label string) (ner.Mention, bool) {
	doc := in.Doc
	sent := doc.Tokens[pro].Sent
	asides := f.asidesOf(in, doc.Sentences[sent])
	var prev []ner.Mention
	// Mentions are in text order: those before the pronoun, back to the
	// sentence before, are all that can count.
	before := inRange(in.Mentions, 0, pro, func(m ner.Mention) int { return m.First })
	for k := len(before) - 1; k >= 0 && doc.Tokens[before[k].First].Sent >= sent-1; k-- {
		m := before[k]
		if m.First >= pro || m.Label != label || m.Start < in.BodyStart {
			continue
		}
		if _, ok := enclosing(asides, m.Start); ok && doc.Tokens[m.First].Sent == sent {
			continue // "Ford, which holds a stake in Jaguar, said it": Ford
		}
		switch doc.Tokens[m.First].Sent {
		case sent:
			return m, true
		case sent - 1:
			prev = append(prev, m)
		}
	}
	if len(prev) == 0 {
		return ner.Mention{}, false
	}
	return prev[len(prev)-1], true
}
