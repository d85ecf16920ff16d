//go:build race

package ner

// raceDetector is true in a test binary built with -race, whose sync.Pool
// drops a share of what is put back and whose instrumentation allocates:
// allocation bounds are not measured there.
const raceDetector = true
