package hugepages

import "strings"

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

// disabledBy reports whether a GODEBUG value turns huge pages for the heap
// off: disablethp=1, the last setting of the key winning, as the runtime
// reads it.
func disabledBy(godebug string) bool {
	off := false
	for _, kv := range strings.Split(godebug, ",") {
		if key, value, ok := strings.Cut(kv, "="); ok && key == "disablethp" {
			off = value == "1"
		}
	}
	return off
}
