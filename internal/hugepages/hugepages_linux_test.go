package hugepages

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestReserveAdvisesHeapAllocatedAfter checks what Reserve controls: heap
// allocated after it lies in a mapping advised for huge pages (the flag
// "hg" in /proc/self/smaps). Whether the kernel then finds free 2 MB
// pages for it depends on the machine's memory and its defrag setting, so
// the huge pages it delivered and the faults the first touches took are
// logged, not required.
func TestReserveAdvisesHeapAllocatedAfter(t *testing.T) {
	skipUnlessMadvise(t)
	if !Reserve(32 << 20) {
		t.Fatal("Reserve(32 MB) = false under the madvise policy")
	}
	const n = 8 << 20
	block := make([]byte, n)
	start := uintptr(unsafe.Pointer(&block[0]))
	for _, addr := range []uintptr{start, start + n/2, start + n - 1} {
		if m := mappingAt(t, addr); !slices.Contains(m.flags, "hg") {
			t.Errorf("the mapping %#x-%#x holding %#x, heap allocated after Reserve, has flags %v, want hg (huge pages advised)", m.lo, m.hi, addr, m.flags)
		}
	}
	// The block's 2 MB-aligned interior: a huge page can only fill a 2 MB
	// region that nothing else of the heap has touched.
	lo := int((start+hugePageBytes-1)&^(hugePageBytes-1) - start)
	hi := int((start+n)&^(hugePageBytes-1) - start)
	before := minorFaults(t)
	for i := lo; i < hi; i += 4096 {
		block[i] = 1
	}
	faults := minorFaults(t) - before
	t.Logf("touching %d bytes after Reserve took %d faults (%d on 4 KB pages); their mapping holds %d bytes of huge pages",
		hi-lo, faults, (hi-lo)/4096, mappingAt(t, start+uintptr(lo)).hugeBytes)
}

// TestReserveAdvisesHeapInUse checks Reserve(0): the heap the process
// already uses, where an object allocated before it lies, is advised for
// huge pages, and its pages in use are collapsed into them where the
// kernel finds room (logged).
func TestReserveAdvisesHeapInUse(t *testing.T) {
	skipUnlessMadvise(t)
	before := make([]byte, 64<<10)
	for i := range before {
		before[i] = 1
	}
	if !Reserve(0) {
		t.Fatal("Reserve(0) = false under the madvise policy")
	}
	addr := uintptr(unsafe.Pointer(&before[0]))
	m := mappingAt(t, addr)
	if !slices.Contains(m.flags, "hg") {
		t.Errorf("the mapping %#x-%#x holding %#x, heap in use before Reserve(0), has flags %v, want hg (huge pages advised)", m.lo, m.hi, addr, m.flags)
	}
	t.Logf("the heap in use, %d bytes, holds %d bytes of huge pages after Reserve(0)", m.hi-m.lo, m.hugeBytes)
}

// skipUnlessMadvise skips a test of the advice where the system's policy
// leaves nothing to advise, and clears GODEBUG for the rest.
func skipUnlessMadvise(t *testing.T) {
	t.Helper()
	policy, err := os.ReadFile(policyFile)
	if err != nil || selectedMode(string(policy)) != "madvise" {
		t.Skipf("SKIP: the system's huge page policy (%s) is not madvise: %q, %v", policyFile, policy, err)
	}
	if _, err := os.ReadFile("/proc/self/maps"); err != nil {
		t.Skipf("SKIP: Reserve finds the heap in /proc/self/maps, which cannot be read here: %v", err)
	}
	t.Setenv("GODEBUG", "")
}

func TestReserveHonoursDisableTHP(t *testing.T) {
	skipUnlessMadvise(t) // elsewhere Reserve never advises
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
	return int64(ru.Minflt)
}

// mapping is one entry of /proc/self/smaps.
type mapping struct {
	lo, hi    uintptr
	hugeBytes int64    // AnonHugePages
	flags     []string // VmFlags
}

// mappingAt is the entry of /proc/self/smaps whose range holds addr.
func mappingAt(t *testing.T, addr uintptr) mapping {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("SKIP: no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	var m mapping
	inside := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if _, err := fmt.Sscanf(line, "%x-%x ", &lo, &hi); err == nil { // a mapping's first line
			inside = lo <= addr && addr < hi
			m = mapping{lo: lo, hi: hi}
			continue
		}
		if !inside {
			continue
		}
		if kb, ok := strings.CutPrefix(line, "AnonHugePages:"); ok {
			if _, err := fmt.Sscanf(kb, "%d kB", &m.hugeBytes); err != nil {
				t.Fatalf("reading %q: %v", line, err)
			}
			m.hugeBytes <<= 10
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok { // a mapping's last line
			m.flags = strings.Fields(flags)
			return m
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Fatalf("no mapping in /proc/self/smaps with VmFlags holds %#x", addr)
	return m
}
