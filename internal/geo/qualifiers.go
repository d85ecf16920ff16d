package geo

import (
	"regexp"
	"strings"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// townBeforeRE matches a town's name and a comma right before a mention:
// up to three capitalized words.
var townBeforeRE = regexp.MustCompile(`(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}),\s*$`)

// maxQualifiedLookback is how many bytes before a mention are read for the
// town it qualifies.
const maxQualifiedLookback = 80

// qualifierRule (b3) picks for a place that rules (a) and (b) left open the
// first-level division of its name when a mention follows a town of that
// division and a comma: in "Tacoma, Washington" the name qualifies the
// town, so it is the state, not the capital. The town need not be a place
// the recognizer found; the gazetteer must hold it under its own name.
func (r *Resolver) qualifierRule(text string, p model.Place) (choice, bool) {
	var divs []gaz.Place
	for _, c := range r.gaz.Lookup(p.Name) {
		if c.Code == "ADM1" && exactName(c, p.Name) {
			divs = append(divs, c)
		}
	}
	if len(divs) == 0 {
		return choice{}, false
	}
	for _, m := range p.Mentions {
		if m.Start > len(text) || m.Start < 0 {
			continue
		}
		sub := townBeforeRE.FindStringSubmatch(text[max(0, m.Start-maxQualifiedLookback):m.Start])
		if sub == nil {
			continue
		}
		words := strings.Fields(sub[1])
		for n := 1; n <= len(words); n++ {
			town := strings.Join(words[len(words)-n:], " ")
			for _, c := range r.gaz.Lookup(town) {
				if c.Class != "P" || !exactName(c, town) {
					continue
				}
				for _, d := range divs {
					if c.Admin1Code == d.Admin1Code {
						return choice{place: d, rule: model.RulePattern}, true
					}
				}
			}
		}
	}
	return choice{}, false
}
