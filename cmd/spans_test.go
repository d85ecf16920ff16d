package cmd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// checkGoldenSpans checks that every span of every result in a golden
// output (any object with text, start and end) is its text's bytes
// [start:end]: in the result's own text when it has one (--emit-text),
// else in the input file, standard input, or the JSON Lines record the
// result names. Results whose text is not on disk as such (a web page, a
// converted encoding) are checked only with --emit-text.
func checkGoldenSpans(t *testing.T, testdata string, stdin []byte, docs [][]byte) {
	t.Helper()
	for _, d := range docs {
		var rec map[string]any
		if err := json.Unmarshal(d, &rec); err != nil || rec["error"] != nil {
			continue
		}
		text, ok := resultText(t, testdata, stdin, rec)
		if !ok {
			continue
		}
		walkSpans(rec, func(s, e int, want string) {
			if s < 0 || e > len(text) || s > e || text[s:e] != want {
				t.Errorf("span %q [%d:%d] is not at its offsets in %v", want, s, e, rec["source"])
			}
		})
	}
}

// resultText finds the text a result's offsets point into.
func resultText(t *testing.T, testdata string, stdin []byte, rec map[string]any) (string, bool) {
	if s, ok := rec["text"].(string); ok {
		return s, true
	}
	src, _ := rec["source"].(map[string]any)
	if src["kind"] != nil || src["encoding"] != nil {
		return "", false
	}
	path, _ := src["path"].(string)
	var data []byte
	if path == stdinPath {
		data = stdin
	} else {
		var err error
		if data, err = os.ReadFile(strings.ReplaceAll(path, "$TESTDATA", testdata)); err != nil {
			t.Fatalf("reading the input of a golden result: %v", err)
		}
	}
	line, _ := src["line"].(float64)
	if line == 0 {
		return string(data), true
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		if n == int(line) {
			var r struct{ Text string }
			if err := json.Unmarshal(bytes.TrimPrefix(sc.Bytes(), []byte("\uFEFF")), &r); err != nil {
				t.Fatalf("line %d of %s: %v", n, path, err)
			}
			return r.Text, true
		}
	}
	t.Fatalf("%s has no line %v", path, line)
	return "", false
}

// walkSpans calls fn for every span-shaped object in v.
func walkSpans(v any, fn func(start, end int, text string)) {
	switch x := v.(type) {
	case map[string]any:
		s, okS := x["start"].(float64)
		e, okE := x["end"].(float64)
		text, okT := x["text"].(string)
		if okS && okE && okT {
			fn(int(s), int(e), text)
		}
		for _, c := range x {
			walkSpans(c, fn)
		}
	case []any:
		for _, c := range x {
			walkSpans(c, fn)
		}
	}
}
