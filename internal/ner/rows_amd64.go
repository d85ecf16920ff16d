//go:build gc && !purego

package ner

import "golang.org/x/sys/cpu"

// useAVX2 is whether the vector kernels (addRowsVector, viterbiStep, scaleSums) may
// run.
var useAVX2 = cpu.X86.HasAVX2

// addRowsVector adds the BILOU dense rows at offsets offs of dense to lanes
// with AVX2 (rows_amd64.s), or with addRowsWords on a processor without
// it. Every offset must leave a whole row inside dense: the kernel reads
// without checking.
func addRowsVector(dense []uint64, offs []uint32, lanes *[denseLanes]uint32) {
	if !useAVX2 {
		addRowsWords(dense, denseWords, offs, lanes)
		return
	}
	addRowsAVX2(dense, offs, lanes)
}

//go:noescape
func addRowsAVX2(dense []uint64, offs []uint32, lanes *[denseLanes]uint32)
