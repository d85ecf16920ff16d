package geo

import (
	"maps"
	"slices"
	"strings"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// implied is the context that the article's unambiguous places imply: a
// town whose every candidate lies in one country ("Castlegar", "Bellmore")
// puts the story there as surely as the country's name would, and its
// namesakes ("Nelson", "Oceanside") follow it; a division is implied when
// every candidate also lies in one division. Counts say how many places
// imply each, so that a place's own implication can be taken out.
type implied struct {
	named              *article // the context the article names
	countries, admin1s map[string]int
}

// impliedContext collects what the places imply. Places skipped by the
// resolver (landmarks, open waters) imply nothing, nor do those named only
// inside an organization's name (no mentions of their own: "Queens" of a
// football club's name says nothing of where the match is).
func impliedContext(a *article, places []model.Place, cands [][]gaz.Place, skip []bool) *implied {
	im := &implied{named: a, countries: map[string]int{}, admin1s: map[string]int{}}
	for i, cs := range cands {
		if skip[i] {
			continue
		}
		country, admin1 := implication(places[i], cs)
		if country != "" {
			im.countries[country]++
		}
		if admin1 != "" {
			im.admin1s[admin1]++
		}
	}
	return im
}

// implication is the country, and the division, that all of a mentioned
// place's candidates share, or "". A town found only by an alternate name
// implies nothing: "Alfa" (of a car's name) is a variant of Alva,
// Oklahoma; a division's abbreviation ("Ga.") does.
func implication(p model.Place, cs []gaz.Place) (country, admin1 string) {
	if len(cs) == 0 || len(p.Mentions) == 0 || !slices.ContainsFunc(cs, func(c gaz.Place) bool { return c.Class == "A" || exactName(c, p.Name) }) {
		return "", ""
	}
	country, admin1 = cs[0].CountryCode, cs[0].Admin1Code
	for _, c := range cs[1:] {
		if c.CountryCode != country {
			return "", ""
		}
		if c.Admin1Code != admin1 {
			admin1 = ""
		}
	}
	return country, admin1
}

// rule (e2) is the context rule (c) over the named context and what most
// of the other places imply: the country that most of them imply (all
// those tied), and the divisions they imply inside it. A place does not
// vouch for itself, and since an implied context is weaker than a named
// one, a pick that a namesake anywhere outnumbers twenty times over is
// dropped ("Toronto" stays Canada's in a story of Ohio's towns).
func (im *implied) rule(p model.Place, cs []gaz.Place, _ *article) (choice, bool) {
	ownCountry, ownAdmin1 := implication(p, cs)
	votes := func(counts map[string]int, own, k string) int {
		if k == own {
			return counts[k] - 1
		}
		return counts[k]
	}
	most := 0
	for k := range im.countries {
		most = max(most, votes(im.countries, ownCountry, k))
	}
	if most == 0 {
		return choice{}, false // nothing implied: rule (c) has run over the named context
	}
	b := *im.named
	b.countries, b.admin1s = maps.Clone(im.named.countries), maps.Clone(im.named.admin1s)
	for k := range im.countries {
		if votes(im.countries, ownCountry, k) == most {
			b.countries[k] = true
		}
	}
	for k := range im.admin1s {
		country, _, _ := strings.Cut(k, ".")
		if votes(im.admin1s, ownAdmin1, k) > 0 && votes(im.countries, ownCountry, country) == most {
			b.admin1s[k] = true
		}
	}
	c, ok := contextRule(p, cs, &b)
	if !ok || dwarfed(c.place, cs) {
		return choice{}, false // implied, not named: a namesake twenty times bigger wins
	}
	return c, true
}
