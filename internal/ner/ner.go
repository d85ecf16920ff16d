package ner

import (
	_ "embed"
	"slices"
	"sync"

	"github.com/newsextract/newsextract/internal/text"
)

// Recognizer finds PER, LOC, ORG and MISC mentions in analyzed documents.
// It is an averaged structured perceptron over hashed features with Viterbi
// decoding, run in two stages: the second sees how the first labelled the
// same words elsewhere in the document. It is safe for concurrent use.
type Recognizer struct {
	tags  TagSet
	set   uint32     // feature groups (featClusters, ...)
	scale [2]float32 // weight of one quantum, per stage
	start [2][]float32
	trans [2][]float32 // [cur*T+prev]
	pad   [2]paddedTransitions
	end   [2][]float32
	// hot and slots are open-addressing tables on the feature hash: hot
	// holds the features training used most, slots the others.
	hot     []nerSlot
	hotMask uint32
	slots   []nerSlot
	mask    uint32
	// mainKeys is a Bloom filter of the main table's keys, two bits of one
	// word a key (keyBits), stored in the model; keyShift picks the word.
	// Most lookups that miss the hot table are of features the model
	// lacks, which it turns away without a probe of the 2 MB main table.
	// A model without it (no words) probes every time.
	mainKeys []uint64
	keyShift uint32
	// weights holds the nonzero weights of features with few as (index<<16
	// | uint16 quantized weight), index < T for stage 1 and T+tag for stage
	// 2. Most features matter for few tags, so this is far smaller than
	// dense rows.
	weights []uint32
	// dense holds the rows of features with many nonzero weights (the
	// common ones, looked up for nearly every token) as biased int16
	// lanes, four to a word: lane j of word k is w[4k+j]+denseBias. Biased
	// lanes are never negative, so a mask and a shift spread a word into
	// two words of 32-bit lanes, and one 64-bit add sums two weights
	// without carries crossing lanes; the bias is subtracted once per
	// token.
	dense    []uint64
	dwords   int       // uint64 words per dense row
	clusters *Clusters // nil: none
	// lexiconFP is the fingerprint of the lexicon the model was trained
	// with (see gazetteer.Fingerprint), 0 without gazetteer features.
	lexiconFP uint64
	gaz       *GazMarker
	pool      sync.Pool
}

// nerSlot is one entry of the feature table, 8 bytes so that more of the
// table stays in cache: the feature's weights are weights[off : off+n], or
// dense[off : off+dwords] when n is denseRow, with v = off<<slotShift | n;
// v == 0 marks an empty slot.
type nerSlot struct {
	key uint32
	v   uint32
}

const (
	slotShift = 4
	slotN     = 1<<slotShift - 1
)

// Dense rows: see Recognizer.dense.
const (
	denseMin  = 8       // nonzero weights from which a row is stored dense
	denseRow  = slotN   // nerSlot n of a dense row
	denseBias = 1 << 15 // makes every int16 weight non-negative
)

// addAll looks features hs up and adds their weights. It finds all the
// slots first and only then reads the weights: the table lookups, mostly
// cache misses, are then independent loads the CPU overlaps, and so are
// the rows' first reads (touchRows).
func (r *Recognizer) addAll(sum *emissionSum, e []int32, hs []uint32, found *[]uint32) {
	// The lists are written by index, not appended to: the dense rows'
	// offsets fill f from the front, the other slots from the back (f has
	// room for a slot of every feature). *found is written only when it
	// grows.
	if cap(*found) < len(hs) {
		*found = make([]uint32, 2*len(hs))
	}
	f := (*found)[:len(hs)]
	nr, ns, hi := 0, len(f), uint32(0)
	for _, h := range hs {
		v := probe(r.hot, r.hotMask, h)
		if v == 0 {
			if !r.mayHoldMain(h) {
				continue
			}
			if v = probe(r.slots, r.mask, h); v == 0 {
				continue
			}
		}
		if off := v >> slotShift; v&slotN == denseRow {
			f[nr] = off
			nr++
			hi = max(hi, off)
		} else {
			ns--
			f[ns] = v
		}
	}
	rows, sparse := f[:nr], f[ns:]
	sum.touched = r.touchRows(rows, sparse)
	// The sums are integers: the sparse weights may go first.
	for _, v := range sparse {
		off, n := v>>slotShift, v&slotN
		for _, w := range r.weights[off : off+n] {
			e[w>>16] += int32(int16(uint16(w)))
		}
	}
	sum.addRows(r.dense, r.dwords, rows, hi)
}

// touchRows reads the first word of each dense row at offsets rows and of
// the weights of each slot value of sparse, and returns their xor, to be
// kept so that the reads are made. The summing loops then find them in
// cache: these loads, with nothing between them, overlap their cache
// misses, where the summing loop's (some 25 instructions a row) overlap
// only the few rows the processor looks ahead.
func (r *Recognizer) touchRows(rows, sparse []uint32) uint64 {
	var x uint64
	for _, off := range rows {
		x ^= r.dense[off]
	}
	for _, v := range sparse {
		if v&slotN != 0 {
			x ^= uint64(r.weights[v>>slotShift])
		}
	}
	return x
}

// keyBits returns the filter word (of 1<<(64-shift)) and the two bits of
// key h in it.
func keyBits(h, shift uint32) (word uint64, bits uint64) {
	x := uint64(h) * 0x9e3779b97f4a7c15
	return x >> shift, 1<<(x>>20&63) | 1<<(x>>26&63)
}

// mayHoldMain reports whether key h may be in the main table: false only
// when it is not.
func (r *Recognizer) mayHoldMain(h uint32) bool {
	if len(r.mainKeys) == 0 {
		return true
	}
	w, b := keyBits(h, r.keyShift)
	return r.mainKeys[w]&b == b
}

// probe returns the value of key h in the feature table slots, 0 if h is
// not there.
func probe(slots []nerSlot, mask, h uint32) uint32 {
	for j := h & mask; ; j = (j + 1) & mask {
		if s := slots[j]; s.v == 0 || s.key == h {
			return s.v
		}
	}
}

// nerScratch is one call's working memory, pooled so that recognizing an
// article allocates little beyond its result. What it holds per token is
// what a long article of a token per byte pays per byte: the first stage is
// decoded as its sums are made, and the second stage's sums are kept for
// the first maxKeptSums tokens only.
type nerScratch struct {
	infos  []TokenInfo
	spells []spelling // the tokens' spellings, of an article of at most maxKeptSums tokens
	gaz    []uint32
	feats  []uint32
	sums   []int32 // one token's sums, both stages (2T)
	// emis2 holds the second stage's sums of the base features of the
	// document's first kept2 tokens (at most maxKeptSums).
	emis2 []int32
	kept2 int
	row   []float32 // one token's emission scores (T)
	tags  []uint8
	tags2 []uint8
	vit   ViterbiScratch
	doc   DocScratch
	spans [][3]int
	found []uint32 // addAll's slots
	memo  sumsMemo
}

// maxKeptSums is the most tokens whose second-stage sums of the base
// features the first stage keeps (4T bytes a token: 68 with BILOU); the
// second stage looks the base features of the tokens after them up again.
// It is maxDocTokens, the most a document read at once has, unless a test
// lowers it.
var maxKeptSums = maxDocTokens

// TagSet returns the tag scheme the model was trained with.
func (r *Recognizer) TagSet() TagSet { return r.tags }

// Recognize returns the document's entity mentions in text order; they do
// not overlap.
func (r *Recognizer) Recognize(doc *text.Document) []Mention {
	p := r.begin(doc)
	r.first(&p)
	return r.finish(&p)
}

// pending is a document on its way through the recognizer's passes:
// begin, first and finish, which Recognize runs in a row. (Batches of
// documents took each pass in turn, for the tables' sake, until the
// working space each held through the passes was found to cost more in
// collections than the passes saved.)
type pending struct {
	doc *text.Document
	s   *nerScratch
}

// begin reads the document's tokens and gazetteer marks. A document of
// more than maxDocTokens is left to finish, which reads it in parts.
func (r *Recognizer) begin(doc *text.Document) pending {
	p := pending{doc: doc}
	if len(doc.Tokens) == 0 || len(doc.Tokens) > maxDocTokens {
		return p
	}
	s := r.pool.Get().(*nerScratch)
	p.s = s
	// The spellings of an article of more than maxKeptSums tokens are
	// worked out again when its features are made, as its sums are.
	var spells *[]spelling
	if len(doc.Tokens) <= maxKeptSums {
		spells = &s.spells
	} else {
		s.spells = nil
	}
	s.infos = prepareInfos(doc, s.infos, r.clusters, &s.doc.order, spells)
	if r.gaz != nil {
		s.gaz = r.gaz.Marks(doc, s.gaz)
	} else {
		s.gaz = nil
	}
	return p
}

// first runs the first stage.
func (r *Recognizer) first(p *pending) {
	if p.s == nil {
		return
	}
	s := p.s
	T := r.tags.N
	s.sums = resizeInt32(s.sums, 2*T)
	if cap(s.row) < T {
		s.row = make([]float32, T)
	}
	s.row = s.row[:T]
	s.tags = r.firstStage(p.doc, s)
}

// finish runs the second stage and returns the mentions.
func (r *Recognizer) finish(p *pending) []Mention {
	if len(p.doc.Tokens) > maxDocTokens {
		// The parts' garbage goes before the later stages add their lists.
		defer text.CollectAfter(len(p.doc.Tokens))
		return r.recognizeParts(p.doc)
	}
	if p.s == nil {
		return nil
	}
	s, doc := p.s, p.doc
	defer r.pool.Put(s)
	p.s = nil
	tags := s.tags
	if r.set&FeatDoc != 0 {
		// PrepareInfos left s.doc.order sorted by key.
		s.doc.prepareSorted(r.tags, s.infos, doc.Sentences, s.tags)
		s.tags2 = r.secondStage(doc, s)
		tags = s.tags2
	}
	s.spans = s.spans[:0]
	for _, st := range doc.Sentences {
		s.spans = r.tags.Decode(tags[st.First:st.Last], st.First, s.spans)
	}
	out := make([]Mention, len(s.spans))
	for i, sp := range s.spans {
		out[i] = Mention{
			Start: doc.Tokens[sp[1]].Start, End: doc.Tokens[sp[2]-1].End(),
			First: sp[1], Last: sp[2], Label: Labels[sp[0]],
		}
	}
	return out
}

// firstStage sums every token's base feature weights, both stages' at one
// lookup, and decodes the first stage sentence by sentence as it goes. When
// the model has a second stage, it keeps that stage's sums of the first
// maxKeptSums tokens in s.emis2.
func (r *Recognizer) firstStage(doc *text.Document, s *nerScratch) []uint8 {
	T := r.tags.N
	n := len(doc.Tokens)
	s.kept2 = 0
	if r.set&FeatDoc != 0 {
		s.kept2 = min(n, maxKeptSums)
		s.emis2 = resizeInt32(s.emis2, s.kept2*T)
	}
	tags := resizeUint8(s.tags, n)
	s.memo.reset(2 * T)
	for _, st := range doc.Sentences {
		s.vit.begin(r.tags, st.Last-st.First)
		for i := st.First; i < st.Last; i++ {
			e := r.baseSums(doc, s, st, i)
			r.step(s, 0, e[:T])
			if i < s.kept2 {
				copy(s.emis2[i*T:], e[T:])
			}
		}
		s.vit.finish(r.end[0], tags[st.First:st.Last])
	}
	return tags
}

// baseSums returns the sums of token i's base features, both stages'
// (2T), from s.memo when one of the last few tokens had the same features.
// The slice is the memo's: valid until the next call.
func (r *Recognizer) baseSums(doc *text.Document, s *nerScratch, st text.Sentence, i int) []int32 {
	var gaz []uint32
	if s.gaz != nil {
		gaz = s.gaz[st.First:st.Last]
	}
	feats, e := s.memo.next()
	var sp spelling
	if i < len(s.spells) {
		sp = s.spells[i]
	} else {
		sp = spellingOf(doc.Tokens[i].Text)
	}
	feats = ownFeatures(feats, &s.infos[i], sp)
	feats = contextFeatures(feats, s.infos[st.First:st.Last], i-st.First, r.set, gaz)
	if same := s.memo.find(feats); same != nil {
		return same
	}
	var sum emissionSum
	r.addAll(&sum, e, feats, &s.found)
	sum.flush(e)
	s.memo.keep(feats)
	return e
}

// secondStage adds every token's document features to its second-stage
// sums and decodes the second stage. The sums of the base features are
// the first stage's, or looked up again where it did not keep them: the
// sums are integers, the same in any order.
func (r *Recognizer) secondStage(doc *text.Document, s *nerScratch) []uint8 {
	T := r.tags.N
	tags := resizeUint8(s.tags2, len(doc.Tokens))
	var sum emissionSum
	s.memo.reset(2 * T)
	for _, st := range doc.Sentences {
		s.vit.begin(r.tags, st.Last-st.First)
		for i := st.First; i < st.Last; i++ {
			e := s.sums
			if i < s.kept2 {
				clear(e)
			} else {
				copy(e, r.baseSums(doc, s, st, i))
			}
			s.feats = s.doc.tokenFeatures(s.feats[:0], r.tags, s.infos, s.tags, i)
			r.addAll(&sum, e, s.feats, &s.found)
			sum.flush(e)
			e2 := e[T:]
			if i < s.kept2 {
				for t, v := range s.emis2[i*T : (i+1)*T] {
					e2[t] += v
				}
			}
			r.step(s, 1, e2)
		}
		s.vit.finish(r.end[1], tags[st.First:st.Last])
	}
	return tags
}

// memoSize is how many tokens' base features and sums sumsMemo keeps.
const memoSize = 4

// sumsMemo holds the base features and their sums of the last few tokens
// whose weights were looked up. A run of one punctuation mark (a megabyte
// of dots) gives token after token the same features, whose weights are
// then looked up once; a token of news matches none, most at the second
// feature compared (its word). The lists are compared whole, so a sum
// taken from the memo is the one a lookup gives.
type sumsMemo struct {
	feats [memoSize][]uint32
	sums  [memoSize][]int32
	used  int // slots holding a token's features
	free  int // the slot the next token's features go to
}

// reset empties the memo for sums of width n.
func (m *sumsMemo) reset(n int) {
	m.used, m.free = 0, 0
	for k := range m.sums {
		m.sums[k] = resizeInt32(m.sums[k], n)
	}
}

// next returns the free slot's feature list, emptied, and its sums,
// cleared, for the next token.
func (m *sumsMemo) next() ([]uint32, []int32) {
	e := m.sums[m.free]
	clear(e)
	return m.feats[m.free][:0], e
}

// find returns the sums of a kept token whose features are feats, or nil.
func (m *sumsMemo) find(feats []uint32) []int32 {
	for k := range m.used {
		if k != m.free && slices.Equal(m.feats[k], feats) {
			return m.sums[k]
		}
	}
	return nil
}

// keep keeps feats, the free slot's features whose sums were just made,
// and moves on to the next slot.
func (m *sumsMemo) keep(feats []uint32) {
	m.feats[m.free] = feats
	m.used = max(m.used, m.free+1)
	m.free = (m.free + 1) % memoSize
}

// step scales one token's sums for the stage into emission scores and adds
// the token to the lattice.
func (r *Recognizer) step(s *nerScratch, stage int, sums []int32) {
	scaleSums(sums, r.scale[stage], s.row)
	if r.pad[stage] != nil { // laid out only where the vector kernel runs
		s.vit.stepPadded(s.row, r.start[stage], r.pad[stage])
		return
	}
	s.vit.step(s.row, r.start[stage], r.trans[stage])
}

// Entity labels, the CoNLL-2003 set.
const (
	LabelPER  = "PER"
	LabelLOC  = "LOC"
	LabelORG  = "ORG"
	LabelMISC = "MISC"
)

// Mention is one named-entity mention found by the recognizer.
type Mention struct {
	// Start and End are byte offsets into the source, End exclusive.
	Start, End int
	// First and Last are token indices: Tokens[First:Last] is the mention.
	First, Last int
	// Label is PER, LOC, ORG or MISC.
	Label string
}
