package hugepages

import (
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
