package extract

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// townAfterPreposition reports a name the recognizer took for a person's or an
// organization's that is a town's or a division's: it stands right after
// a place preposition ("a cottage in Nelson", "fans inside Hinton") or
// before a comma and a state, province or region ("Quorby, Yorkshire"), the
// gazetteer knows a place of that name, and nothing in the article makes
// it a person's or an organization's: no possessive after it ("in
// Nelson's office"), no full name of the article ends in it ("Tom Nelson
// ... in Nelson"), no deity ("faith in God"), no lone surname the lexicon
// lists ("confidence in Warren"); for an organization, no
// acronym, no name or head word of the lexicon's organizations
// ("Congress"), no noun of owning before the preposition ("shares in X").
func (e *Extractor) townAfterPreposition(doc *text.Document, m ner.Mention, surnames, placedAlways map[string]bool) bool {
	if m.Label == ner.LabelLOC || m.First == 0 || m.Last-m.First > 3 {
		return false
	}
	prev := doc.Tokens[m.First-1]
	afterPrep := prev.Sent == doc.Tokens[m.First].Sent && e.words.placePreps[doc.Lower(m.First-1)]
	if !afterPrep && !e.beforeDivision(doc, m) {
		return false
	}
	if m.Last < len(doc.Tokens) && isPossessive(doc.Tokens[m.Last].Text) {
		return false
	}
	name := mentionText(doc, m)
	if strings.ContainsAny(name, "$€£¥0123456789") {
		return false // "in US$": a currency, "in G7": a group
	}
	if m.Last-m.First == 1 && surnames[name] || e.words.deityNames[strings.ToLower(name)] {
		return false
	}
	if m.Label != ner.LabelMISC && m.Last-m.First == 1 && slices.Contains(e.lexicon.Lists(name), gazetteer.ListSurname) && !placedAlways[name] {
		return false // "rallied around Harris", "confidence in Warren"
	}
	if m.Label == ner.LabelORG && e.organizationEvidence(doc, m, name) {
		return false
	}
	if m.Label == ner.LabelMISC && (e.namesPeople(name) || modifiesNoun(doc, m)) {
		return false // "in English", "in Western countries": a language, a modifier
	}
	return e.resolver.Knows(name)
}

// organizationEvidence reports what keeps a name after "in" an
// organization's: an acronym, a name or head word the lexicon lists for
// organizations, a noun of owning before the preposition.
func (e *Extractor) organizationEvidence(doc *text.Document, m ner.Mention, name string) bool {
	if isAcronym(name) {
		return true
	}
	if _, ok := e.lexicon.Organization(name); ok || e.lexicon.IsOrgWord(doc.Lower(m.Last-1)) {
		return true
	}
	k := m.First - 2
	return k >= 0 && e.words.holdingNouns[doc.Lower(k)]
}

// namesPeople reports a people's or a language's name, as written or in
// capitals: a country's demonym, or a region's people ("Bavarian").
func (e *Extractor) namesPeople(name string) bool {
	for _, n := range []string{name, titleCaseShouted(name)} {
		_, demonym := e.lexicon.Demonym(n)
		_, regional := e.words.placeAdjectives[n]
		if demonym || regional {
			return true
		}
	}
	return false
}

// modifiesNoun reports a mention that a lower-case noun follows in its
// sentence ("Western countries", "US$ terms"): a modifier, not a place.
func modifiesNoun(doc *text.Document, m ner.Mention) bool {
	if m.Last >= len(doc.Tokens) {
		return false
	}
	next := doc.Tokens[m.Last]
	return next.Sent == doc.Tokens[m.First].Sent && strings.HasPrefix(next.POS(), "NN") && !text.IsCapitalized(next.Text)
}

// beforeDivision reports a mention followed by a comma and the name of a
// state, province or region the lexicon lists that is no city's too
// ("Quorby Green, Kentucky"; not "Jane Doe, Mexico City", a byline, nor
// a region before another, a list).
func (e *Extractor) beforeDivision(doc *text.Document, m ner.Mention) bool {
	if _, region := e.lexicon.Region(mentionText(doc, m)); region {
		return false // "Zedshire, Quornshire and Surrey": a list of county sides
	}
	k := m.Last
	if k+1 >= len(doc.Tokens) || doc.Tokens[k].Text != "," || doc.Tokens[k+1].Sent != doc.Tokens[m.First].Sent {
		return false
	}
	for n := 1; n <= 3 && k+1+n <= len(doc.Tokens); n++ {
		name := doc.Text[doc.Tokens[k+1].Start:doc.Tokens[k+n].End()]
		if _, city := e.lexicon.City(name); city {
			return false
		}
		if _, ok := e.lexicon.Region(name); ok {
			// "Smith, Texas Republican": the region modifies a noun.
			after := k + 1 + n
			return after >= len(doc.Tokens) || !strings.HasPrefix(doc.Tokens[after].POS(), "NN")
		}
	}
	return false
}

// startsWithPlacePrefix reports an organization or person name of two
// words or more whose first word names a kind of place: "Lake Quorble",
// "Mount Quorble".
func (e *Extractor) startsWithPlacePrefix(doc *text.Document, m ner.Mention) bool {
	if m.Label != ner.LabelORG && m.Label != ner.LabelPER || m.Last-m.First < 2 {
		return false
	}
	// "Mount Quorble College", "Mount Quorble Health System": an
	// institution named for the place.
	last := doc.Lower(m.Last - 1)
	if e.lexicon.IsOrgWord(last) || e.words.instHeads[last] || e.words.facilityHeads[last] {
		return false
	}
	return e.words.placePrefixes[doc.Lower(m.First)]
}

// beforeSiteNoun reports a name the recognizer took for a person's or an
// organization's that a lower-case site noun follows in its sentence ("the
// Quorble roundabout", "Quorble airport"), unless it is a people's name
// ("Thai airport").
func (e *Extractor) beforeSiteNoun(doc *text.Document, m ner.Mention) bool {
	if m.Label != ner.LabelPER && m.Label != ner.LabelORG || m.Last >= len(doc.Tokens) {
		return false
	}
	next := doc.Tokens[m.Last]
	if next.Sent != doc.Tokens[m.First].Sent || !e.words.siteNouns[next.Text] {
		return false
	}
	_, people := e.lexicon.Demonym(mentionText(doc, m))
	return !people
}

// placedAlways returns the names of the article's mentions that it names
// twice or more, every time right after a place preposition.
func (e *Extractor) placedAlways(doc *text.Document, ms []ner.Mention) map[string]bool {
	afterPrep := make([]bool, len(ms))
	placed := map[string]int{}
	for i, m := range ms {
		if m.First > 0 && doc.Tokens[m.First-1].Sent == doc.Tokens[m.First].Sent && e.words.placePreps[doc.Lower(m.First-1)] {
			afterPrep[i] = true
			placed[mentionText(doc, m)]++
		}
	}
	out := map[string]bool{}
	if len(placed) == 0 {
		return out
	}
	for i, m := range ms {
		if !afterPrep[i] {
			delete(placed, mentionText(doc, m)) // named elsewhere too
		}
	}
	for name, n := range placed {
		if n >= 2 {
			out[name] = true
		}
	}
	return out
}

// fullNameSurnames returns the last words of the article's person mentions
// of two words or more.
func fullNameSurnames(doc *text.Document, ms []ner.Mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		if m.Label == ner.LabelPER && m.Last-m.First >= 2 {
			out[doc.Tokens[m.Last-1].Text] = true
		}
	}
	return out
}

func isPossessive(s string) bool { return s == "'s" || s == "’s" || s == "'" }
