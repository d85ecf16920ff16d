// Package geo resolves the places an extraction found to gazetteer entries:
// GeoNames id, point, country, first-level division, feature class and
// population, read from the embedded gazetteer of internal/gazetteer/geo.
//
// Rules run in the CLIFF-CLAVIN order and the first that picks an entry
// decides: (a) a country name, (a2) a formal name cut short ("the
// Islamic Republic") as the named country it fits, (b) an exact
// first-level division name, (b2) a division named in a list with
// divisions of its country, (b3) a division named after one of its towns
// and a comma or after a word for a part ("central Washington"), (b4) a
// country's name that a division bears too, inside an organization's
// name, as that division in a story of its sister divisions, (c) a
// candidate inside a country or division the article names, (d) a "City,
// State" or "City, Country" pattern in the text, (e) a candidate in the
// dateline's country, (e2) rule (c) over the countries and divisions the
// article's unambiguous places imply, (e3) a candidate in the country of
// the outlet's domain (".ie"), (f) the most populous candidate.
// Each place records the rule and, when the choice was close, the
// runner-up.
package geo

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer"
	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// Resolver resolves places against one gazetteer. It is read-only and safe
// for concurrent use.
type Resolver struct {
	gaz   *gaz.Gazetteer
	lex   *gazetteer.Lexicon
	words *wordLists
}

// New returns a Resolver over the gazetteer; lex, when not nil, gives the
// country aliases ("U.S.") the gazetteer may not hold.
func New(g *gaz.Gazetteer, lex *gazetteer.Lexicon) (*Resolver, error) {
	w, err := loadWords()
	if err != nil {
		return nil, err
	}
	return &Resolver{gaz: g, lex: lex, words: w}, nil
}

// closeRatio is how much smaller a runner-up's population may be for the
// choice to count as close.
const closeRatio = 3

// article is what the rules read beyond one place's candidates: the text,
// the countries and divisions the article names, and the dateline country.
type article struct {
	text      string
	records   map[string]bool // names of the article's misc and organization records
	countries map[string]bool // ISO codes of countries the article names
	admin1s   map[string]bool // admin1 codes of divisions it names
	hints     []string        // per place: admin1 of its most populous candidate
	dateline  string          // ISO code of the dateline's country, or ""
	outlet    string          // ISO code of the country of the article's domain, or ""
	focus     *gaz.Place      // the article's town, for the containment rule
	// resolvedAt maps the start of each mention of a resolved place to
	// its entry, for the containment rule.
	resolvedAt map[int]*gaz.Place
}

// Resolve fills the resolution keys of places in place. text is the
// article the mention spans point into; dateline is the span of the
// dateline, or nil when there is none; address is the article's URL, or ""
// when the input gives none; records are the names of the article's misc
// and organization records, which a place with no mention of its own
// comes from (namedAlone).
func (r *Resolver) Resolve(text string, places []model.Place, dateline *model.Span, address string, records map[string]bool) {
	a := &article{text: text, records: records, countries: map[string]bool{}, admin1s: map[string]bool{}, hints: make([]string, len(places)), outlet: r.outletCountry(address)}
	b := r.newBatch(places, a)
	// First the places that name a country or a division: they are the
	// context of the others.
	r.resolveAreas(b, a)
	r.neighbourDivisions(text, places, b.picks, b.landmark)
	r.neighbourCountries(text, b)
	a.gatherNamed(places)
	for i := range places {
		if !places[i].Resolved && !b.landmark[i] {
			if c, ok := r.shortFormalRule(places[i], a); ok {
				b.picks[i] = apply(&places[i], c)
			}
		}
	}
	a.dateline = r.datelineCountry(places, b.cands, dateline)
	implied := impliedContext(a, places, b.cands, b.landmark).rule
	// Names that can only be divisions ("SC": South Carolina or Santa
	// Catarina) go first, and join the context of the towns after them.
	r.resolveOpen(b, a, dateline, implied, true)
	a.gatherNamed(places)
	r.resolveOpen(b, a, dateline, implied, false)
	r.resolveSites(b, a, dateline)
	for i := range places {
		r.reconcileCountry(&places[i])
		reconcileType(&places[i])
	}
}

// batch is the places of one Resolve call with what the resolver knows
// of each, index for index.
type batch struct {
	places   []model.Place
	cands    [][]gaz.Place // the candidates of the place's type
	untyped  [][]gaz.Place // all its candidates
	picks    []gaz.Place   // the entry it resolved to
	landmark []bool        // a landmark, placed, or open water, left open
}

// newBatch looks up the candidates of each place, and records the
// division of its most populous one as the article's hint.
func (r *Resolver) newBatch(places []model.Place, a *article) *batch {
	b := &batch{
		places: places, cands: make([][]gaz.Place, len(places)), untyped: make([][]gaz.Place, len(places)),
		picks: make([]gaz.Place, len(places)), landmark: make([]bool, len(places)),
	}
	for i := range places {
		b.cands[i], b.untyped[i] = r.candidates(&places[i])
		if best, ok := mostPopulous(b.cands[i]); ok {
			a.hints[i] = best.Admin1Code
		}
	}
	return b
}

// resolveAreas places the landmarks and resolves the continents, and the
// places that rules (a) and (b) read as countries and divisions.
func (r *Resolver) resolveAreas(b *batch, a *article) {
	var key [64]byte
	for i := range b.places {
		p := &b.places[i]
		if b.landmark[i] = r.landmarkRule(a.text, p) || r.words.waters[string(gaz.AppendFold(key[:0], p.Name))]; b.landmark[i] {
			continue // a landmark is placed, open water stays unresolved
		}
		if c, ok := continent(p.Name); ok {
			b.picks[i] = apply(p, choice{place: c, rule: model.RuleCountry})
			continue
		}
		if c, ok := countryRule(*p, b.cands[i], a, i); ok {
			b.picks[i] = apply(p, c)
		} else if c, ok := r.admin1Rule(*p, b.cands[i]); ok && !r.generic(p.Name) {
			b.picks[i] = apply(p, c)
		}
	}
}

// resolveOpen puts each place still open through its rules (c) to (f)
// (rulesFor); the first that picks an entry decides. With divisionsOnly,
// only the names whose every candidate is a division.
func (r *Resolver) resolveOpen(b *batch, a *article, dateline *model.Span, implied rule, divisionsOnly bool) {
	for i := range b.places {
		p := &b.places[i]
		if p.Resolved || b.landmark[i] || divisionsOnly && !onlyDivisions(b.cands[i]) {
			continue
		}
		for _, try := range r.rulesFor(*p, a, dateline, implied, b.untyped[i], len(b.cands[i])) {
			if c, ok := try(*p, b.cands[i], a); ok {
				b.picks[i] = apply(p, c)
				break
			}
		}
	}
}

// resolveSites places what no rule resolved inside the town or place its
// name or its mentions' neighbours point to (containerRule).
func (r *Resolver) resolveSites(b *batch, a *article, dateline *model.Span) {
	a.focus = focusOf(b.places, b.picks, dateline, a.outlet)
	// The entries are the picks themselves: what this pass resolves is
	// not among them, and what was resolved before it keeps its pick.
	a.resolvedAt = map[int]*gaz.Place{}
	for i, p := range b.places {
		for _, m := range p.Mentions {
			if p.Resolved {
				a.resolvedAt[m.Start] = &b.picks[i]
			}
		}
	}
	for i := range b.places {
		if b.places[i].Resolved || b.landmark[i] || inSpan(b.places[i], dateline) {
			continue
		}
		if c, ok := r.countyRule(b.places[i], a); ok {
			b.picks[i] = apply(&b.places[i], c)
			continue
		}
		if c, ok := r.containerRule(b.places[i], a); ok {
			applyWithin(&b.places[i], c)
		}
	}
}

// reconcileCountry makes a place's country name agree with the country of
// the entry it resolved to: the name comes first from the lexicon, by the
// place's name alone ("Paris": France), and the resolver may pick a
// namesake elsewhere (Paris, Texas). A country or continent keeps none.
func (r *Resolver) reconcileCountry(p *model.Place) {
	if p.CountryCode == "" || p.FeatureClass == model.FeatureCountry || p.FeatureClass == model.FeatureContinent {
		return
	}
	c, ok := r.gaz.Country(p.CountryCode)
	if !ok || p.Country != "" && r.namesCountry(p.Country, p.CountryCode) {
		return
	}
	p.Country = c.Name
}

// reconcileType makes a place typed a country by its name alone agree with
// the entry it resolved to when that is no country: "Georgia" resolved
// as the US state is a region, "Panama" resolved as its capital a city.
func reconcileType(p *model.Place) {
	if !p.Resolved || p.Type != model.PlaceCountry {
		return
	}
	switch p.FeatureClass {
	case model.FeatureAdmin1, model.FeatureAdmin2:
		p.Type = model.PlaceRegion
	case model.FeatureCity:
		p.Type = model.PlaceCity
	}
}

// namesCountry reports whether name is a name of the country with ISO code
// code ("United States", "U.S." for US).
func (r *Resolver) namesCountry(name, code string) bool {
	for _, c := range r.gaz.Lookup(name) {
		if isCountry(c) && strings.EqualFold(c.CountryCode, code) {
			return true
		}
	}
	return false
}

// rule picks an entry for a place among its candidates, or reports none.
type rule func(model.Place, []gaz.Place, *article) (choice, bool)

// rulesFor returns the rules (c) to (f) a place that (a) and (b) left open
// goes through, in order. untyped are all its candidates, of which its
// type kept typed.
func (r *Resolver) rulesFor(p model.Place, a *article, dateline *model.Span, implied rule, untyped []gaz.Place, typed int) []rule {
	switch {
	case inSpan(p, dateline):
		return []rule{populationRule} // a dateline names a place by its best-known sense
	case r.generic(p.Name):
		return []rule{r.genericRule}
	case len(p.Mentions) == 0 && !(a.records[p.Name] && r.namedAlone(a.text, p.Name)):
		// Named only inside an organization's name: teams, firms and
		// commissions carry their town's name far from it ("Quorby
		// Analytica" in a story about the United States), so the
		// article's context does not place it, unless the text gives
		// the name alone too ("the Quorby students", a misc record
		// "Quorby"; namedAlone). An organization's short form ("the
		// Quorby team" of "Quorby University") is no such record.
		return []rule{r.patternRule, datelineRule, populationRule}
	}
	rules := []rule{contextRule, r.patternRule, datelineRule, implied, outletRule, populationRule}
	if len(untyped) > typed {
		// (c') the context rule over the candidates the text's type left
		// out: "Norfolk", typed a city, in a story that names Britain is
		// the English county, not Norfolk, Virginia.
		rules = slices.Insert(rules, 1, func(p model.Place, _ []gaz.Place, a *article) (choice, bool) { return contextRule(p, untyped, a) })
	}
	return rules
}

// gatherNamed records the countries and divisions the resolved places
// name: the context of rules (c) and (e2).
func (a *article) gatherNamed(places []model.Place) {
	for _, p := range places {
		switch {
		case !p.Resolved || p.CountryCode == "":
		case p.FeatureClass == model.FeatureCountry:
			a.countries[p.CountryCode] = true
		case p.FeatureClass == model.FeatureAdmin1:
			a.countries[p.CountryCode] = true
			a.admin1s[p.Admin1.Code] = true
		}
	}
}

// choice is a rule's pick.
type choice struct {
	place    gaz.Place
	rule     model.ResolutionRule
	runnerUp int
}

// candidates looks a listed division abbreviation up as its division, else
// the place by its name and, when that finds nothing, by the country the
// lexicon reads it as, or that country's successor; candidates that bear
// the name as their own come before those that list it as an alternate
// (preferOwnNames). A place the text types as a region or city keeps only
// the candidates of that kind when there are any (typed); all are
// returned too.
func (r *Resolver) candidates(p *model.Place) (typed, all []gaz.Place) {
	cs := r.abbreviated(p.Name) // "B.C.", "Ont.": before namesakes the folded key finds (Ontario, California)
	if len(cs) == 0 {
		cs = r.gaz.Lookup(p.Name)
	}
	if len(cs) == 0 && r.lex != nil {
		if c, ok := r.lex.Country(p.Name); ok {
			if cs = r.gaz.Lookup(c); len(cs) == 0 {
				cs = r.successor(c) // "USSR": the Soviet Union, continued by Russia
			}
		}
	}
	all = preferOwnNames(p.Name, cs)
	switch p.Type {
	case model.PlaceRegion:
		return keepIf(all, func(c gaz.Place) bool { return isDivision(c) || isCountry(c) }), all
	case model.PlaceCity:
		return keepIf(all, func(c gaz.Place) bool { return c.Class == "P" }), all
	}
	return all, all
}

// keepIf returns the candidates that pass keep, or all of them when none
// or all do (cs itself, not a copy).
func keepIf(cs []gaz.Place, keep func(gaz.Place) bool) []gaz.Place {
	n := 0
	for _, c := range cs {
		if keep(c) {
			n++
		}
	}
	if n == 0 || n == len(cs) {
		return cs
	}
	out := make([]gaz.Place, 0, n)
	for _, c := range cs {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// onlyDivisions reports candidates that are all first-level divisions.
func onlyDivisions(cs []gaz.Place) bool {
	return len(cs) > 0 && !slices.ContainsFunc(cs, func(c gaz.Place) bool { return c.Code != "ADM1" })
}

func isCountry(c gaz.Place) bool { return c.Class == "A" && strings.HasPrefix(c.Code, "PCL") }

func isDivision(c gaz.Place) bool {
	return c.Class == "A" && (c.Code == "ADM1" || c.Code == "ADM2" || c.Code == "ADMD")
}

// exactName reports a candidate whose own name (not an alternate) is the
// place's name.
func exactName(c gaz.Place, name string) bool {
	var nb, cb [64]byte
	f := gaz.AppendFold(nb[:0], name)
	return string(gaz.AppendFold(cb[:0], c.Name)) == string(f) || string(gaz.AppendFold(cb[:0], c.ASCIIName)) == string(f)
}

// apply writes the choice into the place and returns the entry.
func apply(p *model.Place, c choice) gaz.Place {
	g := c.place
	p.Resolved = true
	p.GeoNamesID = g.ID
	if g.HasPoint {
		lat, lon := g.Lat, g.Lon
		p.Lat, p.Lon = &lat, &lon
	}
	p.CountryCode = g.CountryCode
	if g.Admin1Code != "" {
		p.Admin1 = &model.Admin1{Name: g.Admin1Name, Code: g.Admin1Code}
	}
	p.FeatureClass = featureClass(g)
	p.Population = g.Population
	p.Resolution = &model.Resolution{Rule: c.rule, RunnerUp: c.runnerUp}
	return g
}

// featureClass maps a GeoNames class and code to the output's closed set.
func featureClass(g gaz.Place) model.FeatureClass {
	switch {
	case g.Code == "CONT":
		return model.FeatureContinent
	case isCountry(g):
		return model.FeatureCountry
	case g.Code == "ADM1":
		return model.FeatureAdmin1
	case g.Class == "A" && strings.HasPrefix(g.Code, "ADM"):
		return model.FeatureAdmin2
	case g.Class == "P":
		return model.FeatureCity
	case strings.ContainsAny(g.Class, "HTUV"):
		return model.FeatureNatural
	}
	return model.FeatureOther
}

// Knows reports whether the gazetteer holds a place whose own name (not an
// alternate) is name.
func (r *Resolver) Knows(name string) bool {
	if r.gaz == nil {
		return false
	}
	for _, c := range r.gaz.Lookup(name) {
		if exactName(c, name) {
			return true
		}
	}
	return false
}
