package geo

import (
	"slices"
	"strings"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// shortFormalRule (a2) reads a country's formal name cut short to its
// opening words ("the Islamic Republic", "the Kingdom"; the last word from
// state-nouns.txt) as the one country the article names whose formal name
// those words open followed by "of" and its name: "the Islamic Republic"
// in a story that names Iran is Iran ("Islamic Republic of Iran"), not a
// town called Republic. With no such country, or two, the rules go on.
func (r *Resolver) shortFormalRule(p model.Place, a *article) (choice, bool) {
	words := strings.Fields(p.Name)
	if len(words) == 0 || !r.words.stateNouns[strings.ToLower(words[len(words)-1])] {
		return choice{}, false
	}
	codes := make([]string, 0, len(a.countries))
	for code := range a.countries {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	var found []gaz.Place
	for _, code := range codes {
		c, ok := r.gaz.Country(code)
		if ok && r.formalNameOf(p.Name+" of "+c.Name, code) {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		return choice{}, false
	}
	return choice{place: found[0], rule: model.RuleCountry}, true
}

// formalNameOf reports a name that the gazetteer or the lexicon gives the
// country with the ISO code ("Islamic Republic of Iran" for IR).
func (r *Resolver) formalNameOf(name, code string) bool {
	if r.namesCountry(name, code) {
		return true
	}
	if r.lex == nil {
		return false
	}
	canonical, ok := r.lex.Country(name)
	return ok && r.namesCountry(canonical, code)
}
