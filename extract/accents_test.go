package extract

import (
	"testing"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// chainWithoutAccents is withoutAccents as a chain of x/text transformers,
// as it was written before: the reference the fuzz test compares with.
func chainWithoutAccents(s string) string {
	if isASCII(s) {
		return s
	}
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}

// FuzzWithoutAccents checks withoutAccents against the transformer chain
// on any string: accented Latin, Vietnamese stacked marks, Hangul, Indic
// vowel signs, marks with no base, invalid UTF-8.
func FuzzWithoutAccents(f *testing.F) {
	for _, s := range []string{
		"García", "Garcia", "Ñandú", "Zoë Ångström", "Nguyễn Tấn Dũng", "e\u0301\u0327", "\u0301x",
		"한국", "हिन्दी", "ﬁ ǅ", "İstanbul", "Şişli", "\xffé\xfe", "", "Łódź", "Ελληνικά",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := withoutAccents(s), chainWithoutAccents(s); got != want {
			t.Errorf("withoutAccents(%q) = %q, the transformer chain %q", s, got, want)
		}
	})
}
