package geo

import (
	"regexp"
	"strings"
	"sync"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// listJoinAfter and listJoinBefore match what joins two names of a list:
// a comma, "and", "or", or a comma and one of them.
var (
	listJoinAfter  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`) })
	listJoinBefore = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$`) })
)

// maxJoin is the most bytes before a mention read for a list's joiner.
const maxJoin = 16

// divisionMention is a mention of a place resolved as a first-level
// division.
type divisionMention struct {
	span  model.Span
	place gaz.Place
}

// listedDivisionRule (b2) picks for a place that rules (a) and (b) left
// open the first-level division of its name when a mention stands in a
// list next to a place resolved as a division of the same country:
// "farms in Oregon or Washington", "Alaska, Hawaii and Washington" name
// the state, not the capital the name alone would be. A
// bare "and" between two names is no list ("talks between Texas and
// Washington" name the government) unless the list goes on before them.
func (r *Resolver) listedDivisionRule(text string, p model.Place, starts, ends map[int]divisionMention) (choice, bool) {
	if len(starts) == 0 {
		return choice{}, false
	}
	for _, m := range p.Mentions {
		if m.End > len(text) || m.Start < 0 {
			continue
		}
		var near []gaz.Place
		if loc := listJoinAfter().FindStringIndex(text[m.End:]); loc != nil {
			if d, ok := starts[m.End+loc[1]]; ok && (listy(text[m.End:m.End+loc[1]]) || listBefore(text, m.Start)) {
				near = append(near, d.place)
			}
		}
		// A joiner is a few bytes long: reading only those keeps the
		// end-anchored search from scanning the whole text.
		from := max(0, m.Start-maxJoin)
		if loc := listJoinBefore().FindStringIndex(text[from:m.Start]); loc != nil {
			if d, ok := ends[from+loc[0]]; ok && (listy(text[from+loc[0]:m.Start]) || listBefore(text, d.span.Start)) {
				near = append(near, d.place)
			}
		}
		for _, d := range near {
			for _, c := range r.gaz.Lookup(p.Name) {
				if c.Code == "ADM1" && c.CountryCode == d.CountryCode && exactName(c, p.Name) {
					return choice{place: c, rule: model.RuleAdmin1}, true
				}
			}
		}
	}
	return choice{}, false
}

// neighbourDivisions runs rules (b3), (b2) and (b4) after (a) and (b), when the
// divisions those name are known: over the places still open, and over
// the countries that have a namesake division ("Alabama, Georgia and
// Florida" name the state). skip marks the places the resolver leaves
// alone (landmarks, open waters).
func (r *Resolver) neighbourDivisions(text string, places []model.Place, picks []gaz.Place, skip []bool) {
	starts, ends := divisionMentions(places, picks)
	for i := range places {
		p := &places[i]
		namesake := p.Resolved && p.FeatureClass == model.FeatureCountry && p.Resolution != nil && p.Resolution.RunnerUp != 0
		if skip[i] || p.Resolved && !namesake {
			continue
		}
		c, ok := r.qualifierRule(text, *p, !namesake)
		if !ok {
			c, ok = r.listedDivisionRule(text, *p, starts, ends)
		}
		if !ok && namesake {
			c, ok = r.sisterDivisionsRule(places, picks, i)
		}
		if ok {
			picks[i] = apply(p, c)
		}
	}
}

// listy reports a joiner with a comma or "or".
func listy(join string) bool {
	return strings.Contains(join, ",") || strings.Contains(join, "or")
}

// listBefore reports a comma right before the name that starts at start:
// the list goes on before it.
func listBefore(text string, start int) bool {
	return strings.HasSuffix(strings.TrimRight(text[:start], " "), ",")
}

// divisionMentions maps the starts and ends of the mentions of places
// resolved as first-level divisions to them.
func divisionMentions(places []model.Place, picks []gaz.Place) (starts, ends map[int]divisionMention) {
	starts, ends = map[int]divisionMention{}, map[int]divisionMention{}
	for i, p := range places {
		if !p.Resolved || p.FeatureClass != model.FeatureAdmin1 {
			continue
		}
		for _, m := range p.Mentions {
			d := divisionMention{span: m, place: picks[i]}
			starts[m.Start], ends[m.End] = d, d
		}
	}
	return starts, ends
}

// neighbourCountries runs rule (b5) over the places that rule (b) read as
// first-level divisions although a country of another bears the name.
func (r *Resolver) neighbourCountries(text string, b *batch) {
	var starts, ends map[int]gaz.Place // made when such a place is met
	for i := range b.places {
		p := &b.places[i]
		if !p.Resolved || p.FeatureClass != model.FeatureAdmin1 || p.Resolution == nil || p.Resolution.Rule != model.RuleAdmin1 {
			continue
		}
		country, ok := namesakeCountry(*p, b.picks[i], b.cands[i])
		if !ok {
			continue
		}
		if starts == nil {
			starts, ends = countryMentions(b.places, b.picks)
		}
		if listedBesideForeign(text, *p, b.picks[i].CountryCode, starts, ends) {
			p.Admin1 = nil // a country lies in no division
			b.picks[i] = apply(p, choice{place: country, rule: model.RuleCountry, runnerUp: b.picks[i].ID})
		}
	}
}

// namesakeCountry returns the country whose own name is the name of place
// p, read as the first-level division division of another country.
func namesakeCountry(p model.Place, division gaz.Place, cands []gaz.Place) (gaz.Place, bool) {
	for _, c := range cands {
		if isCountry(c) && exactName(c, p.Name) && c.CountryCode != division.CountryCode {
			return c, true
		}
	}
	return gaz.Place{}, false
}

// listedBesideForeign reports rule (b5): a mention of p stands in a list
// next to a country other than home (the division's), a bare "and"
// included. In a story datelined from a state's capital, "Georgia and
// Armenia agreed" and "Armenia, Georgia and Azerbaijan" name the country,
// while "Georgia and the United States" keeps the state.
func listedBesideForeign(text string, p model.Place, home string, starts, ends map[int]gaz.Place) bool {
	foreign := func(c gaz.Place, ok bool) bool { return ok && c.CountryCode != home }
	for _, m := range p.Mentions {
		if m.End > len(text) || m.Start < 0 {
			continue
		}
		if loc := listJoinAfter().FindStringIndex(text[m.End:]); loc != nil && foreign(lookup(starts, m.End+loc[1])) {
			return true
		}
		from := max(0, m.Start-maxJoin)
		if loc := listJoinBefore().FindStringIndex(text[from:m.Start]); loc != nil && foreign(lookup(ends, from+loc[0])) {
			return true
		}
	}
	return false
}

func lookup(at map[int]gaz.Place, offset int) (gaz.Place, bool) {
	c, ok := at[offset]
	return c, ok
}

// countryMentions maps the starts and ends of the mentions of places
// resolved as countries to their entries.
func countryMentions(places []model.Place, picks []gaz.Place) (starts, ends map[int]gaz.Place) {
	starts, ends = map[int]gaz.Place{}, map[int]gaz.Place{}
	for i, p := range places {
		if !p.Resolved || p.FeatureClass != model.FeatureCountry {
			continue
		}
		for _, m := range p.Mentions {
			starts[m.Start], ends[m.End] = picks[i], picks[i]
		}
	}
	return starts, ends
}
