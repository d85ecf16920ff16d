package geo

import (
	"regexp"
	"strings"
	"sync"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// minEmbeddedPopulation is how many people a place named inside another
// name ("Quorbridge" in "Quorbridge General Hospital") needs, when the
// article does not name its country or division, to be taken as the
// container: "General" is a village somewhere too.
const minEmbeddedPopulation = 5000

// maxEmbeddedWords is the longest run of a name's words looked up as the
// place it embeds ("Papua New Guinea", "Bosnia and Herzegovina").
const maxEmbeddedWords = 5

// containerRule (g) gives a place that no entry matches, a street, a
// building, a neighbourhood, the point of the place that contains it: the
// place a part's name names ("West Quornshire", see partOf), a place its own
// name embeds ("Quorbridge General Hospital"; not for a
// street, "London Road"), else a resolved place named right after it,
// else the article's town (the dateline's, else the town it names most).
// A name wider than a town ("Middle East", "Indian Ocean") is left
// unresolved. The place keeps no GeoNames id: the point is its
// container's.
func (r *Resolver) containerRule(p model.Place, a *article) (choice, bool) {
	if c, ok := r.partOf(p.Name, a); ok {
		c.rule = model.RuleWithin
		return c, true
	}
	if r.wide(p.Name) {
		return choice{}, false
	}
	if c, ok := r.embedded(p.Name, a); ok && !r.street(p.Name) && (!r.county(p.Name) || a.admin1s[c.place.Admin1Code]) {
		c.rule = model.RuleWithin
		return c, true
	}
	if g, ok := a.namedContainer(p); ok {
		return choice{place: g, rule: model.RuleWithin}, true
	}
	if a.focus == nil {
		return choice{}, false
	}
	return choice{place: *a.focus, rule: model.RuleWithin}, true
}

// embedded looks up the leading and trailing runs of words of a name,
// longest first, and picks among the towns, divisions and countries they
// name the one inside the article's context, else, in a story that names
// no country or in one of those it names, a populous one: "Quorby
// Castle" in a story that names Britain is in no Canadian Quorby, and
// "Faubourg Varnholt" in an American story in no French Varnholt; the
// story's own town contains them.
func (r *Resolver) embedded(name string, a *article) (choice, bool) {
	words := strings.Fields(name)
	// Place names run to a few words: longer runs are never looked up, so
	// a mention of thousands of words costs a few lookups, not millions.
	for n := min(len(words)-1, maxEmbeddedWords); n > 0; n-- {
		for _, part := range []string{strings.Join(words[:n], " "), strings.Join(words[len(words)-n:], " ")} {
			if lw := strings.ToLower(part); n == 1 && (r.words.localHeads[lw] || r.words.modifiers[lw]) {
				continue
			}
			cs := onlyIf(r.gaz.Lookup(part), func(c gaz.Place) bool { return exactName(c, part) && (c.Class == "P" || c.Class == "A") })
			if c, ok := contextRule(model.Place{Name: part}, cs, a); ok {
				return c, true
			}
			if c, ok := mostPopulousChoice(cs); ok && c.place.Population >= minEmbeddedPopulation && (len(a.countries) == 0 || a.countries[c.place.CountryCode]) {
				return c, true
			}
		}
	}
	return choice{}, false
}

// containerRE matches what joins a site to the place it is in: "the
// stadium in Seville", "Quorn Street, New Orleans".
var containerRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:,|\s+(?:in|near|outside))\s+(?:the\s+)?`) })

// namedContainer finds a resolved place named right after a mention of p,
// after a comma or "in": the site's own container.
func (a *article) namedContainer(p model.Place) (gaz.Place, bool) {
	for _, m := range p.Mentions {
		if m.End > len(a.text) {
			continue
		}
		loc := containerRE().FindStringIndex(a.text[m.End:])
		if loc == nil {
			continue
		}
		if g, ok := a.resolvedAt[m.End+loc[1]]; ok {
			return *g, true
		}
	}
	return gaz.Place{}, false
}

// focusOf is the article's town: the resolved place of the dateline, else
// the resolved town or district the article names most often (the first
// of equals), else, in a story that names no town, the first-level
// division it names most ("the river dispute" of a story about two
// Zedland states and no town in them). When the outlet's domain gives a
// country ("quorbygazette.co.uk"), the towns in it come before the towns
// elsewhere, even one named only inside an organization's name: a local
// paper's story of a concert in Quorby that names Las Vegas once is set
// in Quorby. A story that names the outlet's country and none of its
// towns puts its sites in that country, not in a town abroad: a Zedland
// agency's report of shelling in a Zedland suburb that names Moscow.
func focusOf(places []model.Place, picks []gaz.Place, dateline *model.Span, outlet string) *gaz.Place {
	best, most, bestHome := -1, 0, false
	division, divMost := -1, 0
	homeCountry := -1
	for i, p := range places {
		if p.Resolved && p.FeatureClass == model.FeatureAdmin1 && len(p.Mentions) > divMost {
			division, divMost = i, len(p.Mentions)
		}
		if p.Resolved && p.FeatureClass == model.FeatureCountry && outlet != "" && picks[i].CountryCode == outlet && len(p.Mentions) > 0 {
			homeCountry = i
		}
		if !p.Resolved || p.FeatureClass != model.FeatureCity && p.FeatureClass != model.FeatureAdmin2 {
			continue
		}
		if inSpan(p, dateline) {
			return &picks[i]
		}
		home := outlet != "" && picks[i].CountryCode == outlet
		if home && !bestHome || home == bestHome && len(p.Mentions) > most {
			best, most, bestHome = i, len(p.Mentions), home
		}
	}
	switch {
	case bestHome || best >= 0 && homeCountry < 0:
		return &picks[best]
	case homeCountry >= 0:
		return &picks[homeCountry]
	case division >= 0:
		return &picks[division]
	}
	return nil
}

// onlyIf returns the candidates that pass keep.
func onlyIf(cs []gaz.Place, keep func(gaz.Place) bool) []gaz.Place {
	var out []gaz.Place
	for _, c := range cs {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// mostPopulousChoice picks the most populous candidate.
func mostPopulousChoice(cs []gaz.Place) (choice, bool) {
	return within(cs, func(gaz.Place) bool { return true })
}

// applyWithin writes a container's point, country and division into a
// place that keeps no entry of its own.
func applyWithin(p *model.Place, c choice) {
	g := c.place
	if g.HasPoint {
		lat, lon := g.Lat, g.Lon
		p.Lat, p.Lon = &lat, &lon
	}
	p.CountryCode = g.CountryCode
	if g.Admin1Code != "" {
		p.Admin1 = &model.Admin1{Name: g.Admin1Name, Code: g.Admin1Code}
	}
	p.FeatureClass = model.FeatureOther
	p.Resolution = &model.Resolution{Rule: c.rule, Within: g.ID}
}

// wide reports a name of a region wider than a town: one with a wide word
// ("Middle East") that does not end in a site's word ("North Ninth
// Street").
func (r *Resolver) wide(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 || r.words.localHeads[words[len(words)-1]] {
		return false
	}
	for _, w := range words {
		if r.words.wideWords[w] {
			return true
		}
	}
	return false
}

// street reports a name whose last word is a street's ("Quorble Avenue").
func (r *Resolver) street(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	return len(words) > 1 && r.words.streets[words[len(words)-1]]
}

// partOf reads a name opened by a direction word ("West Quornshire", "South
// Zedland", "East Jerusalem"; words/direction-words.txt) as a part of
// the place the rest names, when that is a country or division, or a city
// of at least bigCity people (not "South Side" in Side, Turkey), and the
// rest is no wide name itself ("North Africa" stays unresolved). Among
// such places, the one inside the article's context, else the most
// populous.
func (r *Resolver) partOf(name string, a *article) (choice, bool) {
	words := strings.Fields(name)
	if len(words) < 2 || !r.words.directions[strings.ToLower(words[0])] {
		return choice{}, false
	}
	rest := strings.Join(words[1:], " ")
	if r.wide(rest) || r.generic(rest) {
		return choice{}, false
	}
	cs := onlyIf(r.gaz.Lookup(rest), func(c gaz.Place) bool {
		return exactName(c, rest) && (c.Class == "A" || c.Class == "P" && c.Population >= bigCity)
	})
	if c, ok := contextRule(model.Place{Name: rest}, cs, a); ok {
		return c, true
	}
	return mostPopulousChoice(cs)
}

// county reports a name whose last word is a county's ("Quorby County").
func (r *Resolver) county(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	return len(words) > 1 && r.words.counties[words[len(words)-1]]
}
