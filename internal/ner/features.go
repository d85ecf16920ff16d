package ner

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

// The recognizer's features are hashed, never stored as strings: every
// feature is a 32-bit FNV-1a/mix hash of a template id and one or more value
// hashes, computed incrementally without allocating. The weight table maps a
// feature hash to a row of per-tag weights.

// Tag schemes. BILOU marks single-token mentions (U) and mention ends (L);
// BIO only begins (B) and insides (I).
const (
	SchemeBIO   = 0
	SchemeBILOU = 1
)

// Labels are the entity labels in tag order.
var Labels = [...]string{LabelPER, LabelLOC, LabelORG, LabelMISC}

// TagSet describes the tags of one scheme: tag 0 is O, then for each label
// its B, I (and L, U under BILOU) tags.
type TagSet struct {
	Scheme int
	N      int // number of tags
	per    int // tags per label
}

func NewTagSet(scheme int) TagSet {
	per := 2
	if scheme == SchemeBILOU {
		per = 4
	}
	return TagSet{Scheme: scheme, N: 1 + per*len(Labels), per: per}
}

// Tag parts; position within a label's block.
const (
	partB = 0
	partI = 1
	partL = 2
	partU = 3
)

// label returns the label index of tag t (-1 for O) and its part.
func (ts TagSet) label(t int) (lab, part int) {
	if t == 0 {
		return -1, 0
	}
	return (t - 1) / ts.per, (t - 1) % ts.per
}

func (ts TagSet) tag(lab, part int) int { return 1 + lab*ts.per + part }

// name returns a readable tag name such as "B-PER".
func (ts TagSet) name(t int) string {
	if t == 0 {
		return "O"
	}
	lab, part := ts.label(t)
	return string("BILU"[part]) + "-" + Labels[lab]
}

// allowed reports whether tag cur may follow prev; prev < 0 means the start
// of a sentence, cur < 0 its end.
func (ts TagSet) allowed(prev, cur int) bool {
	pl, pp := -1, 0
	if prev > 0 {
		pl, pp = ts.label(prev)
	}
	cl, cp := -1, 0
	if cur > 0 {
		cl, cp = ts.label(cur)
	}
	// Is the previous tag an open mention that must continue?
	open := pl >= 0 && (pp == partB || pp == partI) && ts.Scheme == SchemeBILOU
	cont := cl >= 0 && (cp == partI || cp == partL)
	if ts.Scheme == SchemeBIO {
		if cont {
			return pl == cl
		}
		return true
	}
	if open {
		return cont && cl == pl
	}
	return !cont
}

// Encode converts token-level mentions (label index, first, last) into tags.
func (ts TagSet) Encode(n int, spans [][3]int) []uint8 {
	tags := make([]uint8, n)
	for _, s := range spans {
		lab, first, last := s[0], s[1], s[2]
		for i := first; i < last; i++ {
			part := partI
			switch {
			case ts.Scheme == SchemeBILOU && last-first == 1:
				part = partU
			case i == first:
				part = partB
			case ts.Scheme == SchemeBILOU && i == last-1:
				part = partL
			}
			tags[i] = uint8(ts.tag(lab, part))
		}
	}
	return tags
}

// Decode turns a tag sequence back into mentions (label index, first, last).
// It tolerates invalid sequences: an I without a B starts a mention.
func (ts TagSet) Decode(tags []uint8, base int, out [][3]int) [][3]int {
	start, cur := -1, -1
	flush := func(end int) {
		if cur >= 0 {
			out = append(out, [3]int{cur, base + start, base + end})
		}
		start, cur = -1, -1
	}
	for i, t := range tags {
		if t == 0 {
			flush(i)
			continue
		}
		lab, part := ts.label(int(t))
		if part == partB || part == partU || lab != cur {
			flush(i)
			start, cur = i, lab
		}
		if part == partL || part == partU {
			flush(i + 1)
		}
	}
	flush(len(tags))
	return out
}

// Feature hashing.

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// mix combines two hashes; it is a murmur3-style finalizer over their xor.
func mix(a, b uint32) uint32 {
	h := a*0x9e3779b1 ^ b
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

func hashString(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

// TokenInfo is what the features need to know about one token, hashed.
type TokenInfo struct {
	word  uint32 // normalized word, case kept (lowercase in caps sentences)
	Lower uint32 // normalized lowercase word
	shape uint32 // full shape, e.g. Xxxxx → "Xx" collapsed runs: XxXx
	short uint32 // coarse class: Xx, X, XX, x, d, p, mixed
	pos   uint32
	Clus  [3]uint32 // cluster ids at three granularities (0 when unknown)
	pre   [4]uint32 // lowercase prefixes of length 1..4
	suf   [4]uint32 // lowercase suffixes of length 1..4
	part  uint32    // lowercase last part of a hyphenated word (0 if none)
	flags uint32
	lkey  uint64 // lowercase word hash for document matching
	dcase uint32 // casing of the same word elsewhere in the document
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

// analyzeToken fills ti for token text s. lowerWord says the sentence is in
// capitals, so the cased word feature uses the lowercase form.
func analyzeToken(ti *TokenInfo, s string, capsSent, sentStart bool) {
	*ti = TokenInfo{}
	var (
		wh, lh      uint32 = fnvOffset, fnvOffset
		sh          uint32 = fnvOffset
		lastShape   byte
		shapeRun    int
		nUp, nLow   int
		nDig, nOth  int
		nRunes      int
		partH       uint32 = fnvOffset
		partSeen    bool
		flags       uint32
		firstUpper  bool
		lowerBuf    [4]rune
		suffixRunes [4]rune
	)
	for i, r := range s {
		r = normRune(r)
		var c byte
		switch {
		case r >= 'A' && r <= 'Z' || r > 127 && unicode.IsUpper(r):
			c = 'X'
			nUp++
			if i == 0 {
				firstUpper = true
			}
		case r >= 'a' && r <= 'z' || r > 127 && unicode.IsLetter(r):
			c = 'x'
			nLow++
		case r >= '0' && r <= '9':
			c = 'd'
			nDig++
		default:
			c = byte(r)
			if r > 127 {
				c = '?'
			}
			nOth++
			if r == '-' {
				flags |= flagHasHyphen
				partH, partSeen = fnvOffset, true
			} else if r == '.' {
				flags |= flagHasPeriod
			}
		}
		lr := unicode.ToLower(r)
		// Digits fold to 0 in the word features: numbers differ, their roles not.
		wr := r
		if c == 'd' {
			wr, lr = '0', '0'
		}
		if capsSent {
			wr = lr
		}
		wh = hashRune(wh, wr)
		lh = hashRune(lh, lr)
		if partSeen && r != '-' {
			partH = hashRune(partH, lr)
		}
		if nRunes < 4 {
			lowerBuf[nRunes] = lr
			ti.pre[nRunes] = hashRunes(lowerBuf[:nRunes+1])
		}
		copy(suffixRunes[:], suffixRunes[1:])
		suffixRunes[3] = lr
		nRunes++
		if c == lastShape {
			shapeRun++
		} else {
			shapeRun = 1
			lastShape = c
		}
		if shapeRun <= 2 {
			sh ^= uint32(c)
			sh *= fnvPrime
		}
	}
	for k := 1; k <= 4 && k <= nRunes; k++ {
		ti.suf[k-1] = hashRunes(suffixRunes[4-k:])
	}
	for k := nRunes; k < 4; k++ {
		ti.pre[k] = 0
	}
	letters := nUp + nLow
	if letters > 0 {
		flags |= flagAlpha
	}
	if firstUpper {
		flags |= flagInitCap
	}
	if nUp > 0 && nLow == 0 {
		flags |= flagAllCaps
	}
	if nLow > 0 && nUp == 0 {
		flags |= flagLower
	}
	if nDig > 0 {
		flags |= flagHasDigit
	}
	if capsSent {
		flags |= flagCapsSent
	}
	if sentStart {
		flags |= flagSentStart
	}
	short := uint32(shortOther)
	switch {
	case letters == 0 && nDig == 0:
		short = shortPunct
	case letters == 0:
		short = shortDigit
	case nDig > 0:
		short = shortMixed
	case firstUpper && nLow == 0 && flags&flagHasPeriod != 0:
		short = shortCapPeriod
	case firstUpper && nLow == 0 && nUp == 1:
		short = shortInitCap // a single capital letter
	case firstUpper && nLow == 0:
		short = shortAllCaps
	case firstUpper:
		short = shortInitCap
	case nUp == 0:
		short = shortLower
	default:
		short = shortMixed
	}
	ti.word, ti.Lower, ti.shape, ti.short = wh, lh, sh, short
	ti.flags = flags
	ti.lkey = uint64(lh)<<32 | uint64(nRunes)
	if partSeen && partH != fnvOffset {
		ti.part = partH
	}
}

func hashRune(h uint32, r rune) uint32 {
	if r < utf8.RuneSelf {
		h ^= uint32(r)
		return h * fnvPrime
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h ^= uint32(c)
		h *= fnvPrime
	}
	return h
}

func hashRunes(rs []rune) uint32 {
	h := uint32(fnvOffset)
	for _, r := range rs {
		h = hashRune(h, r)
	}
	return h
}

// capsSentence reports whether a sentence is set in capitals (a headline):
// it has letters and none of its words has a lowercase letter except short
// function words.
func capsSentence(toks []text.Token) bool {
	alpha, upper := 0, 0
	for _, t := range toks {
		hasLetter, hasLower := false, false
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				hasLetter = true
				if unicode.IsLower(r) {
					hasLower = true
				}
			}
		}
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

// Feature template ids. Changing their meaning requires retraining.
const (
	ftBias = iota + 1
	ftWord
	ftLower
	ftShape
	ftShapeStart
	ftShapeCaps
	ftShort
	ftPrefix
	ftSuffix
	ftPOS
	ftPOSShort
	ftWinLower
	ftWinShort
	ftWinPOS
	ftBiLower
	ftBiPOS
	ftTriShort
	ftPart
	ftFlags
	ftWinWord
	ftCluster
	ftWinCluster
	ftGazetteer
	ftLenStart
	ftSentIndex
	ftDocMaj
	ftDocMajCaps
	ftDocEntity
	ftDocSeq
	ftStack
	ftStackBi
	ftGazWin
	ftDocCase
)

// Feature groups that an options bitmask turns on.
const (
	FeatClusters = 1 << iota
	FeatGazetteer
	FeatDoc
	featSentIndex
)

// BaseFeatures appends the observation features of token i of sentence
// toks (infos parallel to toks) to out.
func BaseFeatures(out []uint32, infos []TokenInfo, i int, set uint32, gaz []uint32) []uint32 {
	t := &infos[i]
	n := len(infos)
	f := t.flags
	out = append(out,
		mix(ftBias, 1),
		mix(ftLower, t.Lower),
		mix(ftShape, t.shape),
		mix(ftShapeStart, mix(t.shape, f&(flagSentStart|flagCapsSent))),
		mix(ftShort, t.short),
		mix(ftPOS, t.pos),
		mix(ftPOSShort, mix(t.pos, t.short|f&(flagSentStart|flagCapsSent)<<8)),
		mix(ftFlags, f),
		mix(ftDocCase, mix(t.dcase, f&(flagSentStart|flagCapsSent|flagInitCap|flagAllCaps))),
	)
	if f&flagCapsSent == 0 {
		out = append(out, mix(ftWord, t.word))
	} else {
		out = append(out, mix(ftShapeCaps, t.short))
	}
	for k := 0; k < 4; k++ {
		if t.pre[k] != 0 {
			out = append(out, mix(ftPrefix+uint32(k)<<8, t.pre[k]))
		}
		if t.suf[k] != 0 {
			out = append(out, mix(ftSuffix+uint32(k)<<8, t.suf[k]))
		}
	}
	if t.part != 0 {
		out = append(out, mix(ftPart, t.part))
	}
	// Window ±2.
	var lw, sh, ps [5]uint32
	for d := -2; d <= 2; d++ {
		j := i + d
		switch {
		case j < 0:
			lw[d+2], sh[d+2], ps[d+2] = 11, 11, 11
		case j >= n:
			lw[d+2], sh[d+2], ps[d+2] = 13, 13, 13
		default:
			lw[d+2], sh[d+2], ps[d+2] = infos[j].Lower, infos[j].short, infos[j].pos
		}
	}
	for d := 0; d < 5; d++ {
		if d == 2 {
			continue
		}
		dd := uint32(d) << 8
		out = append(out,
			mix(ftWinLower+dd, lw[d]),
			mix(ftWinShort+dd, sh[d]),
			mix(ftWinPOS+dd, ps[d]),
		)
	}
	if i > 0 && infos[i-1].flags&flagCapsSent == 0 {
		out = append(out, mix(ftWinWord, infos[i-1].word))
	}
	if i+1 < n && infos[i+1].flags&flagCapsSent == 0 {
		out = append(out, mix(ftWinWord+1<<8, infos[i+1].word))
	}
	out = append(out,
		mix(ftBiLower, mix(lw[1], lw[2])),
		mix(ftBiLower+1<<8, mix(lw[2], lw[3])),
		mix(ftBiPOS, mix(ps[1], ps[2])),
		mix(ftBiPOS+1<<8, mix(ps[2], ps[3])),
		mix(ftTriShort, mix(mix(sh[1], sh[2]), sh[3])),
		mix(ftLenStart, mix(uint32(min(n, 6)), uint32(min(i, 3)))),
	)
	if set&FeatClusters != 0 {
		for k, c := range t.Clus {
			if c != 0 {
				out = append(out, mix(ftCluster+uint32(k)<<8, c))
			}
		}
		for d := -2; d <= 2; d++ {
			j := i + d
			if d == 0 || j < 0 || j >= n {
				continue
			}
			for k, c := range infos[j].Clus {
				if c != 0 && (k == 1 || d == -1 || d == 1) {
					out = append(out, mix(ftWinCluster+uint32(d+2)<<8+uint32(k)<<12, c))
				}
			}
		}
		if t.Clus[2] != 0 {
			out = append(out, mix(ftCluster+3<<8, mix(t.Clus[2], t.short|f&(flagSentStart|flagCapsSent)<<8)))
		}
	}
	if set&FeatGazetteer != 0 && gaz != nil {
		if g := gaz[i]; g != 0 {
			out = append(out, mix(ftGazetteer, g), mix(ftGazetteer+1<<8, mix(g, t.short)))
		}
		for d := -1; d <= 1; d += 2 {
			j := i + d
			if j >= 0 && j < n && gaz[j] != 0 {
				out = append(out, mix(ftGazWin+uint32(d+1)<<8, gaz[j]))
			}
		}
	}
	return out
}

// WordFeatures returns the hashes of token i's word-identity features
// among baseFeatures': the ones that only help for words seen in training,
// which training hides now and then (TrainOptions.WordDropout).
func WordFeatures(infos []TokenInfo, i int) [4]uint32 {
	t := &infos[i]
	prev, next := uint32(11), uint32(13)
	if i > 0 {
		prev = infos[i-1].Lower
	}
	if i+1 < len(infos) {
		next = infos[i+1].Lower
	}
	return [4]uint32{
		mix(ftLower, t.Lower),
		mix(ftWord, t.word),
		mix(ftBiLower, mix(prev, t.Lower)),
		mix(ftBiLower+1<<8, mix(t.Lower, next)),
	}
}

// DocScratch holds the buffers docFeatures reuses between calls.
type DocScratch struct {
	order    []int32
	matchLen []int32
	matchTag []uint32
	ents     [][3]int
	// group[i] is the index in groupAll/groupMixed of token i's word, whose
	// label counts are summed once per word: summing them per token made
	// long documents quadratic.
	group      []int32
	groupSize  []int32
	groupAll   [][5]int32
	groupMixed [][5]int32
	seen       map[uint64]int
}

// DocFeatures computes the second-stage, document-level features of every
// token from the first stage's tags: how the same word is labelled elsewhere
// in the document, the label of a longer mention of the same words elsewhere,
// and the first-stage tags themselves (stacking). feats receives the hashes,
// offs[i]:offs[i+1] delimiting token i's.
func DocFeatures(ts TagSet, infos []TokenInfo, sents []text.Sentence, tags1 []uint8, s *DocScratch, feats []uint32, offs []int32) ([]uint32, []int32) {
	n := len(infos)
	feats, offs = feats[:0], append(offs[:0], 0)
	if n == 0 {
		return feats, offs
	}
	labType := func(t uint8) int {
		l, _ := ts.label(int(t))
		return l + 1
	}
	// Group the document's tokens by lowercase word, without a map: sort
	// their indices by key, then walk runs.
	s.order = s.order[:0]
	for i := range infos {
		s.order = append(s.order, int32(i))
	}
	sortByKey(s.order, infos)

	// Mentions of the first stage, and the longest other mention of the same
	// words covering each token.
	s.ents = s.ents[:0]
	for _, st := range sents {
		s.ents = ts.Decode(tags1[st.First:st.Last], st.First, s.ents)
	}
	s.matchLen = resizeInt32(s.matchLen, n)
	s.matchTag = resizeUint32(s.matchTag, n)
	// Mentions of the same words with the same label mark the same tokens:
	// each distinct one is matched once, or a long document repeating a name
	// would cost the square of its length.
	// A mention never marks its own tokens, but a repeated one marks each
	// copy's through the others: so own tokens stay unmarked only for a
	// mention that occurs once.
	if s.seen == nil {
		s.seen = map[uint64]int{}
	}
	clear(s.seen)
	signature := func(e [3]int) uint64 {
		sig := uint64(e[0])<<56 ^ uint64(e[2]-e[1])<<48
		for k := e[1]; k < e[2]; k++ {
			sig = sig*1099511628211 ^ infos[k].lkey
		}
		return sig
	}
	for _, e := range s.ents {
		s.seen[signature(e)]++
	}
	for _, e := range s.ents {
		lab, a, b := e[0], e[1], e[2]
		l := b - a
		sig := signature(e)
		copies := s.seen[sig]
		if copies < 0 {
			continue // done
		}
		s.seen[sig] = -1
		lo, hi := groupRange(s.order, infos, infos[a].lkey)
		for _, pp := range s.order[lo:hi] {
			p := int(pp)
			if p == a && copies == 1 || p+l > n {
				continue
			}
			ok := true
			for k := 1; k < l; k++ {
				if infos[p+k].lkey != infos[a+k].lkey {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			for k := 0; k < l; k++ {
				if int32(l) <= s.matchLen[p+k] {
					continue
				}
				s.matchLen[p+k] = int32(l)
				s.matchTag[p+k] = uint32(lab+1)<<4 | bilouPart(k, l)
			}
		}
	}

	// Per-token features; the majority features need the run of tokens
	// sharing the key, found by binary search in the sorted order.
	s.group = resizeInt32(s.group, n)
	s.groupSize, s.groupAll, s.groupMixed = s.groupSize[:0], s.groupAll[:0], s.groupMixed[:0]
	for lo := 0; lo < n; {
		hi := lo + 1
		for hi < n && infos[s.order[hi]].lkey == infos[s.order[lo]].lkey {
			hi++
		}
		var all, mixed [5]int32
		for _, jj := range s.order[lo:hi] {
			j := int(jj)
			s.group[j] = int32(len(s.groupAll))
			lt := labType(tags1[j])
			all[lt]++
			if infos[j].flags&flagCapsSent == 0 {
				mixed[lt]++
			}
		}
		s.groupSize = append(s.groupSize, int32(hi-lo))
		s.groupAll = append(s.groupAll, all)
		s.groupMixed = append(s.groupMixed, mixed)
		lo = hi
	}
	for i := 0; i < n; i++ {
		t := &infos[i]
		if t.flags&flagAlpha != 0 {
			g := s.group[i]
			if s.groupSize[g] > 1 {
				// The word's counts elsewhere: the group's, less this token.
				all, mixed := s.groupAll[g], s.groupMixed[g]
				lt := labType(tags1[i])
				all[lt]--
				if t.flags&flagCapsSent == 0 {
					mixed[lt]--
				}
				own := t.flags & (flagCapsSent | flagSentStart | flagLower)
				maj := argmax5(all[:], 0)
				feats = append(feats, mix(ftDocMaj, uint32(maj)), mix(ftDocMaj+1<<8, mix(uint32(maj), own)))
				if ent := argmax5(all[:], 1); all[ent] > 0 {
					frac := uint32(0)
					if all[0] > 0 {
						frac = 1
					}
					feats = append(feats, mix(ftDocEntity, uint32(ent)), mix(ftDocEntity+1<<8, mix(uint32(ent), frac|own<<1)))
				}
				if m := argmax5(mixed[:], 0); mixed[m] > 0 {
					feats = append(feats, mix(ftDocMajCaps, mix(uint32(m), own)))
				}
			}
		}
		if s.matchLen[i] > 0 {
			feats = append(feats, mix(ftDocSeq, s.matchTag[i]), mix(ftDocSeq+1<<8, mix(s.matchTag[i], t.short)))
		}
		prev, next := uint32(99), uint32(98)
		if i > 0 && t.flags&flagSentStart == 0 {
			prev = uint32(tags1[i-1])
		}
		if i+1 < n && infos[i+1].flags&flagSentStart == 0 {
			next = uint32(tags1[i+1])
		}
		cur := uint32(tags1[i])
		feats = append(feats,
			mix(ftStack, cur),
			mix(ftStack+1<<8, mix(prev, cur)),
			mix(ftStack+2<<8, mix(cur, next)),
			mix(ftStackBi, mix(cur, t.Lower)),
		)
		offs = append(offs, int32(len(feats)))
	}
	return feats, offs
}

// argmax5 returns the index of the largest count from index from on; ties go
// to the lower index.
func argmax5(c []int32, from int) int {
	best := from
	for k := from + 1; k < len(c); k++ {
		if c[k] > c[best] {
			best = k
		}
	}
	return best
}

func sortByKey(order []int32, infos []TokenInfo) {
	slices.SortFunc(order, func(a, b int32) int {
		ka, kb := infos[a].lkey, infos[b].lkey
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return int(a - b)
	})
}

// groupRange returns the run of order whose tokens have key k.
func groupRange(order []int32, infos []TokenInfo, k uint64) (lo, hi int) {
	lo, hi = 0, len(order)
	for lo < hi {
		m := (lo + hi) / 2
		if infos[order[m]].lkey < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	hi = len(order)
	for end := lo; end < hi; {
		m := (end + hi) / 2
		if infos[order[m]].lkey <= k {
			end = m + 1
		} else {
			hi = m
		}
	}
	return lo, hi
}

// bilouPart is the BILOU part of the k-th of n tokens of a span: unit,
// begin, inside or last.
func bilouPart(k, n int) uint32 {
	switch {
	case n == 1:
		return partU
	case k == 0:
		return partB
	case k == n-1:
		return partL
	}
	return partI
}

func resizeInt32(b []int32, n int) []int32 {
	if cap(b) < n {
		return make([]int32, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func resizeUint32(b []uint32, n int) []uint32 {
	if cap(b) < n {
		return make([]uint32, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// PrepareInfos analyzes every token of doc into infos, sentence by sentence.
func PrepareInfos(doc *text.Document, infos []TokenInfo, clusters map[uint32][3]uint32, order *[]int32) []TokenInfo {
	if cap(infos) < len(doc.Tokens) {
		infos = make([]TokenInfo, len(doc.Tokens))
	}
	infos = infos[:len(doc.Tokens)]
	for _, st := range doc.Sentences {
		toks := doc.Tokens[st.First:st.Last]
		caps := capsSentence(toks)
		for k := range toks {
			ti := &infos[st.First+k]
			analyzeToken(ti, toks[k].Text, caps, k == 0)
			ti.pos = hashString(toks[k].POS)
			if clusters != nil {
				ti.Clus = clusters[ti.Lower]
			}
		}
	}
	docCasing(infos, order)
	return infos
}

// GazMarker marks tokens covered by a phrase of the lexicon's lists, for
// the GazMarker features.
type GazMarker struct {
	lex      *gazetteer.Lexicon
	maxWords int
}

// LoadGazMarker wraps the shared lexicon.
func LoadGazMarker() (*GazMarker, error) {
	l, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	return &GazMarker{lex: l, maxWords: max(1, l.MaxPhraseWords())}, nil
}

// Marks returns per token 0 or a hash of its position (B, I, L or U) in the
// longest lexicon phrase covering it, matched greedily left to right, and
// of the lists holding that phrase. Only phrases that start and end with a
// capitalized token are looked up, which keeps lookups few: titles and
// organization words matter to names when capitalized ("Foreign Minister",
// "Corp"). Capitals sentences are looked up title-cased, since the lists
// are exact-case.
func (g *GazMarker) Marks(doc *text.Document, out []uint32) []uint32 {
	out = resizeUint32(out, len(doc.Tokens))
	var buf []byte
	for _, st := range doc.Sentences {
		toks := doc.Tokens[st.First:st.Last]
		caps := capsSentence(toks)
		for i := 0; i < len(toks); {
			if !startsUpper(toks[i].Text) {
				i++
				continue
			}
			// The run of tokens a phrase starting here could span: single
			// spaces between them, none of them sentence punctuation.
			end := i + 1
			for end < len(toks) && end-i < g.maxWords && toks[end].Start == toks[end-1].End+1 &&
				doc.Text[toks[end-1].End] == ' ' && !breaksPhrase(toks[end].Text) {
				end++
			}
			matched := 0
			var lists []string
			for k := end; k > i; k-- {
				if !startsUpper(toks[k-1].Text) {
					continue
				}
				phrase := doc.Text[toks[i].Start:toks[k-1].End]
				if caps {
					buf = titleCase(buf[:0], phrase)
					phrase = string(buf)
				}
				if ls := g.lex.Lists(phrase); len(ls) > 0 {
					matched, lists = k-i, ls
					break
				}
			}
			if matched == 0 {
				i++
				continue
			}
			h := uint32(fnvOffset)
			for _, l := range lists {
				h = mix(h, hashString(l))
			}
			for k := 0; k < matched; k++ {
				out[st.First+i+k] = mix(h, bilouPart(k, matched))
			}
			i += matched
		}
	}
	return out
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// breaksPhrase reports punctuation no lexicon phrase spans.
func breaksPhrase(s string) bool {
	switch s {
	case ",", ";", ":", "(", ")", "\"", "--", "?", "!":
		return true
	}
	return false
}

// titleCase appends s with every word's first letter upper-case and the
// rest lower-case ("UNITED STATES" → "United States").
func titleCase(buf []byte, s string) []byte {
	start := true
	for _, r := range s {
		if start {
			r = unicode.ToUpper(r)
		} else {
			r = unicode.ToLower(r)
		}
		start = r == ' ' || r == '-'
		buf = utf8.AppendRune(buf, r)
	}
	return buf
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
	for i := range infos {
		o = append(o, int32(i))
	}
	sortByKey(o, infos)
	*order = o
	for lo := 0; lo < len(o); {
		hi := lo + 1
		for hi < len(o) && infos[o[hi]].lkey == infos[o[lo]].lkey {
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
			var bits uint32
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
