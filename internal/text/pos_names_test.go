package text

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestComparedTagsExist: every tag the code compares a token's POS() with
// is one the tagger gives, so that no rule holds a comparison that can
// never be true (three rules once tested for "HYPH", a tag of other
// tagsets that prose's model never gives).
func TestComparedTagsExist(t *testing.T) {
	compared := regexp.MustCompile(`POS\(\)( == |, )"([^"]+)"`)
	root := filepath.Join("..", "..")
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range compared.FindAllStringSubmatch(string(src), -1) {
			checked++
			if !knownTag(m[2], m[1] == ", ") {
				t.Errorf("%s compares a token's tag with %q, which the tagger never gives", path, m[2])
			}
		}
		return nil
	})
	t.Logf("%d comparisons checked", checked)
	if err != nil {
		t.Fatal(err)
	}
	if checked < 140 { // 159 when written
		t.Fatalf("found %d comparisons of tags in the source; the pattern no longer matches how the code reads", checked)
	}
}

// knownTag reports whether tag is in posNames, or, for a prefix
// (strings.HasPrefix(t.POS(), "NN")), starts one of them. A bracket token
// ("-LRB-") is tagged with its own text.
func knownTag(tag string, prefix bool) bool {
	if len(tag) > 2 && tag[0] == '-' && tag[len(tag)-1] == '-' && tag != "-NONE-" {
		return true
	}
	for _, n := range posNames {
		if n == tag || (prefix && n != "" && strings.HasPrefix(n, tag)) {
			return true
		}
	}
	return false
}
