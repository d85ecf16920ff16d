package timex

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/text"
)

// classifiedCtx lexes and classifies s as Tag does, without a document's
// tokens.
func classifiedCtx(t *testing.T, s string) *tagCtx {
	t.Helper()
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	words := lexWords(s, "")
	classify(v, words)
	return &tagCtx{vocab: v, doc: &text.Document{Text: s}, text: s, words: words, lastSent: -1}
}

// TestClassGatesAreExact: a look-up gated on a class (lookup, has) finds a
// word of its table only if classify gave the word the class. classify
// gives classes by the lower case of words of letters only, so every word
// of every class must lex as one word of letters that is its own lower
// case, and get its class: else a word file edit could add a word that
// the rules never find.
func TestClassGatesAreExact(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, cm := range v.classMembers() {
		for _, w := range cm.words {
			c := classifiedCtx(t, w)
			if len(c.words) != 1 || c.words[0].kind != kindLetters || c.words[0].lower != w {
				t.Errorf("class %d: %q is not one word of letters in lower case", cm.class, w)
				continue
			}
			if !c.has(0, cm.class) {
				t.Errorf("class %d: classify leaves %q out", cm.class, w)
			}
		}
	}
}

// TestGatedLookupsFindTheirTables: each look-up gated on a class finds
// every word of its table, so each is gated on the class of its own
// table.
func TestGatedLookupsFindTheirTables(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		words []string
		// found reports whether the look-up finds word 0 of c.
		found func(c *tagCtx) bool
	}{
		{"weekdayAt", keys(v.weekdays), func(c *tagCtx) bool {
			_, _, _, ok := c.weekdayAt(0)
			return ok
		}},
		{"unitAt", keys(v.units), func(c *tagCtx) bool {
			_, _, _, ok := c.unitAt(0)
			return ok
		}},
		{"smallNumber", keys(v.numbers), func(c *tagCtx) bool {
			_, _, ok := c.smallNumber(0)
			return ok
		}},
		{"amountAt", keys(v.amountOpeners), func(c *tagCtx) bool {
			return c.amountAt(0).det == c.words[0].lower
		}},
		{"yearAt", keys(v.yearHundreds), func(c *tagCtx) bool {
			c = classifiedCtx(t, c.text+" ninety")
			_, _, ok := c.yearAt(0)
			return ok
		}},
		{"trimDeterminer", keys(v.modifierDets), func(c *tagCtx) bool {
			c = classifiedCtx(t, c.text+" five-day")
			return c.trimDeterminer(match{start: 0, end: 4}).start == 1
		}},
		{"ruleDuration", keys(v.oneWordLengths), func(c *tagCtx) bool {
			m, ok := c.ruleDuration(0)
			return ok && m.end == 1
		}},
	} {
		for _, w := range tc.words {
			// A capital, since weekdayAt reads only capitalized weekdays.
			s := strings.ToUpper(w[:1]) + w[1:]
			if c := classifiedCtx(t, s); !tc.found(c) {
				t.Errorf("%s misses %q", tc.name, s)
			}
		}
	}
}

// TestDayAtFindsOrdinals: dayAt reads every ordinal of a day of the month
// and every tens word before a hyphen and an ordinal.
func TestDayAtFindsOrdinals(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for w, d := range v.ordinals {
		if d <= 31 {
			texts = append(texts, w)
		}
	}
	for w := range v.ordinalTens {
		texts = append(texts, w+"-first")
	}
	for _, s := range texts {
		if _, _, ok := classifiedCtx(t, s).dayAt(0); !ok {
			t.Errorf("dayAt misses %q", s)
		}
	}
}

// TestWeekdayPrefixFindsAbbreviations: weekdayPrefix reads every
// abbreviation of a weekday before a date.
func TestWeekdayPrefixFindsAbbreviations(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for w := range v.weekdayAbbrevs {
		s := strings.ToUpper(w[:1]) + w[1:] + " March 21"
		if _, ok, k := classifiedCtx(t, s).weekdayPrefix(0); !ok || k != 1 {
			t.Errorf("weekdayPrefix(%q) = %v, %d", s, ok, k)
		}
	}
}

// TestQuantModFindsModifiers: quantMod reads every phrase of
// amount-modifiers.tsv before a number.
func TestQuantModFindsModifiers(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for first, mods := range v.amountMods {
		for _, m := range mods {
			s := strings.Join(append([]string{first}, m.rest...), " ") + " 5"
			if k, _, _ := classifiedCtx(t, s).quantMod(0); k == 0 {
				t.Errorf("quantMod misses %q", s)
			}
		}
	}
}
