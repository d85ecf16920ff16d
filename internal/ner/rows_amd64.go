//go:build !purego

package ner

import "golang.org/x/sys/cpu"

// useAVX2 is whether the vector kernels (addRowsVector, viterbiBack) may
// run.
var useAVX2 = cpu.X86.HasAVX2

// addRowsVector adds the BILOU dense rows at offsets offs of dense to lanes
// with AVX2 (rows_amd64.s). Every offset must leave a whole row inside
// dense: it reads without checking.
//
//go:noescape
func addRowsVector(dense []uint64, offs []uint32, lanes *[denseLanes]uint32)
