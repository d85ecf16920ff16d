package events

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/internal/vocab"
	"github.com/newsextract/newsextract/model"
)

//go:embed words/*.txt words/*.tsv
var wordFiles embed.FS

// trigger is a word that states an agreement, and the status it gives.
// Nouns take their object after "to", "on", "of" or "for"; verbs directly
// or after "to". An object verb needs an agreement noun heading its
// object, a transfer verb a company or an asset.
type trigger struct {
	status    model.AgreementStatus
	noun      bool
	object    bool
	transfer  bool
	addressee bool
}

// typeStem is a word stem that gives an agreement type.
type typeStem struct {
	typ  model.AgreementType
	stem string
}

// vocabulary holds the package's word lists.
type vocabulary struct {
	triggers         map[string]trigger
	triggerWords     vocab.Filter      // the triggers' words
	renewalWords     map[string]bool   // "renewed" pledge: a reaffirmation
	agreementNouns   map[string]bool   // end a named agreement
	types            []typeStem        // in order of precedence
	typeStarts       *[256][]int32     // indexStems(types)
	sayingWords      map[string]bool   // "said": a reported clause follows
	relativePronouns map[string]bool   // ", who ...,": an aside
	sourceWords      map[string]bool   // "according to X", "in Paris": no party
	negationWords    map[string]bool   // "did not agree": no agreement
	modalWords       map[string]bool   // "hopes to sign": a proposal
	unilateral       map[string]bool   // "signed a decree": no agreement
	objectNouns      map[string]bool   // "struck a deal": the object that makes a trigger
	assetNouns       map[string]bool   // "sold a stake": what a transfer is of
	anaphors         map[string]bool   // "the deal": a later mention
	clauseEnders     map[string]bool   // "after", "because": a new clause
	negotiations     map[string]bool   // "talks on a deal": a prospect
	nonPartyTitles   map[string]bool   // "Judge X": no party
	collectiveWords  map[string]bool   // "both sides": the previous parties
	stateTitles      map[string]bool   // "Syrian Foreign Minister X" acts for Syria
	courtWords       map[string]bool   // "a judge rejected": a ruling
	hypothetical     map[string]bool   // "unless X agrees": a condition
	publicOffers     map[string]bool   // "offered free tickets": no agreement
	particles        map[string]string // "turned" needs "down"
	contrastWords    map[string]bool   // "a previous ceasefire": not the new one
	genericNouns     map[string]bool   // "agreed the deal": any earlier agreement
	approvalVerbs    map[string]bool   // "cleared the merger of X and Y": a regulator
	successWords     map[string]bool   // "the offer was successful": agreed
	undoVerbs        map[string]bool   // "seeks to void the pact": the pact exists
	brokeringVerbs   map[string]bool   // "a truce brokered by X": X mediates
}

var loadVocabulary = sync.OnceValues(func() (*vocabulary, error) {
	v := &vocabulary{}
	var err error
	if v.triggers, err = readTriggers(wordFiles, "words/triggers.tsv"); err != nil {
		return nil, err
	}
	for w := range v.triggers {
		v.triggerWords.Add(w)
	}
	if v.types, err = readTypes(wordFiles, "words/agreement-types.tsv"); err != nil {
		return nil, err
	}
	v.typeStarts = indexStems(v.types)
	if v.particles, err = vocab.Pairs(wordFiles, "words/particle-verbs.tsv"); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		file string
		dst  *map[string]bool
	}{
		{"words/renewal-words.txt", &v.renewalWords},
		{"words/agreement-nouns.txt", &v.agreementNouns},
		{"words/saying-words.txt", &v.sayingWords},
		{"words/relative-pronouns.txt", &v.relativePronouns},
		{"words/source-words.txt", &v.sourceWords},
		{"words/negation-words.txt", &v.negationWords},
		{"words/modal-words.txt", &v.modalWords},
		{"words/unilateral-objects.txt", &v.unilateral},
		{"words/object-nouns.txt", &v.objectNouns},
		{"words/asset-nouns.txt", &v.assetNouns},
		{"words/anaphor-words.txt", &v.anaphors},
		{"words/clause-enders.txt", &v.clauseEnders},
		{"words/negotiation-words.txt", &v.negotiations},
		{"words/non-party-titles.txt", &v.nonPartyTitles},
		{"words/collective-words.txt", &v.collectiveWords},
		{"words/state-titles.txt", &v.stateTitles},
		{"words/court-words.txt", &v.courtWords},
		{"words/hypothetical-words.txt", &v.hypothetical},
		{"words/public-offer-words.txt", &v.publicOffers},
		{"words/contrast-words.txt", &v.contrastWords},
		{"words/generic-agreement-nouns.txt", &v.genericNouns},
		{"words/approval-verbs.txt", &v.approvalVerbs},
		{"words/success-words.txt", &v.successWords},
		{"words/undo-verbs.txt", &v.undoVerbs},
		{"words/brokering-verbs.txt", &v.brokeringVerbs},
	} {
		if *f.dst, err = vocab.Words(wordFiles, f.file); err != nil {
			return nil, err
		}
	}
	return v, nil
})

// readTriggers reads "word<TAB>status<TAB>part" lines, part one of noun,
// verb, object, transfer or addressee.
func readTriggers(fsys fs.FS, file string) (map[string]trigger, error) {
	lines, err := vocab.Read(fsys, file, 3, 3)
	if err != nil {
		return nil, err
	}
	out := map[string]trigger{}
	for _, ln := range lines {
		word, status, part := ln.Fields[0], model.AgreementStatus(ln.Fields[1]), ln.Fields[2]
		switch {
		case !slices.Contains(model.AgreementStatuses(), status):
			return nil, &vocab.Error{File: file, Line: ln.N, Reason: fmt.Sprintf("unknown status %q", status)}
		case !slices.Contains([]string{"noun", "verb", "object", "transfer", "addressee"}, part):
			return nil, &vocab.Error{File: file, Line: ln.N, Reason: fmt.Sprintf("part %q, want noun, verb, object, transfer or addressee", part)}
		}
		if _, dup := out[word]; dup {
			return nil, &vocab.Error{File: file, Line: ln.N, Reason: fmt.Sprintf("%q listed twice", word)}
		}
		out[word] = trigger{status: status, noun: part == "noun", object: part == "object", transfer: part == "transfer", addressee: part == "addressee"}
	}
	return out, nil
}

// readTypes reads "type<TAB>stem" lines, in order.
func readTypes(fsys fs.FS, file string) ([]typeStem, error) {
	lines, err := vocab.Read(fsys, file, 2, 2)
	if err != nil {
		return nil, err
	}
	var out []typeStem
	seen := map[string]bool{}
	for _, ln := range lines {
		typ, stem := model.AgreementType(ln.Fields[0]), ln.Fields[1]
		if !slices.Contains(model.AgreementTypes(), typ) || typ == model.AgreementOther {
			return nil, &vocab.Error{File: file, Line: ln.N, Reason: fmt.Sprintf("unknown type %q", typ)}
		}
		if seen[stem] {
			return nil, &vocab.Error{File: file, Line: ln.N, Reason: fmt.Sprintf("stem %q listed twice", stem)}
		}
		if strings.TrimSuffix(stem, "$") == "" {
			return nil, &vocab.Error{File: file, Line: ln.N, Reason: "empty stem"}
		}
		seen[stem] = true
		out = append(out, typeStem{typ: typ, stem: stem})
	}
	return out, nil
}
