//go:build !race

package ner

// raceDetector: see race_on_test.go.
const raceDetector = false
