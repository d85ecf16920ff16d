//go:build race

package testcorpus

// RaceDetector is true in a test binary built with -race, whose sync.Pool
// drops a share of what is put back and whose instrumentation allocates
// and runs several times slower: allocation bounds are not measured there,
// and time ceilings are raceSlowdown times longer.
const RaceDetector = true

// raceSlowdown is how many times longer the race detector's instrumented
// code may take than a plain build: Linear's ceilings are set for the
// plain build, and a run under -race on a busy machine took 7 s against a
// 5 s ceiling (its ratio linear).
const raceSlowdown = 4
