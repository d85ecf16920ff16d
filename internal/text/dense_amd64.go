//go:build gc && !purego

package text

import "golang.org/x/sys/cpu"

// useAVX2 is whether addRowAVX2 may run.
var useAVX2 = cpu.X86.HasAVX2

// addRowVector adds row to scores, eight classes at a time with AVX2
// (dense_amd64.s), or one at a time on a processor without it.
func addRowVector(scores *[denseClasses]float32, row *denseRow) {
	if !useAVX2 {
		addRowWords(scores, row)
		return
	}
	addRowAVX2(scores, row)
}

//go:noescape
func addRowAVX2(scores *[denseClasses]float32, row *denseRow)
