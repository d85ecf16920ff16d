package extract

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// refineMentions applies the rules that beat the model: a person's title is
// not part of the name, and a capitalized "The" inside a sentence belongs to
// an organization's or work's name ("by The Syrian Observer").
func (e *Extractor) refineMentions(doc *text.Document, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	for _, m := range ms {
		// "A High Court judge": a determiner opening a sentence is not
		// part of the name the model found after it.
		for m.First < m.Last-1 && doc.Tokens[m.First].Text != "The" && isLeadingArticle(doc, m.First) {
			m.First++
			m.Start = doc.Tokens[m.First].Start
		}
		if m.Label == ner.LabelPER {
			// Strip leading title words the model swallowed: "Minister Shibani".
			for m.First < m.Last-1 && e.isTitleToken(doc.Tokens[m.First]) && !e.lexicon.IsGivenName(doc.Tokens[m.First].Text) {
				m.First++
			}
			m.Start = doc.Tokens[m.First].Start
		}
		if m.Label == ner.LabelLOC && e.isCitedSource(doc, m) {
			m.Label = ner.LabelORG
		}
		if e.beforeRegionNoun(doc, m) || e.endsInPlaceHead(doc, m) || e.locatedFacility(doc, m) {
			m.Label = ner.LabelLOC
		}
		out = append(out, e.withHonorific(doc, m))
	}
	return majorityLabels(doc, e.mergeOrgRuns(doc, e.joinBridgedNames(doc, out)))
}

// beforeRegionNoun reports an organization name written right before a
// strong region noun that ends its noun phrase: in "Sylhet and Sunamganj
// districts" Sunamganj is a place. Acronyms ("the NATO region"), other
// labels ("Republican districts") and a noun that goes on ("a region
// office") are left alone. The noun is matched as written: a capitalized
// "District" belongs to a name the recognizer has seen whole.
func (e *Extractor) beforeRegionNoun(doc *text.Document, m ner.Mention) bool {
	if m.Label != ner.LabelORG || m.Last >= len(doc.Tokens) || isAcronym(mentionText(doc, m)) {
		return false
	}
	next := doc.Tokens[m.Last]
	if next.Sent != doc.Tokens[m.First].Sent || !strings.HasPrefix(next.POS, "NN") || !e.words.strongRegion[next.Text] {
		return false
	}
	if k := m.Last + 1; k < len(doc.Tokens) && doc.Tokens[k].Sent == next.Sent && strings.HasPrefix(doc.Tokens[k].POS, "NN") {
		return false
	}
	_, demonym := e.lexicon.Demonym(mentionText(doc, m))
	return !demonym
}

// endsInPlaceHead reports an organization or person name of two words or
// more whose capitalized last word names a kind of place: "Royal Street",
// "Manila Cathedral", "Glenrock Lagoon" are places.
func (e *Extractor) endsInPlaceHead(doc *text.Document, m ner.Mention) bool {
	if m.Label != ner.LabelORG && m.Label != ner.LabelPER || m.Last-m.First < 2 {
		return false
	}
	last := doc.Tokens[m.Last-1].Text
	return text.IsCapitalized(last) && e.words.placeHeads[strings.ToLower(last)]
}

// locatedFacility reports an organization named for a building ("Kendale
// Lakes Elementary School", "Cloverhill District Court") that the text puts
// something at, in or near: there it is a place. "The school said" stays
// an organization.
func (e *Extractor) locatedFacility(doc *text.Document, m ner.Mention) bool {
	if m.Label != ner.LabelORG || m.Last-m.First < 2 || m.First == 0 {
		return false
	}
	last := doc.Tokens[m.Last-1].Text
	if !text.IsCapitalized(last) || !e.words.facilityHeads[strings.ToLower(last)] {
		return false
	}
	k := m.First - 1
	if strings.EqualFold(doc.Tokens[k].Text, "the") && k > 0 {
		k--
	}
	return doc.Tokens[k].Sent == doc.Tokens[m.First].Sent && e.words.locativePreps[strings.ToLower(doc.Tokens[k].Text)]
}

// withHonorific puts an honorific back into a one-word person name when
// another title stands before it: in "Prime Minister Sheikh Hasina" the
// person is Sheikh Hasina and the title Prime Minister.
func (e *Extractor) withHonorific(doc *text.Document, m ner.Mention) ner.Mention {
	if m.Label != ner.LabelPER || m.Last-m.First != 1 || m.First < 2 {
		return m
	}
	h, before := doc.Tokens[m.First-1], doc.Tokens[m.First-2]
	if h.Sent != doc.Tokens[m.First].Sent || before.Sent != h.Sent || !text.IsCapitalized(h.Text) ||
		!e.words.nameHonorifics[strings.ToLower(h.Text)] || !e.isTitleToken(before) {
		return m
	}
	m.First--
	m.Start = h.Start
	return m
}

// joinBridgedNames joins two mentions of one sentence that a lower-case
// name particle separates: "Estadio" "del" "Sol" is one name the
// recognizer split. Such place and organization names put the head noun
// first, so the first part's label wins. People are left alone: the
// recognizer reads "X da Y" whole when it is one person, and a person next
// to another name ("Leonardo" "da" "Vinci Foundation") is no sign of one.
func (e *Extractor) joinBridgedNames(doc *text.Document, ms []ner.Mention) []ner.Mention {
	if !slices.ContainsFunc(ms, func(m ner.Mention) bool {
		return m.Last < len(doc.Tokens) && e.words.nameBridges[doc.Tokens[m.Last].Text]
	}) {
		return ms // nothing to join: the common case costs no copy
	}
	out := ms[:0:0]
	for _, m := range ms {
		if n := len(out); n > 0 {
			prev := out[n-1]
			if m.First == prev.Last+1 && e.words.nameBridges[doc.Tokens[prev.Last].Text] &&
				doc.Tokens[m.First].Sent == doc.Tokens[prev.First].Sent &&
				m.Label != ner.LabelPER && prev.Label != ner.LabelPER {
				out[n-1] = ner.Mention{Start: prev.Start, End: m.End, First: prev.First, Last: m.Last, Label: prev.Label}
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// majorityLabels gives every mention of the same text the label the
// document uses most for it, when one label has a clear majority: a name
// is rarely a person in one sentence and a place in the next.
func majorityLabels(doc *text.Document, ms []ner.Mention) []ner.Mention {
	counts := map[string]map[string]int{}
	for _, m := range ms {
		k := doc.Text[m.Start:m.End]
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][m.Label]++
	}
	for i, m := range ms {
		c := counts[doc.Text[m.Start:m.End]]
		best, bestN, total := m.Label, c[m.Label], 0
		for l, n := range c {
			total += n
			if n > bestN {
				best, bestN = l, n
			}
		}
		if best != m.Label && c[m.Label] == 1 && bestN >= 3 && bestN == total-1 {
			ms[i].Label = best
		}
	}
	return ms
}

// mergeOrgRuns joins the pieces of an organization's name that the model
// split or mislabeled: a run of capitalized words ending in an
// organization word ("The Syrian Observer", "Syrian Arab News Agency")
// that holds an ORG or MISC mention becomes one ORG mention. The "The"
// stays out of the mention, as in CoNLL-2003, but buildOrganizations puts
// it in the name.
func (e *Extractor) mergeOrgRuns(doc *text.Document, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Label != ner.LabelORG && m.Label != ner.LabelMISC {
			out = append(out, m)
			continue
		}
		s := doc.Sentences[doc.Tokens[m.First].Sent]
		first, last := m.First, m.Last
		for first > s.First && text.IsCapitalized(doc.Tokens[first-1].Text) && doc.Tokens[first-1].POS == "NNP" {
			first--
		}
		for last < s.Last && text.IsCapitalized(doc.Tokens[last].Text) && doc.Tokens[last].POS == "NNP" {
			last++
		}
		// Only a name that carries its own capitalized "The" inside a
		// sentence is taken: elsewhere the model is the better judge.
		if !e.lexicon.IsOrgWord(strings.ToLower(doc.Tokens[last-1].Text)) || last-first < 2 ||
			first <= s.First || doc.Tokens[first-1].Text != "The" {
			out = append(out, m)
			continue
		}
		// Drop the mentions the run swallows, before and after this one.
		for len(out) > 0 && out[len(out)-1].First >= first {
			out = out[:len(out)-1]
		}
		for i+1 < len(ms) && ms[i+1].Last <= last {
			i++
		}
		if len(out) > 0 && out[len(out)-1].Last > first || i+1 < len(ms) && ms[i+1].First < last {
			out = append(out, m) // a run that cuts another mention in two: keep the model's reading
			continue
		}
		out = append(out, ner.Mention{Start: doc.Tokens[first].Start, End: doc.Tokens[last-1].End, First: first, Last: last, Label: ner.LabelORG})
	}
	return out
}

// isCitedSource reports a place-labeled mention that is the source of a
// report ("cited by X", "according to X", "reported by X") and that the
// gazetteers do not know as a place: a news outlet or agency, not a place.
func (e *Extractor) isCitedSource(doc *text.Document, m ner.Mention) bool {
	if m.First < 2 {
		return false
	}
	prev, prev2 := strings.ToLower(doc.Tokens[m.First-1].Text), strings.ToLower(doc.Tokens[m.First-2].Text)
	if !(prev == "by" && e.words.citingVerbs[prev2] || prev == "to" && prev2 == "according") {
		return false
	}
	return !e.known(mentionText(doc, m))
}

// isLeadingArticle: "A", "An" or "The" opening a sentence or following a
// dateline's dash, capitalized for grammar and not part of a name.
// refineMentions trims only "A" and "An": a mention the model begins with
// "The" ("The Hague") keeps it.
func isLeadingArticle(doc *text.Document, k int) bool {
	if k+1 < len(doc.Tokens) && !text.IsCapitalized(doc.Tokens[k+1].Text) {
		return false // "A. Stewart": an initial, not an article
	}
	switch doc.Tokens[k].Text {
	case "A", "An", "The":
		if doc.Sentences[doc.Tokens[k].Sent].First == k {
			return true
		}
		switch doc.Tokens[k-1].Text {
		case "-", "—", "–", "--":
			return true
		}
	}
	return false
}
