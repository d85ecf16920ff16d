//go:build race

package testcorpus

// raceSlowdown is how many times longer the race detector's instrumented
// code may take than a plain build: Linear's ceilings are set for the
// plain build, and a run under -race on a busy machine took 7 s against a
// 5 s ceiling (its ratio linear).
const raceSlowdown = 4
