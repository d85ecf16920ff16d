package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// nerModel is the trained recognizer, built by internal/nertrain (see
// model/README.md for how to rebuild it; model/ner.bin.sha256 records its
// checksum).
//
//go:embed model/ner.bin
var nerModel []byte

// Load parses the embedded model once per process.
var Load = sync.OnceValues(func() (*Recognizer, error) {
	return Parse(nerModel)
})

// ModelMagic opens every model file; its last byte is the format's
// version. The trainer writes it, Parse checks it.
const ModelMagic = "NERM\x02"

// Parse reads a model in the format the trainer writes: the magic, a
// header (tag scheme, feature groups, lexicon fingerprint, weight scales),
// both stages' start, transition and end weights, the word clusters, and
// the feature rows sorted by hash. Every number is a varint; hashes are
// delta-coded, weights int16 quanta.
func Parse(data []byte) (*Recognizer, error) {
	rd := &modelReader{b: data}
	if string(rd.bytes(len(ModelMagic))) != ModelMagic {
		return nil, errors.New("ner model: bad magic")
	}
	r := &Recognizer{}
	r.readHeader(rd)
	r.readClusters(rd)
	r.readRows(rd)
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

// readHeader reads the tag scheme, feature groups, lexicon fingerprint,
// weight scales and both stages' start, transition and end weights.
func (r *Recognizer) readHeader(rd *modelReader) {
	r.tags = NewTagSet(int(rd.uvarint()))
	r.set = uint32(rd.uvarint())
	r.lexiconFP = rd.uvarint()
	for k := range r.scale {
		r.scale[k] = math.Float32frombits(uint32(rd.uvarint()))
	}
	T := r.tags.N
	for s := 0; s < 2; s++ {
		r.start[s] = rd.floats(T)
		r.trans[s] = rd.floats(T * T)
		r.end[s] = rd.floats(T)
	}
}

// readClusters reads the word clusters: a count, then per word its
// delta-coded lowercase hash and three cluster ids.
func (r *Recognizer) readClusters(rd *modelReader) {
	nc := int(rd.uvarint())
	if nc <= 0 {
		return
	}
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

// readRows reads the feature rows, a count then per row its delta-coded
// hash and 2T weights (stage 1's then stage 2's), into the feature table.
func (r *Recognizer) readRows(rd *modelReader) {
	T := r.tags.N
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
		if nnz > 0 {
			r.addRow(key, row, nnz)
		}
	}
}

// addRow stores one feature's weights, dense or sparse by how many are
// nonzero, and enters it in the open-addressing table.
func (r *Recognizer) addRow(key uint32, row []int16, nnz int) {
	T := r.tags.N
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
