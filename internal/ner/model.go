package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"sync"
	"unsafe"
)

// nerModel is the trained recognizer, built by internal/nertrain (see
// model/README.md for how to rebuild it; model/ner.bin.sha256 records its
// checksum).
//
//go:embed model/ner.bin
var nerModel []byte

// Load parses the embedded model once per process. It skips Parse's
// checks of every table entry: the embedded model is part of the program,
// pinned by TestEmbeddedModelChecksum and checked by
// TestEmbeddedModelInPlace, and checking it at run time would read all
// 3.9 MB of its slot, sparse and cluster tables at every start-up, where
// recognizing an article reads a few pages of them.
var Load = sync.OnceValues(func() (*Recognizer, error) {
	return parse(nerModel, false)
})

// ModelMagic opens every model file; its last byte is the format's
// version. EncodeModel writes it, Parse checks it.
const ModelMagic = "NERM\x04"

var (
	errModelSize    = errors.New("ner model: truncated, or sizes that do not match its length")
	errModelEntries = errors.New("ner model: a table entry out of range")
	errModelWeights = errors.New("ner model: a scale or transition weight that is not a finite number")
)

// Parse reads a model in the format EncodeModel writes (see modelfile.go).
// It decodes only the header and the transition weights: the recognizer
// looks features up in data itself, so data must not change afterwards.
// It checks every table entry, so that a corrupt model is an error here
// rather than a panic in Recognize.
func Parse(data []byte) (*Recognizer, error) {
	return parse(data, true)
}

// parse is Parse, with the checks of every table entry only if check.
func parse(data []byte, check bool) (*Recognizer, error) {
	if len(data) < headerSize || string(data[:len(ModelMagic)]) != ModelMagic {
		return nil, errors.New("ner model: bad magic or version")
	}
	r := &Recognizer{}
	if err := r.readTables(data); err != nil {
		return nil, err
	}
	if check {
		if err := r.checkTables(); err != nil {
			return nil, err
		}
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

// readTables reads the header and the transition weights and slices the
// feature and cluster tables out of data.
func (r *Recognizer) readTables(data []byte) error {
	le := binary.LittleEndian
	scheme := le.Uint32(data[8:])
	if scheme != SchemeBIO && scheme != SchemeBILOU {
		return errors.New("ner model: unknown tag scheme")
	}
	r.tags = NewTagSet(int(scheme))
	r.set = le.Uint32(data[12:])
	r.lexiconFP = le.Uint64(data[16:])
	for k := range r.scale {
		r.scale[k] = math.Float32frombits(le.Uint32(data[24+4*k:]))
	}
	nSlots, nDense := uint64(le.Uint32(data[32:])), uint64(le.Uint32(data[36:]))
	nSparse, nClus := uint64(le.Uint32(data[40:])), uint64(le.Uint32(data[44:]))
	nHot := uint64(le.Uint32(data[48:]))
	nFilter := uint64(le.Uint32(data[52:]))
	if nFilter&(nFilter-1) != 0 {
		return errModelSize
	}
	T := r.tags.N
	floats := uint64(2 * 4 * (2*T + T*T))
	off := uint64(headerSize) + (floats+7)&^7
	size := off + 8*nHot + 8*nSlots + 8*nFilter + 8*nDense + 4*nSparse + clusterSize*nClus
	if size != uint64(len(data)) {
		return errModelSize
	}
	r.readTransitions(data[headerSize:])
	if !r.finiteWeights() {
		return errModelWeights
	}
	r.hot = view[nerSlot](words32(data[off : off+8*nHot]))
	off += 8 * nHot
	r.slots = view[nerSlot](words32(data[off : off+8*nSlots]))
	off += 8 * nSlots
	if nFilter > 0 {
		r.mainKeys = words64(data[off : off+8*nFilter])
		r.keyShift = filterShift(int(nFilter))
	}
	off += 8 * nFilter
	r.dense = words64(data[off : off+8*nDense])
	off += 8 * nDense
	r.weights = words32(data[off : off+4*nSparse])
	off += 4 * nSparse
	r.clusters = newClusters(view[clusterEntry](words32(data[off:])))
	r.mask = uint32(len(r.slots) - 1)
	r.hotMask = uint32(len(r.hot) - 1)
	r.dwords = (2*T + 3) / 4
	return nil
}

// readTransitions reads both stages' start, transition and end weights.
func (r *Recognizer) readTransitions(b []byte) {
	T := r.tags.N
	next := func(n int) []float32 {
		out := make([]float32, n)
		for i := range out {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		}
		b = b[4*n:]
		return out
	}
	for s := 0; s < 2; s++ {
		r.start[s] = next(T)
		r.trans[s] = next(T * T)
		r.end[s] = next(T)
		if useAVX2 {
			r.pad[s] = padTransitions(r.tags, r.trans[s])
		}
	}
}

// finiteWeights reports whether the stages' scales and start, transition
// and end weights are all finite numbers: Viterbi's comparisons, and the
// vector kernel's maximum, are only the same over numbers.
func (r *Recognizer) finiteWeights() bool {
	for s := range 2 {
		if math.IsInf(float64(r.scale[s]), 0) || math.IsNaN(float64(r.scale[s])) {
			return false
		}
		for _, ws := range [][]float32{r.start[s], r.trans[s], r.end[s]} {
			for _, w := range ws {
				if math.IsInf(float64(w), 0) || math.IsNaN(float64(w)) {
					return false
				}
			}
		}
	}
	return true
}

// checkTables checks that the tables' sizes are powers of two with a free
// entry, so that every probe ends, and that every row lies inside the
// weights, so that no lookup reads out of range.
func (r *Recognizer) checkTables() error {
	if err := r.checkSlots(r.hot); err != nil {
		return err
	}
	if err := r.checkSlots(r.slots); err != nil {
		return err
	}
	for _, w := range r.weights {
		if int(w>>16) >= 2*r.tags.N {
			return errModelEntries
		}
	}
	return r.clusters.check()
}

// checkSlots checks one feature table: a power of two in size, with a free
// slot, and rows inside the weights.
func (r *Recognizer) checkSlots(slots []nerSlot) error {
	n := len(slots)
	if n == 0 || n&(n-1) != 0 {
		return errModelSize
	}
	free := false
	for _, s := range slots {
		if s.v == 0 {
			free = true
			continue
		}
		off, cnt := uint64(s.v>>slotShift), uint64(s.v&slotN)
		if cnt == denseRow {
			if off+uint64(r.dwords) > uint64(len(r.dense)) {
				return errModelEntries
			}
		} else if off+cnt > uint64(len(r.weights)) {
			return errModelEntries
		}
	}
	if !free {
		return errModelEntries
	}
	return nil
}

// littleEndian is whether the host stores numbers as the model file does,
// so that its arrays can be used in place.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// words32 returns b as little-endian uint32s: b itself when the host is
// little-endian and b is aligned, else a decoded copy.
func words32(b []byte) []uint32 {
	n := len(b) / 4
	if n == 0 {
		return nil
	}
	p := unsafe.Pointer(unsafe.SliceData(b))
	if littleEndian && uintptr(p)%4 == 0 {
		return unsafe.Slice((*uint32)(p), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

// words64 is words32 for uint64s.
func words64(b []byte) []uint64 {
	n := len(b) / 8
	if n == 0 {
		return nil
	}
	p := unsafe.Pointer(unsafe.SliceData(b))
	if littleEndian && uintptr(p)%8 == 0 {
		return unsafe.Slice((*uint64)(p), n)
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out
}

// view returns w as a slice of E, a struct of uint32 fields, sharing w's
// memory.
func view[E nerSlot | clusterEntry](w []uint32) []E {
	var e E
	n := len(w) * 4 / int(unsafe.Sizeof(e))
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*E)(unsafe.Pointer(unsafe.SliceData(w))), n)
}
