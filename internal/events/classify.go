package events

import (
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/model"
)

// classify gives the type of an agreement from the words of its lower-case
// subject and name: the first type, in the vocabulary's order, with a stem
// that begins one of the words. Whole words only: "said" holds "aid" but is
// no aid, "extension" holds "tension" but is no tension.
func (f *Finder) classify(subject string) model.AgreementType {
	words := strings.FieldsFunc(subject, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for _, t := range f.vocab.types {
		for _, stem := range t.stems {
			for _, w := range words {
				if strings.HasPrefix(w, stem) {
					return t.typ
				}
			}
		}
	}
	return model.AgreementOther
}
