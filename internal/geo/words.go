package geo

import (
	"embed"
	"sync"

	"github.com/newsextract/newsextract/internal/vocab"
)

//go:embed words/*.txt words/*.tsv
var wordFiles embed.FS

// wordLists are the vocabularies the containment rule reads.
type wordLists struct {
	localHeads    map[string]bool     // "street", "hospital": the last word of a site's name
	wideWords     map[string]bool     // "ocean", "east": words of regions wider than a town
	modifiers     map[string]bool     // "eastern", "royal": words that name no place alone
	landmarks     map[string]landmark // "white house": Washington, US; by folded name
	waters        map[string]bool     // "atlantic": an ocean's or a sea's name used alone
	streets       map[string]bool     // "road", "avenue": the last word of a street's name
	parts         map[string]bool     // "central", "upstate": a part of a wider place
	directions    map[string]bool     // "west", "central": the first word of a part's name
	counties      map[string]bool     // "county", "parish": the last word of a county's name
	former        map[string]string   // "soviet union": "RU", the successor of a former country; by folded name
	abbrevs       map[string][]string // "B.C.": "CA-BC", a division's abbreviation, or two ("WA"); as written
	stateNouns    map[string]bool     // "republic", "kingdom": the last word of a formal name cut short
	sharedDomains map[string]bool     // "tv", "fm": country-code domains used anywhere
	nameOpeners   map[string]bool     // "st.", "dr.": abbreviations that open a name, ending no sentence
	secondLevel   map[string]bool     // "com", "gov": labels countries register sites under
}

// loadWords parses the embedded word files once.
var loadWords = sync.OnceValues(func() (*wordLists, error) {
	w := &wordLists{}
	var err error
	if w.localHeads, err = vocab.Words(wordFiles, "words/local-heads.txt"); err != nil {
		return nil, err
	}
	if w.wideWords, err = vocab.Words(wordFiles, "words/wide-words.txt"); err != nil {
		return nil, err
	}
	if w.modifiers, err = vocab.Words(wordFiles, "words/modifier-words.txt"); err != nil {
		return nil, err
	}
	if w.waters, err = vocab.Words(wordFiles, "words/open-waters.txt"); err != nil {
		return nil, err
	}
	if w.streets, err = vocab.Words(wordFiles, "words/street-heads.txt"); err != nil {
		return nil, err
	}
	if w.parts, err = vocab.Words(wordFiles, "words/part-words.txt"); err != nil {
		return nil, err
	}
	if w.directions, err = vocab.Words(wordFiles, "words/direction-words.txt"); err != nil {
		return nil, err
	}
	if w.counties, err = vocab.Words(wordFiles, "words/county-heads.txt"); err != nil {
		return nil, err
	}
	if w.stateNouns, err = vocab.Words(wordFiles, "words/state-nouns.txt"); err != nil {
		return nil, err
	}
	if w.sharedDomains, err = vocab.Words(wordFiles, "words/shared-domains.txt"); err != nil {
		return nil, err
	}
	if w.secondLevel, err = vocab.Words(wordFiles, "words/second-level-domains.txt"); err != nil {
		return nil, err
	}
	if w.nameOpeners, err = vocab.Words(wordFiles, "words/name-openers.txt"); err != nil {
		return nil, err
	}
	if w.former, err = readFormerCountries(); err != nil {
		return nil, err
	}
	if w.abbrevs, err = readAbbreviations(); err != nil {
		return nil, err
	}
	if w.landmarks, err = readLandmarks(); err != nil {
		return nil, err
	}
	return w, nil
})
