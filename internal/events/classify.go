package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/model"
)

// classify gives the type of an agreement from the words of its lower-case
// subject and name: the type of the first stem, in the vocabulary's order,
// that begins one of the words. Whole words only: "said" holds "aid" but is
// no aid, "extension" holds "tension" but is no tension.
func (f *Finder) classify(subject string) model.AgreementType {
	for _, t := range f.vocab.types {
		if startsWord(subject, t.stem) {
			return t.typ
		}
	}
	return model.AgreementOther
}

// startsWord reports whether some word of s (a run of letters and
// hyphens) begins with stem; a stem ending in "$" must be the whole word
// ("settle$" matches "settle", never "settlement").
func startsWord(s, stem string) bool {
	whole := strings.HasSuffix(stem, "$")
	stem = strings.TrimSuffix(stem, "$")
	for i := 0; ; {
		j := strings.Index(s[i:], stem)
		if j < 0 {
			return false
		}
		j += i
		r, _ := utf8.DecodeLastRuneInString(s[:j])
		next, _ := utf8.DecodeRuneInString(s[j+len(stem):])
		if (j == 0 || !unicode.IsLetter(r) && r != '-') && (!whole || j+len(stem) == len(s) || !unicode.IsLetter(next)) {
			return true
		}
		i = j + 1
	}
}
