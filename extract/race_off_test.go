//go:build !race

package extract

// raceDetector is true in a test binary built with -race (race_on_test.go).
const raceDetector = false
