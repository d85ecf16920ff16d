package geo

import (
	"regexp"
	"strings"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// listJoinAfter and listJoinBefore match what joins two names of a list:
// a comma, "and", "or", or a comma and one of them.
var (
	listJoinAfter  = regexp.MustCompile(`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`)
	listJoinBefore = regexp.MustCompile(`(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$`)
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
		if loc := listJoinAfter.FindStringIndex(text[m.End:]); loc != nil {
			if d, ok := starts[m.End+loc[1]]; ok && (listy(text[m.End:m.End+loc[1]]) || listBefore(text, m.Start)) {
				near = append(near, d.place)
			}
		}
		// A joiner is a few bytes long: reading only those keeps the
		// end-anchored search from scanning the whole text.
		from := max(0, m.Start-maxJoin)
		if loc := listJoinBefore.FindStringIndex(text[from:m.Start]); loc != nil {
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
