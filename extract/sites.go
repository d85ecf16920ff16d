package extract

import (
	"strings"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// linkSitesToPlaces points an organization named for a building or an
// institution ("Lincoln High School", "the Harbor View Hotel") that the
// text puts something at, in or near ("a rally at Lincoln High School") to
// a place record of its site, named as the organization is, when no place
// in its name was linked already. The organization keeps its label; the
// site is resolved like a street, to the point of the town that holds it.
func (e *Extractor) linkSitesToPlaces(doc *text.Document, orgs []model.Organization, places *placeBook) {
	for i := range orgs {
		if orgs[i].Place != nil || !e.namesSite(orgs[i].Name) || !e.locatedAnywhere(doc, orgs[i].Mentions) {
			continue
		}
		ref := places.record(orgs[i].Name, model.PlaceOther)
		orgs[i].Place = &ref
	}
}

// namesSite reports a name of two words or more whose capitalized last
// word is a building's or an institution's.
func (e *Extractor) namesSite(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	last := words[len(words)-1]
	low := strings.ToLower(last)
	return text.IsCapitalized(last) && (e.words.facilityHeads[low] || e.words.instHeads[low])
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
		if doc.Tokens[p].Sent == doc.Tokens[k].Sent && e.words.locativePreps[strings.ToLower(doc.Tokens[p].Text)] {
			return true
		}
	}
	return false
}
