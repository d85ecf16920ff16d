package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/newsextract/newsextract/internal/text"
)

// nerModel is the trained recognizer, built by TrainNER (see
// extract/model/README.md for how to retrain it).
//
//go:embed model/ner.bin
var nerModel []byte

// Recognizer finds PER, LOC, ORG and MISC mentions in analyzed documents.
// It is an averaged structured perceptron over hashed features with Viterbi
// decoding, run in two stages: the second sees how the first labelled the
// same words elsewhere in the document. It is safe for concurrent use.
type Recognizer struct {
	Tags  TagSet
	set   uint32     // feature groups (featClusters, ...)
	scale [2]float32 // weight of one quantum, per stage
	start [2][]float32
	trans [2][]float32 // [cur*T+prev]
	end   [2][]float32
	slots []nerSlot // open addressing on the feature hash
	mask  uint32
	// weights holds the nonzero weights of features with few as (index<<16
	// | uint16 quantized weight), index < T for stage 1 and T+tag for stage
	// 2. Most features matter for few tags, so this is far smaller than
	// dense rows.
	weights []uint32
	// dense holds the rows of features with many nonzero weights (the
	// common ones, looked up for nearly every token) as biased pairs: word
	// k is (w[2k]+denseBias) | (w[2k+1]+denseBias)<<32. Biased lanes are
	// never negative, so one 64-bit add sums two weights without carries
	// crossing lanes; the bias is subtracted once per token.
	dense    []uint64
	dwords   int // uint64 words per dense row
	clusters map[uint32][3]uint32
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

// Load parses the embedded model once per process.
var Load = sync.OnceValues(func() (*Recognizer, error) {
	return Parse(nerModel)
})

const ModelMagic = "NERM\x02"

// Parse reads a model in the format writeModel produces: a
// header, transitions, clusters and sparse weight rows.
func Parse(data []byte) (*Recognizer, error) {
	rd := &modelReader{b: data}
	if string(rd.bytes(len(ModelMagic))) != ModelMagic {
		return nil, errors.New("ner model: bad magic")
	}
	r := &Recognizer{}
	r.Tags = NewTagSet(int(rd.uvarint()))
	r.set = uint32(rd.uvarint())
	r.lexiconFP = rd.uvarint()
	for k := range r.scale {
		r.scale[k] = math.Float32frombits(uint32(rd.uvarint()))
	}
	T := r.Tags.N
	for s := 0; s < 2; s++ {
		r.start[s] = rd.floats(T)
		r.trans[s] = rd.floats(T * T)
		r.end[s] = rd.floats(T)
	}
	if nc := int(rd.uvarint()); nc > 0 {
		r.clusters = make(map[uint32][3]uint32, nc)
		key := uint32(0)
		for i := 0; i < nc; i++ {
			key += uint32(rd.uvarint())
			var c [3]uint32
			for k := range c {
				c[k] = uint32(rd.uvarint())
			}
			r.clusters[key] = c
		}
	}
	nr := int(rd.uvarint())
	size := 1
	for size < 2*nr {
		size <<= 1
	}
	r.slots = make([]nerSlot, size)
	r.mask = uint32(size - 1)
	r.weights = make([]uint32, 0, nr*4)
	r.dwords = (2*T + 1) / 2
	row := make([]int16, 2*T+1)
	key := uint32(0)
	for i := 0; i < nr && rd.err == nil; i++ {
		key += uint32(rd.uvarint())
		nnz := 0
		for k := 0; k < 2*T; k++ {
			row[k] = int16(rd.varint())
			if row[k] != 0 {
				nnz++
			}
		}
		if nnz == 0 {
			continue
		}
		var slot nerSlot
		if nnz >= denseMin {
			slot = nerSlot{key: key, v: uint32(len(r.dense))<<slotShift | denseRow}
			for k := 0; k < 2*T; k += 2 {
				lo := uint64(int64(row[k]) + denseBias)
				hi := uint64(int64(row[k+1]) + denseBias) // row[2T] is 0 padding
				r.dense = append(r.dense, lo|hi<<32)
			}
		} else {
			slot = nerSlot{key: key, v: uint32(len(r.weights))<<slotShift | uint32(nnz)}
			for k, v := range row[:2*T] {
				if v != 0 {
					r.weights = append(r.weights, uint32(k)<<16|uint32(uint16(v)))
				}
			}
		}
		j := key & r.mask
		for r.slots[j].v != 0 {
			j = (j + 1) & r.mask
		}
		r.slots[j] = slot
	}
	if rd.err != nil {
		return nil, fmt.Errorf("ner model: %w", rd.err)
	}
	if r.set&FeatGazetteer != 0 {
		g, err := LoadGazMarker()
		if err != nil {
			return nil, err
		}
		r.gaz = g
	}
	r.pool.New = func() any { return new(nerScratch) }
	return r, nil
}

// modelReader decodes the model's varints, remembering the first error.
type modelReader struct {
	b   []byte
	err error
}

func (m *modelReader) fail() {
	if m.err == nil {
		m.err = io.ErrUnexpectedEOF
	}
	m.b = nil
}

func (m *modelReader) bytes(n int) []byte {
	if len(m.b) < n {
		m.fail()
		return nil
	}
	v := m.b[:n]
	m.b = m.b[n:]
	return v
}

func (m *modelReader) uvarint() uint64 {
	v, n := binary.Uvarint(m.b)
	if n <= 0 {
		m.fail()
		return 0
	}
	m.b = m.b[n:]
	return v
}

func (m *modelReader) varint() int64 {
	v, n := binary.Varint(m.b)
	if n <= 0 {
		m.fail()
		return 0
	}
	m.b = m.b[n:]
	return v
}

func (m *modelReader) floats(n int) []float32 {
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(uint32(m.uvarint()))
	}
	return out
}

// Dense rows: see Recognizer.dense.
const (
	denseMin  = 8       // nonzero weights from which a row is stored dense
	denseRow  = slotN   // nerSlot n of a dense row
	denseBias = 1 << 15 // makes every int16 weight non-negative
)

// emissionSum accumulates one token's feature weights, sparse rows into
// e directly, dense rows into acc.
type emissionSum struct {
	acc [(2*17 + 1) / 2]uint64
	nd  int64 // dense rows added, for removing the bias
}

// addAll looks features hs up and adds their weights. It finds all the
// slots first and only then reads the weights: the table lookups, mostly
// cache misses, are then independent loads the CPU overlaps.
func (r *Recognizer) addAll(sum *emissionSum, e []int32, hs []uint32, found *[]uint32) {
	f := (*found)[:0]
	slots, mask := r.slots, r.mask
	for _, h := range hs {
		j := h & mask
		for {
			s := slots[j]
			if s.v == 0 {
				break
			}
			if s.key == h {
				f = append(f, s.v)
				break
			}
			j = (j + 1) & mask
		}
	}
	dw := uint32(r.dwords)
	acc := sum.acc[:dw]
	for _, v := range f {
		off, n := v>>slotShift, v&slotN
		if n == denseRow {
			if dw == uint32(len(sum.acc)) {
				// BILOU: a fixed-size row, so no bounds checks in the loop.
				row := (*[len(sum.acc)]uint64)(r.dense[off:])
				a := &sum.acc
				for k := range a {
					a[k] += row[k]
				}
			} else {
				for k, x := range r.dense[off : off+dw] {
					acc[k] += x
				}
			}
			sum.nd++
			continue
		}
		for _, w := range r.weights[off : off+n] {
			e[w>>16] += int32(int16(uint16(w)))
		}
	}
	*found = f
}

// flush moves the dense sums into e and resets sum.
func (sum *emissionSum) flush(e []int32) {
	if sum.nd == 0 {
		return
	}
	bias := sum.nd * denseBias
	for k := 0; k < len(e); k += 2 {
		v := sum.acc[k/2]
		e[k] += int32(int64(uint32(v)) - bias)
		if k+1 < len(e) {
			e[k+1] += int32(int64(v>>32) - bias)
		}
	}
	*sum = emissionSum{}
}

// nerScratch is one call's working memory, pooled so that recognizing an
// article allocates little beyond its result.
type nerScratch struct {
	infos  []TokenInfo
	gaz    []uint32
	feats  []uint32
	offs   []int32
	emis   []int32 // per token, stage-1 then stage-2 sums
	emisF  []float32
	tags   []uint8
	tags2  []uint8
	vit    ViterbiScratch
	doc    DocScratch
	spans  [][3]int
	dfeats []uint32
	doffs  []int32
	found  []uint32 // addAll's slots
}

// Recognize returns the document's entity mentions in text order; they do
// not overlap.
func (r *Recognizer) Recognize(doc *text.Document) []Mention {
	n := len(doc.Tokens)
	if n == 0 {
		return nil
	}
	s := r.pool.Get().(*nerScratch)
	defer r.pool.Put(s)
	T := r.Tags.N
	s.infos = PrepareInfos(doc, s.infos, r.clusters, &s.doc.order)
	if r.gaz != nil {
		s.gaz = r.gaz.Marks(doc, s.gaz)
	} else {
		s.gaz = nil
	}
	if cap(s.emis) < n*2*T {
		s.emis = make([]int32, n*2*T)
		s.emisF = make([]float32, n*T)
	}
	s.emis = s.emis[:n*2*T]
	clear(s.emis)
	s.emisF = s.emisF[:n*T]
	var sum emissionSum
	for _, st := range doc.Sentences {
		infos := s.infos[st.First:st.Last]
		var gaz []uint32
		if s.gaz != nil {
			gaz = s.gaz[st.First:st.Last]
		}
		for k := range infos {
			s.feats = BaseFeatures(s.feats[:0], infos, k, r.set, gaz)
			e := s.emis[(st.First+k)*2*T : (st.First+k+1)*2*T]
			r.addAll(&sum, e, s.feats, &s.found)
			sum.flush(e)
		}
	}
	s.tags = r.decodeStage(doc, s, 0, s.tags)
	tags := s.tags
	if r.set&FeatDoc != 0 {
		s.dfeats, s.doffs = DocFeatures(r.Tags, s.infos, doc.Sentences, s.tags, &s.doc, s.dfeats, s.doffs)
		for i := 0; i < n; i++ {
			e := s.emis[i*2*T : (i+1)*2*T]
			r.addAll(&sum, e, s.dfeats[s.doffs[i]:s.doffs[i+1]], &s.found)
			sum.flush(e)
		}
		s.tags2 = r.decodeStage(doc, s, 1, s.tags2)
		tags = s.tags2
	}
	s.spans = s.spans[:0]
	for _, st := range doc.Sentences {
		s.spans = r.Tags.Decode(tags[st.First:st.Last], st.First, s.spans)
	}
	out := make([]Mention, len(s.spans))
	for i, sp := range s.spans {
		out[i] = Mention{
			Start: doc.Tokens[sp[1]].Start, End: doc.Tokens[sp[2]-1].End,
			First: sp[1], Last: sp[2], Label: Labels[sp[0]],
		}
	}
	return out
}

// decodeStage runs Viterbi over every sentence with the given stage's
// emission sums.
func (r *Recognizer) decodeStage(doc *text.Document, s *nerScratch, stage int, tags []uint8) []uint8 {
	T := r.Tags.N
	n := len(doc.Tokens)
	for i := 0; i < n; i++ {
		src := s.emis[i*2*T+stage*T : i*2*T+stage*T+T]
		dst := s.emisF[i*T : (i+1)*T]
		for t, v := range src {
			dst[t] = float32(v) * r.scale[stage]
		}
	}
	if cap(tags) < n {
		tags = make([]uint8, n)
	}
	tags = tags[:n]
	for _, st := range doc.Sentences {
		Viterbi(r.Tags, s.emisF[st.First*T:st.Last*T], r.start[stage], r.trans[stage], r.end[stage], &s.vit, tags[st.First:st.Last])
	}
	return tags
}

// ViterbiScratch holds Viterbi's lattice buffers.
type ViterbiScratch struct {
	score []float32
	back  []uint8
}

// Viterbi writes the best tag sequence for emission scores emis (n×T) under
// the scheme's hard constraints and the learnt transition weights, trans
// being indexed [cur*T+prev] so each tag's candidates sit together.
func Viterbi(ts TagSet, emis, start, trans, end []float32, vs *ViterbiScratch, out []uint8) {
	T := ts.N
	n := len(out)
	if n == 0 {
		return
	}
	if cap(vs.score) < n*T {
		vs.score = make([]float32, n*T)
		vs.back = make([]uint8, n*T)
	}
	score, back := vs.score[:n*T], vs.back[:n*T]
	inf := float32(math.Inf(-1))
	allowed := ts.allowedTable()
	for t := 0; t < T; t++ {
		if allowed.start[t] {
			score[t] = emis[t] + start[t]
		} else {
			score[t] = inf
		}
	}
	for i := 1; i < n; i++ {
		prev := score[(i-1)*T : i*T]
		cur := score[i*T : (i+1)*T]
		for t := 0; t < T; t++ {
			best, bp := inf, uint8(0)
			tr := trans[t*T : t*T+T] // transposed: [cur*T+prev]
			for _, p := range allowed.prevs[t] {
				if v := prev[p] + tr[p]; v > best {
					best, bp = v, p
				}
			}
			cur[t] = best + emis[i*T+t]
			back[i*T+t] = bp
		}
	}
	best, bt := inf, 0
	last := score[(n-1)*T:]
	for t := 0; t < T; t++ {
		if !allowed.end[t] {
			continue
		}
		if v := last[t] + end[t]; v > best {
			best, bt = v, t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = uint8(bt)
		bt = int(back[i*T+bt])
	}
}

// allowedTable is a scheme's hard constraints: which tags may start or end
// a sentence, and for each tag the tags that may precede it.
type allowedTable struct {
	start, end []bool
	prevs      [][]uint8
}

// allowedTables caches the constraint tables of both schemes.
var allowedTables = sync.OnceValue(func() *[2]allowedTable {
	var out [2]allowedTable
	for scheme := range out {
		ts := NewTagSet(scheme)
		T := ts.N
		a := allowedTable{start: make([]bool, T), end: make([]bool, T), prevs: make([][]uint8, T)}
		for c := 0; c < T; c++ {
			a.start[c] = ts.allowed(-1, c)
			a.end[c] = ts.allowed(c, -1)
			for p := 0; p < T; p++ {
				if ts.allowed(p, c) {
					a.prevs[c] = append(a.prevs[c], uint8(p))
				}
			}
		}
		out[scheme] = a
	}
	return &out
})

func (ts TagSet) allowedTable() *allowedTable {
	return &allowedTables()[ts.Scheme]
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
