//go:build !(linux || darwin)

package main

import "os"

// stdoutClosed reports whether standard output cannot be used.
func stdoutClosed() bool {
	_, err := os.Stdout.Stat()
	return err != nil
}
