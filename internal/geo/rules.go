package geo

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// dwarfRatio is how many times more people the most populous candidate may
// have than a context rule's pick before the context yields to population:
// "Paris" in an article that names the United States is still the French
// capital, unless a state of the namesake is named too.
const dwarfRatio = 20

// countryRule (a) picks the country of the place's name, unless a
// first-level division of the same name is where another place of the
// article lies ("Georgia" next to the state's cities).
func countryRule(p model.Place, cs []gaz.Place, a *article, self int) (choice, bool) {
	var country, namesake *gaz.Place
	for i := range cs {
		c := &cs[i]
		switch {
		case isCountry(*c) && country == nil && (p.Type == model.PlaceCountry || exactName(*c, p.Name)):
			country = c
		case c.Code == "ADM1" && exactName(*c, p.Name) && namesake == nil:
			namesake = c
		}
	}
	if country == nil {
		return choice{}, false
	}
	ch := choice{place: *country, rule: model.RuleCountry}
	if namesake != nil {
		for j, h := range a.hints {
			if j != self && h == namesake.Admin1Code {
				return choice{}, false
			}
		}
		ch.runnerUp = namesake.ID
	}
	return ch, true
}

// admin1Rule (b) picks the first-level division whose own name is the
// place's, unless a capital or division seat bears the name too (the city
// of "Ankara" rather than its province) and the text does not call the
// place a region.
func (r *Resolver) admin1Rule(p model.Place, cs []gaz.Place) (choice, bool) {
	var div *gaz.Place
	seat := false
	for i := range cs {
		c := &cs[i]
		if !exactName(*c, p.Name) {
			continue
		}
		switch {
		case c.Code == "ADM1" && (div == nil || r.countryPopulation(c.CountryCode) > r.countryPopulation(div.CountryCode)):
			div = c // of namesake divisions, the one in the more populous country
		case c.Code == "PPLC" || c.Code == "PPLA":
			seat = true
		}
	}
	if div == nil || (seat && p.Type != model.PlaceRegion) {
		return choice{}, false
	}
	return choice{place: *div, rule: model.RuleAdmin1}, true
}

// bigCity is how many people a city of a country the article names needs
// to outweigh a namesake in a division it names (with dwarfRatio times its
// people): "Portland" in a Texas sports story is Oregon's city, not the
// Texas town, but a Montana story's "Shelby" is Montana's.
const bigCity = 100_000

// contextRule (c) picks the most populous candidate inside a division the
// article names, unless a big city of a country it names dwarfs it or is
// that country's capital with more people (capitalOver), else
// the most populous inside a country it names, unless a candidate
// elsewhere dwarfs it.
func contextRule(p model.Place, cs []gaz.Place, a *article) (choice, bool) {
	inCountry, okCountry := within(cs, func(c gaz.Place) bool { return a.countries[c.CountryCode] && !isCountry(c) })
	if c, ok := within(cs, func(c gaz.Place) bool { return a.admin1s[c.Admin1Code] && c.Code != "ADM1" }); ok {
		if !okCountry || inCountry.place.Population < bigCity || !outnumbers(inCountry.place, c.place) && !capitalOver(inCountry.place, c.place) {
			c.rule = model.RuleContext
			return c, true
		}
	}
	if !okCountry || dwarfed(inCountry.place, cs) {
		return choice{}, false
	}
	inCountry.rule = model.RuleContext
	return inCountry, true
}

// capitalOver reports a national capital with more people than a
// namesake town: "Washington" in a story that names the United States
// and England is the American capital, not the English town.
func capitalOver(capital, town gaz.Place) bool {
	return capital.Code == "PPLC" && capital.Population > town.Population
}

// qualifierRE matches ", Name" after a mention: up to three capitalized
// words.
var qualifierRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})`)
})

// patternRule (d) reads "City, State" and "City, Country" after any mention
// and picks the most populous candidate inside the qualifier.
func (r *Resolver) patternRule(p model.Place, cs []gaz.Place, a *article) (choice, bool) {
	for _, m := range p.Mentions {
		if m.End > len(a.text) {
			continue
		}
		sub := qualifierRE().FindStringSubmatch(a.text[m.End:])
		if sub == nil {
			continue
		}
		words := strings.Fields(sub[1])
		for n := len(words); n > 0; n-- {
			q := strings.Join(words[:n], " ")
			country, admin1s := r.qualifier(q)
			if country == "" && len(admin1s) == 0 {
				continue
			}
			inside := func(c gaz.Place) bool {
				return !isCountry(c) && (slices.Contains(admin1s, c.Admin1Code) || c.CountryCode == country && country != "")
			}
			if c, ok := within(cs, inside); ok {
				c.rule = model.RulePattern
				return c, true
			}
		}
	}
	return choice{}, false
}

// qualifier reads a name as a country (its ISO code) or a first-level
// division (its admin1 code): by its own name, else by an alternate that
// only one division bears (the abbreviations "Wash.", "Calif.", "Pa."),
// or by a listed abbreviation, which may stand for two ("WA": Washington
// and Western Australia, both then read).
func (r *Resolver) qualifier(name string) (country string, admin1s []string) {
	if r.lex != nil {
		if c, ok := r.lex.Country(name); ok {
			name = c
		}
	}
	if ds := r.abbreviated(name); ds != nil {
		for _, d := range ds {
			admin1s = append(admin1s, d.Admin1Code)
		}
		return "", admin1s
	}
	var admin1 string
	var alternate []string
	for _, c := range r.gaz.Lookup(name) {
		switch {
		case isCountry(c) && exactName(c, name):
			return c.CountryCode, nil
		case c.Code == "ADM1" && exactName(c, name):
			admin1 = c.Admin1Code
		case c.Code == "ADM1":
			alternate = append(alternate, c.Admin1Code)
		}
	}
	if admin1 == "" && len(alternate) == 1 {
		admin1 = alternate[0]
	}
	if admin1 == "" {
		return "", nil
	}
	return "", []string{admin1}
}

// countryPopulation is the population of the country with the ISO code.
func (r *Resolver) countryPopulation(iso string) int64 {
	c, _ := r.gaz.Country(iso)
	return c.Population
}

// inSpan reports a place first named inside the span.
func inSpan(p model.Place, span *model.Span) bool {
	return span != nil && len(p.Mentions) > 0 && p.Mentions[0].Start >= span.Start && p.Mentions[0].Start < span.End
}

// datelineRule (e) picks the most populous candidate in the dateline's
// country, unless a candidate elsewhere dwarfs it.
func datelineRule(p model.Place, cs []gaz.Place, a *article) (choice, bool) {
	if a.dateline == "" {
		return choice{}, false
	}
	c, ok := within(cs, func(c gaz.Place) bool { return c.CountryCode == a.dateline && !isCountry(c) })
	if !ok || dwarfed(c.place, cs) {
		return choice{}, false
	}
	c.rule = model.RuleDateline
	return c, true
}

// populationRule (f) picks the most populous candidate.
func populationRule(p model.Place, cs []gaz.Place, a *article) (choice, bool) {
	c, ok := within(cs, func(gaz.Place) bool { return true })
	c.rule = model.RulePopulation
	return c, ok
}

// datelineCountry is the country of the first place named in the dateline.
func (r *Resolver) datelineCountry(places []model.Place, cands [][]gaz.Place, span *model.Span) string {
	if span == nil {
		return ""
	}
	for i, p := range places {
		if !inSpan(p, span) {
			continue
		}
		if p.Resolved {
			return p.CountryCode
		}
		if best, ok := mostPopulous(cands[i]); ok {
			return best.CountryCode
		}
	}
	return ""
}

// within picks the most populous candidate that passes keep, with the
// next one as runner-up when it has at least a third as many people.
func within(cs []gaz.Place, keep func(gaz.Place) bool) (choice, bool) {
	var best, second *gaz.Place
	for i := range cs {
		c := &cs[i]
		if !keep(*c) {
			continue
		}
		switch {
		case best == nil || outranks(*c, *best):
			best, second = c, best
		case second == nil || outranks(*c, *second):
			second = c
		}
	}
	if best == nil {
		return choice{}, false
	}
	ch := choice{place: *best}
	if second != nil && second.Population > 0 && second.Population*closeRatio >= best.Population {
		ch.runnerUp = second.ID
	}
	return ch, true
}

// mostPopulous is the most populous candidate.
func mostPopulous(cs []gaz.Place) (gaz.Place, bool) {
	c, ok := within(cs, func(gaz.Place) bool { return true })
	return c.place, ok
}

// outranks orders candidates by population, then by rank: a country, a
// capital, a division seat, a division, another place.
func outranks(a, b gaz.Place) bool {
	if a.Population != b.Population {
		return a.Population > b.Population
	}
	return rank(a) > rank(b)
}

func rank(c gaz.Place) int {
	switch {
	case isCountry(c):
		return 5
	case c.Code == "PPLC":
		return 4
	case c.Code == "PPLA":
		return 3
	case c.Code == "ADM1":
		return 2
	case c.Class == "P":
		return 1
	}
	return 0
}

// dwarfed reports a pick that another candidate outnumbers dwarfRatio
// times over. A division the gazetteer gives no population is never
// dwarfed: it has people, only not counted ("Norfolk", the English county,
// in a story that names Britain, beside Norfolk, Virginia).
func dwarfed(pick gaz.Place, cs []gaz.Place) bool {
	if isDivision(pick) && pick.Population == 0 {
		return false
	}
	top, _ := mostPopulous(cs)
	return outnumbers(top, pick)
}

// outnumbers reports a place with more than dwarfRatio times the people of
// another.
func outnumbers(big, small gaz.Place) bool {
	return big.Population > dwarfRatio*max(small.Population, 1)
}
