package geo

import (
	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// minSisterDivisions is how many other first-level divisions of a country
// an article must name for a country's name that one of that country's
// divisions bears too to be read as the division.
const minSisterDivisions = 2

// sisterDivisionsRule (b4) reads a country's name that a first-level
// division of another country bears too ("Georgia"), met only inside an
// organization's name, as that division when the article names two or
// more other divisions of the division's country and no other place of
// the named country: "the Georgia Quorble Board" or "the Georgia
// Quorby College" in a story of Ohio, Utah and Maine is the state's. A
// story that also names Tbilisi, or no other state, keeps the country,
// and so does a name the text gives as a place of its own ("troops
// crossed into Georgia and Armenia" in a story of American states).
func (r *Resolver) sisterDivisionsRule(places []model.Place, picks []gaz.Place, self int) (choice, bool) {
	p := places[self]
	namesake, ok := r.namesakeDivision(p)
	if !ok || len(p.Mentions) > 0 {
		return choice{}, false
	}
	sisters := map[string]bool{}
	for j, q := range places {
		if j == self {
			continue
		}
		if q.CountryCode == p.CountryCode || !q.Resolved && r.mayLieIn(q.Name, p.CountryCode) {
			return choice{}, false // the country's own places: the country
		}
		if !q.Resolved {
			continue
		}
		if q.FeatureClass == model.FeatureAdmin1 && picks[j].CountryCode == namesake.CountryCode && picks[j].Admin1Code != namesake.Admin1Code {
			sisters[picks[j].Admin1Code] = true
		}
	}
	if len(sisters) < minSisterDivisions {
		return choice{}, false
	}
	return choice{place: namesake, rule: model.RuleAdmin1, runnerUp: p.GeoNamesID}, true
}

// namesakeDivision is the first-level division that a place resolved as a
// country recorded as its runner-up (countryRule).
func (r *Resolver) namesakeDivision(p model.Place) (gaz.Place, bool) {
	if p.FeatureClass != model.FeatureCountry || p.Resolution == nil || p.Resolution.RunnerUp == 0 {
		return gaz.Place{}, false
	}
	for _, c := range r.gaz.Lookup(p.Name) {
		if c.ID == p.Resolution.RunnerUp && c.Code == "ADM1" {
			return c, true
		}
	}
	return gaz.Place{}, false
}

// mayLieIn reports a name that a place of the country bears as its own
// ("Tbilisi" for GE), for places the rules have not resolved yet.
func (r *Resolver) mayLieIn(name, country string) bool {
	for _, c := range r.gaz.Lookup(name) {
		if c.CountryCode == country && exactName(c, name) {
			return true
		}
	}
	return false
}
