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
//
// It reads subject once, trying at each word's start the stems that begin
// with its first byte (typeStarts), and keeps the earliest stem that
// matches: the same answer as trying each stem in turn (startsWord), which
// scanned a long clause once per stem, 152 times.
func (f *Finder) classify(subject string) model.AgreementType {
	types := f.vocab.types
	best := len(types)
	wordStart := true
	for p, r := range subject {
		if wordStart {
			for _, t := range f.vocab.typeStarts[subject[p]] {
				if int(t) < best && stemAt(subject, p, types[t].stem) {
					best = int(t)
				}
			}
		}
		wordStart = !unicode.IsLetter(r) && r != '-'
	}
	if best == len(types) {
		return model.AgreementOther
	}
	return types[best].typ
}

// stemAt reports whether stem (perhaps ending in "$", see startsWord)
// starts at byte p of s, a word's start.
func stemAt(s string, p int, stem string) bool {
	whole := strings.HasSuffix(stem, "$")
	stem = strings.TrimSuffix(stem, "$")
	if !strings.HasPrefix(s[p:], stem) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[p+len(stem):])
	return !whole || p+len(stem) == len(s) || !unicode.IsLetter(next)
}

// indexStems lists, by first byte, the indexes of the type stems that
// begin with it.
func indexStems(types []typeStem) *[256][]int32 {
	var out [256][]int32
	for i, t := range types {
		out[t.stem[0]] = append(out[t.stem[0]], int32(i))
	}
	return &out
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
