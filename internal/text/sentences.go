package text

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file splits a paragraph into sentences as prose v3's segmenter does
// (prose's segment package over gopkg.in/neurosnap/sentences.v1, with the
// English punkt model of punkt-english.tsv), giving the same boundaries for
// every input, without its cost: neurosnap builds a Token object with
// several strings for every word and runs regular expressions on each. Here
// a word is a pair of byte offsets into the paragraph, its "type" (the key
// the model is looked up by) is written into one reused buffer, and the
// decisions are made in one pass over the words, three at a time.
//
// The decisions are those of punkt (Kiss & Strunk, "Unsupervised
// Multilingual Sentence Boundary Detection", Computational Linguistics
// 32(4), 2006), in three rounds, each over every pair of neighbouring words
// in order:
//
//  1. by the word alone (typeBased): a word ending a sentence mark ends a
//     sentence; a word ending in one full stop ends one unless it is a known
//     abbreviation (section 3 of the paper, the type-based first pass);
//  2. by the word and the next (tokenBased): the collocation, orthographic
//     and frequent-sentence-starter heuristics of section 4 decide again
//     for abbreviations, ellipses, initials and numbers;
//  3. prose's own corrections (proseRules): a stop before a closing quote
//     or bracket, an ellipsis, and dotted abbreviations such as "U.S.".
//
// A round looks at the next word's state as the previous rounds left it, so
// the rounds cannot be merged into one decision per word; but a word's
// round 3 needs only its next word's round 2, which needs the word after:
// a window of three words is enough, and memory does not grow with the
// paragraph.

// Orthographic context flags of the model's OrthoContext table: how a word
// type was seen in training, capitalized or not, at the beginning of a
// sentence, inside one, or where that was unknown.
const (
	orthoBeginUpper   = 1 << 1
	orthoMidUpper     = 1 << 2
	orthoUnknownUpper = 1 << 3
	orthoBeginLower   = 1 << 4
	orthoMidLower     = 1 << 5
	orthoUnknownLower = 1 << 6
	orthoUpper        = orthoBeginUpper | orthoMidUpper | orthoUnknownUpper
	orthoLower        = orthoBeginLower | orthoMidLower | orthoUnknownLower
)

// numberType is the type of a word ending in a number: "1990." and
// "$4,000" are "##number##" and "$##number##" to the model.
const numberType = "##number##"

// evidence is what the orthographic heuristic says of a word that follows
// a full stop.
type evidence int

const (
	unsure      evidence = -1 // the model's counts do not say
	notStarting evidence = 0  // the word goes on a sentence
	starting    evidence = 1  // the word begins a sentence
)

// punktWord is a word of the paragraph being split (a run of characters
// other than white space) and what the rounds decided of it.
type punktWord struct {
	start, end int
	// seen is false for a last word that punkt's word scanner never
	// reports (see splitter.scan); the word before it decides as if it
	// were the paragraph's last.
	seen bool
	// stop: the word holds a '.', '!' or '?'. punkt decides only after
	// such a word.
	stop bool
	// ends: a sentence ends after the word. abbrev: the word was taken for
	// an abbreviation (round 2 reads it).
	ends, abbrev bool
}

// splitter is the state of splitting one paragraph.
type splitter struct {
	m    *punktModel
	p    string
	out  [][2]int
	open int // where the sentence being collected starts, or -1
	last int // where the last word closed ends

	// keys is where word types and lookup keys are written (a longer key
	// is written on the heap). It is an array in the splitter, which
	// stays on the caller's stack, so a paragraph costs no allocation
	// but its list of sentences.
	keys [64]byte

	// window holds the last words read: window[0] waits for its round 3,
	// window[1] for its rounds 2 and 3; n is how many are held.
	window [2]punktWord
	n      int
}

// sentences appends to out the sentences of paragraph p as [start, end)
// byte ranges, trimmed of white space, and returns it: the boundaries
// prose's segment.Segmenter gives p. Its work is linear in len(p).
func (m *punktModel) sentences(p string, out [][2]int) [][2]int {
	s := splitter{m: m, p: p, out: out, open: -1}
	s.scan()
	switch s.n {
	case 2:
		s.proseRules(&s.window[0], &s.window[1])
		s.close(s.window[0])
		s.close(s.window[1])
	case 1:
		s.close(s.window[0])
	}
	if s.open >= 0 {
		s.out = append(s.out, [2]int{s.open, s.last})
	}
	return s.out
}

// scan reads the paragraph's words and passes each to add. A word is a run
// of runes that are not white space (unicode.IsSpace, as the rest of this
// package and punkt use). punkt's scanner reports a word when it reaches
// the white space after it, or the paragraph's last byte: a paragraph
// ending in a word whose last rune takes more than one byte ("café") ends
// without that word being reported. It is still part of the last
// sentence.
func (s *splitter) scan() {
	p := s.p
	start, size, stop := -1, 0, false
	for i := 0; i < len(p); i += size {
		var space bool
		if c := p[i]; c < utf8.RuneSelf {
			space, size = c == ' ' || '\t' <= c && c <= '\r', 1
			stop = stop || c == '.' || c == '!' || c == '?'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(p[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			s.add(punktWord{start: start, end: i, seen: true, stop: stop})
			start, stop = -1, false
		case !space && start < 0:
			start = i
		}
	}
	if start >= 0 {
		s.add(punktWord{start: start, end: len(p), seen: size == 1, stop: stop})
	}
}

// add takes the next word: round 1 for it, round 2 for the word before it,
// round 3 for the one before that, which is then decided.
func (s *splitter) add(w punktWord) {
	s.typeBased(&w)
	switch s.n {
	case 0:
		s.window[0] = w
		s.n = 1
	case 1:
		s.tokenBased(&s.window[0], &w)
		s.window[1] = w
		s.n = 2
	case 2:
		s.tokenBased(&s.window[1], &w)
		s.proseRules(&s.window[0], &s.window[1])
		s.close(s.window[0])
		s.window[0], s.window[1] = s.window[1], w
	}
}

// close adds decided word w to the sentence being collected, and ends the
// sentence after it when the rounds said so. Sentences run from the first
// word after a boundary to the last before the next, so white space is
// trimmed from both ends as prose trims it; the words after the last
// boundary are the last sentence.
func (s *splitter) close(w punktWord) {
	if s.open < 0 {
		s.open = w.start
	}
	s.last = w.end
	if w.ends {
		s.out = append(s.out, [2]int{s.open, w.end})
		s.open = -1
	}
}

// text is w's text.
func (s *splitter) text(w *punktWord) string { return s.p[w.start:w.end] }

// typeBased is round 1, punkt's type-based pass: a word that ends with a
// sentence mark (endsWithMark) ends a sentence; a word that ends in a
// single full stop ends one unless what precedes the stop is a known
// abbreviation, or its last hyphenated part is ("ex-Gov.").
func (s *splitter) typeBased(w *punktWord) {
	if !w.seen || !w.stop {
		return
	}
	t := s.text(w)
	if endsWithMark(t) {
		w.ends = true
		return
	}
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
		return
	}
	// neurosnap cuts the stop off at the word's length in runes, counted
	// as a byte offset: for a word with a rune of more than one byte that
	// keeps the wrong prefix, and the key is looked up as cut.
	head := t[:utf8.RuneCountInString(t)-1]
	key := appendLower(s.keys[:0], head)
	last := key[bytes.LastIndexByte(key, '-')+1:]
	if s.m.abbrev(key) || s.m.abbrev(last) {
		w.abbrev = true
	} else {
		w.ends = true
	}
}

// tokenBased is round 2, punkt's token-based pass over word w ending in a
// full stop and the word after it.
func (s *splitter) tokenBased(w, next *punktWord) {
	if !w.seen || !w.stop || !next.seen {
		return
	}
	t, nt := s.text(w), s.text(next)
	if !strings.HasSuffix(t, ".") {
		return
	}
	// One key "type,nextType" serves the collocation table, and its two
	// halves the other tables.
	key := appendType(s.keys[:0], t, true)
	comma := len(key)
	key = append(key, ',')
	key = appendType(key, nt, next.ends)
	typ, nextTyp := key[:comma], key[comma+1:]
	initial := isInitial(t)

	// The collocation heuristic (4.1.2): a pair of types seen in training
	// around a stop that was not a boundary ("Ph. D.", "Jan. 5").
	if s.m.collocation(key) {
		w.ends, w.abbrev = false, true
		return
	}
	// An abbreviation or an ellipsis also ends a sentence when the next
	// word is known to begin sentences (the orthographic heuristic,
	// 4.1.1), or is capitalized and a frequent sentence starter (4.1.3).
	if (w.abbrev || strings.HasSuffix(t, "..")) && !initial {
		if s.m.orthographic(nt, nextTyp) == starting {
			w.ends = true
			return
		}
		if firstUpper(nt) && s.m.starter(nextTyp) {
			w.ends = true
			return
		}
	}
	// Two lone stops in a row are a spaced ellipsis ". . .".
	if t == "." && nt == "." {
		w.ends, next.ends = false, false
		return
	}
	// Initials and ordinals (4.3): "J." or "5." ends no sentence when
	// the next word goes on one; an initial not either before a word
	// never seen in lower case ("J. Bach").
	if initial || string(typ) == numberType {
		ev := s.m.orthographic(nt, nextTyp)
		if ev == notStarting || ev == unsure && initial && firstUpper(nt) && s.m.orthoContext(nextTyp)&orthoLower == 0 {
			w.ends, w.abbrev = false, true
		}
	}
}

// proseRules is round 3, the corrections prose's segmenter adds to punkt,
// for word w and the word after it.
func (s *splitter) proseRules(w, next *punktWord) {
	// Every rule below wants a stop in w, or w ending a sentence, which
	// needs one.
	if !w.seen || !w.stop || !next.seen {
		return
	}
	t, nt := s.text(w), s.text(next)
	stop := strings.HasSuffix(t, ".")
	if stop && nt == "." {
		w.ends, next.ends = false, false
		return
	}
	// A stop that round 2 kept inside the sentence, an ellipsis, or a
	// boundary before a closing quote or bracket is looked at again, and
	// so is a dotted abbreviation, "U.S." or "a.m.", that is not a lone
	// initial.
	held := stop && !w.ends
	ellipsis := strings.Contains(t, "...")
	closer := w.ends && endsWithCloser(t)
	dotted := dottedAbbrev(t) && !isInitial(t)
	if !held && !ellipsis && !closer && !dotted {
		return
	}
	nextTyp := appendType(s.keys[:0], nt, next.ends)
	if held || ellipsis || closer {
		starter := s.m.starter(nextTyp)
		switch {
		case ellipsis && (firstUpper(nt) || starter):
			// "... Then" ends a sentence.
			w.ends = true
			return
		case closer && firstLower(nt) && !starter:
			// `," he said` is the quote's sentence going on.
			w.ends = false
			return
		case held && firstUpper(nt) && s.m.orthoContext(nextTyp)&orthoLower != 0:
			// The capitalized next word is one seen in lower case:
			// its capital is a sentence's.
			w.ends = true
		}
	}

	// The dotted abbreviation ends no sentence unless the next word is
	// known to begin one or is a capitalized frequent sentence starter.
	if !dotted {
		return
	}
	w.abbrev, w.ends = true, false
	if s.m.orthographic(nt, nextTyp) == starting || firstUpper(nt) && s.m.starter(nextTyp) {
		w.ends = true
	}
}

// orthographic is punkt's orthographic heuristic (4.1.1) for word next,
// of type typ, after a full stop: a capitalized word that the model saw
// in lower case and never capitalized inside a sentence begins one; a
// lower-case word seen capitalized, or never seen lower-case at a
// sentence's beginning, goes on one. A lone punctuation mark goes on.
func (m *punktModel) orthographic(next string, typ []byte) evidence {
	if len(next) == 1 && strings.IndexByte(";:,.!?", next[0]) >= 0 {
		return notStarting
	}
	ctx := m.orthoContext(typ)
	if firstUpper(next) && ctx&orthoLower != 0 && ctx&orthoMidUpper == 0 {
		return starting
	}
	if firstLower(next) && (ctx&orthoUpper != 0 || ctx&orthoBeginLower == 0) {
		return notStarting
	}
	return unsure
}

// endsWithMark is prose's test of a word that ends a sentence by its
// shape: it ends in '!' or '?', or in a stop and a closing quote or bracket
// (`?"`, `.)`, `!’`; a straight single quote only after '!' or '?'), unless
// it names the company "Yahoo!"; or it has a stop before an opening
// bracket or a straight double quote inside (`.(`, `?[`, `."`).
func endsWithMark(t string) bool {
	if !strings.Contains(t, "Yahoo!") {
		last := t[len(t)-1]
		if last == '!' || last == '?' {
			return true
		}
		if n := closerLen(t); n > 0 && len(t) > n {
			switch t[len(t)-n-1] {
			case '!', '?':
				return true
			case '.':
				if last != '\'' {
					return true
				}
			}
		}
	}
	for i := 0; i+1 < len(t); i++ {
		switch t[i] {
		case '.':
			if c := t[i+1]; c == '[' || c == '(' || c == '"' {
				return true
			}
		case '!', '?':
			if c := t[i+1]; c == '[' || c == '(' {
				return true
			}
		}
	}
	return false
}

// closerLen is the length in bytes of the closing quote or bracket t ends
// with (one of " ' ) ’ ”), or 0.
func closerLen(t string) int {
	switch {
	case strings.HasSuffix(t, "’"), strings.HasSuffix(t, "”"):
		return len("’")
	case strings.HasSuffix(t, `"`), strings.HasSuffix(t, "'"), strings.HasSuffix(t, ")"):
		return 1
	}
	return 0
}

// endsWithCloser reports whether t ends with a closing quote or bracket.
func endsWithCloser(t string) bool { return closerLen(t) > 0 }

// isInitial reports whether t is a single ASCII letter and a full stop.
func isInitial(t string) bool {
	return len(t) == 2 && t[1] == '.' && isASCIILetter(t[0])
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isWordByte reports an ASCII letter, digit or underscore.
func isWordByte(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' || c == '_' }

// dottedAbbrev reports whether t holds a letter or digit and a full stop,
// then letters or digits (maybe none) and another stop: "U.S.", "a.m.",
// "e.g.", "No.5.".
func dottedAbbrev(t string) bool {
	for i := 0; i+2 < len(t); i++ {
		if t[i+1] != '.' || !isWordByte(t[i]) {
			continue
		}
		j := i + 2
		for j < len(t) && isWordByte(t[j]) {
			j++
		}
		if j < len(t) && t[j] == '.' {
			return true
		}
		// The run skipped holds no stop: no later pair starts in it.
		i = j - 1
	}
	return false
}

// firstUpper and firstLower report the case of t's first rune.
func firstUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

func firstLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// appendType appends to b the type of word t, its key in the model: t in
// lower case (as strings.ToLower gives it), a number at its end written
// numberType, and its commas dropped unless it is a single byte; with
// dropStop, a final full stop is dropped as well (unless that would leave
// nothing).
func appendType(b []byte, t string, dropStop bool) []byte {
	from := len(b)
	b = appendLower(b, t)
	if i := numberAt(b[from:]); i >= 0 {
		b = append(b[:from+i], numberType...)
	}
	if len(b)-from != 1 {
		k := from
		for _, c := range b[from:] {
			if c != ',' {
				b[k] = c
				k++
			}
		}
		b = b[:k]
	}
	if dropStop && len(b)-from > 1 && b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return b
}

// numberAt returns where the number that w ends with begins, or -1. A
// number is an optional minus, an optional '.' or ',', a digit, then any
// digits, commas, stops and hyphens to the end; the first such start is
// taken, so "1,000.50-" is a number from its first byte.
func numberAt(w []byte) int {
	tail := len(w)
	for tail > 0 && isNumberByte(w[tail-1]) {
		tail--
	}
	for i := tail; i < len(w); i++ {
		k := i
		if w[k] == '-' {
			k++
		}
		if k < len(w) && (w[k] == '.' || w[k] == ',') {
			k++
		}
		if k < len(w) && '0' <= w[k] && w[k] <= '9' {
			return i
		}
	}
	return -1
}

func isNumberByte(c byte) bool { return '0' <= c && c <= '9' || c == ',' || c == '.' || c == '-' }

// appendLower appends strings.ToLower(s) to b: ASCII byte by byte, else
// rune by rune with unicode.ToLower, an invalid byte becoming U+FFFD.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return b
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
