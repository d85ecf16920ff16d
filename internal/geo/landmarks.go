package geo

import (
	"fmt"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/internal/vocab"
	"github.com/newsextract/newsextract/model"
)

// landmark is a place the gazetteer lacks and the town it stands in.
type landmark struct {
	town    string
	country string // ISO 3166-1 alpha-2
}

// landmarksFile lists the landmarks.
const landmarksFile = "words/landmarks.tsv"

// readLandmarks parses words/landmarks.tsv into a map by folded name.
func readLandmarks() (map[string]landmark, error) {
	lines, err := vocab.Read(wordFiles, landmarksFile, 3, 3)
	if err != nil {
		return nil, err
	}
	return parseLandmarks(lines)
}

// parseLandmarks checks the lines of the landmarks file: no name twice, a
// two-letter country code.
func parseLandmarks(lines []vocab.Line) (map[string]landmark, error) {
	out := make(map[string]landmark, len(lines))
	for _, ln := range lines {
		key := gaz.Fold(ln.Fields[0])
		if _, dup := out[key]; dup {
			return nil, &vocab.Error{File: landmarksFile, Line: ln.N, Reason: fmt.Sprintf("%q already listed", ln.Fields[0])}
		}
		if len(ln.Fields[2]) != 2 {
			return nil, &vocab.Error{File: landmarksFile, Line: ln.N, Reason: fmt.Sprintf("%q is no ISO country code", ln.Fields[2])}
		}
		out[key] = landmark{town: ln.Fields[1], country: ln.Fields[2]}
	}
	return out, nil
}

// IsLandmark reports a name the landmarks list holds ("Capitol Hill",
// "White House"): a place in its town, never a person.
func (r *Resolver) IsLandmark(name string) bool {
	if r.words == nil {
		return false
	}
	var key [64]byte
	_, ok := r.words.landmarks[string(gaz.AppendFold(key[:0], name))]
	return ok
}

// landmarkRule gives a listed landmark ("White House", "Kremlin") the
// point of its town, before any gazetteer entry that shares its name is
// considered; like the containment rule, it keeps no id of its own. A
// mention followed by its state or country ("White House, Tennessee") is
// the town of that name, left to the other rules.
func (r *Resolver) landmarkRule(text string, p *model.Place) bool {
	var key [64]byte
	lm, ok := r.words.landmarks[string(gaz.AppendFold(key[:0], p.Name))]
	if !ok || namedWithContainer(text, *p) {
		return false
	}
	towns := onlyIf(r.gaz.Lookup(lm.town), func(c gaz.Place) bool {
		return c.Class == "P" && c.CountryCode == lm.country && exactName(c, lm.town)
	})
	c, ok := mostPopulousChoice(towns)
	if !ok {
		return false
	}
	c.rule = model.RuleWithin
	applyWithin(p, c)
	return true
}

// namedWithContainer reports a mention of the place followed by a comma and
// a capitalized name: "Quorble, Tennessee".
func namedWithContainer(text string, p model.Place) bool {
	for _, m := range p.Mentions {
		rest := text[min(m.End, len(text)):]
		if len(rest) > 2 && rest[0] == ',' && rest[1] == ' ' && 'A' <= rest[2] && rest[2] <= 'Z' {
			return true
		}
	}
	return false
}
