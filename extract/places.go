package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// regionWords follow a name to say it is a region: "Suweida province".
var regionWords = map[string]bool{
	"province": true, "governorate": true, "state": true, "region": true, "district": true,
	"county": true, "oblast": true, "prefecture": true, "territory": true, "department": true,
}

// buildPlaces makes one record per place from LOC mentions, typed and
// placed in a country by the gazetteers; country aliases ("U.S.") fold into
// the canonical name.
func (e *Extractor) buildPlaces(doc *text.Document, ms []ner.Mention, canonical map[int]string) []model.Place {
	var places []model.Place
	byName := map[string]int{}
	for _, m := range ms {
		if m.Label != ner.LabelLOC {
			continue
		}
		text := strings.TrimPrefix(mentionText(doc, m), "the ")
		if !e.known(text) {
			text = titleCaseShouted(text)
		}
		p := model.Place{Name: text, Type: model.PlaceOther}
		country := e.countryName(text)
		switch {
		case country != "":
			p.Name, p.Type = country, model.PlaceCountry
		case m.Last < len(doc.Tokens) && regionWords[strings.ToLower(doc.Tokens[m.Last].Text)]:
			p.Type = model.PlaceRegion
			p.Country, _ = e.lexicon.Region(text)
		default:
			if c, ok := e.lexicon.City(text); ok {
				p.Type, p.Country = model.PlaceCity, c
			} else if c, ok := e.lexicon.Region(text); ok {
				p.Type, p.Country = model.PlaceRegion, c
			}
		}
		canonical[m.Start] = p.Name
		key := strings.ToLower(p.Name)
		i, seen := byName[key]
		if !seen {
			i = len(places)
			byName[key] = i
			places = append(places, p)
		}
		if isShouted(places[i].Name) && !isShouted(doc.Text[m.Start:m.End]) {
			places[i].Name = p.Name // prefer "Frankfurt" to a dateline's "FRANKFURT"
		}
		if places[i].Type == model.PlaceOther && p.Type != model.PlaceOther {
			places[i].Type, places[i].Country = p.Type, p.Country
		}
		places[i].Mentions = append(places[i].Mentions, span(doc, m.Start, m.End))
	}
	e.placeRegionsInCountries(places)
	return places
}

// placeRegionsInCountries fills the country of a region the gazetteers do
// not know with the article's dominant country: the one it names most
// often, at least twice and more than any other. A province in an article
// about Syria is most likely Syria's.
func (e *Extractor) placeRegionsInCountries(places []model.Place) {
	dominant, most, tie := "", 0, false
	for _, p := range places {
		if p.Type != model.PlaceCountry {
			continue
		}
		switch n := len(p.Mentions); {
		case n > most:
			dominant, most, tie = p.Name, n, false
		case n == most:
			tie = true
		}
	}
	if most < 2 || tie {
		return
	}
	for i := range places {
		if places[i].Type == model.PlaceRegion && places[i].Country == "" && !e.known(places[i].Name) {
			places[i].Country = dominant // "Middle East", which the gazetteers know, stays without one
		}
	}
}

// isShouted reports text in capitals, as datelines and headlines write names.
func isShouted(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// titleCaseShouted turns "FRANKFURT" or "NEW YORK" into "Frankfurt" and
// "New York" so they match the gazetteers; other text is left alone.
func titleCaseShouted(s string) string {
	if !isShouted(s) || len(s) <= 3 || strings.Contains(s, ".") {
		return s // "US", "UAE", "U.S." are acronyms, not shouted names
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// known reports a name the place gazetteers hold as written.
func (e *Extractor) known(name string) bool {
	for _, l := range e.lexicon.Lists(name) {
		if l == gazetteer.ListCountry || l == gazetteer.ListCity || l == gazetteer.ListRegion {
			return true
		}
	}
	return false
}

func (e *Extractor) countryName(text string) string {
	if c, ok := e.lexicon.Country(text); ok {
		return c
	}
	return ""
}
