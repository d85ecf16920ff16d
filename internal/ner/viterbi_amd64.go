//go:build gc && !purego

package ner

// viterbiStep writes to back[c], for each tag c < len(back), the first
// predecessor p with the highest prev[p] + pad[p][c], and to cur[c] that
// sum plus emis[c], with AVX2 (viterbi_amd64.s) where the processor has
// it. pad must have len(back) rows, and emis and cur len(back) scores or
// more.
func viterbiStep(prev, cur *[latticeLanes]float32, emis []float32, pad paddedTransitions, back []uint8) {
	if !useAVX2 {
		stepPaddedWords(prev, cur, emis, pad, back)
		return
	}
	if len(back) == 0 {
		return
	}
	_, _, _ = pad[len(back)-1], emis[len(back)-1], cur[len(back)-1]
	viterbiStepAVX2(prev, &pad[0], len(back), &back[0], &emis[0], &cur[0])
}

//go:noescape
func viterbiStepAVX2(prev *[latticeLanes]float32, pad *[latticeLanes]float32, tags int, back *uint8, emis *float32, cur *float32)

// scaleSums writes float32(sums[t]) * scale to row[t] for every t, with
// AVX2 where the processor has it. row must be as long as sums.
func scaleSums(sums []int32, scale float32, row []float32) {
	if !useAVX2 || len(sums) == 0 {
		scaleSumsWords(sums, scale, row)
		return
	}
	_ = row[len(sums)-1]
	scaleSumsAVX2(&sums[0], len(sums), scale, &row[0])
}

//go:noescape
func scaleSumsAVX2(sums *int32, n int, scale float32, row *float32)
