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
	// sizeFile holds the size of the huge pages the kernel gives a heap.
	sizeFile = "/sys/kernel/mm/transparent_hugepage/hpage_pmd_size"
	// madvHugePage and madvCollapse are MADV_HUGEPAGE and MADV_COLLAPSE
	// (Linux 6.1), which package syscall does not name.
	madvHugePage = 14
	madvCollapse = 25
	// regionPages is the number of small pages in a huge page's region.
	regionPages = hugePageBytes / smallPageBytes
)

// Reserve puts the heap on huge pages: it advises them for the heap the
// process has mapped so far and collapses that heap's pages in use into
// them, and, when n > 0, first has the runtime map n more bytes of heap,
// advises them and hands them back (a collection and a release). It
// reports whether the advice was given: not when the system decides alone
// ("always", "never"), where a huge page is not 2 MB of 4 KB pages, or
// when GODEBUG says disablethp=1. It is not safe for concurrent use.
func Reserve(n int) bool {
	if disabledBy(os.Getenv("GODEBUG")) {
		return false
	}
	policy, err1 := os.ReadFile(policyFile)
	size, err2 := os.ReadFile(sizeFile)
	if err1 != nil || err2 != nil || !advisable(string(policy), string(size), os.Getpagesize()) {
		return false
	}
	// The heap in use is found before the heap grows: afterwards an
	// object may land in the new part.
	lo, hi, ok := heapInUse()
	if !ok {
		return false
	}
	if n == 0 {
		return adviseAndCollapse(lo, hi, 1)
	}
	grown := adviseGrowth(n)
	// The collapse comes after the growth, whose release of free pages
	// would split huge pages into small ones again. A collapse makes the
	// whole region resident, released pages too, which the runtime no
	// longer counts until it uses them again: after the release only
	// regions at least an eighth in use are collapsed (after a release at
	// start-up, 0-60% of each region here).
	return adviseAndCollapse(lo, hi, regionPages/8) && grown
}

// heapAnchor and heapBlock are package variables so that both live on the
// heap.
var (
	heapAnchor *[64]byte
	heapBlock  []byte
)

// heapInUse is the range of the mapping that holds a new small object:
// the heap the process uses so far.
func heapInUse() (lo, hi uintptr, ok bool) {
	heapAnchor = new([64]byte)
	addr := uintptr(unsafe.Pointer(heapAnchor))
	heapAnchor = nil
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0, 0, false
	}
	l, h, ok := mappingHolding(string(maps), uint64(addr))
	return uintptr(l), uintptr(h), ok
}

// adviseGrowth maps an n-byte block of heap, advises huge pages over it
// and returns it to the runtime. It reports whether the kernel took the
// advice.
func adviseGrowth(n int) bool {
	heapBlock = make([]byte, n)
	start := alignUp(uintptr(unsafe.Pointer(&heapBlock[0])))
	end := (uintptr(unsafe.Pointer(&heapBlock[0])) + uintptr(n)) &^ (hugePageBytes - 1)
	heapBlock = nil
	ok := end > start && madvise(start, end-start, madvHugePage) == 0
	debug.FreeOSMemory()
	return ok
}

// adviseAndCollapse advises huge pages for the 2 MB regions within
// [lo, hi) and collapses each that has at least minResident pages in
// memory into a huge page. A region never touched has none: its first
// touch takes a huge page. It reports whether the advice was given.
func adviseAndCollapse(lo, hi uintptr, minResident int) bool {
	start, end := alignUp(lo), hi&^(hugePageBytes-1)
	if end <= start || madvise(start, end-start, madvHugePage) != 0 {
		return false
	}
	resident := make([]byte, regionPages)
	for region := start; region < end; region += hugePageBytes {
		if residentPages(region, resident) < minResident {
			continue
		}
		// Best effort, once more when the kernel says to try again (a
		// page it could not isolate at that moment), and no more once it
		// has found no free huge page even after compacting memory.
		errno := madvise(region, hugePageBytes, madvCollapse)
		if errno == syscall.EAGAIN {
			errno = madvise(region, hugePageBytes, madvCollapse)
		}
		if errno == syscall.ENOMEM {
			break
		}
	}
	return true
}

// residentPages is the number of the 2 MB region's pages in memory
// (mincore), using vec, of regionPages bytes; 0 when the kernel cannot
// say.
func residentPages(region uintptr, vec []byte) int {
	_, _, errno := syscall.Syscall(syscall.SYS_MINCORE, region, hugePageBytes, uintptr(unsafe.Pointer(&vec[0])))
	if errno != 0 {
		return 0
	}
	n := 0
	for _, v := range vec {
		n += int(v & 1)
	}
	return n
}

func alignUp(addr uintptr) uintptr {
	return (addr + hugePageBytes - 1) &^ (hugePageBytes - 1)
}

func madvise(addr, n uintptr, advice int) syscall.Errno {
	_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, addr, n, uintptr(advice))
	return errno
}
