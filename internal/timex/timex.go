package timex

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// Tagger finds temporal expressions and normalizes them to TIMEX3
// values, TempEval-3 style. It is a hand-written parser over words rather
// than a list of regular expressions: only words that can start a temporal
// expression (the starters of the vocabulary) and numbers are tried, so an
// article costs one pass of lexing plus a few cheap look-aheads. Build one
// with New; it holds no mutable state and is safe for concurrent use.
type Tagger struct {
	vocab *vocabulary
}

// New returns a Tagger. It parses the embedded word files on the first
// call in a process; the error reports a malformed one (a
// *VocabularyError).
func New() (*Tagger, error) {
	v, err := loadVocabulary()
	if err != nil {
		return nil, err
	}
	return &Tagger{vocab: v}, nil
}

// wordKind tells what a word is made of.
type wordKind byte

const (
	kindLetters wordKind = iota + 1 // letters only: "March"
	kindDigits                      // digits only: "2025"
	kindMixed                       // letters and digits: "24th", "10am"
	kindPunct                       // one punctuation rune: ",", "-"
)

// word is one word of the tagger's own lexing: a run of letters and digits,
// or one punctuation rune. prose's tokens keep "Aug." or "5/24/2025"
// whole and split "p.m." unpredictably, so the tagger lexes for itself and
// borrows only the part-of-speech tags and sentences from the text.Document.
type word struct {
	start, end  int    // byte offsets
	lower       string // lower-cased text
	kind        wordKind
	num         int  // value of a digit word, -1 when not digits or too long
	gap         bool // whitespace (or the start of text) before the word
	capitalized bool // first rune upper-case
	token       int  // index of the text.Document token holding the word, or -1
	// headline is true on a line in title case or capitals ("Talks To
	// Resume Next Week"), where a capital does not mark a name.
	headline bool
}

// tagCtx is the state of one Tag call.
type tagCtx struct {
	vocab  *vocabulary
	doc    *text.Document
	text   string
	words  []word
	ref    time.Time
	hasRef bool
	// last is the most recent DATE mentioned with a concrete value, the
	// anchor of "a year earlier", "that day", "the following month".
	last    point
	hasLast bool
	// lastQuarter is the most recent quarter mentioned: financial news says
	// "a year ago" for the same quarter of the year before.
	lastQuarter    point
	hasLastQuarter bool
	// lastSent is the sentence of the last DATE anchor, -1 before any.
	lastSent int
	// prevEnd is the word after the last expression emitted (-1 before
	// any) and prevAnchor its calendar period: the first end of a range.
	prevEnd    int
	prevAnchor point
}

// Tag returns every temporal expression in doc in text order. ref is the
// reference date; when ref.IsZero() relative expressions keep an
// underspecified value (XXXX-05-24, XXXX-WXX-2) and Resolved false.
func (t *Tagger) Tag(doc *text.Document, ref time.Time) []model.Date {
	if doc == nil || doc.Text == "" {
		return nil
	}
	v := t.vocab
	if v == nil {
		// A Tagger not made by New.
		var err error
		if v, err = loadVocabulary(); err != nil {
			return nil
		}
	}
	c := &tagCtx{vocab: v, doc: doc, text: doc.Text, words: lexWords(doc.Text), hasRef: !ref.IsZero(), lastSent: -1, prevEnd: -1}
	if c.hasRef {
		c.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	}
	c.linkTokens()
	markHeadlines(c.text, c.words)
	var out []model.Date
	for i := 0; i < len(c.words); {
		w := &c.words[i]
		// An apostrophe starts only a short decade: "the '80s and '90s".
		apostrophe := w.lower == "'" && i+1 < len(c.words) && c.words[i+1].kind == kindMixed
		if w.kind == kindPunct && !apostrophe || w.kind == kindLetters && !v.starters[w.lower] {
			i++
			continue
		}
		// Determiners are the most common starters; most start no
		// expression, which the next word tells cheaply.
		if v.determiners[w.lower] && i+1 < len(c.words) && c.words[i+1].kind == kindLetters && !v.starters[c.words[i+1].lower] {
			i++
			continue
		}
		m, ok := c.expressionAt(i)
		if !ok {
			i++
			continue
		}
		out = append(out, c.emit(m))
		i = m.end
	}
	return out
}

// emit turns a match into a model.Date and remembers it as an anchor.
func (c *tagCtx) emit(m match) model.Date {
	s, e := c.words[m.start].start, c.words[m.end-1].end
	c.prevEnd, c.prevAnchor = m.end, m.anchor
	if m.typ == model.TimexDate && m.anchor.g != granNone && !m.derived {
		c.last, c.hasLast = m.anchor, true
		c.lastSent = c.sentOf(m.start)
		if m.anchor.g == granQuarter {
			c.lastQuarter, c.hasLastQuarter = m.anchor, true
		}
	}
	return model.Date{
		Span:     model.Span{Text: c.text[s:e], Start: s, End: e},
		Type:     m.typ,
		Value:    m.value,
		Mod:      m.mod,
		Resolved: !m.unresolved,
	}
}

// lexWords splits text into words and punctuation with byte offsets.
func lexWords(text string) []word {
	out := make([]word, 0, len(text)/5)
	gap := true
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if unicode.IsSpace(r) {
			gap = true
			i += size
			continue
		}
		if !isWordRune(r) {
			out = append(out, word{start: i, end: i + size, lower: punctLower(r, text[i:i+size]), kind: kindPunct, num: -1, gap: gap, token: -1})
			gap = false
			i += size
			continue
		}
		j := i
		letters, digits := false, false
		for j < len(text) {
			r, size := rune(text[j]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[j:])
			}
			if !isWordRune(r) {
				break
			}
			if r >= '0' && r <= '9' {
				digits = true
			} else {
				letters = true
			}
			j += size
		}
		w := word{start: i, end: j, num: -1, gap: gap, token: -1}
		raw := text[i:j]
		switch {
		case !letters:
			w.kind = kindDigits
			w.lower = raw
			if len(raw) <= 9 {
				n := 0
				for k := 0; k < len(raw); k++ {
					n = n*10 + int(raw[k]-'0')
				}
				w.num = n
			}
		case !digits:
			w.kind = kindLetters
			w.lower = lowerASCII(raw)
		default:
			w.kind = kindMixed
			w.lower = lowerASCII(raw)
		}
		first, _ := utf8.DecodeRuneInString(raw)
		w.capitalized = unicode.IsUpper(first)
		out = append(out, w)
		gap = false
		i = j
	}
	return out
}

// punctLower is the form the rules see of a punctuation mark: typographic
// apostrophes and hyphens read as their ASCII kin, so "New Year’s Day",
// "mid‑March" (a non-breaking hyphen) and "2012–13" parse as typed ones.
// The em dash stays itself: it sets off clauses, never joins words.
func punctLower(r rune, raw string) string {
	switch r {
	case '\u2018', '\u2019', '\u02BC':
		return "'"
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return "-"
	}
	return raw
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lowerASCII lower-cases s without allocating when it is already lower case.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// linkTokens records, for every word, the text.Document token that holds it.
func (c *tagCtx) linkTokens() {
	toks := c.doc.Tokens
	k := 0
	for i := range c.words {
		w := &c.words[i]
		for k < len(toks) && toks[k].End <= w.start {
			k++
		}
		if k < len(toks) && toks[k].Start <= w.start && w.start < toks[k].End {
			w.token = k
		}
	}
}

// markHeadlines flags the words of each line whose longer words are
// nearly all capitalized: a headline in title case or in capitals. Three
// such words at least, so "WASHINGTON (AP) --" is no headline.
func markHeadlines(text string, w []word) {
	for i := 0; i < len(w); {
		// The words of one line: [i, j).
		j := i + 1
		for j < len(w) && strings.IndexByte(text[w[j-1].end:w[j].start], '\n') < 0 {
			j++
		}
		long, capped := 0, 0
		for k := i; k < j; k++ {
			if w[k].kind == kindLetters && w[k].end-w[k].start >= 4 {
				long++
				if w[k].capitalized {
					capped++
				}
			}
		}
		if long >= 3 && capped*5 >= long*4 {
			for k := i; k < j; k++ {
				w[k].headline = true
			}
		}
		i = j
	}
}

// pos returns the part-of-speech tag of word i, or "".
func (c *tagCtx) pos(i int) string {
	if i < 0 || i >= len(c.words) || c.words[i].token < 0 {
		return ""
	}
	return c.doc.Tokens[c.words[i].token].POS
}

// lower returns the lower-cased word i, or "" past either end.
func (c *tagCtx) lower(i int) string {
	if i < 0 || i >= len(c.words) {
		return ""
	}
	return c.words[i].lower
}

// adjacent reports whether word i exists and follows word i-1 with no space.
func (c *tagCtx) adjacent(i int) bool {
	return i > 0 && i < len(c.words) && !c.words[i].gap
}

// is reports whether word i is s (lower case).
func (c *tagCtx) is(i int, s string) bool {
	return i >= 0 && i < len(c.words) && c.words[i].lower == s
}

// sameLine reports whether words i and j are on one line, so that no
// expression runs across a paragraph break.
func (c *tagCtx) sameLine(i, j int) bool {
	if i < 0 || j >= len(c.words) {
		return false
	}
	return strings.IndexByte(c.text[c.words[i].end:c.words[j].start], '\n') < 0
}
