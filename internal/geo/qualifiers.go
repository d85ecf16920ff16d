package geo

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// townBeforeRE matches a town's name and a comma right before a mention:
// up to three capitalized words.
var townBeforeRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}),\s*$`)
})

// maxQualifiedLookback is how many bytes before a mention are read for the
// town it qualifies.
const maxQualifiedLookback = 80

// qualifierRule (b3) picks for a place that rules (a) and (b) left open the
// first-level division of its name when a mention follows a town of that
// division and a comma: in "Quorby, Washington" the name qualifies the
// town, so it is the state, not the capital. The town need not be a place
// the recognizer found; the gazetteer must hold it under its own name.
//
// A mention after a word that names a part of a wider place ("central
// Washington", "upstate New York"; words/part-words.txt) is the division
// too, of the country with the most people when several bear the name,
// when parts is set: a country is cut into parts as well ("southern
// Mexico").
func (r *Resolver) qualifierRule(text string, p model.Place, parts bool) (choice, bool) {
	var divs []gaz.Place
	for _, m := range p.Mentions {
		if m.Start > len(text) || m.Start < 0 {
			continue
		}
		before := text[max(0, m.Start-maxQualifiedLookback):m.Start]
		part := parts && r.words.parts[lastWord(before)]
		if !part && !strings.HasSuffix(strings.TrimRight(before, " "), ",") {
			continue // neither reading can apply: no lookup
		}
		if divs == nil {
			divs = onlyIf(r.gaz.Lookup(p.Name), func(c gaz.Place) bool { return c.Code == "ADM1" && exactName(c, p.Name) })
			if len(divs) == 0 {
				return choice{}, false
			}
		}
		if part {
			div := divs[0]
			for _, d := range divs[1:] {
				if r.countryPopulation(d.CountryCode) > r.countryPopulation(div.CountryCode) {
					div = d
				}
			}
			return choice{place: div, rule: model.RulePattern}, true
		}
		sub := townBeforeRE().FindStringSubmatch(before)
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

// lastWord is the last word of s when s ends in it and a space.
func lastWord(s string) string {
	if !strings.HasSuffix(s, " ") {
		return ""
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}
