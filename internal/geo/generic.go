package geo

import (
	"strings"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// generic reports a name made only of words of directions, wide regions and
// modifiers ("West", "West Coast", "the Gulf", "Central"): news uses such a
// name for a region the reader knows from the story ("the West", "the
// Gulf"), and what the gazetteer holds under it is a division somewhere
// (Cameroon's West Region, Papua New Guinea's Gulf Province). Such a place
// is resolved only by genericRule; else it stays unresolved.
func (r *Resolver) generic(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !r.words.wideWords[w] && !r.words.modifiers[w] {
			return false
		}
	}
	return true
}

// genericRule resolves a generic name: a division inside a country the
// article names ("the West Coast" of a story about New Zealand), else a
// "City, State" pattern ("West, Texas"); not a town of a named division,
// since "the West" of a sports story in Texas is a conference, not the
// town of West.
func (r *Resolver) genericRule(p model.Place, cs []gaz.Place, a *article) (choice, bool) {
	c, ok := within(cs, func(c gaz.Place) bool { return c.Class == "A" && !isCountry(c) && a.countries[c.CountryCode] })
	if ok {
		c.rule = model.RuleContext
		return c, true
	}
	return r.patternRule(p, cs, a)
}
