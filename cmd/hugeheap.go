package cmd

import (
	"io"
	"io/fs"
	"os"

	"github.com/newsextract/newsextract/internal/hugepages"
)

const (
	// hugeHeapBytes is the heap put on huge pages at the start of a long
	// run: a stream at -j 2 stays within some tens of megabytes of it.
	hugeHeapBytes = 48 << 20
	// longRunBytes is the input from which a run backs its heap with huge
	// pages: its extraction grows the heap by megabytes, whose first touches
	// cost more than the collection the advice takes (CoNLL-2003 test cut to
	// 67 KB ran 1.09x the CPU time with the advice, to 138 KB 0.97x, to
	// 256 KB 0.92x).
	longRunBytes = 128 << 10
)

// backHeapWithHugePages, when ManageMemory is set, puts the heap in use on
// huge pages and, when the inputs hold at least longRunBytes,
// hugeHeapBytes more. It is called before the models load, so that they
// load into huge pages too. When the inputs' sizes fall short but a JSON
// Lines stream's length only reading tells, it returns the growth still to
// come.
func backHeapWithHugePages(inputs []input, stdin io.Reader) *lateGrowth {
	if !ManageMemory {
		return nil
	}
	size, streamed := knownSize(inputs, stdin, longRunBytes)
	if size >= longRunBytes {
		hugepages.Reserve(hugeHeapBytes)
		return nil
	}
	hugepages.Reserve(0)
	if !streamed {
		return nil
	}
	return &lateGrowth{left: longRunBytes - size, grow: func() { hugepages.Reserve(hugeHeapBytes) }}
}

// lateGrowth grows the heap on huge pages by hugeHeapBytes once enough
// JSON Lines records have been read. A nil *lateGrowth does nothing; only
// the goroutine that reads the inputs calls it.
type lateGrowth struct {
	left int64  // bytes still to read; done when it reaches 0
	grow func() // called once, when left reaches 0
}

// read counts n bytes of records read. Records of files whose size
// knownSize counted count again, which only brings the growth earlier.
func (g *lateGrowth) read(n int) {
	if g == nil || g.left <= 0 {
		return
	}
	if g.left -= int64(n); g.left <= 0 {
		g.grow()
	}
}

// knownSize sums the sizes of inputs, looking them up only until the sum
// reaches n; streamed reports whether it met a JSON Lines stream whose
// length only reading tells (through a pipe) on the way. An article
// through a pipe counts as nothing.
func knownSize(inputs []input, stdin io.Reader, n int64) (size int64, streamed bool) {
	for _, in := range inputs {
		inputBytes, sized := inputSize(in, stdin)
		streamed = streamed || !sized && in.JSONL
		if size += inputBytes; size >= n {
			break
		}
	}
	return size, streamed
}

// inputSize is the size of in's file, or of standard input when it is a
// regular file; known is false for a pipe or a terminal.
func inputSize(in input, stdin io.Reader) (size int64, known bool) {
	var info fs.FileInfo
	var err error
	if in.Path == stdinPath {
		f, ok := stdin.(interface{ Stat() (fs.FileInfo, error) })
		if !ok {
			return 0, false
		}
		info, err = f.Stat()
	} else {
		info, err = os.Stat(in.Path)
	}
	if err != nil {
		return 0, true // the run reports it; nothing to read
	}
	if !info.Mode().IsRegular() {
		return 0, false
	}
	return info.Size(), true
}
