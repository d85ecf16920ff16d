package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// namedAlone reports whether the text names the place on its own at least
// once: an occurrence of the name at word boundaries that no capitalized
// word joins into a longer name. A place record with no mentions of its
// own comes from a misc or organization record; when that record's name
// is the place's whole name ("the Quorby students", a club called
// "Quorby", "in Quorby, Texas" read as a misc and an organization), the
// article names the place and its context places it, as it does a place
// mention. A name met only inside a longer one ("Quorby Analytica", "the
// Quorby Commission", "University of Quorby") is not: firms, teams and
// schools carry their town's name far from it. Whether a record bears the
// whole name is the caller's test (Resolve's records): an organization's
// short form ("the Quorby team" of "Quorby University") names the town
// alone in the text, but the record is the university.
func (r *Resolver) namedAlone(text, name string) bool {
	if name == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		start := from + i
		end := start + len(name)
		from = start + 1
		if wordCharBefore(text, start) || wordCharAfter(text, end) {
			continue
		}
		if !joinedAfter(text[end:]) && !r.joinedBefore(text[:start]) {
			return true
		}
	}
}

func wordCharBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func wordCharAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// joinedAfter reports a capitalized word right after the name, past spaces
// or a hyphen ("Quorby Analytica", "Quorby-Smith").
func joinedAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " -")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// joinedBefore reports a name that a longer one ends in: a capitalized
// word right before it that does not open a sentence ("the Greater
// Quorby"), an abbreviation that opens names ("St. Quorby";
// name-openers.txt), or "of" after a capitalized word ("University of
// Quorby"). Any other word that ends in a full stop ends a sentence
// ("They flew to Texas. Quorby's team won.").
func (r *Resolver) joinedBefore(head string) bool {
	word, before := trailingWord(head)
	if word == "" {
		return false
	}
	if strings.HasSuffix(word, ".") {
		return r.words.nameOpeners[strings.ToLower(word)]
	}
	if word == "of" || word == "de" {
		prev, _ := trailingWord(before)
		first, _ := utf8.DecodeRuneInString(prev)
		return unicode.IsUpper(first)
	}
	first, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(first) {
		return false
	}
	before = strings.TrimRight(before, " ")
	last, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && !strings.ContainsRune(".!?\n\"“", last)
}

// trailingWord returns the word that head ends in, when only spaces stand
// between it and the end, and the text before that word.
func trailingWord(head string) (word, before string) {
	trimmed := strings.TrimRight(head, " ")
	if len(trimmed) == len(head) && head != "" {
		return "", head // no space: punctuation or a line break before the name
	}
	i := strings.LastIndexFunc(trimmed, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' })
	return trimmed[i+1:], trimmed[:i+1]
}
