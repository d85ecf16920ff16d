//go:build linux || darwin

package main

import (
	"os"
	"syscall"
)

// stdoutClosed reports whether standard output was closed when the process
// started. Go's runtime opens /dev/null read-write on a closed standard
// descriptor before main runs, so that is what a closed stdout looks like
// here; a shell's "> /dev/null" opens it write-only.
func stdoutClosed() bool {
	info, err := os.Stdout.Stat()
	if err != nil {
		return true
	}
	null, err := os.Stat(os.DevNull)
	if err != nil || !os.SameFile(info, null) {
		return false
	}
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, os.Stdout.Fd(), syscall.F_GETFL, 0)
	return errno == 0 && flags&syscall.O_ACCMODE == syscall.O_RDWR
}
