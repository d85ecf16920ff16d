package timex

import (
	"time"
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
	// everyRule tries every rule at every candidate word, also where it
	// cannot start (starts.go): the tests compare the two.
	everyRule bool
}

// New returns a Tagger. It parses the embedded word files on the first
// call in a process; the error reports a malformed one (a
// *vocab.Error).
func New() (*Tagger, error) {
	v, err := loadVocabulary()
	if err != nil {
		return nil, err
	}
	return &Tagger{vocab: v}, nil
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
	// everyRule is Tagger.everyRule.
	everyRule bool
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
	c := &tagCtx{vocab: v, everyRule: t.everyRule, doc: doc, text: doc.Text, hasRef: !ref.IsZero(), lastSent: -1}
	if c.hasRef {
		c.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	}
	var out []model.Date
	lowered := doc.LowerASCII()
	for _, p := range pieces(doc) {
		c.words = lexWordsAt(doc.Text, lowered, p[0], p[1])
		out = c.tagWords(out)
		putWords(c.words)
	}
	return out
}

// maxPieceBytes is the least text of a piece that pieces cuts. The
// tagger's words (56 bytes each, a word every byte on a run of
// punctuation) are the largest list it makes: a megabyte of text held 56
// megabytes of them. Lexed a piece at a time, they take a piece's at
// most. No news article comes near it.
const maxPieceBytes = 64 << 10

// pieces cuts doc's text into pieces [start, end) of at least
// maxPieceBytes, each cut where a sentence starts, which the tagger lexes
// and reads one after the other: an expression across a cut (which is at
// a sentence start) is not found. A text of maxPieceBytes or less is one
// piece. The cut is where a line starts too when a sentence starts one
// within 2*maxPieceBytes: the tagger reads a line's words together (a
// headline's capitals), and the end of a paragraph cut off its start may
// read as a headline. Where no sentence starts for 2*maxPieceBytes (a
// line without spaces, one token, holds a word every byte on "a-a-a"),
// the piece is cut at the first edge of a word after maxPieceBytes
// instead (wordEdge).
func pieces(doc *text.Document) [][2]int {
	var out [][2]int
	start, k := 0, 0
	for len(doc.Text)-start > maxPieceBytes {
		// The first sentence starting maxPieceBytes or more after start,
		// and the first of those that starts a line, if one is near.
		for k < len(doc.Sentences) && doc.Sentences[k].Start-start < maxPieceBytes {
			k++
		}
		end := len(doc.Text)
		if k < len(doc.Sentences) {
			end = doc.Sentences[k].Start
		}
		for j := k; j < len(doc.Sentences) && doc.Sentences[j].Start-start <= 2*maxPieceBytes; j++ {
			if startsLine(doc.Text, doc.Sentences[j].Start) {
				end = doc.Sentences[j].Start
				break
			}
		}
		if end-start > 2*maxPieceBytes {
			end = wordEdge(doc.Text, start+maxPieceBytes)
		}
		if end >= len(doc.Text) {
			break
		}
		out = append(out, [2]int{start, end})
		start = end
	}
	return append(out, [2]int{start, len(doc.Text)})
}

// startsLine reports whether a line break is in the white space before
// offset i of s, as markHeadlines reads lines.
func startsLine(s string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if r == '\n' {
			return true
		}
		if !text.IsSpace(r) {
			return false
		}
		i -= size
	}
	return true
}

// wordEdge returns the first offset at or after from where lexWords ends
// no word: before white space, or between a letter or digit and a
// punctuation mark (a run of marks, which may be one word, is not cut);
// len(s) if there is none.
func wordEdge(s string, from int) int {
	for from < len(s) && !utf8.RuneStart(s[from]) {
		from++
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:from])
	for i := from; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if text.IsSpace(r) || !text.IsSpace(prev) && isWordRune(r) != isWordRune(prev) {
			return i
		}
		prev = r
		i += size
	}
	return len(s)
}

// tagWords appends the temporal expressions of c.words, one piece of the
// text, to out. What the expressions before them left (the last anchor,
// its sentence) reads on; a range does not go on from the piece before.
func (c *tagCtx) tagWords(out []model.Date) []model.Date {
	c.prevEnd = -1
	classify(c.vocab, c.words)
	c.linkTokens()
	markHeadlines(c.text, c.words)
	for i := 0; i < len(c.words); {
		w := &c.words[i]
		// An apostrophe starts only a short decade: "the '80s and '90s".
		apostrophe := w.lower == "'" && i+1 < len(c.words) && c.words[i+1].kind == kindMixed
		if w.kind == kindPunct && !apostrophe || w.kind == kindLetters && !c.has(i, classStarter) {
			i++
			continue
		}
		// Determiners are the most common starters; most start no
		// expression, which the next word tells cheaply.
		if c.has(i, classDeterminer) && i+1 < len(c.words) && c.words[i+1].kind == kindLetters && !c.has(i+1, classStarter) {
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
