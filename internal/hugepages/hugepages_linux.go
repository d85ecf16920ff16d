package hugepages

import (
	"os"
	"runtime/debug"
	"syscall"
	"unsafe"
)

const (
	// policyFile holds the system's policy for transparent huge pages.
	policyFile = "/sys/kernel/mm/transparent_hugepage/enabled"
	// madvHugePage is MADV_HUGEPAGE, which package syscall does not name.
	madvHugePage = 14
	// hugePageBytes aligns the advised range; the kernel decides the size.
	hugePageBytes = 2 << 20
	// heapChunkBytes is the runtime's unit of heap growth on 64-bit Linux.
	heapChunkBytes = 4 << 20
)

// Reserve maps n bytes of heap, advises huge pages for them and for the
// heap mapped before them, and hands them back to the runtime and their
// pages to the system. It reports whether the advice was given: not when
// the system decides alone ("always", "never"), or GODEBUG says
// disablethp=1.
func Reserve(n int) bool {
	if disabledBy(os.Getenv("GODEBUG")) {
		return false
	}
	policy, err := os.ReadFile(policyFile)
	if err != nil || selectedMode(string(policy)) != "madvise" {
		return false
	}
	return adviseHeap(n)
}

// heapAnchor and heapBlock are package variables so that both live on the
// heap.
var (
	heapAnchor *[64]byte
	heapBlock  []byte
)

// adviseHeap maps an n-byte block of heap, advises huge pages from the
// start of the chunk of an object allocated before it to the end of the
// block, and returns the block to the runtime. It reports whether the
// kernel took the advice.
func adviseHeap(n int) bool {
	heapAnchor = new([64]byte)
	heapBlock = make([]byte, n)
	before := uintptr(unsafe.Pointer(heapAnchor)) &^ (heapChunkBytes - 1)
	start := uintptr(unsafe.Pointer(&heapBlock[0]))
	end := (start + uintptr(n) + hugePageBytes - 1) &^ (hugePageBytes - 1)
	lo := min(before, start&^(hugePageBytes-1))
	if end-lo > uintptr(n)+heapChunkBytes {
		lo = start &^ (hugePageBytes - 1) // far apart: the block alone
	}
	heapAnchor, heapBlock = nil, nil
	// Over a gap between the two (the runtime found no room for the block
	// next to the heap), the kernel advises the mapped parts and reports
	// ENOMEM.
	_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, lo, end-lo, madvHugePage)
	debug.FreeOSMemory()
	return errno == 0 || errno == syscall.ENOMEM
}
