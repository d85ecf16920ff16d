package hugepages

import (
	"strconv"
	"strings"
	"testing"
)

func TestSelectedMode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"always [madvise] never\n", "madvise"},
		{"[always] madvise never\n", "always"},
		{"always madvise [never]\n", "never"},
		{"always defer defer+madvise [madvise] never\n", "madvise"},
		{"", ""},
		{"always madvise never\n", ""},
		{"always [madvise never\n", ""},
		{"always [mad vise] never\n", ""},
		{"[[madvise]]", ""},
	}
	for _, tt := range tests {
		if got := selectedMode(tt.in); got != tt.want {
			t.Errorf("selectedMode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSelectedMode(f *testing.F) {
	f.Add("always [madvise] never\n")
	f.Add("[always]")
	f.Add("[")
	f.Fuzz(func(t *testing.T, s string) {
		mode := selectedMode(s)
		if mode == "" {
			return
		}
		if strings.ContainsAny(mode, " \t\n[]") || !strings.Contains(s, "["+mode+"]") {
			t.Errorf("selectedMode(%q) = %q: not a bracketed word of it", s, mode)
		}
	})
}

func TestDisabledBy(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"disablethp=1", true},
		{"gctrace=1,disablethp=1", true},
		{"disablethp=1,gctrace=1", true},
		{"disablethp=0", false},
		{"disablethp=1,disablethp=0", false},
		{"disablethp=0,disablethp=1", true},
		{"xdisablethp=1", false},
		{"disablethp", false},
		{"disablethp=2", true},
		{"disablethp=-1", true},
		{"disablethp=1,disablethp=x", true},
		{"disablethp=yes", false},
	}
	for _, tt := range tests {
		if got := disabledBy(tt.in); got != tt.want {
			t.Errorf("disabledBy(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzDisabledBy(f *testing.F) {
	f.Add("gctrace=1")
	f.Add("disablethp=1,x")
	f.Fuzz(func(t *testing.T, s string) {
		if !disabledBy(s + ",disablethp=1") {
			t.Errorf("%q then disablethp=1: not disabled", s)
		}
		if disabledBy(s + ",disablethp=0") {
			t.Errorf("%q then disablethp=0: disabled", s)
		}
	})
}

func TestMappingHolding(t *testing.T) {
	const maps = "00400000-00e7e000 r-xp 00000000 08:01 123 /usr/bin/newsextract\n" +
		"c000000000-c000400000 rw-p 00000000 00:00 0 \n" +
		"7ffd3d07a000-7ffd3d09b000 rw-p 00000000 00:00 0                          [stack]\n" +
		"7ffd3d0ff000-7ffd3d101000 r-xp 00000000 00:00 0"
	tests := []struct {
		addr   uint64
		lo, hi uint64
		ok     bool
	}{
		{0x400000, 0x400000, 0xe7e000, true},
		{0xe7dfff, 0x400000, 0xe7e000, true},
		{0xe7e000, 0, 0, false},
		{0xc000123456, 0xc000000000, 0xc000400000, true},
		{0x7ffd3d09afff, 0x7ffd3d07a000, 0x7ffd3d09b000, true},
		{0x7ffd3d100000, 0x7ffd3d0ff000, 0x7ffd3d101000, true}, // last line, no newline
		{0x3fffff, 0, 0, false},
	}
	for _, tt := range tests {
		lo, hi, ok := mappingHolding(maps, tt.addr)
		if lo != tt.lo || hi != tt.hi || ok != tt.ok {
			t.Errorf("mappingHolding(%#x) = %#x, %#x, %v, want %#x, %#x, %v", tt.addr, lo, hi, ok, tt.lo, tt.hi, tt.ok)
		}
	}
	for _, bad := range []string{"", "\n", "c000000000 c000400000 rw-p\n", "zz-c000400000 rw-p\n", "c000000000-\n"} {
		if lo, hi, ok := mappingHolding(bad, 0xc000000001); ok {
			t.Errorf("mappingHolding(%q) = %#x, %#x, true, want no mapping", bad, lo, hi)
		}
	}
}

func FuzzMappingHolding(f *testing.F) {
	f.Add("c000000000-c000400000 rw-p 00000000 00:00 0 \n", uint64(0xc000000001))
	f.Add("1-2\n3-4 x", uint64(3))
	f.Add("-", uint64(0))
	f.Fuzz(func(t *testing.T, maps string, addr uint64) {
		lo, hi, ok := mappingHolding(maps, addr)
		if !ok {
			return
		}
		if addr < lo || addr >= hi {
			t.Errorf("mappingHolding(%q, %#x) = %#x-%#x, which does not hold it", maps, addr, lo, hi)
		}
		if want := strconv.FormatUint(lo, 16) + "-"; !strings.Contains(strings.ToLower(maps), want) {
			t.Errorf("mappingHolding(%q, %#x) = %#x-%#x, not a range of the input", maps, addr, lo, hi)
		}
	})
}

func TestAdvisable(t *testing.T) {
	const madvise, size = "always [madvise] never\n", "2097152\n"
	tests := []struct {
		policy, size string
		smallPage    int
		want         bool
	}{
		{madvise, size, 4096, true},
		{"[always] madvise never\n", size, 4096, false},
		{"always madvise [never]\n", size, 4096, false},
		{madvise, "536870912\n", 65536, false}, // arm64 with 64 KB pages
		{madvise, "33554432\n", 16384, false},  // arm64 with 16 KB pages
		{madvise, size, 65536, false},
		{madvise, "", 4096, false},
		{madvise, "4194304\n", 4096, false},
		{"", size, 4096, false},
	}
	for _, tt := range tests {
		if got := advisable(tt.policy, tt.size, tt.smallPage); got != tt.want {
			t.Errorf("advisable(%q, %q, %d) = %v, want %v", tt.policy, tt.size, tt.smallPage, got, tt.want)
		}
	}
}

func TestPageSize(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"2097152\n", 2 << 20, true},
		{"536870912\n", 512 << 20, true},
		{"2097152", 2 << 20, true},
		{"", 0, false},
		{"\n", 0, false},
		{"0\n", 0, false},
		{"-4096\n", 0, false},
		{"2097152\n\n", 0, false},
		{" 2097152\n", 0, false},
		{"2 MB\n", 0, false},
		{"02097152\n", 0, false},
		{"+2097152\n", 0, false},
	}
	for _, tt := range tests {
		got, ok := pageSize(tt.in)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("pageSize(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzPageSize(f *testing.F) {
	f.Add("2097152\n")
	f.Add("")
	f.Add("-1")
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := pageSize(s)
		if !ok {
			return
		}
		if n <= 0 || strings.TrimSuffix(s, "\n") != strconv.Itoa(n) {
			t.Errorf("pageSize(%q) = %d: not the number the text holds", s, n)
		}
	})
}
