package timex

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/internal/text"
)

// everyRuleTagger is tg trying every rule at every candidate word, as
// before starts.go.
func everyRuleTagger(tg *Tagger) *Tagger {
	return &Tagger{vocab: tg.vocab, everyRule: true}
}

// skipDiff tags doc against ref with tg and with every rule tried, and
// describes the first difference; "" when the two agree.
func skipDiff(tg, all *Tagger, doc *text.Document, ref time.Time) string {
	got, want := tg.Tag(doc, ref), all.Tag(doc, ref)
	if reflect.DeepEqual(got, want) {
		return ""
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("date %d: %+v with the skip, %+v without", i, got[i], want[i])
		}
	}
	return fmt.Sprintf("%d dates with the skip, %d without", len(got), len(want))
}

// testRefs are the reference dates the tests tag against: a date, and
// none (unresolved values).
var testRefs = []time.Time{timexRef, {}}

// vocabularyTables lists the words of each of the vocabulary's tables
// and sets, and the words of its phrases. The maps made of the others
// (starters, classes, ruleWords) are left out.
func vocabularyTables(v *vocabulary) [][]string {
	var out [][]string
	rv := reflect.ValueOf(v).Elem()
	for i := range rv.NumField() {
		f := rv.Field(i)
		switch rv.Type().Field(i).Name {
		case "starters", "classes", "ruleWords":
			continue
		}
		if f.Kind() != reflect.Map {
			continue
		}
		var first, second []string
		for _, k := range f.MapKeys() {
			switch k.Kind() {
			case reflect.String:
				first = append(first, k.String())
			case reflect.Array:
				first, second = append(first, k.Index(0).String()), append(second, k.Index(1).String())
			}
		}
		out = append(out, first, second)
	}
	var rest []string
	for _, phrases := range v.vagueLengths {
		for _, p := range phrases {
			rest = append(rest, p...)
		}
	}
	for _, mods := range v.amountMods {
		for _, m := range mods {
			rest = append(rest, m.rest...)
		}
	}
	for _, hs := range v.holidays {
		for _, h := range hs {
			for _, w := range h.words {
				rest = append(rest, w.lower)
			}
		}
	}
	return append(out, rest)
}

// textMaker makes the random texts of the tests: lines of pieces drawn
// from groups, and variants of the seeds (ruleSeeds, the fuzz seeds)
// whose words are swapped for others of their tables.
type textMaker struct {
	groups [][]string
	seeds  []string
	// alike maps a word of the vocabulary to the tables that hold it.
	alike map[string][][]string
}

// newTextMaker builds the groups: the vocabulary's words in lower case,
// capitalized and in capitals; the words the rules name and other short
// words; numbers, ordinals and marks; the seeds as they are.
func newTextMaker(v *vocabulary) *textMaker {
	tm := &textMaker{seeds: slices.Concat(ruleSeeds, timexFuzzSeeds), alike: map[string][][]string{}}
	var vocabulary []string
	for _, table := range vocabularyTables(v) {
		for _, w := range table {
			tm.alike[w] = append(tm.alike[w], table)
			vocabulary = append(vocabulary, w, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
		}
	}
	short := strings.Fields("the the a a an of for times per and or to in on at by from ago later earlier year day week month " +
		"o'clock a.m. p.m. am pm said says will was is has had 's ' ’ - – / . , : ; ( ) % $ — GMT EST local time Smith Rome")
	numbers := strings.Fields("0 1 2 3 7 9 10 12 13 15 20 21 22 24 25 30 31 32 45 59 60 99 100 150 365 1,000 2.5 1/2 3-1/2 " +
		"0735 1500 1900 2400 1000 1974 1990 1996 1999 2000 2012 2025 2199 2200 9999 12345 123456 1234567 " +
		"1st 2nd 3rd 4th 21st 22nd 24th 31st 32nd 1990s 1800s 2000s 80s 90s 10am 3pm 13pm Q1 Q4 Q5 H1 H2 FY2015 fy2015")
	tm.groups = [][]string{vocabulary, short, numbers, tm.seeds}
	return tm
}

// piece draws one piece: from a group, a variant of a seed, a year range
// ("2012-13") or a number.
func (tm *textMaker) piece(rng *rand.Rand) string {
	switch n := rng.IntN(len(tm.groups) + 4); {
	case n < len(tm.groups):
		g := tm.groups[n]
		return g[rng.IntN(len(g))]
	case n == len(tm.groups):
		y := 1990 + rng.IntN(40)
		return fmt.Sprintf("%d-%02d", y, (y+1+rng.IntN(2))%100)
	case n == len(tm.groups)+1:
		return fmt.Sprint(rng.IntN(1 << (rng.IntN(5) * 4)))
	}
	return tm.variant(rng, tm.seeds[rng.IntN(len(tm.seeds))])
}

// variant swaps about half the words of phrase: a word of the
// vocabulary for another of one of its tables, in the same case; digits
// for as many random digits.
func (tm *textMaker) variant(rng *rand.Rand, phrase string) string {
	var b strings.Builder
	last := 0
	for _, w := range lexWords(phrase, "") {
		b.WriteString(phrase[last:w.start])
		last = w.end
		raw := phrase[w.start:w.end]
		tables := tm.alike[w.lower]
		switch {
		case rng.IntN(2) == 0:
			b.WriteString(raw)
		case w.kind == kindDigits:
			for range len(raw) {
				b.WriteByte(byte('0' + rng.IntN(10)))
			}
		case len(tables) > 0:
			t := tables[rng.IntN(len(tables))]
			b.WriteString(sameCase(t[rng.IntN(len(t))], raw))
		default:
			b.WriteString(raw)
		}
	}
	b.WriteString(phrase[last:])
	return b.String()
}

// sameCase is w (lower case) in the case of like: capitals, capitalized
// or lower case.
func sameCase(w, like string) string {
	switch {
	case len(like) > 1 && strings.ToUpper(like) == like && strings.ToLower(like) != like:
		return strings.ToUpper(w)
	case like != "" && like[0] >= 'A' && like[0] <= 'Z':
		return strings.ToUpper(w[:1]) + w[1:]
	}
	return w
}

// text joins lines of random pieces, glued and spaced.
func (tm *textMaker) text(rng *rand.Rand) string {
	seps := []string{" ", " ", " ", " ", ", ", "-", "", " and ", ". ", "/", "\n"}
	var b strings.Builder
	for range rng.IntN(6) + 1 {
		for range rng.IntN(10) + 1 {
			b.WriteString(tm.piece(rng))
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		b.WriteString(". ")
	}
	return b.String()
}

// randomDocs analyzes n random texts.
func randomDocs(a *text.Analyzer, v *vocabulary, seed uint64, n int) []*text.Document {
	tm := newTextMaker(v)
	rng := rand.New(rand.NewPCG(seed, seed))
	docs := make([]*text.Document, n)
	for i := range docs {
		docs[i] = a.Analyze(tm.text(rng))
	}
	return docs
}

// ruleSeeds are a few expressions of every rule, in the order of rules,
// for the random texts and the fuzz test to build on.
var ruleSeeds = []string{
	"Tuesday, Aug. 19", "June last year", "Thu 19th December",
	"24 May 2025", "the 24th of May", "Thursday 21 March", "the fifth of May", "twenty-first of June",
	"5/24/2025", "2025-05-24", "24.5.2025",
	"3 p.m. EDT", "noon Thursday", "4 o'clock", "7 in the evening", "1900 GMT",
	"fiscal 1989", "the year 2000", "1994 or later", "the 2012 fiscal year",
	"the 1990s", "'80s", "the mid-nineties",
	"the 20th century", "the twenty-first century", "this century", "fifth century",
	"the fiscal first quarter", "Q4 2012", "the year-ago quarter", "the first half of", "third-quarter", "its latest quarter",
	"this coming Sunday", "the following Monday", "Tuesdays",
	"yesterday morning", "the day before yesterday",
	"last week", "year-end", "the following day", "that same day", "the week of March 6",
	"the winter of 1994", "in spring", "last fall",
	"daily", "per week", "every other day", "each Friday night", "every few years",
	"the past two years", "a three-year", "decades-long", "two years ago", "a quarter century",
	"just now", "these days", "the near future", "will soon", "recently",
	"Labor Day weekend", "last Christmas", "New Year's Eve",
	"the second day", "on the 22nd,", "its first day", "fifth day",
	"mid-afternoon", "midmorning tomorrow",
	"for a while", "for some time",
	"three times a year", "10 times per day", "twice a week",
	"April 24 and 25", "March 21-22", "June 3 to fifth", "Jan. 5 or 6th",
	"2012-13", "1996/97", "March-April", "March-April Smith said",
}

// TestRuleStartsLoseNothing holds the skip of starts.go to trying every
// rule everywhere: on random texts of the vocabulary's words, numbers and
// marks, the tagger finds the same dates with it as without.
func TestRuleStartsLoseNothing(t *testing.T) {
	a, tg := timexTools(t)
	all := everyRuleTagger(tg)
	found, bad := 0, 0
	for _, doc := range randomDocs(a, tg.vocab, 7, 6000) {
		for _, ref := range testRefs {
			found += len(all.Tag(doc, ref))
			if d := skipDiff(tg, all, doc, ref); d != "" {
				t.Errorf("%q (ref %v): %s", doc.Text, ref, d)
				if bad++; bad > 10 {
					t.FailNow()
				}
			}
		}
	}
	t.Logf("%d dates found", found)
}

// TestRuleStartsTestSeesEveryRule checks that the random texts of
// TestRuleStartsLoseNothing would catch a start too small: with any one
// rule never tried, the tagger finds other dates on them.
func TestRuleStartsTestSeesEveryRule(t *testing.T) {
	a, tg := timexTools(t)
	all := everyRuleTagger(tg)
	docs := randomDocs(a, tg.vocab, 7, 6000)
	for i := range rules {
		v := *tg.vocab
		v.ruleWords = map[string]uint32{}
		for w, bits := range tg.vocab.ruleWords {
			v.ruleWords[w] = bits &^ (1 << i)
		}
		for k := range v.kindRules {
			v.kindRules[k] &^= 1 << i
		}
		v.classes = v.wordClasses()
		if !anyDiff(&Tagger{vocab: &v}, all, docs) {
			t.Errorf("rule %d dropped: no text tags differently", i)
		}
	}
}

// anyDiff reports whether tg and all tag one of docs differently.
func anyDiff(tg, all *Tagger, docs []*text.Document) bool {
	for _, doc := range docs {
		for _, ref := range testRefs {
			if skipDiff(tg, all, doc, ref) != "" {
				return true
			}
		}
	}
	return false
}

// TestRuleStartsOnDevelopmentTexts holds the skip to trying every rule on
// the TempEval-3 development files and the CoNLL-2003 development set,
// when present.
func TestRuleStartsOnDevelopmentTexts(t *testing.T) {
	a, tg := timexTools(t)
	all := everyRuleTagger(tg)
	for _, rel := range []string{"tempeval3/tempeval3-timebank.jsonl", "tempeval3/tempeval3-aquaint.jsonl", "conll2003/conll2003-dev.jsonl"} {
		t.Run(rel, func(t *testing.T) {
			found := 0
			for _, r := range testcorpus.GoldRecords(t, rel) {
				refs := testRefs
				if r.DCT != nil {
					dct, err := time.Parse("2006-01-02", *r.DCT)
					if err != nil {
						t.Fatalf("%s: dct %q: %v", r.ID, *r.DCT, err)
					}
					refs = []time.Time{dct, {}}
				}
				doc := a.Analyze(r.Text)
				for _, ref := range refs {
					found += len(all.Tag(doc, ref))
					if d := skipDiff(tg, all, doc, ref); d != "" {
						t.Errorf("%s (ref %v): %s", r.ID, ref, d)
					}
				}
			}
			t.Logf("%d dates found", found)
		})
	}
}

// FuzzRuleStarts holds the skip to trying every rule on any text.
func FuzzRuleStarts(f *testing.F) {
	for _, s := range slices.Concat(timexFuzzSeeds, ruleSeeds) {
		f.Add(s)
	}
	a, tg := timexTools(f)
	all := everyRuleTagger(tg)
	f.Fuzz(func(t *testing.T, s string) {
		doc := a.Analyze(s)
		for _, ref := range testRefs {
			if d := skipDiff(tg, all, doc, ref); d != "" {
				t.Fatalf("%q (ref %v): %s", s, ref, d)
			}
		}
	})
}

// TestRuleStartsFit checks that every rule has a bit of its own in the
// masks of rulesAt, and that classify gives a word of letters the rules
// that can start at it: each word of ruleWords is one word of letters
// when lexed, and passes the filter with its bits.
func TestRuleStartsFit(t *testing.T) {
	if len(rules) > 32 {
		t.Fatalf("%d rules: the masks hold 32", len(rules))
	}
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for w, bits := range v.ruleWords {
		words := lexWords(w, "")
		if len(words) != 1 || words[0].kind != kindLetters || words[0].lower != w {
			t.Errorf("%q: not one word of letters", w)
			continue
		}
		classify(v, words)
		if bits == 0 || words[0].rules != bits {
			t.Errorf("%q: rules %b, classify gives %b", w, bits, words[0].rules)
		}
	}
	if v.kindRules[kindLetters] != 0 {
		t.Errorf("rules start at any word of letters: %b", v.kindRules[kindLetters])
	}
}
