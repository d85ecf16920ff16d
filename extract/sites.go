package extract

import (
	"strings"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// linkSitesToPlaces points an organization that the text puts something
// at, in or near, and that is named for a building ("a fire at the Quorble
// General Hospital") or is placed in a town the article names ("students
// at Quorble Academy in Leeds", "talks at the UN in Quorby"), to a
// place record of its site, named as the organization is, when no place in
// its name was linked already. The organization keeps its label; the
// site is resolved like a street, to the point of the town that holds it.
func (e *Extractor) linkSitesToPlaces(doc *text.Document, orgs []model.Organization, places *placeBook) {
	for i := range orgs {
		if orgs[i].Place != nil || !e.locatedAnywhere(doc, orgs[i].Mentions) {
			continue
		}
		if !e.namesBuilding(orgs[i].Name) && !beforeInPlace(doc, orgs[i].Mentions, places) {
			continue
		}
		ref := places.record(orgs[i].Name, model.PlaceOther)
		orgs[i].Place = &ref
	}
}

// namesBuilding reports a name of two words or more whose capitalized last
// word is a building's ("Hospital", "Hotel"). An institution's ("Harvard
// University", "the International Criminal Court") is not enough: its
// name often holds a place it is not in, and the article's town need not
// be its town, so it needs "in" and a town after it.
func (e *Extractor) namesBuilding(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	last := words[len(words)-1]
	return text.IsCapitalized(last) && e.words.facilityHeads[strings.ToLower(last)]
}

// locatedAnywhere reports whether any of the mentions follows a locative
// preposition, with or without "the", in its sentence.
func (e *Extractor) locatedAnywhere(doc *text.Document, ms []model.Span) bool {
	for _, m := range ms {
		k := doc.TokenAt(m.Start)
		if k <= 0 || k >= len(doc.Tokens) {
			continue
		}
		p := k - 1
		if strings.EqualFold(doc.Tokens[p].Text, "the") && p > 0 {
			p--
		}
		if doc.Tokens[p].Sent == doc.Tokens[k].Sent && e.words.locativePreps[doc.Lower(p)] {
			return true
		}
	}
	return false
}

// beforeInPlace reports whether a mention is followed by "in" and the name
// of a place the article names ("at the Quorble Institute in Leeds").
func beforeInPlace(doc *text.Document, ms []model.Span, places *placeBook) bool {
	for _, m := range ms {
		k := doc.TokenAt(m.End)
		if k+1 >= len(doc.Tokens) || doc.Tokens[k].Text != "in" {
			continue
		}
		for n := 1; n <= 3 && k+n < len(doc.Tokens); n++ {
			name := doc.Text[doc.Tokens[k+1].Start:doc.Tokens[k+n].End()]
			if j := places.named(name); j >= 0 && len(places.list[j].Mentions) > 0 {
				return true
			}
		}
	}
	return false
}
