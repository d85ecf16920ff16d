package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/text"
)

// TokenInfo is what the features need to know about one token, hashed.
// The trainer reads Lower to learn word clusters and sets Clus from them;
// the rest is the runtime's.
type TokenInfo struct {
	// Lower is the hash of the normalized lowercase word, digits as 0.
	Lower uint32
	// Clus are the word's cluster ids at three granularities, coarse to
	// fine (0 when unknown).
	Clus [3]uint32

	word   uint32 // normalized word, case kept (lowercase in caps sentences)
	pos    uint32 // hash of the part-of-speech tag
	nRunes uint32 // the word's length in runes, for lkey
	flags  uint16
	short  uint8 // coarse class: Xx, X, XX, x, d, p, mixed
	dcase  uint8 // casing of the same word elsewhere in the document
}

// lkey is the token's key for document matching: the lowercase word's
// hash and length. The recognizer holds a TokenInfo for every token of an
// article, so it is worked out, not kept (32 bytes a token, not 48).
func (t *TokenInfo) lkey() uint64 { return uint64(t.Lower)<<32 | uint64(t.nRunes) }

// spelling is what the features read of a token's letters that only the
// token's own features read. It is kept out of TokenInfo (40 bytes a
// token less there): the recognizer keeps it beside, for an article of at
// most maxKeptSums tokens (begin); else, and in BaseFeatures, it is
// worked out again from the token's text (spellingOf).
type spelling struct {
	shape uint32    // full shape, e.g. Xxxxx → "Xx" collapsed runs: XxXx
	pre   [4]uint32 // lowercase prefixes of length 1..4
	suf   [4]uint32 // lowercase suffixes of length 1..4
	part  uint32    // lowercase last part of a hyphenated word (0 if none)
}

// spellingOf returns the spelling features' hashes of token text s.
func spellingOf(s string) spelling {
	var ti TokenInfo
	var sp spelling
	analyzeToken(&ti, &sp, s, false, false)
	return sp
}

// Token flags.
const (
	flagInitCap = 1 << iota
	flagAllCaps
	flagHasDigit
	flagHasHyphen
	flagHasPeriod
	flagAlpha
	flagCapsSent
	flagSentStart
	flagLower
)

// Short shape classes.
const (
	shortOther = iota + 1
	shortInitCap
	shortAllCaps
	shortLower
	shortDigit
	shortPunct
	shortMixed
	shortCapPeriod // "U.S.", "J."
)

// normRune maps typographic punctuation onto the ASCII the CoNLL data uses,
// so curly quotes and dashes in real articles look like the training text.
func normRune(r rune) rune {
	switch r {
	case '‘', '’', '‛', '′':
		return '\''
	case '“', '”', '„', '″':
		return '"'
	case '–', '—', '−':
		return '-'
	}
	return r
}

// analyzeToken fills ti and, unless it is nil, sp for token text s.
// capsSent says the sentence is in capitals, so the cased word feature uses
// the lowercase form; sp does not depend on it.
func analyzeToken(ti *TokenInfo, sp *spelling, s string, capsSent, sentStart bool) {
	*ti = TokenInfo{}
	sc := newTokenScan()
	if !sc.scanASCII(s, capsSent) {
		sc = newTokenScan()
		sc.scanRunes(s, capsSent)
	}
	flags := sc.tokenFlags(capsSent, sentStart)
	ti.word, ti.Lower, ti.short = sc.wh, sc.lh, uint8(sc.shortClass(flags))
	ti.flags = uint16(flags)
	ti.nRunes = uint32(sc.nRunes)
	if sp != nil {
		sc.spelling(sp)
	}
}

// spelling fills sp from the scan.
func (sc *tokenScan) spelling(sp *spelling) {
	*sp = spelling{shape: sc.sh}
	pre := uint32(fnvOffset) // hashRunes(sc.prefix[:k]), a rune at a time
	for k := 1; k <= 4 && k <= sc.nRunes; k++ {
		pre = hashRune(pre, sc.prefix[k-1])
		sp.pre[k-1] = pre
		sp.suf[k-1] = hashRunes(sc.suffix[4-k:])
	}
	if sc.partSeen && sc.partH != fnvOffset {
		sp.part = sc.partH
	}
}

// tokenScan is what analyzeToken gathers from a token's runes, one at a
// time.
type tokenScan struct {
	wh, lh, sh      uint32 // hashes of the word, its lowercase and its shape
	lastShape       byte
	shapeRun        int
	nUp, nLow, nDig int
	nRunes          int
	partH           uint32 // hash of the lowercase part after the last hyphen
	partSeen        bool
	flags           uint32 // flagHasHyphen, flagHasPeriod
	firstUpper      bool
	prefix, suffix  [4]rune // first and last four lowercase runes
}

// newTokenScan returns the scan of no runes yet.
func newTokenScan() tokenScan {
	return tokenScan{wh: fnvOffset, lh: fnvOffset, sh: fnvOffset, partH: fnvOffset}
}

// scanRunes takes in every rune of s.
func (sc *tokenScan) scanRunes(s string, capsSent bool) {
	for i, r := range s {
		sc.add(i, normRune(r), capsSent)
	}
}

// add takes in rune r, the token's i-th byte.
func (sc *tokenScan) add(i int, r rune, capsSent bool) {
	c := sc.shapeChar(i, r)
	lr := unicode.ToLower(r)
	// Digits fold to 0 in the word features: numbers differ, their roles not.
	wr := r
	if c == 'd' {
		wr, lr = '0', '0'
	}
	if capsSent {
		wr = lr
	}
	sc.wh = hashRune(sc.wh, wr)
	sc.lh = hashRune(sc.lh, lr)
	if sc.partSeen && r != '-' {
		sc.partH = hashRune(sc.partH, lr)
	}
	if sc.nRunes < 4 {
		sc.prefix[sc.nRunes] = lr
	}
	copy(sc.suffix[:], sc.suffix[1:])
	sc.suffix[3] = lr
	sc.countRune(c)
}

// countRune counts a rune of shape c and adds it to the shape's hash,
// runs of one shape cut to two.
func (sc *tokenScan) countRune(c byte) {
	sc.nRunes++
	if c == sc.lastShape {
		sc.shapeRun++
	} else {
		sc.shapeRun = 1
		sc.lastShape = c
	}
	if sc.shapeRun <= 2 {
		sc.sh ^= uint32(c)
		sc.sh *= fnvPrime
	}
}

// shapeChar classifies rune r, the token's i-th byte, as X (upper case),
// x (lower case), d (digit) or itself (? beyond ASCII), counting it.
func (sc *tokenScan) shapeChar(i int, r rune) byte {
	switch {
	case r >= 'A' && r <= 'Z' || r > 127 && unicode.IsUpper(r):
		sc.nUp++
		if i == 0 {
			sc.firstUpper = true
		}
		return 'X'
	case r >= 'a' && r <= 'z' || r > 127 && unicode.IsLetter(r):
		sc.nLow++
		return 'x'
	case r >= '0' && r <= '9':
		sc.nDig++
		return 'd'
	}
	if r == '-' {
		sc.flags |= flagHasHyphen
		sc.partH, sc.partSeen = fnvOffset, true
	} else if r == '.' {
		sc.flags |= flagHasPeriod
	}
	if r > 127 {
		return '?'
	}
	return byte(r)
}

// tokenFlags returns the token's flags.
func (sc *tokenScan) tokenFlags(capsSent, sentStart bool) uint32 {
	flags := sc.flags
	if sc.nUp+sc.nLow > 0 {
		flags |= flagAlpha
	}
	if sc.firstUpper {
		flags |= flagInitCap
	}
	if sc.nUp > 0 && sc.nLow == 0 {
		flags |= flagAllCaps
	}
	if sc.nLow > 0 && sc.nUp == 0 {
		flags |= flagLower
	}
	if sc.nDig > 0 {
		flags |= flagHasDigit
	}
	if capsSent {
		flags |= flagCapsSent
	}
	if sentStart {
		flags |= flagSentStart
	}
	return flags
}

// shortClass returns the token's coarse shape class.
func (sc *tokenScan) shortClass(flags uint32) uint32 {
	letters := sc.nUp + sc.nLow
	switch {
	case letters == 0 && sc.nDig == 0:
		return shortPunct
	case letters == 0:
		return shortDigit
	case sc.nDig > 0:
		return shortMixed
	case sc.firstUpper && sc.nLow == 0 && flags&flagHasPeriod != 0:
		return shortCapPeriod
	case sc.firstUpper && sc.nLow == 0 && sc.nUp == 1:
		return shortInitCap // a single capital letter
	case sc.firstUpper && sc.nLow == 0:
		return shortAllCaps
	case sc.firstUpper:
		return shortInitCap
	case sc.nUp == 0:
		return shortLower
	}
	return shortMixed
}

// capsSentence reports whether a sentence is set in capitals (a headline):
// it has letters and none of its words has a lowercase letter except short
// function words.
func capsSentence(toks []text.Token) bool {
	alpha, upper := 0, 0
	for _, t := range toks {
		hasLetter, hasLower := letterCase(t.Text)
		if !hasLetter {
			continue
		}
		alpha++
		if !hasLower {
			upper++
		}
	}
	return alpha > 0 && upper*10 >= alpha*9 && (alpha >= 3 || upper == alpha)
}

// letterCase reports whether s holds a letter, and whether one of them is
// lower case. ASCII is read a byte at a time: the sentences of news are
// mostly ASCII, and capsSentence reads every token of every sentence twice.
func letterCase(s string) (letter, lower bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			l, lo := letterCaseRunes(s[i:])
			return letter || l, lo
		case 'a' <= c && c <= 'z':
			return true, true
		case 'A' <= c && c <= 'Z':
			letter = true
		}
	}
	return letter, false
}

// letterCaseRunes is letterCase over any runes.
func letterCaseRunes(s string) (letter, lower bool) {
	for _, r := range s {
		if unicode.IsLetter(r) {
			letter = true
			if unicode.IsLower(r) {
				return true, true
			}
		}
	}
	return letter, false
}

// PrepareInfos analyzes every token of doc into infos (reused when large
// enough), sentence by sentence, with word clusters from clusters (nil:
// none) and document casing; order receives the tokens' indices sorted by
// lowercase key, which the recognizer's second stage groups words by.
func PrepareInfos(doc *text.Document, infos []TokenInfo, clusters *Clusters, order *[]int32) []TokenInfo {
	return prepareInfos(doc, infos, clusters, order, nil)
}

// prepareInfos is PrepareInfos that also keeps, when spells is not nil,
// every token's spelling in it (resized to the tokens), which the scan of
// the token's runes gives at once and its own features read later.
func prepareInfos(doc *text.Document, infos []TokenInfo, clusters *Clusters, order *[]int32, spells *[]spelling) []TokenInfo {
	if cap(infos) < len(doc.Tokens) {
		infos = make([]TokenInfo, len(doc.Tokens))
	}
	infos = infos[:len(doc.Tokens)]
	var sp []spelling
	if spells != nil {
		if cap(*spells) < len(doc.Tokens) {
			*spells = make([]spelling, len(doc.Tokens))
		}
		sp = (*spells)[:len(doc.Tokens)]
		*spells = sp
	}
	for _, st := range doc.Sentences {
		toks := doc.Tokens[st.First:st.Last]
		caps := capsSentence(toks)
		for k := range toks {
			ti := &infos[st.First+k]
			var tsp *spelling
			if sp != nil {
				tsp = &sp[st.First+k]
			}
			analyzeToken(ti, tsp, toks[k].Text, caps, k == 0)
			ti.pos = hashString(toks[k].POS())
		}
	}
	if clusters != nil {
		// The clusters are looked up in a loop of their own: each lookup
		// is a read from a table of megabytes, and with nothing else in
		// the loop the processor has several of them under way at once.
		for _, st := range doc.Sentences {
			for i := st.First; i < st.Last; i++ {
				infos[i].Clus = clusters.Lookup(infos[i].Lower)
			}
		}
	}
	docCasing(infos, order)
	return infos
}

// Document casing bits: how the token's word is written elsewhere in the
// document, outside capitals sentences. A sentence-initial "Bush" seen as
// "bush" elsewhere is probably not a name; "JAPAN" in a headline seen as
// "Japan" in the body probably is.
const (
	caseCapMid = 1 << iota // capitalized, not sentence-initial
	caseLower              // all lowercase
	caseStart              // capitalized at a sentence start
	caseSeen               // any other occurrence at all
)

// docCasing sets every token's dcase from the other tokens with its
// lowercase key; order is scratch space for the grouping sort.
func docCasing(infos []TokenInfo, order *[]int32) {
	o := (*order)[:0]
	if cap(o) < len(infos) {
		o = make([]int32, 0, len(infos)) // not grown by append: a long article's list is its largest
	}
	for i := range infos {
		o = append(o, int32(i))
	}
	sortByKey(o, infos)
	*order = o
	for lo := 0; lo < len(o); {
		hi := lo + 1
		for hi < len(o) && infos[o[hi]].lkey() == infos[o[lo]].lkey() {
			hi++
		}
		// Count each kind over the group, then subtract the token's own.
		var cnt [4]int
		kind := func(t *TokenInfo) int {
			switch {
			case t.flags&flagCapsSent != 0 || t.flags&flagAlpha == 0:
				return -1
			case t.flags&flagLower != 0:
				return 1
			case t.flags&flagInitCap == 0:
				return -1
			case t.flags&flagSentStart != 0:
				return 2
			}
			return 0
		}
		for _, j := range o[lo:hi] {
			if k := kind(&infos[j]); k >= 0 {
				cnt[k]++
			}
		}
		for _, j := range o[lo:hi] {
			t := &infos[j]
			c := cnt
			if k := kind(t); k >= 0 {
				c[k]--
			}
			var bits uint8
			for k := 0; k < 3; k++ {
				if c[k] > 0 {
					bits |= 1 << k
				}
			}
			if hi-lo > 1 {
				bits |= caseSeen
			}
			t.dcase = bits
		}
		lo = hi
	}
}
