package cmd

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestKnownSize: a run is long when its files hold longRunBytes; a single
// article through a pipe, a missing file and short files are not; a JSON
// Lines stream through a pipe is known only by reading it.
func TestKnownSize(t *testing.T) {
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
	stream := input{Path: stdinPath, JSONL: true}
	tests := []struct {
		name     string
		inputs   []input
		stdin    io.Reader
		long     bool // the size reaches longRunBytes
		streamed bool
	}{
		{"one small file", []input{{Path: small}}, nil, false, false},
		{"one file of the size", []input{{Path: big, JSONL: true}}, nil, true, false},
		{"two halves", []input{{Path: half}, {Path: half}}, nil, true, false},
		{"a half and a small", []input{{Path: half}, {Path: small}}, nil, false, false},
		{"a missing file", []input{{Path: filepath.Join(dir, "none")}}, nil, false, false},
		{"a folder's path", []input{{Path: dir}}, nil, false, false},
		{"a stream through a pipe", []input{stream}, pipe, false, true},
		{"an article through a pipe", []input{{Path: stdinPath}}, pipe, false, false},
		{"an article from a file on standard input", []input{{Path: stdinPath}}, regular, true, false},
		{"a stream from a file on standard input", []input{stream}, regular, true, false},
		{"a stream from a reader that is no file", []input{stream}, bytes.NewReader(nil), false, true},
		{"an article through a pipe, then two halves", []input{{Path: stdinPath}, {Path: half}, {Path: half}}, pipe, true, false},
		{"a stream through a pipe, then a file of the size", []input{stream, {Path: big}}, pipe, true, true},
		{"a stream through a pipe, then a half", []input{stream, {Path: half}}, pipe, false, true},
		{"a file of the size, then a stream", []input{{Path: big}, stream}, pipe, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			size, streamed := knownSize(tt.inputs, tt.stdin, longRunBytes)
			if long := size >= longRunBytes; long != tt.long || streamed != tt.streamed {
				t.Errorf("knownSize = %d, %v: long %v, want long %v, streamed %v", size, streamed, long, tt.long, tt.streamed)
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

// TestStreamGrowthCountsRecords: reading a JSON Lines stream counts its
// records' bytes towards the late growth, which comes once, after the
// record that makes up the bytes asked for.
func TestStreamGrowthCountsRecords(t *testing.T) {
	record := `{"text":"Talks resumed on Monday."}`
	var grownAt []int
	emitted := 0
	o := &extractOptions{MaxBytes: 1 << 20, IO: &IOStreams{In: strings.NewReader(strings.Repeat(record+"\n", 5))}}
	o.streamGrowth = &lateGrowth{left: int64(2*len(record) + 1), grow: func() { grownAt = append(grownAt, emitted) }}
	err := produceRecords(o, 0, input{Path: stdinPath, JSONL: true}, func(unit) error {
		emitted++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if emitted != 5 || !slices.Equal(grownAt, []int{2}) {
		t.Errorf("%d records emitted, grown after %v of them, want 5 and once, after 2 (in reading the third)", emitted, grownAt)
	}
}
