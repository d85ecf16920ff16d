//go:build !amd64 || !gc || purego

package ner

// useAVX2 is whether the vector kernels may run: not on this
// architecture.
const useAVX2 = false

// addRowsVector is addRowsWords where there is no vector kernel.
func addRowsVector(dense []uint64, offs []uint32, lanes *[denseLanes]uint32) {
	addRowsWords(dense, denseWords, offs, lanes)
}
