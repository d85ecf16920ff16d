//go:build !amd64 || purego

package ner

// useVectorRows is whether addRows may use addRowsVector: not on this
// architecture.
const useVectorRows = false

// addRowsVector is addRowsWords where there is no vector kernel.
func addRowsVector(dense []uint64, offs []uint32, lanes *[denseLanes]uint32) {
	addRowsWords(dense, denseWords, offs, lanes)
}
