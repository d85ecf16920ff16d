package extract

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/vocab"
)

// wordFiles holds the vocabularies of the assembly rules, one list per
// file under words/, each with a header saying what it holds.
//
//go:embed words/*.txt words/*.tsv
var wordFiles embed.FS

// assemblyWords are the assembly rules' vocabularies.
type assemblyWords struct {
	regionWords         map[string]bool   // "province", "districts": after a place, a region
	strongRegion        map[string]bool   // the region words that make any name before them a place
	nameBridges         map[string]bool   // "del", "de": inside one name
	nameHonorifics      map[string]bool   // "sheikh": part of a name after another title
	citingVerbs         map[string]bool   // "cited", "reported": before "by" and a source
	knownNames          map[string]string // "Brexit": MISC; names of today with their labels
	knownFirst          map[string]bool   // the first words of knownNames, to skip other tokens fast
	knownFirstWords     vocab.Filter      // lets knownFirst's words through: the map is asked of every token
	personAliases       map[string]string // "Jokowi": "Joko Widodo"
	orgPlaces           map[string]string // "EU": "Europe"; organizations that stand for a region
	companyNouns        map[string]bool   // "maker", "lender": before a name, an organization
	matchVerbs          map[string]bool   // "beat", "defeated": between two teams
	homeNations         map[string]bool   // "england": national sides that are no countries
	placeHeads          map[string]bool   // "street", "cathedral": the last word of a place's name
	facilityHeads       map[string]bool   // "school", "hospital": a building's name, a place when located
	locativePreps       map[string]bool   // "at", "outside": before a building's name, a place
	placePreps          map[string]bool   // "in", "near": before a town's name the model took for a person's
	instHeads           map[string]bool   // "school", "court": an institution's site, when located
	deityNames          map[string]bool   // "god": after "in", a person's name, never a town's
	holdingNouns        map[string]bool   // "shares", "stake": before "in", an organization follows
	roadWords           map[string]bool   // "motorway", "southbound": near a road number, a road
	placePrefixes       map[string]bool   // "lake", "mount": the first word of a place's name
	siteNouns           map[string]bool   // "roundabout", "airport": after a name, a place
	widePlaces          map[string]bool   // "asia", "middle east": continents and world regions
	creditAgencies      map[string]bool   // "reuters": the agency of a picture's credit line
	creditLabels        map[string]bool   // "file photo": a credit line's kind of picture
	miscHeads           map[string]bool   // "act", "festival": the last word of a law's or event's name
	bylineRoles         map[string]bool   // "reporting", "editing": before "by" and a wire story's people
	givenTitles         map[string]bool   // "dean": a title word that opens a name as its given name
	venuePreps          map[string]bool   // "at": before a place, where an event is held
	companySuffixes     map[string]bool   // "inc", "group": the end of a company's name its short form drops
	patronymicParticles map[string]bool   // "bin", "ibn": inside one person's name
	stateWords          map[string]bool   // "republic", "kingdom": before "of" and a country's name
	calendarWords       map[string]bool   // "monday", "may": a schedule's line, no dateline's place
	// placeAdjectives maps a people's name that is not a country's
	// ("Texan", "European") to its place's name.
	placeAdjectives map[string]string
}

// loadAssemblyWords parses the embedded vocabularies once per process.
var loadAssemblyWords = sync.OnceValues(func() (*assemblyWords, error) {
	w := &assemblyWords{}
	for _, f := range []struct {
		file string
		dst  *map[string]bool
	}{
		{"words/name-bridges.txt", &w.nameBridges},
		{"words/name-honorifics.txt", &w.nameHonorifics},
		{"words/citing-verbs.txt", &w.citingVerbs},
		{"words/place-heads.txt", &w.placeHeads},
		{"words/company-nouns.txt", &w.companyNouns},
		{"words/match-verbs.txt", &w.matchVerbs},
		{"words/home-nations.txt", &w.homeNations},
		{"words/facility-heads.txt", &w.facilityHeads},
		{"words/locative-prepositions.txt", &w.locativePreps},
		{"words/place-prepositions.txt", &w.placePreps},
		{"words/institution-heads.txt", &w.instHeads},
		{"words/deity-names.txt", &w.deityNames},
		{"words/holding-nouns.txt", &w.holdingNouns},
		{"words/road-words.txt", &w.roadWords},
		{"words/place-prefixes.txt", &w.placePrefixes},
		{"words/site-nouns.txt", &w.siteNouns},
		{"words/wide-places.txt", &w.widePlaces},
		{"words/credit-agencies.txt", &w.creditAgencies},
		{"words/credit-labels.txt", &w.creditLabels},
		{"words/misc-heads.txt", &w.miscHeads},
		{"words/byline-roles.txt", &w.bylineRoles},
		{"words/given-name-titles.txt", &w.givenTitles},
		{"words/venue-prepositions.txt", &w.venuePreps},
		{"words/company-suffixes.txt", &w.companySuffixes},
		{"words/patronymic-particles.txt", &w.patronymicParticles},
		{"words/state-words.txt", &w.stateWords},
		{"words/calendar-words.txt", &w.calendarWords},
	} {
		set, err := vocab.Words(wordFiles, f.file)
		if err != nil {
			return nil, err
		}
		*f.dst = set
	}
	var err error
	if w.placeAdjectives, err = vocab.Pairs(wordFiles, "words/place-adjectives.tsv"); err != nil {
		return nil, err
	}
	if w.orgPlaces, err = vocab.Pairs(wordFiles, "words/org-places.tsv"); err != nil {
		return nil, err
	}
	if w.personAliases, err = vocab.Pairs(wordFiles, "words/person-aliases.tsv"); err != nil {
		return nil, err
	}
	if w.knownNames, err = vocab.Pairs(wordFiles, "words/known-names.tsv"); err != nil {
		return nil, err
	}
	w.knownFirst = map[string]bool{}
	for name, label := range w.knownNames {
		first := strings.Fields(name)[0]
		w.knownFirst[first] = true
		w.knownFirstWords.Add(first)
		switch label {
		case ner.LabelPER, ner.LabelORG, ner.LabelMISC, ner.LabelLOC:
		default:
			return nil, &vocab.Error{File: "words/known-names.tsv", Reason: fmt.Sprintf("%q: label %q, want PER, ORG, LOC or MISC", name, label)}
		}
	}
	regions, err := vocab.Pairs(wordFiles, "words/region-words.tsv")
	if err != nil {
		return nil, err
	}
	w.regionWords, w.strongRegion = map[string]bool{}, map[string]bool{}
	for word, strength := range regions {
		switch strength {
		case "strong":
			w.strongRegion[word] = true
		case "weak":
		default:
			return nil, &vocab.Error{File: "words/region-words.tsv", Reason: fmt.Sprintf("%q: strength %q, want strong or weak", word, strength)}
		}
		w.regionWords[word] = true
	}
	return w, nil
})
