package extract

import (
	"fmt"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// buildMisc makes one record per other named thing from MISC mentions.
func buildMisc(doc *text.Document, ms []ner.Mention, refs map[int]model.Ref) []model.Misc {
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
// that way: "Israeli officials" put Israel among the article's places.
func (e *Extractor) linkPeoplesToPlaces(misc []model.Misc, places []model.Place) []model.Place {
	for i := range misc {
		name, typ, ok := e.placeOfPeople(misc[i].Name)
		if !ok {
			continue
		}
		j := placeNamed(places, name)
		if j < 0 {
			places = append(places, model.Place{
				ID: fmt.Sprintf("place-%d", len(places)+1), Name: name, Type: typ, Mentions: []model.Span{},
			})
			j = len(places) - 1
		}
		misc[i].Place = &model.Ref{Name: places[j].Name, Kind: model.KindPlace, ID: places[j].ID}
	}
	return places
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

// placeNamed is the index of the place record of that name, or -1.
func placeNamed(places []model.Place, name string) int {
	for i, p := range places {
		if p.Name == name {
			return i
		}
	}
	return -1
}
