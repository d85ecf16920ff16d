package ner

import (
	"encoding/binary"
	"math"
	"slices"
)

// The model file is laid out so that Parse decodes nothing large: after a
// fixed header come the tables the recognizer looks features up in, as
// fixed-width little-endian arrays it uses in place (see model/README.md):
//
//	offset  size  field
//	0       8     ModelMagic, zero padded
//	8       4     tag scheme
//	12      4     feature groups
//	16      8     lexicon fingerprint
//	24      8     weight quantum per stage (2 float32)
//	32      4     slots: feature table entries, a power of two
//	36      4     dense: uint64 words of dense rows
//	40      4     sparse: uint32 sparse weights
//	44      4     clusters: cluster table entries, 0 or a power of two
//	48      ...   per stage, start, transition and end weights (float32),
//	              padded to 8 bytes
//	then          slots × (key, value) uint32 pairs   (Recognizer.slots)
//	              dense × uint64                      (Recognizer.dense)
//	              sparse × uint32                     (Recognizer.weights)
//	              clusters × (key, 3 ids) uint32      (Clusters)
//
// and nothing after.
const (
	headerSize  = 48
	clusterSize = 16 // bytes of one cluster table entry
)

// ModelData is a recognizer's content, what EncodeModel writes.
type ModelData struct {
	Scheme    int        // SchemeBIO or SchemeBILOU
	Set       uint32     // feature groups
	LexiconFP uint64     // gazetteer.Fingerprint of the lexicon trained with
	Scale     [2]float32 // weight of one quantum, per stage
	// Start, Trans and End are each stage's start, transition
	// ([cur*T+prev]) and end weights.
	Start, Trans, End [2][]float32
	// Clusters maps a lowercase word's hash to its cluster ids.
	Clusters map[uint32][3]uint32
	// Rows are the feature rows; rows without a nonzero weight are left out.
	Rows []ModelRow
}

// ModelRow is one feature's quantized weights: stage 1's T then stage 2's.
type ModelRow struct {
	Key uint32
	W   []int16
}

// EncodeModel returns m in the format Parse reads. The tables are built as
// Parse will use them, with rows entered by rising key.
func EncodeModel(m *ModelData) []byte {
	T := NewTagSet(m.Scheme).N
	tab := buildTable(T, m.Rows)
	clus := buildClusters(m.Clusters)
	b := make([]byte, 8, headerSize)
	copy(b, ModelMagic)
	le := binary.LittleEndian
	b = le.AppendUint32(b, uint32(m.Scheme))
	b = le.AppendUint32(b, m.Set)
	b = le.AppendUint64(b, m.LexiconFP)
	for _, sc := range m.Scale {
		b = le.AppendUint32(b, math.Float32bits(sc))
	}
	for _, n := range []int{len(tab.slots), len(tab.dense), len(tab.weights), len(clus)} {
		b = le.AppendUint32(b, uint32(n))
	}
	for s := 0; s < 2; s++ {
		for _, v := range [][]float32{m.Start[s], m.Trans[s], m.End[s]} {
			b = appendFloats(b, v)
		}
	}
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	for _, s := range tab.slots {
		b = le.AppendUint32(le.AppendUint32(b, s.key), s.v)
	}
	for _, d := range tab.dense {
		b = le.AppendUint64(b, d)
	}
	for _, w := range tab.weights {
		b = le.AppendUint32(b, w)
	}
	for _, c := range clus {
		b = le.AppendUint32(b, c.key)
		for _, id := range c.ids {
			b = le.AppendUint32(b, id)
		}
	}
	return b
}

func appendFloats(b []byte, v []float32) []byte {
	for _, x := range v {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
	}
	return b
}

// featureTable is the open-addressing feature table with the weights its
// slots point into (see Recognizer).
type featureTable struct {
	slots   []nerSlot
	weights []uint32
	dense   []uint64
}

// buildTable enters the rows with a nonzero weight, by rising key, in a
// table of at least twice as many slots, a power of two.
func buildTable(T int, rows []ModelRow) featureTable {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b ModelRow) int { return cmpUint32(a.Key, b.Key) })
	size := 1
	for size < 2*len(rows) {
		size <<= 1
	}
	tab := featureTable{slots: make([]nerSlot, size)}
	for _, row := range rows {
		tab.add(T, row)
	}
	return tab
}

// add stores one feature's weights, dense or sparse by how many are
// nonzero, and enters it in the first free slot from its hash on.
func (tab *featureTable) add(T int, row ModelRow) {
	nnz := 0
	for _, v := range row.W[:2*T] {
		if v != 0 {
			nnz++
		}
	}
	if nnz == 0 {
		return
	}
	var slot nerSlot
	if nnz >= denseMin {
		slot = nerSlot{key: row.Key, v: uint32(len(tab.dense))<<slotShift | denseRow}
		w := append(row.W[:2*T:2*T], 0) // padding for an odd 2T
		for k := 0; k < 2*T; k += 2 {
			lo := uint64(int64(w[k]) + denseBias)
			hi := uint64(int64(w[k+1]) + denseBias)
			tab.dense = append(tab.dense, lo|hi<<32)
		}
	} else {
		slot = nerSlot{key: row.Key, v: uint32(len(tab.weights))<<slotShift | uint32(nnz)}
		for k, v := range row.W[:2*T] {
			if v != 0 {
				tab.weights = append(tab.weights, uint32(k)<<16|uint32(uint16(v)))
			}
		}
	}
	mask := uint32(len(tab.slots) - 1)
	j := row.Key & mask
	for tab.slots[j].v != 0 {
		j = (j + 1) & mask
	}
	tab.slots[j] = slot
}

func cmpUint32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
