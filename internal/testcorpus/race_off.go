//go:build !race

package testcorpus

// raceSlowdown is 1 in a plain build (see race_on.go).
const raceSlowdown = 1
