package ner

import (
	"encoding/binary"
	"math"
	"math/bits"
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
//	48      4     hot: hot feature table entries, a power of two
//	52      4     filter: words of the main table's key filter, 0 or a
//	              power of two
//	56      ...   per stage, start, transition and end weights (float32),
//	              padded to 8 bytes
//	then          hot × (key, value) uint32 pairs     (Recognizer.hot)
//	              slots × (key, value) uint32 pairs   (Recognizer.slots)
//	              filter × uint64                     (Recognizer.mainKeys)
//	              dense × uint64                      (Recognizer.dense)
//	              sparse × uint32                     (Recognizer.weights)
//	              clusters × (key, 3 ids) uint32      (Clusters)
//
// and nothing after.
const (
	headerSize  = 56
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
// Uses is how often training looked the feature up; it decides only where
// the row is stored (the most used rows together, in a small table of
// their own), not what it weighs.
type ModelRow struct {
	Key  uint32
	W    []int16
	Uses uint32
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
	filter := keyFilter(tab.slots)
	for _, n := range []int{len(tab.slots), len(tab.dense), len(tab.weights), len(clus), len(tab.hot), len(filter)} {
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
	for _, s := range append(tab.hot[:len(tab.hot):len(tab.hot)], tab.slots...) {
		b = le.AppendUint32(le.AppendUint32(b, s.key), s.v)
	}
	for _, w := range filter {
		b = le.AppendUint64(b, w)
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
// slots point into (see Recognizer): the most used features in hot, the
// others in slots.
type featureTable struct {
	hot     []nerSlot
	slots   []nerSlot
	weights []uint32
	dense   []uint64
}

// hotRows is how many of the most used features go in the hot table: on
// news, 96-97% of the lookups that find a feature are of these, and their
// slots and rows, stored together (about 1.1 MB), stay in the caches
// nearest a core. 4,096, 8,192 and 32,768 measured slower.
const hotRows = 16384

// buildTable enters the rows with a nonzero weight: the hotRows most used
// first, by falling use, in the hot table, then the others by rising key
// in the main table. Each table has at least twice as many slots as rows,
// a power of two.
func buildTable(T int, rows []ModelRow) featureTable {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b ModelRow) int {
		if a.Uses != b.Uses {
			return cmpUint32(b.Uses, a.Uses)
		}
		return cmpUint32(a.Key, b.Key)
	})
	nh := 0
	for nh < len(rows) && nh < hotRows && rows[nh].Uses > 0 {
		nh++
	}
	cold := rows[nh:]
	slices.SortStableFunc(cold, func(a, b ModelRow) int { return cmpUint32(a.Key, b.Key) })
	var tab featureTable
	tab.hot = make([]nerSlot, tableSize(nh))
	tab.slots = make([]nerSlot, tableSize(len(cold)))
	for _, row := range rows[:nh] {
		tab.add(tab.hot, T, row)
	}
	for _, row := range cold {
		tab.add(tab.slots, T, row)
	}
	return tab
}

// keyFilter returns the filter of the keys of slots (Recognizer.mainKeys):
// a word for every eight keys or so, a power of two.
func keyFilter(slots []nerSlot) []uint64 {
	keys := 0
	for _, s := range slots {
		if s.v != 0 {
			keys++
		}
	}
	n := 1
	for n*8 < keys {
		n <<= 1
	}
	f := make([]uint64, n)
	shift := filterShift(n)
	for _, s := range slots {
		if s.v != 0 {
			w, b := keyBits(s.key, shift)
			f[w] |= b
		}
	}
	return f
}

// filterShift returns the shift that takes a key's word among n, a power
// of two.
func filterShift(n int) uint32 {
	return uint32(64 - bits.Len(uint(n)-1))
}

// tableSize is the smallest power of two at least 2n, and at least 2.
func tableSize(n int) int {
	size := 2
	for size < 2*n {
		size <<= 1
	}
	return size
}

// add stores one feature's weights, dense or sparse by how many are
// nonzero, and enters it in the first free slot of table from its hash on.
func (tab *featureTable) add(table []nerSlot, T int, row ModelRow) {
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
		w := append(row.W[:2*T:2*T], 0, 0, 0) // padding to whole words
		for k := 0; k < 2*T; k += 4 {
			var word uint64
			for j := 0; j < 4; j++ {
				word |= uint64(int64(w[k+j])+denseBias) << (16 * j)
			}
			tab.dense = append(tab.dense, word)
		}
	} else {
		slot = nerSlot{key: row.Key, v: uint32(len(tab.weights))<<slotShift | uint32(nnz)}
		for k, v := range row.W[:2*T] {
			if v != 0 {
				tab.weights = append(tab.weights, uint32(k)<<16|uint32(uint16(v)))
			}
		}
	}
	mask := uint32(len(table) - 1)
	j := row.Key & mask
	for table[j].v != 0 {
		j = (j + 1) & mask
	}
	table[j] = slot
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
