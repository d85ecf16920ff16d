// Package cmd is newsextract's command line: flag parsing, reading inputs and
// writing results. The extraction itself lives in package extract.
package cmd
