package cmd

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestStreamedResultsAsEncoded checks that results written straight into
// the output (streamBytes) are the bytes of results encoded on the
// workers, in every format, to standard output and to an output folder,
// from text files and from a JSON Lines stream with a bad line: the
// output with every result streamed is the output with none.
func TestStreamedResultsAsEncoded(t *testing.T) {
	in := t.TempDir()
	var lines []string
	for i := range 3 {
		var b strings.Builder
		for j := range 40 * (i + 1) {
			fmt.Fprintf(&b, "Zed%c%c Corp agreed to buy Zork Bank on Monday. \"We will grow,\" said Anna Berg of Oslo.\n", 'a'+i, 'a'+j%26)
		}
		os.WriteFile(filepath.Join(in, fmt.Sprintf("%d.txt", i)), []byte(b.String()), 0o644)
		lines = append(lines, fmt.Sprintf(`{"id":"%d","text":%q}`, i, b.String()))
	}
	stream := strings.Join(append(lines[:1], append([]string{"{bad"}, lines[1:]...)...), "\n") + "\n"
	defer func(n int) { streamBytes = n }(streamBytes)
	for _, format := range formats {
		for _, args := range [][]string{{in}, {filepath.Join(in, "1.txt")}, {"--input", "jsonl", "-"}, {"-o", "OUT/", in}} {
			outputs := map[int]string{}
			for _, n := range []int{1, math.MaxInt} {
				streamBytes = n
				a := append([]string{"-q", "-j", "3", "-f", format, "--emit-text"}, args...)
				var folder string
				if a[len(a)-2] == "OUT/" {
					folder = filepath.Join(t.TempDir(), "out")
					a[len(a)-2] = folder + "/"
				}
				out, errOut, code := run(t, stream, a...)
				if folder != "" {
					for i := range 3 {
						data, err := os.ReadFile(filepath.Join(folder, fmt.Sprintf("%d.%s", i, format)))
						if err != nil {
							t.Fatal(err)
						}
						out += string(data)
					}
				}
				outputs[n] = fmt.Sprintf("exit %d\n%s\nstderr:\n%s", code, out, errOut)
			}
			if outputs[1] != outputs[math.MaxInt] {
				t.Errorf("%s %v: streamed\n%.2000s\nencoded\n%.2000s", format, args, outputs[1], outputs[math.MaxInt])
			}
		}
	}
}

// TestEncodeUnitLeavesLargeResults checks that a result is left to the
// writer from streamBytes of text on, and encoded on the worker below.
func TestEncodeUnitLeavesLargeResults(t *testing.T) {
	for _, size := range []int{streamBytes - 1, streamBytes} {
		u := unit{Article: model.Article{Text: strings.Repeat("a", size)}}
		oc := encodeUnit(formatYAML, u, model.Result{Schema: model.SchemaVersion}, nil)
		if streamed := oc.result != nil; streamed != (size >= streamBytes) || streamed == (oc.record != nil) {
			t.Errorf("%d bytes: result %v, record %d bytes", size, oc.result != nil, len(oc.record))
		}
	}
}

// TestInterruptedFolderWrite checks that a large result interrupted while
// it is written to its own file in an output folder stops the run with
// the interruption, leaves no file, and is not reported as the file's
// fault.
func TestInterruptedFolderWrite(t *testing.T) {
	folder := t.TempDir()
	var reported []error
	s, err := newSink(&extractOptions{Format: formatYAML, Output: folder, outputFolder: true}, func(err error) { reported = append(reported, err) })
	if err != nil {
		t.Fatal(err)
	}
	var res model.Result
	for range 2 * checkEvery {
		res.Organizations = append(res.Organizations, model.Organization{Name: "Zed Bank"})
	}
	cause := errors.New("interrupted")
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(cause)
	err = s.write(ctx, 0, input{Path: "a.txt", Rel: "a.txt"}, nil, &res)
	s.Close()
	if !errors.Is(err, cause) || len(reported) > 0 {
		t.Errorf("write: %v, reported %v; want the interruption, nothing reported", err, reported)
	}
	if entries, _ := os.ReadDir(folder); len(entries) > 0 {
		t.Errorf("left %v in the folder", entries)
	}
}
