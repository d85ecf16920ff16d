package cmd

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestInputsAtLeast: a run is long when its files hold longRunBytes; a
// single article through a pipe, a missing file and short files are not;
// a JSON Lines stream through a pipe is not known until it is read.
func TestInputsAtLeast(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, size int) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, bytes.Repeat([]byte("a"), size), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	small, half, big := file("small.txt", 100), file("half.txt", longRunBytes/2), file("big.jsonl", longRunBytes)
	pipe, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pipe.Close()
	defer w.Close()
	regular, err := os.Open(big)
	if err != nil {
		t.Fatal(err)
	}
	defer regular.Close()
	tests := []struct {
		name   string
		inputs []input
		stdin  any
		want   bool
		known  bool
	}{
		{"one small file", []input{{Path: small}}, nil, false, true},
		{"one file of the size", []input{{Path: big, JSONL: true}}, nil, true, true},
		{"two halves", []input{{Path: half}, {Path: half}}, nil, true, true},
		{"a half and a small", []input{{Path: half}, {Path: small}}, nil, false, true},
		{"a missing file", []input{{Path: filepath.Join(dir, "none")}}, nil, false, true},
		{"a folder's path", []input{{Path: dir}}, nil, false, true},
		{"a stream through a pipe", []input{{Path: stdinPath, JSONL: true}}, pipe, false, false},
		{"an article through a pipe", []input{{Path: stdinPath}}, pipe, false, true},
		{"standard input from a file", []input{{Path: stdinPath}}, regular, true, true},
		{"standard input not a file", []input{{Path: stdinPath, JSONL: true}}, bytes.NewReader(nil), false, false},
		{"an article through a pipe, then two halves", []input{{Path: stdinPath}, {Path: half}, {Path: half}}, pipe, true, true},
		{"a file of the size, then a stream", []input{{Path: big}, {Path: stdinPath, JSONL: true}}, pipe, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin, _ := tt.stdin.(interface{ Read([]byte) (int, error) })
			if got, known := inputsAtLeast(tt.inputs, stdin, longRunBytes); got != tt.want || known != tt.known {
				t.Errorf("inputsAtLeast = %v, %v, want %v, %v", got, known, tt.want, tt.known)
			}
		})
	}
}

// TestLateGrowth: a stream of unknown length grows the heap once, when it
// has read the bytes asked for, and a nil growth reads without effect.
func TestLateGrowth(t *testing.T) {
	grown := 0
	g := &lateGrowth{left: 10, grow: func() { grown++ }}
	for _, n := range []int{4, 5, 0} {
		g.read(n)
	}
	if grown != 0 {
		t.Fatalf("grew after 9 bytes of 10")
	}
	for _, n := range []int{3, 100, 1} {
		g.read(n)
	}
	if grown != 1 {
		t.Errorf("grew %d times after 113 bytes of 10, want once", grown)
	}
	var none *lateGrowth
	none.read(longRunBytes) // must not panic
}
