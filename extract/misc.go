package extract

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/internal/events"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// buildMisc makes one record per other named thing from MISC mentions.
func buildMisc(doc *text.Document, ms []ner.Mention, refs *events.Refs) []model.Misc {
	rs := newRecords(miscFields)
	for m := range withLabel(ms, ner.LabelMISC) {
		name := mentionText(doc, m)
		rs.file(doc, m, name, func() model.Misc { return model.Misc{Name: name} })
	}
	return rs.finish(refs)
}

// linkPeoplesToPlaces points each misc record that names a people or a
// nationality ("Syrian", "Texans") to its place record, and adds a place
// record, with no mentions of its own, for a place the text names only
// that way: "Israeli officials" put Israel among the article's places. A
// misc name that is the article's town ("a Quorby councillor", townAsMisc)
// points to that town.
func (e *Extractor) linkPeoplesToPlaces(doc *text.Document, misc []model.Misc, places *placeBook) {
	for i := range misc {
		name, typ, ok := e.placeOfPeople(misc[i].Name)
		if !ok {
			name, typ, ok = e.placeInMiscName(misc[i].Name)
		}
		if !ok && e.townAsMisc(doc, misc[i], places) {
			name, typ, ok = misc[i].Name, model.PlaceCity, true
		}
		if !ok {
			continue
		}
		ref := places.record(name, typ)
		misc[i].Place = &ref
	}
}

// townAsMisc reports a misc name that is a town's the gazetteer knows and
// the article's, used as a town: a mention stands after a place
// preposition ("a house in Quorby"; not a modifier there, "in Western
// eyes"), or modifies a lower-case noun ("a
// Quorby councillor", "the Quorby students") in an article with a place
// record of that name. The recognizer reads such a modifier as a misc
// name, and the story's other mentions can carry the one after "in" along.
// A name that heads a longer one ("the Republic of X") is not used so.
func (e *Extractor) townAsMisc(doc *text.Document, m model.Misc, places *placeBook) bool {
	if strings.ContainsAny(m.Name, " -$0123456789") || !e.resolver.Knows(m.Name) || e.namesPeople(m.Name) {
		return false
	}
	j := places.named(m.Name)
	placed := j >= 0 && len(places.list[j].Mentions) > 0
	for _, sp := range m.Mentions {
		k := doc.TokenAt(sp.Start)
		if k < 0 || k+1 >= len(doc.Tokens) || doc.Tokens[k+1].Sent != doc.Tokens[k].Sent {
			continue
		}
		next := doc.Tokens[k+1]
		modifier := strings.HasPrefix(next.POS(), "NN") && !text.IsCapitalized(next.Text)
		if placed && modifier {
			return true
		}
		// "in Western eyes": after "in" too, a modifier is no town.
		if !modifier && k > 0 && doc.Tokens[k-1].Sent == doc.Tokens[k].Sent && e.words.placePreps[doc.Lower(k-1)] {
			return true
		}
	}
	return false
}

// placeInNameTail reads the other places an organization's name can
// hold: after a last "of" ("Bank of Japan", "Quorble Foundation of Canada":
// a country, a town or region of the lexicon, or a place the article
// names; not for a school, "University of Georgia"), a country's name at
// its end ("Quorble Zimbabwe", "Quorble Bank Malta"), else a first-level division's
// name or listed abbreviation there ("Legal Aid Ontario", "Service NSW";
// not a world region's, "Amnesty Europe"; an abbreviation or a division's
// name that is a given name too only when the article names the
// division's country or a place inside it, as clubs end in them: "Quorby
// BC", "Maccabi Victoria"), or
// at its start the name of a place the article names elsewhere ("Slidell
// PD" in a story about Slidell).
func (e *Extractor) placeInNameTail(org string, places *placeBook) (name string, typ model.PlaceType, ok bool) {
	words := strings.Fields(org)
	if len(words) < 2 {
		return "", "", false
	}
	school := e.namesSchool(words)
	if i := lastIndexOf(words, "of"); i > 0 && i < len(words)-1 && !school {
		tail := strings.Join(words[i+1:], " ")
		if c, ok := e.lexicon.Country(tail); ok {
			return c, model.PlaceCountry, true
		}
		if _, ok := e.lexicon.City(tail); ok {
			return tail, model.PlaceCity, true
		}
		if _, ok := e.lexicon.Region(tail); ok {
			return tail, model.PlaceRegion, true
		}
		if j := places.named(tail); j >= 0 {
			return tail, places.list[j].Type, true
		}
	}
	for n := min(len(words)-1, 3); n > 0 && !school; n-- {
		if c, ok := e.lexicon.Country(strings.Join(words[len(words)-n:], " ")); ok {
			return c, model.PlaceCountry, true
		}
	}
	for n := min(len(words)-1, 3); n > 0 && !school; n-- {
		tail := strings.Join(words[len(words)-n:], " ")
		c, ok := e.lexicon.Region(tail)
		abbreviation := n == 1 && e.resolver.IsDivisionAbbreviation(tail)
		if !(ok && c != "" || abbreviation) {
			continue
		}
		if (abbreviation || e.lexicon.IsGivenName(tail)) && !e.namesInside(tail, places) {
			continue // "Quorby BC", "Maccabi Victoria": a club's name
		}
		return tail, model.PlaceRegion, true // "Legal Aid Ontario", "Service NSW"
	}
	for n := min(len(words)-1, 3); n > 0; n-- {
		head := strings.Join(words[:n], " ")
		if j := places.named(head); j >= 0 && len(places.list[j].Mentions) > 0 {
			return head, places.list[j].Type, true
		}
	}
	return "", "", false
}

// namesInside reports a place of the article that is the country of the
// division a name's tail stands for, or lies inside it ("Canada" or
// "Vancouver" for "BC").
func (e *Extractor) namesInside(division string, places *placeBook) bool {
	for _, p := range places.list {
		if len(p.Mentions) > 0 && e.resolver.NamesInside(p.Name, division) {
			return true
		}
	}
	return false
}

// namesSchool reports a name's words holding an institution's head word
// ("University", "College"): a school "of X" is named for a state or a
// city that shares its name with a country or another city ("University of
// Georgia", "of Victoria"), so the name is no evidence of which.
func (e *Extractor) namesSchool(words []string) bool {
	for _, w := range words {
		if e.words.instHeads[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// lastIndexOf is the index of the last word equal to w, or -1.
func lastIndexOf(words []string, w string) int {
	for i := len(words) - 1; i >= 0; i-- {
		if words[i] == w {
			return i
		}
	}
	return -1
}

// placeInMiscName reads a place in a name that is not a people's alone: a
// compound with a people's, a country's, a city's or a region's name
// ("anti-Russian", "U.S.-led", "Los Angeles-based": the first part that is
// one), else the
// leading words of an event's, a league's or a law's name ("Bosnian Serb",
// "Zedlandic Premier League"), as an organization's name is read.
func (e *Extractor) placeInMiscName(name string) (place string, typ model.PlaceType, ok bool) {
	if strings.Contains(name, "-") {
		for _, part := range strings.Split(name, "-") {
			if p, typ, ok := e.placeNamedBy(part); ok {
				return p, typ, true
			}
		}
	}
	if !strings.Contains(name, " ") {
		return "", "", false
	}
	return e.placeInName(name)
}

// placeNamedBy reads words as a place the lexicons know: a country's name
// or alias, a town or region of the lexicon, or a people's name.
func (e *Extractor) placeNamedBy(words string) (name string, typ model.PlaceType, ok bool) {
	if c, ok := e.lexicon.Country(words); ok {
		return c, model.PlaceCountry, true
	}
	if _, ok := e.lexicon.City(words); ok {
		return words, model.PlaceCity, true
	}
	if _, ok := e.lexicon.Region(words); ok {
		return words, model.PlaceRegion, true
	}
	return e.placeOfPeople(words)
}

// placeOfPeople reads a people's name as a place: a country's demonym
// ("Syrian") through the lexicon, else a continent's, state's or
// province's ("European", "Texan") through the assembly list.
func (e *Extractor) placeOfPeople(name string) (place string, typ model.PlaceType, ok bool) {
	if p, ok := e.words.placeAdjectives[name]; ok {
		return p, model.PlaceRegion, true
	}
	if c, ok := e.lexicon.Demonym(name); ok {
		return c, model.PlaceCountry, true
	}
	return "", "", false
}

// placeBook is an article's place records with an index by name, so that
// linking thousands of names to places stays linear.
type placeBook struct {
	list   []model.Place
	byName map[string]int
}

func newPlaceBook(places []model.Place) *placeBook {
	b := &placeBook{list: places, byName: make(map[string]int, len(places))}
	for i, p := range places {
		if _, dup := b.byName[p.Name]; !dup {
			b.byName[p.Name] = i
		}
	}
	return b
}

// named is the index of the place record of that name, or -1.
func (b *placeBook) named(name string) int {
	if i, ok := b.byName[name]; ok {
		return i
	}
	return -1
}

// record returns a reference to the place record of that name, adding
// one with no mentions of its own when the article has none.
func (b *placeBook) record(name string, typ model.PlaceType) model.Ref {
	j := b.named(name)
	if j < 0 {
		j = len(b.list)
		b.list = append(b.list, model.Place{
			ID: fmt.Sprintf("place-%d", j+1), Name: name, Type: typ, Mentions: []model.Span{},
		})
		b.byName[name] = j
	}
	return model.Ref{Name: b.list[j].Name, Kind: model.KindPlace, ID: b.list[j].ID}
}

// linkOrganizationsToPlaces points each organization whose name begins
// with the name of a place the gazetteers know, or its people's name
// ("Zedland Army", "Quorby Chamber of Commerce", "British Airways"), to that
// place's record: one the article names, else, unless it is a continent
// or a world region, a record with no mentions of its own. A union that
// stands for a region ("EU", org-places.tsv) points to it in any case.
// An organization that is nothing but a place's name (a club called
// "Liverpool") points to that place too, and so does one whose whole name
// the article gives a place elsewhere ("Quorby" a council in one sentence,
// a town in another), unless it is an acronym.
func (e *Extractor) linkOrganizationsToPlaces(orgs []model.Organization, places *placeBook) {
	for i := range orgs {
		name, typ, ok := e.placeInName(orgs[i].Name)
		if !ok {
			name, typ, ok = e.placeInNameTail(orgs[i].Name, places)
		}
		region, union := e.words.orgPlaces[orgs[i].Name]
		if union {
			name, typ, ok = region, model.PlaceRegion, true
		}
		if j := places.named(orgs[i].Name); !ok && j >= 0 && len(places.list[j].Mentions) > 0 && !isAcronym(orgs[i].Name) {
			name, typ, ok = orgs[i].Name, places.list[j].Type, true
		}
		if !ok {
			continue
		}
		if places.named(name) < 0 && e.words.widePlaces[strings.ToLower(name)] && !union {
			continue // "Asia Wire" does not put Asia among the places
		}
		ref := places.record(name, typ)
		orgs[i].Place = &ref
	}
}

// placeInName reads the leading words of an organization's name as a
// place the gazetteers know: the longest run that is a country's name or
// alias, a town or region of the lexicon ("Quorby Chamber of Commerce"), or
// a people's name ("Zedlandic Sports Commission"); a name that ends in a
// division word is that division ("Orange County").
func (e *Extractor) placeInName(org string) (name string, typ model.PlaceType, ok bool) {
	words := strings.Fields(strings.TrimPrefix(org, "The "))
	for n := min(len(words), 4); n > 0; n-- {
		if p, typ, ok := e.placeNamedBy(strings.Join(words[:n], " ")); ok {
			return p, typ, true
		}
	}
	// "Orange County", "Cuyahoga County": a division's government takes
	// the division's name.
	if len(words) > 1 && e.words.strongRegion[strings.ToLower(words[len(words)-1])] {
		return strings.Join(words, " "), model.PlaceRegion, true
	}
	return "", "", false
}

// namesOfRecords is the set of the names of misc and organization records,
// and of the places that a name of a capitalized word and a lower-case one
// joined by a hyphen holds whole ("Quorby-based", "pro-Quorby": Quorby): a
// place with no mention of its own that one of them names in full ("the
// Quorby students") is named alone, one that only a longer name holds
// ("Quorby University", short "Quorby") is not (geo.Resolver.Resolve).
func namesOfRecords(misc []model.Misc, orgs []model.Organization) map[string]bool {
	names := make(map[string]bool, len(misc)+len(orgs))
	for _, m := range misc {
		names[m.Name] = true
		if i := strings.LastIndexByte(m.Name, '-'); i > 0 && isLower(m.Name[i+1:]) {
			names[m.Name[:i]] = true // "Quorby-based"
		}
		if i := strings.IndexByte(m.Name, '-'); i > 0 && isLower(m.Name[:i]) {
			names[m.Name[i+1:]] = true // "pro-Quorby"
		}
	}
	for _, o := range orgs {
		names[o.Name] = true
	}
	return names
}

// isLower reports a word of lower-case letters only.
func isLower(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}
