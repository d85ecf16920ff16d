//go:build !linux

package hugepages

// Reserve does nothing outside Linux: it reports false.
func Reserve(n int) bool { return false }
