package hugepages

import (
	"strconv"
	"strings"
)

// selectedMode is the bracketed choice in the contents of a
// transparent_hugepage sysfs file ("always [madvise] never" gives
// "madvise"), or "" when there is none.
func selectedMode(s string) string {
	_, after, ok := strings.Cut(s, "[")
	if !ok {
		return ""
	}
	mode, _, ok := strings.Cut(after, "]")
	if !ok || strings.ContainsAny(mode, " \t\n[") {
		return ""
	}
	return mode
}

// The page sizes Reserve aligns to: it gives no advice where the kernel's
// huge page is another size (advisable; 512 MB on arm64 with 64 KB pages,
// a size no article's heap should be rounded up to).
const (
	hugePageBytes  = 2 << 20
	smallPageBytes = 4096
)

// advisable reports whether the system leaves huge pages to each program
// (policy, the contents of transparent_hugepage/enabled, selects
// "madvise") and a huge page (size, the contents of hpage_pmd_size) is
// 2 MB of small pages of 4 KB (smallPage bytes), the layout Reserve
// aligns to.
func advisable(policy, size string, smallPage int) bool {
	huge, ok := pageSize(size)
	return selectedMode(policy) == "madvise" && ok && huge == hugePageBytes && smallPage == smallPageBytes
}

// pageSize is the number in the contents of a sysfs file that holds one
// size in bytes, in decimal, as the kernel writes it (hpage_pmd_size:
// "2097152\n"); ok is false when it holds anything else.
func pageSize(s string) (n int, ok bool) {
	s = strings.TrimSuffix(s, "\n")
	n, err := strconv.Atoi(s)
	return n, err == nil && n > 0 && strconv.Itoa(n) == s
}

// disabledBy reports whether a GODEBUG value turns huge pages for the heap
// off: disablethp set to a non-zero integer, the last valid setting of the
// key winning, as the runtime reads it (only the environment's GODEBUG is
// read, not a //go:debug default).
func disabledBy(godebug string) bool {
	off := false
	for _, kv := range strings.Split(godebug, ",") {
		if key, value, ok := strings.Cut(kv, "="); ok && key == "disablethp" {
			if n, err := strconv.Atoi(value); err == nil {
				off = n != 0
			}
		}
	}
	return off
}

// mappingHolding is the address range [lo, hi) of the mapping that holds
// addr in maps, in the layout of /proc/self/maps (one mapping a line,
// starting "lo-hi " in hexadecimal); ok is false when none does.
func mappingHolding(maps string, addr uint64) (lo, hi uint64, ok bool) {
	for line := range strings.Lines(maps) {
		span, _, _ := strings.Cut(line, " ")
		first, last, found := strings.Cut(span, "-")
		if !found {
			continue
		}
		l, err1 := strconv.ParseUint(first, 16, 64)
		h, err2 := strconv.ParseUint(strings.TrimSpace(last), 16, 64)
		if err1 == nil && err2 == nil && l <= addr && addr < h {
			return l, h, true
		}
	}
	return 0, 0, false
}
