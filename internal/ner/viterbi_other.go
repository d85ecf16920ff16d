//go:build !amd64 || !gc || purego

package ner

// viterbiBack writes to back[c], for each tag c < len(back), the first
// predecessor p with the highest prev[p] + pad[c][p].
func viterbiBack(prev *[latticeLanes]float32, pad paddedTransitions, back []uint8) {
	viterbiBackWords(prev, pad, back)
}
