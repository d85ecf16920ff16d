package geo

import (
	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// countyRule resolves a county of the United States that no gazetteer
// entry matches ("Cuyahoga County", "Orleans Parish") to the county of
// that name (gaz.Counties) in a state the article names, else in the state
// of the article's town, else to the only county of that name in a story
// that names no country or names the United States, and whose town and
// dateline, if any, are American ("Oxford County" with Woodstock, Ontario,
// is no county of Maine). Many states share a county's name (Orange
// County is in eight), so a name the article's context does not settle
// stays open. The county keeps no GeoNames id: the table has none.
func (r *Resolver) countyRule(p model.Place, a *article) (choice, bool) {
	cs := r.gaz.Counties(p.Name)
	if len(cs) == 0 {
		return choice{}, false
	}
	if c, ok := onlyOne(cs, func(c gaz.Place) bool { return a.admin1s[c.Admin1Code] }); ok {
		return choice{place: c, rule: model.RuleContext}, true
	}
	if a.focus != nil {
		if c, ok := onlyOne(cs, func(c gaz.Place) bool { return c.Admin1Code == a.focus.Admin1Code }); ok {
			return choice{place: c, rule: model.RuleContext}, true
		}
	}
	if len(cs) == 1 && (len(a.countries) == 0 || a.countries["US"]) && (a.focus == nil || a.focus.CountryCode == "US") && (a.dateline == "" || a.dateline == "US") {
		return choice{place: cs[0], rule: model.RulePopulation}, true
	}
	return choice{}, false
}

// onlyOne returns the one candidate that keep accepts, if exactly one
// does.
func onlyOne(cs []gaz.Place, keep func(gaz.Place) bool) (gaz.Place, bool) {
	var out gaz.Place
	n := 0
	for _, c := range cs {
		if keep(c) {
			out = c
			n++
		}
	}
	return out, n == 1
}
