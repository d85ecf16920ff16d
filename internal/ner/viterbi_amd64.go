//go:build gc && !purego

package ner

// viterbiBack writes to back[c], for each tag c < len(back), the first
// predecessor p with the highest prev[p] + pad[c][p], with AVX2
// (viterbi_amd64.s). pad must have len(back) rows.
func viterbiBack(prev *[latticeLanes]float32, pad paddedTransitions, back []uint8) {
	if !useAVX2 {
		viterbiBackWords(prev, pad, back)
		return
	}
	if len(back) == 0 {
		return
	}
	_ = pad[len(back)-1]
	viterbiBackAVX2(prev, &pad[0], len(back), &back[0])
}

//go:noescape
func viterbiBackAVX2(prev *[latticeLanes]float32, pad *[latticeLanes]float32, tags int, back *uint8)
