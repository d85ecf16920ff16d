package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/events"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// buildPlaces makes one record per place from LOC mentions, typed and
// placed in a country by the gazetteers; country aliases ("U.S.") fold into
// the canonical name.
func (e *Extractor) buildPlaces(doc *text.Document, ms []ner.Mention, refs *events.Refs) []model.Place {
	rs := newRecords(placeFields)
	for m := range withLabel(ms, ner.LabelLOC) {
		p := e.placeOf(doc, m)
		i := rs.file(doc, m, strings.ToLower(p.Name), func() model.Place { return p })
		rec := &rs.list[i]
		if isShouted(rec.Name) && !isShouted(doc.Text[m.Start:m.End]) {
			rec.Name = p.Name // prefer "Frankfurt" to a dateline's "FRANKFURT"
		}
		if rec.Type == model.PlaceOther && p.Type != model.PlaceOther {
			rec.Type, rec.Country = p.Type, p.Country
		}
	}
	e.placeRegionsInCountries(rs.list)
	return rs.finish(refs)
}

// placeOf reads one LOC mention as a place: its name (a country alias
// folded to the country, a shouted name title-cased), its type and its
// country, from the gazetteers and a region word after it.
func (e *Extractor) placeOf(doc *text.Document, m ner.Mention) model.Place {
	name := strings.TrimPrefix(mentionText(doc, m), "the ")
	if !e.known(name) {
		name = titleCaseShouted(name)
	}
	p := model.Place{Name: name, Type: model.PlaceOther}
	switch country := e.countryName(name); {
	case country != "":
		p.Name, p.Type = country, model.PlaceCountry
	case m.Last < len(doc.Tokens) && e.words.regionWords[doc.Lower(m.Last)] || e.afterRegionOf(doc, m):
		p.Type = model.PlaceRegion
		p.Country, _ = e.lexicon.Region(name)
	default:
		if c, ok := e.lexicon.City(name); ok {
			p.Type, p.Country = model.PlaceCity, c
		} else if c, ok := e.lexicon.Region(name); ok {
			p.Type, p.Country = model.PlaceRegion, c
		}
	}
	return p
}

// afterRegionOf reports a place named after a region word and "of" ("the
// province of Hatay", "the state of Kerala").
func (e *Extractor) afterRegionOf(doc *text.Document, m ner.Mention) bool {
	k := m.First
	return k >= 2 && strings.EqualFold(doc.Tokens[k-1].Text, "of") && doc.Tokens[k-1].Sent == doc.Tokens[k-2].Sent &&
		e.words.regionWords[doc.Lower(k-2)]
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
