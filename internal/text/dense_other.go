//go:build !amd64 || !gc || purego

package text

// useAVX2 is whether the vector kernel may run: not on this architecture.
const useAVX2 = false

// addRowVector is addRowWords where there is no vector kernel.
func addRowVector(scores *[denseClasses]float32, row *denseRow) {
	addRowWords(scores, row)
}
