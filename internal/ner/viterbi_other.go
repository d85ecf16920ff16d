//go:build !amd64 || !gc || purego

package ner

// viterbiStep writes to back[c], for each tag c < len(back), the first
// predecessor p with the highest prev[p] + pad[p][c], and to cur[c] that
// sum plus emis[c].
func viterbiStep(prev, cur *[latticeLanes]float32, emis []float32, pad paddedTransitions, back []uint8) {
	stepPaddedWords(prev, cur, emis, pad, back)
}

// scaleSums writes float32(sums[t]) * scale to row[t] for every t.
func scaleSums(sums []int32, scale float32, row []float32) {
	scaleSumsWords(sums, scale, row)
}
