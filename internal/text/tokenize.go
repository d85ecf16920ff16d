package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenizer splits text into tokens exactly as prose v3.2.3's
// tokenize.Tokenizer does with its defaults, token for token, but in time
// linear in the text. prose peels one prefix, contraction or suffix off a
// span at a time and tests the whole rest of the span again after each
// (a map lookup of the span, an anchored regular expression, a scan for
// every contraction), so a span of n punctuation marks without a space
// costs n² ("((((word))))", 10 KB of dots took seconds). Here the tests
// that read the whole span keep what they found between steps: the next
// place each contraction occurs, and how far a run of "A.B.C." reaches.
type tokenizer struct {
	emoticons   map[string]bool
	maxEmoticon int // bytes of the longest emoticon
	// emoticonStart holds the first bytes of the emoticons: a word that
	// starts otherwise (nearly all) is not looked up.
	emoticonStart [256]bool
}

func newTokenizer(emoticons map[string]bool) *tokenizer {
	z := &tokenizer{emoticons: emoticons}
	for e := range emoticons {
		z.maxEmoticon = max(z.maxEmoticon, len(e))
		if e != "" {
			z.emoticonStart[e[0]] = true
		}
	}
	return z
}

// isEmoticon reports whether s is one of the emoticons, looking it up only
// if its length and first byte allow it: the tagger asks for every word.
func (z *tokenizer) isEmoticon(s string) bool {
	return s != "" && len(s) <= z.maxEmoticon && z.emoticonStart[s[0]] && z.emoticons[s]
}

// prose's default affixes, in prose's order: the first that fits wins. The
// contractions with a straight apostrophe come first, then the same with a
// curly one.
var (
	tokenPrefixes = []string{"$", "(", `"`, "[", "“", "‘"}
	tokenSuffixes = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'", "”", "’"}
	contractions  = [...]string{"'ll", "'s", "'re", "'m", "n't", "’ll", "’s", "’re", "’m", "n’t"}
	// prefixStart and suffixEnd hold the first bytes of the prefixes and
	// the last bytes of the suffixes: matchPrefix and matchSuffix try the
	// list only on a word that starts or ends with one of them.
	prefixStart, suffixEnd = affixBytes()
)

func affixBytes() (start, end [256]bool) {
	for _, p := range tokenPrefixes {
		start[p[0]] = true
	}
	for _, p := range tokenSuffixes {
		end[p[len(p)-1]] = true
	}
	return start, end
}

// tokenize appends the tokens of text to tokens, their offsets counted
// from base. Spans between white space are found as prose finds them: a
// run of white space that starts with a plain space leaves that space out
// of the span it opens.
func (z *tokenizer) tokenize(text string, base int, tokens []Token) []Token {
	var start, index int
	var white bool
	for index <= len(text) {
		var uc rune
		var size int
		if index < len(text) && text[index] < utf8.RuneSelf {
			uc, size = rune(text[index]), 1 // most bytes: no call to decode
		} else if uc, size = utf8.DecodeRuneInString(text[index:]); size == 0 {
			break
		}
		if index == 0 {
			white = IsSpace(uc)
		}
		if IsSpace(uc) != white {
			if start < index {
				tokens = z.split(text[start:index], base+start, tokens)
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		tokens = z.split(text[start:index], base+start, tokens)
	}
	return tokens
}

// grow returns s with room for n more elements, doubling its capacity
// when it must grow: append grows a long list by a quarter at a time and
// leaves about four times its final size behind as garbage (a million
// dots are a million tokens).
func grow[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	t := make([]T, len(s), max(2*cap(s), len(s)+n))
	copy(t, s)
	return t
}

// push appends t to tokens, growing the list as grow does.
func push(tokens []Token, t Token) []Token {
	return append(grow(tokens, 1), t)
}

// span is the part of one white-space-delimited piece of text still to
// split: s[lo:hi], with what the tests found in s so far.
type span struct {
	s      string
	lo, hi int
	// next[c] is where contractions[c] next occurs in s at or after the
	// lo it was looked up for (len(s) if nowhere); -1 before the first look.
	next [len(contractions)]int
	// initialsFrom and initialsEnd: the run of letter-dot pairs in s that
	// starts at initialsFrom ends at initialsEnd.
	initialsFrom, initialsEnd int
}

// split breaks one white-space-delimited piece into tokens, as prose's
// Tokenizer.split does: repeatedly, the whole rest is one token if it is
// special; else a prefix is split off the front; else the text before the
// earliest contraction; else a suffix off the end (emitted after the rest);
// else the rest is one token.
func (z *tokenizer) split(s string, base int, tokens []Token) []Token {
	if strings.TrimFunc(s, unicode.IsSpace) == "" {
		return tokens
	}
	sp := span{s: s, hi: len(s), initialsFrom: -1}
	// Every contraction has an apostrophe, straight or curly: a word
	// without one (most) is not searched for them.
	straight, curly := strings.IndexByte(s, '\'') >= 0, strings.Contains(s, "’")
	for i := range sp.next {
		sp.next[i] = -1
		if i < len(contractions)/2 && !straight || i >= len(contractions)/2 && !curly {
			sp.next[i] = len(s)
		}
	}
	for sp.lo < sp.hi {
		rest := s[sp.lo:sp.hi]
		if z.special(&sp) {
			tokens = push(tokens, Token{Text: rest, Start: base + sp.lo})
			break
		}
		if p := matchPrefix(rest); p > 0 {
			if n := z.prefixRun(rest); n > 0 {
				p = n // a long run of prefixes: one token
			}
			tokens = push(tokens, Token{Text: rest[:p], Start: base + sp.lo})
			sp.lo += p
			continue
		}
		// A word without an apostrophe (most) has no contraction.
		if straight || curly {
			if at := sp.contraction(); at > sp.lo {
				tokens = push(tokens, Token{Text: s[sp.lo:at], Start: base + sp.lo})
				sp.lo = at
				continue
			}
		}
		if n := matchSuffix(rest); n > 0 {
			sp.hi -= n
			continue
		}
		tokens = push(tokens, Token{Text: rest, Start: base + sp.lo})
		break
	}
	// Every suffix is one rune peeled off the end, so the suffixes are the
	// runes of s[hi:], one token each, in text order: read from there, a
	// run of a million dots needs no list of its suffixes. A long run of
	// them is one token.
	if utf8.RuneCountInString(s[sp.hi:]) >= markRun {
		return push(tokens, Token{Text: s[sp.hi:], Start: base + sp.hi})
	}
	for i := sp.hi; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		tokens = push(tokens, Token{Text: s[i : i+n], Start: base + i})
		i += n
	}
	return tokens
}

// markRun is the fewest marks split off one end of a word in a row that
// are one token, where prose makes each mark a token of its own: a
// megabyte of dots was a million tokens, 32 bytes each, and each later
// stage kept as much again per token. No text of news has such a run (an
// ellipsis is three dots), and the development texts are tokenized as
// prose tokenizes them.
const markRun = 64

// prefixRun returns the length of the run of prefixes that rest opens
// with, when prose would split off markRun or more of them one after the
// other, else 0. The run stops short of the last maxEmoticon bytes of
// rest, where what is left may be an emoticon, which prose keeps whole.
func (z *tokenizer) prefixRun(rest string) int {
	i, marks := 0, 0
	for len(rest)-i > z.maxEmoticon {
		p := matchPrefix(rest[i:])
		if p == 0 {
			break
		}
		i += p
		marks++
	}
	if marks < markRun {
		return 0
	}
	return i
}

// special reports a rest that stays one token: an emoticon, or what prose's
// `^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$` matches ("U.S.", "Mr.").
func (z *tokenizer) special(sp *span) bool {
	n := sp.hi - sp.lo
	if z.isEmoticon(sp.s[sp.lo:sp.hi]) {
		return true
	}
	if n == 3 || n == 4 {
		r := sp.s[sp.lo:sp.hi]
		if isUpperASCII(r[0]) && isLowerASCII(r[1]) && isLowerASCII(r[n-2]) && r[n-1] == '.' {
			return true
		}
	}
	return n >= 4 && n%2 == 0 && sp.initialsRunEnd() >= sp.hi
}

// initialsRunEnd returns where the run of letter-dot pairs starting at lo
// ends. A new lo is never inside the last run looked at (a prefix is not a
// letter, a contraction neither a letter followed by a dot nor a dot), so
// the runs scanned are disjoint and the scans linear in all.
func (sp *span) initialsRunEnd() int {
	if sp.initialsFrom != sp.lo {
		i := sp.lo
		for i+1 < len(sp.s) && isLetterASCII(sp.s[i]) && sp.s[i+1] == '.' {
			i += 2
		}
		sp.initialsFrom, sp.initialsEnd = sp.lo, i
	}
	return sp.initialsEnd
}

// contraction returns where the earliest contraction inside s[lo:hi]
// starts, ASCII case folded, as prose's indexAnyCase does, quirk included:
// a contraction whose first occurrence is at lo itself does not count,
// even if it occurs again later. It returns -1 if there is none.
func (sp *span) contraction() int {
	best := -1
	for c, word := range contractions {
		if sp.next[c] < sp.lo {
			i := indexFoldASCII(sp.s[sp.lo:], word)
			if i < 0 {
				sp.next[c] = len(sp.s)
			} else {
				sp.next[c] = sp.lo + i
			}
		}
		at := sp.next[c]
		if at > sp.lo && at+len(word) <= sp.hi && (best < 0 || at < best) {
			best = at
		}
	}
	return best
}

// matchPrefix returns the length of the first of prose's prefixes that
// opens s and is not all of it, or 0.
func matchPrefix(s string) int {
	if s == "" || !prefixStart[s[0]] {
		return 0
	}
	for _, p := range tokenPrefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	return 0
}

// matchSuffix returns the length of the first of prose's suffixes that
// ends s and is not all of it, or 0. Every suffix is one rune (split
// relies on it).
func matchSuffix(s string) int {
	if s == "" || !suffixEnd[s[len(s)-1]] {
		return 0
	}
	for _, p := range tokenSuffixes {
		if len(s) > len(p) && strings.HasSuffix(s, p) {
			return len(p)
		}
	}
	return 0
}

// indexFoldASCII returns the first index of substr in s, ASCII letters
// compared without case, or -1.
func indexFoldASCII(s, substr string) int {
	for i := 0; i+len(substr) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(substr)], substr) {
			return i
		}
	}
	return -1
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if isUpperASCII(c) {
		return c + 'a' - 'A'
	}
	return c
}

func isUpperASCII(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool  { return c >= 'a' && c <= 'z' }
func isLetterASCII(c byte) bool { return isUpperASCII(c) || isLowerASCII(c) }
