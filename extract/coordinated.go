package extract

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// maxCoordinatedWords is the longest name a list of places relabels.
const maxCoordinatedWords = 3

// coordinatedTowns makes a name the recognizer took for a person's or an
// organization's a place where a list holds it with a place ("from
// Quorbury and Leeds", "Leeds, Quorbury and York") and the gazetteer
// knows a town of that name, or, for a one-word name that is no given
// name or organization word, the list holds two places or more ("shows in
// Leeds, York, Quorbury and Hull"): the members of a list are of one
// kind. A
// list is closed by "and", "or" or "&"; commas alone join appositions as
// often ("In Leeds, Jane Quorbury said"). Not for an acronym, a name with
// a possessive before or after it ("Zedland's Quorbo and Quornia's X"), a
// full name's surname of the article, an organization the lexicon lists
// or names by its head word, nor a name the article gives a person's or an
// organization's label more than once.
func (e *Extractor) coordinatedTowns(doc *text.Document, ms []ner.Mention, surnames map[string]bool) []ner.Mention {
	others := namesLabeledOtherwise(doc, ms)
	for _, g := range e.listsWithPlaces(doc, ms) {
		places := 0
		for _, m := range ms[g[0]:g[1]] {
			if m.Label == ner.LabelLOC {
				places++
			}
		}
		for i := g[0]; i < g[1]; i++ {
			m := ms[i]
			if m.Label != ner.LabelPER && m.Label != ner.LabelORG || m.Last-m.First > maxCoordinatedWords || possessed(doc, m) {
				continue
			}
			name := mentionText(doc, m)
			if others[name] || surnames[name] || isAcronym(name) || strings.ContainsAny(name, "$€£¥0123456789") {
				continue
			}
			if m.Label == ner.LabelORG && e.organizationEvidence(doc, m, name) {
				continue
			}
			if e.resolver.Knows(name) || places >= 2 && m.Last-m.First == 1 && !e.isGivenName(name) && !e.lexicon.IsOrgWord(strings.ToLower(name)) {
				ms[i].Label = ner.LabelLOC
			}
		}
	}
	return ms
}

// listsWithPlaces returns the lists of mentions, as index ranges [i, j)
// of ms, that a joint with "and", "or" or "&" closes and that hold a
// place no possessive follows.
func (e *Extractor) listsWithPlaces(doc *text.Document, ms []ner.Mention) [][2]int {
	var out [][2]int
	for i := 0; i < len(ms); {
		j, closed := i+1, false
		for j < len(ms) {
			joint, ok := listJoint(doc, ms[j-1].Last, ms[j].First)
			if !ok {
				break
			}
			closed = closed || joint != ","
			j++
		}
		if closed && slices.ContainsFunc(ms[i:j], func(m ner.Mention) bool { return m.Label == ner.LabelLOC && !possessed(doc, m) }) {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// possessed reports a mention with a possessive right before or after it.
func possessed(doc *text.Document, m ner.Mention) bool {
	if m.Last < len(doc.Tokens) && isPossessive(doc.Tokens[m.Last].Text) {
		return true
	}
	return m.First > 0 && isPossessive(doc.Tokens[m.First-1].Text)
}

// namesLabeledOtherwise lists the names the article gives a person's or
// an organization's label more than once: a name the story keeps using
// for a person or a club is one.
func namesLabeledOtherwise(doc *text.Document, ms []ner.Mention) map[string]bool {
	n := map[string]int{}
	for _, m := range ms {
		if m.Label == ner.LabelPER || m.Label == ner.LabelORG {
			n[mentionText(doc, m)]++
		}
	}
	out := map[string]bool{}
	for k, c := range n {
		if c > 1 {
			out[k] = true
		}
	}
	return out
}

// listJoint reads tokens [from, to) as the joint of two members of a
// list in one sentence: ",", "and", "or", "&", ", and", ", or".
func listJoint(doc *text.Document, from, to int) (string, bool) {
	if to <= from || to-from > 2 || doc.Tokens[from].Sent != doc.Tokens[to].Sent {
		return "", false
	}
	joint := make([]string, 0, 2)
	for k := from; k < to; k++ {
		joint = append(joint, doc.Lower(k))
	}
	switch j := strings.Join(joint, " "); j {
	case ",", "and", "or", "&", ", and", ", or":
		return j, true
	}
	return "", false
}
