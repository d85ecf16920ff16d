package nertrain

import (
	"math"
	"sort"

	"github.com/newsextract/newsextract/internal/ner"
)

// writeModel serializes both stages' weights, quantized to int16 with a
// per-stage scale, in the format ner.Parse reads (ner.EncodeModel). It
// returns the model and its number of feature rows.
//
// The model is stored uncompressed, as fixed-width arrays the recognizer
// uses in place: decoding it (gunzipping took 43 ms of a 70 ms load, then
// varints 60 ms) is a fixed cost every run would pay before its first
// article. git compresses it anyway.
func (tr *trainer) writeModel(w1, w2 *weights) ([]byte, int) {
	T := tr.ts.N
	stages := []*weights{w1, w2}
	if w2 == nil {
		stages[1] = newWeights(T, len(w1.w)/T)
	}
	m := &ner.ModelData{
		Scheme:    tr.ts.Scheme,
		Set:       tr.set,
		LexiconFP: tr.lexiconFP,
		Scale:     stageScales(stages),
		Clusters:  tr.clus,
	}
	for s, w := range stages {
		m.Start[s], m.Trans[s], m.End[s] = w.start, w.trans, w.end
	}
	m.Rows = tr.quantizedRows(stages, m.Scale)
	return ner.EncodeModel(m), len(m.Rows)
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

// quantizedRows returns the rows of the features with a nonzero quantized
// weight, quanta under Prune dropped, sorted by hash.
func (tr *trainer) quantizedRows(stages []*weights, scales [2]float32) []ner.ModelRow {
	T := tr.ts.N
	var rows []ner.ModelRow
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
			row := ner.ModelRow{Key: h, W: q}
			if id < len(tr.fi.uses) {
				row.Uses = tr.fi.uses[id]
			}
			rows = append(rows, row)
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Key < rows[j].Key })
	return rows
}

func abs16(v int16) int16 {
	if v < 0 {
		return -v
	}
	return v
}
