package hugepages

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestReserveBacksHeapWithHugePages checks what Reserve is for: heap
// allocated after it lies on huge pages, and touching it takes a handful
// of faults instead of one per 4 KB page.
func TestReserveBacksHeapWithHugePages(t *testing.T) {
	policy, err := os.ReadFile(policyFile)
	if err != nil || selectedMode(string(policy)) != "madvise" {
		t.Skipf("SKIP: the system's huge page policy (%s) is not madvise: %q, %v", policyFile, policy, err)
	}
	t.Setenv("GODEBUG", "")
	if !Reserve(32 << 20) {
		t.Fatal("Reserve(32 MB) = false under the madvise policy")
	}
	// The block's 2 MB-aligned interior: a huge page can only fill a 2 MB
	// region that nothing else of the heap has touched.
	const n = 8 << 20
	block := make([]byte, n)
	start := uintptr(unsafe.Pointer(&block[0]))
	lo := int((start+hugePageBytes-1)&^(hugePageBytes-1) - start)
	hi := int((start+n)&^(hugePageBytes-1) - start)
	before := minorFaults(t)
	for i := lo; i < hi; i += 4096 {
		block[i] = 1
	}
	faults := minorFaults(t) - before
	if huge := hugeBytesAround(t, start+uintptr(lo)); huge < int64(hi-lo) {
		t.Errorf("the mapping of a block allocated after Reserve holds %d bytes of huge pages, want at least its interior's %d", huge, hi-lo)
	}
	if small := int64(hi-lo) / 4096; faults > small/16 {
		t.Errorf("touching %d bytes after Reserve took %d faults, want at most %d (%d on 4 KB pages)", hi-lo, faults, small/16, small)
	}
}

func TestReserveHonoursDisableTHP(t *testing.T) {
	t.Setenv("GODEBUG", "disablethp=1")
	if Reserve(4 << 20) {
		t.Error("Reserve advised huge pages under GODEBUG=disablethp=1")
	}
}

func minorFaults(t *testing.T) int64 {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return ru.Minflt
}

// hugeBytesAround is the AnonHugePages of the mapping that holds addr, from
// /proc/self/smaps.
func hugeBytesAround(t *testing.T, addr uintptr) int64 {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("SKIP: no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	inside := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if _, err := fmt.Sscanf(line, "%x-%x ", &lo, &hi); err == nil { // a mapping's first line
			inside = lo <= addr && addr < hi
			continue
		}
		var kb int64
		if inside && strings.HasPrefix(line, "AnonHugePages:") {
			if _, err := fmt.Sscanf(line, "AnonHugePages: %d kB", &kb); err != nil {
				t.Fatalf("reading %q: %v", line, err)
			}
			return kb << 10
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Fatalf("no mapping in /proc/self/smaps holds %#x", addr)
	return 0
}
