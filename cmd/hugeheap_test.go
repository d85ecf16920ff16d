package cmd

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestInputsAtLeast: a run is long when its files hold longRunBytes, or
// when a JSON Lines stream comes through a pipe; a single article through
// a pipe, a missing file and short files are not.
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
	}{
		{"one small file", []input{{Path: small}}, nil, false},
		{"one file of the size", []input{{Path: big, JSONL: true}}, nil, true},
		{"two halves", []input{{Path: half}, {Path: half}}, nil, true},
		{"a half and a small", []input{{Path: half}, {Path: small}}, nil, false},
		{"a missing file", []input{{Path: filepath.Join(dir, "none")}}, nil, false},
		{"a folder's path", []input{{Path: dir}}, nil, false},
		{"a stream through a pipe", []input{{Path: stdinPath, JSONL: true}}, pipe, true},
		{"an article through a pipe", []input{{Path: stdinPath}}, pipe, false},
		{"standard input from a file", []input{{Path: stdinPath}}, regular, true},
		{"standard input not a file", []input{{Path: stdinPath, JSONL: true}}, bytes.NewReader(nil), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin, _ := tt.stdin.(interface{ Read([]byte) (int, error) })
			if got := inputsAtLeast(tt.inputs, stdin, longRunBytes); got != tt.want {
				t.Errorf("inputsAtLeast = %v, want %v", got, tt.want)
			}
		})
	}
}
