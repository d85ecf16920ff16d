package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
func (e *Extractor) buildPlaces(doc *Document, ms []EntityMention, canonical map[int]string) []model.Place {
	var places []model.Place
	byName := map[string]int{}
	for _, m := range ms {
		if m.Label != LabelLOC {
			continue
		}
		text := strings.TrimPrefix(mentionText(doc, m), "the ")
		if !e.known(text) {
			text = titleCaseShouted(text)
		}
		p := model.Place{Name: text, Type: model.PlaceOther}
		switch {
		case e.countryName(text) != "":
			p.Name, p.Type = e.countryName(text), model.PlaceCountry
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

// placeRegionsInCountries fills the country of a region or city the
// gazetteers do not know when the article names exactly one country: a
// province of an article about Syria is most likely Syria's.
func (e *Extractor) placeRegionsInCountries(places []model.Place) {
	var countries []string
	for _, p := range places {
		if p.Type == model.PlaceCountry {
			countries = append(countries, p.Name)
		}
	}
	if len(countries) != 1 {
		return
	}
	for i := range places {
		if places[i].Type == model.PlaceRegion && places[i].Country == "" {
			places[i].Country = countries[0]
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
		if l == ListCountry || l == ListCity || l == ListRegion {
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

// buildOrganizations makes one record per organization from ORG mentions.
// "Syrian Arab News Agency (SANA)" defines SANA as an alias, and later
// mentions of SANA join the same record.
func (e *Extractor) buildOrganizations(doc *Document, ms []EntityMention, canonical map[int]string) []model.Organization {
	var orgs []model.Organization
	byName := map[string]int{}
	for k, m := range ms {
		if m.Label != LabelORG {
			continue
		}
		name := mentionText(doc, m)
		if writtenWithThe(doc, m) {
			name = "The " + name // "by The Syrian Observer": the article is part of the name
		}
		key := orgKey(name)
		i, seen := byName[key]
		if !seen {
			i, seen = shortFormOf(orgs, key)
		}
		if seen {
			byName[key] = i
		}
		if !seen {
			i = len(orgs)
			byName[key] = i
			orgs = append(orgs, model.Organization{Name: name})
		}
		if len(name) > len(orgs[i].Name) {
			orgs[i].Name = name
		}
		orgs[i].Mentions = append(orgs[i].Mentions, span(doc, m.Start, m.End))
		if alias, ok := e.aliasAfter(doc, ms, k); ok && !strings.EqualFold(alias, name) {
			if _, taken := byName[orgKey(alias)]; !taken {
				byName[orgKey(alias)] = i
				orgs[i].Aliases = append(orgs[i].Aliases, alias)
			}
		}
	}
	// Names may have been lengthened after a mention was recorded.
	for _, m := range ms {
		if m.Label == LabelORG {
			canonical[m.Start] = orgs[byName[orgKey(mentionText(doc, m))]].Name
		}
	}
	return orgs
}

// shortFormOf finds an organization whose name starts with key's words:
// "Brandauer" after "Brandauer Motoren AG" is the same company.
func shortFormOf(orgs []model.Organization, key string) (int, bool) {
	for i, o := range orgs {
		k := orgKey(o.Name)
		if len(k) > len(key) && strings.HasPrefix(k, key+" ") {
			return i, true
		}
	}
	return 0, false
}

// writtenWithThe reports a mention preceded by a capitalized "The" inside a
// sentence, where the capital says the article belongs to the name.
func writtenWithThe(doc *Document, m EntityMention) bool {
	if m.First == 0 || doc.Tokens[m.First-1].Text != "The" {
		return false
	}
	return !isLeadingArticle(doc, m.First-1) && doc.Sentences[doc.Tokens[m.First].Sent].First < m.First-1
}

// orgKey folds the differences that do not make another organization:
// case and a leading "The".
func orgKey(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the "))
}

// aliasAfter finds "(ABBR)" right after mention k: an acronym in brackets,
// whether or not the model also tagged it.
func (e *Extractor) aliasAfter(doc *Document, ms []EntityMention, k int) (string, bool) {
	m := ms[k]
	toks := doc.Tokens
	if m.Last+2 >= len(toks) || toks[m.Last].Text != "(" || toks[m.Last+2].Text != ")" {
		return "", false
	}
	abbr := toks[m.Last+1].Text
	if !isAcronym(abbr) {
		return "", false
	}
	return abbr, true
}

// isAcronym: two or more letters, all upper case ("SANA", "U.N." is not
// needed here as brackets hold the bare form).
func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r == '.' || r == '-' || r == '&' || (r >= '0' && r <= '9'):
		default:
			return false
		}
	}
	return upper >= 2
}

// buildMisc makes one record per other named thing from MISC mentions.
func buildMisc(doc *Document, ms []EntityMention, canonical map[int]string) []model.Misc {
	var misc []model.Misc
	byName := map[string]int{}
	for _, m := range ms {
		if m.Label != LabelMISC {
			continue
		}
		name := mentionText(doc, m)
		canonical[m.Start] = name
		i, seen := byName[name]
		if !seen {
			i = len(misc)
			byName[name] = i
			misc = append(misc, model.Misc{Name: name})
		}
		misc[i].Mentions = append(misc[i].Mentions, span(doc, m.Start, m.End))
	}
	return misc
}
