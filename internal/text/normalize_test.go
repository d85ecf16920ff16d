package text

import (
	"strings"
	"testing"
	"unicode"
	"unsafe"
)

// TestSingleSpaced holds SingleSpaced to strings.Join(strings.Fields(s), " ").
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{
		"", " ", "Joko Widodo", " Joko Widodo", "Joko Widodo ", "Joko  Widodo", "Joko\nWidodo",
		"Joko\tWidodo", "Joko\u00a0Widodo", "Andrés López", "a", "a b c", "\u2003a", "a\r\n",
	} {
		if got, want := SingleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("SingleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerASCII checks LowerASCII against strings.ToLower on ASCII and
// that it keeps every other byte, and so every offset, where it is.
func TestLowerASCII(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""}, {"abc", "abc"}, {"ABC", "abc"}, {"The U.S. Envoy", "the u.s. envoy"},
		{"ZÜRICH İstanbul", "zÜrich İstanbul"}, {"a\nB\tC", "a\nb\tc"}, {"@[`{", "@[`{"},
	} {
		if got := LowerASCII(tc.in); got != tc.want {
			t.Errorf("LowerASCII(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLowerASCIIKeepsItsResults: a result stays what it was after later
// calls (each has bytes of its own).
func TestLowerASCIIKeepsItsResults(t *testing.T) {
	a := LowerASCII("ABC Def")
	b := LowerASCII("XYZ Uvw")
	if a != "abc def" || b != "xyz uvw" {
		t.Errorf("LowerASCII results %q and %q, want \"abc def\" and \"xyz uvw\"", a, b)
	}
}

// FuzzLowerASCII holds LowerASCII to lower-casing byte by byte, and wants
// a string without capitals back as it is, without a copy.
func FuzzLowerASCII(f *testing.F) {
	for _, s := range []string{"", "abc", "The U.S. Envoy", "ZÜRICH İstanbul", "\xffA\x00Z[", "@[`{"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		got := LowerASCII(s)
		if got != string(want) {
			t.Fatalf("LowerASCII(%q) = %q, want %q", s, got, want)
		}
		if got == s && len(s) > 0 && unsafe.StringData(got) != unsafe.StringData(s) {
			t.Errorf("LowerASCII(%q) copied a string without capitals", s)
		}
	})
}

// TestIsSpace holds IsSpace to unicode.IsSpace on every rune of Latin-1
// and some white space beyond it.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r < 0x3001; r++ {
		if IsSpace(r) != unicode.IsSpace(r) {
			t.Errorf("IsSpace(%U) = %v", r, IsSpace(r))
		}
	}
}
