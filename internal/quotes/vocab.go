package quotes

import (
	"embed"
	"sync"

	"github.com/newsextract/newsextract/internal/vocab"
)

//go:embed words/*.txt
var wordFiles embed.FS

// vocabulary holds the package's word lists.
type vocabulary struct {
	speech   map[string]bool // "said": cues for direct and reported speech
	belief   map[string]bool // "believe": cues for reported clauses only
	attitude map[string]bool // "called for", "criticized": a stance toward an object
	// attitudeParticles follow an attitude verb as part of its cue ("for").
	attitudeParticles map[string]bool
	addressee         map[string]bool // "told": an object before the content
	auxiliary         map[string]bool // "has also": between speaker and cue
	titleNouns        map[string]bool // "minister": a speaker by title
	pronouns          map[string]bool // "he": a speaker by pronoun
	timeWords         map[string]bool // "Tuesday": never a speaker
	intention         map[string]bool // "vowed": content may be "to ..."
	npLinks           map[string]bool // "of": inside a speaker's noun phrase
	// cueKinds gives a word of speech, belief, attitude or intention the
	// lists that hold it, and cueWords lets those words through: every verb
	// of a sentence is asked of the four lists, and most verbs are in none.
	cueKinds map[string]cueKind
	cueWords vocab.Filter
}

// cueKind is a set of the lists of verbs that cue a quote.
type cueKind uint8

const (
	speechCue cueKind = 1 << iota
	beliefCue
	attitudeCue
	intentionCue
)

var loadVocabulary = sync.OnceValues(func() (*vocabulary, error) {
	v := &vocabulary{}
	for _, f := range []struct {
		file string
		dst  *map[string]bool
	}{
		{"words/speech-verbs.txt", &v.speech},
		{"words/belief-verbs.txt", &v.belief},
		{"words/attitude-verbs.txt", &v.attitude},
		{"words/attitude-particles.txt", &v.attitudeParticles},
		{"words/addressee-verbs.txt", &v.addressee},
		{"words/auxiliaries.txt", &v.auxiliary},
		{"words/title-nouns.txt", &v.titleNouns},
		{"words/pronouns.txt", &v.pronouns},
		{"words/time-words.txt", &v.timeWords},
		{"words/intention-verbs.txt", &v.intention},
		{"words/speaker-links.txt", &v.npLinks},
	} {
		var err error
		if *f.dst, err = vocab.Words(wordFiles, f.file); err != nil {
			return nil, err
		}
	}
	v.cueKinds = map[string]cueKind{}
	for _, l := range []struct {
		words map[string]bool
		kind  cueKind
	}{{v.speech, speechCue}, {v.belief, beliefCue}, {v.attitude, attitudeCue}, {v.intention, intentionCue}} {
		for w := range l.words {
			v.cueKinds[w] |= l.kind
			v.cueWords.Add(w)
		}
	}
	return v, nil
})

// cueKindOf returns the lists of cue verbs that hold w, asking the map
// only for a word the filter lets through.
func (v *vocabulary) cueKindOf(w string) cueKind {
	if !v.cueWords.MayHold(w) {
		return 0
	}
	return v.cueKinds[w]
}

// isCueVerb reports w in the list of speech, belief, attitude or
// intention.
func (v *vocabulary) isCueVerb(w string) bool { return v.cueKindOf(w) != 0 }

// isReportingVerb reports w in the list of speech or belief.
func (v *vocabulary) isReportingVerb(w string) bool {
	return v.cueKindOf(w)&(speechCue|beliefCue) != 0
}
