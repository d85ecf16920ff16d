package ner

import (
	"math/bits"
	"slices"
	"sync"

	"github.com/newsextract/newsextract/internal/text"
)

// DocScratch holds the buffers DocFeatures reuses between calls.
type DocScratch struct {
	order    []int32
	matchLen []uint8 // at most maxMatchTokens
	matchTag []uint8
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
	feats, offs = feats[:0], append(offs[:0], 0)
	s.prepare(ts, infos, sents, tags1)
	for i := range infos {
		feats = s.tokenFeatures(feats, ts, infos, tags1, i)
		offs = append(offs, int32(len(feats)))
	}
	return feats, offs
}

// prepare finds what the document features of every token are made from:
// the groups of tokens sharing a word, their label counts, and the longer
// mentions of the same words.
func (s *DocScratch) prepare(ts TagSet, infos []TokenInfo, sents []text.Sentence, tags1 []uint8) {
	if len(infos) == 0 {
		return
	}
	s.sortTokens(infos)
	s.prepareSorted(ts, infos, sents, tags1)
}

// prepareSorted is prepare when s.order already holds the tokens sorted by
// key, as PrepareInfos leaves its order argument.
func (s *DocScratch) prepareSorted(ts TagSet, infos []TokenInfo, sents []text.Sentence, tags1 []uint8) {
	if len(infos) == 0 {
		return
	}
	s.matchMentions(ts, infos, sents, tags1)
	s.countGroups(ts, infos, tags1)
}

// tokenFeatures appends token i's document features to feats, after
// prepare. The recognizer asks for them a token at a time rather than
// keeping the whole document's: on a long article they were some 60
// bytes a token.
func (s *DocScratch) tokenFeatures(feats []uint32, ts TagSet, infos []TokenInfo, tags1 []uint8, i int) []uint32 {
	t := &infos[i]
	if t.flags&flagAlpha != 0 && s.groupSize[s.group[i]] > 1 {
		feats = s.majorityFeatures(feats, ts, t, tags1[i], s.group[i])
	}
	if s.matchLen[i] > 0 {
		feats = append(feats, mix(ftDocSeq, uint32(s.matchTag[i])), mix(ftDocSeq+1<<8, mix(uint32(s.matchTag[i]), uint32(t.short))))
	}
	return stackFeatures(feats, infos, tags1, i)
}

// labelType is tag t's label index plus one: 0 for O.
func (ts TagSet) labelType(t uint8) int {
	l, _ := ts.label(int(t))
	return l + 1
}

// sortTokens groups the document's tokens by lowercase word, without a map:
// it sorts their indices by key into s.order, whose runs are the groups.
func (s *DocScratch) sortTokens(infos []TokenInfo) {
	s.order = s.order[:0]
	for i := range infos {
		s.order = append(s.order, int32(i))
	}
	sortByKey(s.order, infos)
}

// matchMentions finds the first stage's mentions and, for each token, the
// longest other mention of the same words covering it: its length goes to
// s.matchLen and its label and BILOU part to s.matchTag.
//
// Mentions of the same words with the same label mark the same tokens:
// each distinct one is matched once, or a long document repeating a name
// would cost the square of its length. A mention never marks its own
// tokens, but a repeated one marks each copy's through the others: so own
// tokens stay unmarked only for a mention that occurs once. Mentions longer
// than maxMatchTokens are not matched.
func (s *DocScratch) matchMentions(ts TagSet, infos []TokenInfo, sents []text.Sentence, tags1 []uint8) {
	n := len(infos)
	s.ents = s.ents[:0]
	for _, st := range sents {
		s.ents = ts.Decode(tags1[st.First:st.Last], st.First, s.ents)
	}
	s.matchLen = resizeClearUint8(s.matchLen, n)
	s.matchTag = resizeClearUint8(s.matchTag, n)
	if s.seen == nil {
		s.seen = map[uint64]int{}
	}
	clear(s.seen)
	for _, e := range s.ents {
		if e[2]-e[1] <= maxMatchTokens {
			s.seen[mentionSignature(infos, e)]++
		}
	}
	for _, e := range s.ents {
		if e[2]-e[1] > maxMatchTokens {
			continue
		}
		sig := mentionSignature(infos, e)
		copies := s.seen[sig]
		if copies < 0 {
			continue // done
		}
		s.seen[sig] = -1
		s.markCopies(infos, e, copies)
	}
}

// maxMatchTokens is the longest mention matchMentions looks for elsewhere.
// Each occurrence of a mention's words costs its length to compare and
// mark: a text repeating a phrase ("Talks In Paris Talks In Paris ...")
// that the first stage reads as one long mention per sentence cost the
// square of its length. No name is nearly so long.
const maxMatchTokens = 32

// mentionSignature hashes a mention's label, length and words.
func mentionSignature(infos []TokenInfo, e [3]int) uint64 {
	sig := uint64(e[0])<<56 ^ uint64(e[2]-e[1])<<48
	for k := e[1]; k < e[2]; k++ {
		sig = sig*1099511628211 ^ infos[k].lkey()
	}
	return sig
}

// markCopies marks the tokens of every occurrence of mention e's words
// (its own too when the mention occurs more than once) with e's label,
// unless a longer match marks them already.
func (s *DocScratch) markCopies(infos []TokenInfo, e [3]int, copies int) {
	n := len(infos)
	lab, a, b := e[0], e[1], e[2]
	l := b - a
	// The occurrences are found from the mention's rarest word, so that
	// many names sharing a first word ("John X", "John Y", ...) do not each
	// scan every "John": that was quadratic. They come in text order, as
	// from the first word.
	j, lo, hi := 0, 0, n+1
	for k := a; k < b; k++ {
		if klo, khi := groupRange(s.order, infos, infos[k].lkey()); khi-klo < hi-lo {
			j, lo, hi = k-a, klo, khi
		}
	}
	for _, pp := range s.order[lo:hi] {
		p := int(pp) - j
		if p < 0 || p == a && copies == 1 || p+l > n {
			continue
		}
		if !sameWords(infos, p, a, l) {
			continue
		}
		for k := 0; k < l; k++ {
			if uint8(l) <= s.matchLen[p+k] {
				continue
			}
			s.matchLen[p+k] = uint8(l)
			s.matchTag[p+k] = uint8(lab+1)<<4 | uint8(bilouPart(k, l))
		}
	}
}

// sameWords reports whether the l tokens from p have the words of the l
// tokens from a.
func sameWords(infos []TokenInfo, p, a, l int) bool {
	for k := 0; k < l; k++ {
		if infos[p+k].lkey() != infos[a+k].lkey() {
			return false
		}
	}
	return true
}

// countGroups sums, once per group of tokens sharing a lowercase word, how
// often the first stage gave the word each label type, over all tokens and
// over those outside capitals sentences.
func (s *DocScratch) countGroups(ts TagSet, infos []TokenInfo, tags1 []uint8) {
	n := len(infos)
	s.group = resizeInt32(s.group, n)
	s.groupSize, s.groupAll, s.groupMixed = s.groupSize[:0], s.groupAll[:0], s.groupMixed[:0]
	for lo := 0; lo < n; {
		hi := lo + 1
		for hi < n && infos[s.order[hi]].lkey() == infos[s.order[lo]].lkey() {
			hi++
		}
		var all, mixed [5]int32
		for _, jj := range s.order[lo:hi] {
			j := int(jj)
			s.group[j] = int32(len(s.groupAll))
			lt := ts.labelType(tags1[j])
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
}

// majorityFeatures appends the features of how token t's word, tagged tag1
// here, is labelled elsewhere in the document (group g, of more than one
// token): the majority label, the majority entity label, and the majority
// outside capitals sentences.
func (s *DocScratch) majorityFeatures(feats []uint32, ts TagSet, t *TokenInfo, tag1 uint8, g int32) []uint32 {
	// The word's counts elsewhere: the group's, less this token.
	all, mixed := s.groupAll[g], s.groupMixed[g]
	lt := ts.labelType(tag1)
	all[lt]--
	if t.flags&flagCapsSent == 0 {
		mixed[lt]--
	}
	own := uint32(t.flags) & (flagCapsSent | flagSentStart | flagLower)
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
	return feats
}

// stackFeatures appends token i's first-stage tag, alone, with its
// neighbours' within the sentence, and with its word.
func stackFeatures(feats []uint32, infos []TokenInfo, tags1 []uint8, i int) []uint32 {
	t := &infos[i]
	prev, next := uint32(99), uint32(98)
	if i > 0 && t.flags&flagSentStart == 0 {
		prev = uint32(tags1[i-1])
	}
	if i+1 < len(infos) && infos[i+1].flags&flagSentStart == 0 {
		next = uint32(tags1[i+1])
	}
	cur := uint32(tags1[i])
	return append(feats,
		mix(ftStack, cur),
		mix(ftStack+1<<8, mix(prev, cur)),
		mix(ftStack+2<<8, mix(cur, next)),
		mix(ftStackBi, mix(cur, t.Lower)),
	)
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

// sortByKey sorts the token indices order by their tokens' lkey, then by
// index. It sorts packed integers where they fit (sortPacked), else by
// comparison.
func sortByKey(order []int32, infos []TokenInfo) {
	if sortPacked(order, infos) {
		return
	}
	slices.SortFunc(order, func(a, b int32) int {
		ka, kb := infos[a].lkey(), infos[b].lkey()
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return int(a - b)
	})
}

// packedKeys is sortPacked's scratch, pooled.
var packedKeys = sync.Pool{New: func() any { return new(keyScratch) }}

// sortPacked sorts order as sortByKey does, if every token's length in
// runes fits beside the indices in the low 32 bits of a key: each index i
// becomes Lower<<32 | nRunes<<b | i (b the bits of the largest index
// into infos), whose order is the (lkey, index) order, and integers sort without a
// comparison function to call or a TokenInfo to read per comparison. It
// reports false, order untouched, when a length does not fit.
func sortPacked(order []int32, infos []TokenInfo) bool {
	if len(order) == 0 {
		return true
	}
	b := uint(bits.Len32(uint32(len(infos) - 1)))
	p := packedKeys.Get().(*keyScratch)
	keys := p.keys[:0]
	if cap(keys) < len(order) {
		// Not grown by append, whose capacity passes maxDocTokens for
		// the parts of a long document, which have nearly that many.
		keys = make([]uint64, 0, len(order))
	}
	for _, i := range order {
		t := &infos[i]
		if uint64(t.nRunes) >= 1<<(32-b) {
			packedKeys.Put(p)
			return false
		}
		keys = append(keys, uint64(t.Lower)<<32|uint64(t.nRunes)<<b|uint64(i))
	}
	p.keys = keys
	for k, key := range p.sort() {
		order[k] = int32(key & (1<<b - 1))
	}
	if cap(p.keys) > maxDocTokens {
		p.keys, p.sorted, p.counts = nil, nil, nil
	}
	packedKeys.Put(p)
	return true
}

// groupRange returns the run of order whose tokens have key k.
func groupRange(order []int32, infos []TokenInfo, k uint64) (lo, hi int) {
	lo, hi = 0, len(order)
	for lo < hi {
		m := (lo + hi) / 2
		if infos[order[m]].lkey() < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	hi = len(order)
	for end := lo; end < hi; {
		m := (end + hi) / 2
		if infos[order[m]].lkey() <= k {
			end = m + 1
		} else {
			hi = m
		}
	}
	return lo, hi
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

func resizeClearUint8(b []uint8, n int) []uint8 {
	b = resizeUint8(b, n)
	clear(b)
	return b
}

func resizeUint8(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return make([]uint8, n)
	}
	return b[:n]
}
