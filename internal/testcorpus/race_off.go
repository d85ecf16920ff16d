//go:build !race

package testcorpus

// RaceDetector is false in a plain build (see race_on.go).
const RaceDetector = false

// raceSlowdown is 1 in a plain build (see race_on.go).
const raceSlowdown = 1
