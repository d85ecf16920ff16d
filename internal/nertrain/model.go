package nertrain

import (
	"encoding/binary"
	"math"
	"slices"
	"sort"

	"github.com/newsextract/newsextract/internal/ner"
)

// writeModel serializes both stages' weights, quantized to int16 with a
// per-stage scale, with features sorted by hash and delta-coded, in the
// format ner.Parse reads. It returns the model and its number of feature
// rows.
//
// The model is stored uncompressed: gunzipping took 43 ms of a 70 ms load,
// a fixed cost every run pays before its first article. git compresses it
// anyway.
func (tr *trainer) writeModel(w1, w2 *weights) ([]byte, int) {
	T := tr.ts.N
	stages := []*weights{w1, w2}
	if w2 == nil {
		stages[1] = newWeights(T, len(w1.w)/T)
	}
	scales := stageScales(stages)
	rows := tr.quantizedRows(stages, scales)
	var b []byte
	b = append(b, ner.ModelMagic...)
	b = binary.AppendUvarint(b, uint64(tr.ts.Scheme))
	b = binary.AppendUvarint(b, uint64(tr.set))
	b = binary.AppendUvarint(b, tr.lexiconFP)
	for _, sc := range scales {
		b = binary.AppendUvarint(b, uint64(math.Float32bits(sc)))
	}
	for _, w := range stages {
		for _, v := range [][]float32{w.start, w.trans, w.end} {
			for _, x := range v {
				b = binary.AppendUvarint(b, uint64(math.Float32bits(x)))
			}
		}
	}
	b = appendClusters(b, tr.clus)
	b = appendRows(b, rows)
	return b, len(rows)
}

// stageScales returns each stage's quantum: its largest weight magnitude
// over 32767.
func stageScales(stages []*weights) [2]float32 {
	var scales [2]float32
	for s, w := range stages {
		m := float32(0)
		for _, v := range w.w {
			m = max(m, float32(math.Abs(float64(v))))
		}
		if m == 0 {
			m = 1
		}
		scales[s] = m / 32767
	}
	return scales
}

// modelRow is one feature's quantized weights, stage 1's then stage 2's.
type modelRow struct {
	key uint32
	q   []int16
}

// quantizedRows returns the rows of the features with a nonzero quantized
// weight, quanta under Prune dropped, sorted by hash.
func (tr *trainer) quantizedRows(stages []*weights, scales [2]float32) []modelRow {
	T := tr.ts.N
	var rows []modelRow
	for id, h := range tr.fi.hashes {
		q := make([]int16, 2*T)
		nz := false
		for s, w := range stages {
			if (id+1)*T > len(w.w) {
				continue
			}
			for t := 0; t < T; t++ {
				v := int16(math.Round(float64(w.w[id*T+t] / scales[s])))
				if abs16(v) < tr.opts.Prune {
					v = 0
				}
				q[s*T+t] = v
				nz = nz || v != 0
			}
		}
		if nz {
			rows = append(rows, modelRow{h, q})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].key < rows[j].key })
	return rows
}

// appendClusters appends the word clusters: their count, then by rising
// word hash the hash's delta and the three cluster ids.
func appendClusters(b []byte, clus map[uint32][3]uint32) []byte {
	ckeys := make([]uint32, 0, len(clus))
	for k := range clus {
		ckeys = append(ckeys, k)
	}
	slices.Sort(ckeys)
	b = binary.AppendUvarint(b, uint64(len(ckeys)))
	prev := uint32(0)
	for _, k := range ckeys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
		for _, c := range clus[k] {
			b = binary.AppendUvarint(b, uint64(c))
		}
	}
	return b
}

// appendRows appends the feature rows: their count, then per row the
// hash's delta and the weights.
func appendRows(b []byte, rows []modelRow) []byte {
	b = binary.AppendUvarint(b, uint64(len(rows)))
	prev := uint32(0)
	for _, r := range rows {
		b = binary.AppendUvarint(b, uint64(r.key-prev))
		prev = r.key
		for _, v := range r.q {
			b = binary.AppendVarint(b, int64(v))
		}
	}
	return b
}

func abs16(v int16) int16 {
	if v < 0 {
		return -v
	}
	return v
}
