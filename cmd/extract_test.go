package cmd

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

func TestFlagParsing(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    func(*extractOptions) bool
		wantErr string
	}{
		{"defaults", []string{"a.txt"}, func(o *extractOptions) bool {
			return o.Format == "yaml" && o.Input == "auto" && slices.Equal(o.Globs, []string{"*.txt", "*.html", "*.htm", "*.md"}) && o.Recursive && o.Jobs == runtime.NumCPU() && o.refDate.IsZero()
		}, ""},
		{"short flags", []string{"-f", "jsonl", "-j", "3", "-q", "-r=false", "-o", "out", "x"}, func(o *extractOptions) bool {
			return o.Format == "jsonl" && o.Jobs == 3 && o.Quiet && !o.Recursive && o.Output == "out"
		}, ""},
		{"ref date", []string{"--ref-date", "2025-08-20", "x"}, func(o *extractOptions) bool {
			return o.refDate.Equal(time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC))
		}, ""},
		{"bad format", []string{"-f", "xml", "x"}, nil, `invalid --format "xml": valid values are yaml, json, jsonl`},
		{"bad input mode", []string{"--input", "csv", "x"}, nil, `invalid --input "csv"`},
		{"bad ref date", []string{"--ref-date", "2025/02/03", "x"}, nil, `invalid --ref-date "2025/02/03": want YYYY-MM-DD`},
		{"impossible ref date", []string{"--ref-date", "2025-02-30", "x"}, nil, `invalid --ref-date "2025-02-30": no such day: February 2025 has 28 days`},
		{"no such month", []string{"--ref-date", "2025-13-01", "x"}, nil, "no such month"},
		{"year zero", []string{"--ref-date", "0000-01-01", "x"}, nil, "the year must be between 0001 and 9999"},
		{"zero jobs is all cores", []string{"-j", "0", "x"}, func(o *extractOptions) bool { return o.Jobs == runtime.NumCPU() }, ""},
		{"negative jobs", []string{"-j", "-1", "x"}, nil, "want 0 (one per core) to 4096"},
		{"huge jobs", []string{"-j", "99999999999", "x"}, nil, "want 0 (one per core) to 4096"},
		{"several globs", []string{"--glob", "*.md", "--glob", "*.txt", "x"}, func(o *extractOptions) bool {
			return len(o.Globs) == 2 && o.Globs[0] == "*.md" && o.Globs[1] == "*.txt" && !o.Hidden
		}, ""},
		{"bad glob", []string{"--glob", "[", "x"}, nil, "invalid --glob"},
		{"stdin twice", []string{"-", "-"}, nil, "read only once"},
		{"unknown flag", []string{"--nope"}, nil, "unknown flag: --nope"},
		{"jobs not a number", []string{"-j", "abc", "x"}, nil, `invalid -j, --jobs "abc": want a whole number`},
		{"max bytes out of range", []string{"--max-bytes", "99999999999999999999", "x"}, nil, `invalid --max-bytes "99999999999999999999": out of range`},
		{"quiet not a boolean", []string{"--quiet=maybe", "x"}, nil, `invalid -q, --quiet "maybe": want true or false`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *extractOptions
			streams := &IOStreams{In: &bytes.Buffer{}, Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}
			root := newRootCmd(streams, func(o *extractOptions) error { got = o; return nil })
			if !executeFlags(t, root, streams, tt.args, tt.wantErr) {
				return
			}
			if !tt.want(got) {
				t.Errorf("options not as expected: %+v", *got)
			}
		})
	}
}

// executeFlags runs root with args for a flag-parsing table test. With
// wantErr set it checks that the run fails with a usage error (exit 2)
// holding wantErr and returns false; otherwise it fails the test on any
// error and returns true, for the caller to check the options it captured.
func executeFlags(t *testing.T, root *cobra.Command, streams *IOStreams, args []string, wantErr string) bool {
	t.Helper()
	root.SetArgs(args)
	root.SetOut(streams.Out)
	root.SetErr(streams.ErrOut)
	err := root.Execute()
	if wantErr == "" {
		if err != nil {
			t.Fatal(err)
		}
		return true
	}
	if err == nil || !strings.Contains(err.Error(), wantErr) {
		t.Fatalf("error = %v, want it to contain %q", err, wantErr)
	}
	var fe *FlagError
	if !errors.As(err, &fe) {
		t.Errorf("error %v is not a FlagError (exit 2)", err)
	}
	return false
}

// run executes the CLI in-process and returns stdout, stderr and the exit code.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Execute(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

const sampleArticle = "Officials from France and Germany met in Berlin on Monday and agreed to raise aid to the region.\n"

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte(sampleArticle))
	empty := write("empty.txt", nil)
	blank := write("blank.txt", []byte(" \n\t\n"))
	binary := write("binary.txt", []byte("PK\x03\x04\x00\x00binary"))
	latin1 := write("latin1.txt", []byte("Caf\xe9 in Paris."))
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	// A socket cannot be opened as a file, even by root, unlike a chmod 000 file.
	sock := filepath.Join(dir, "socket.txt")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	emptyDir := filepath.Join(dir, "nothing-here")
	os.Mkdir(emptyDir, 0o755)

	tests := []struct {
		name    string
		path    string
		wantErr string
	}{
		{"empty file", empty, "empty input"},
		{"blank file", blank, "empty input"},
		{"binary file", binary, "binary input: the text contains NUL bytes at byte 4"},
		{"invalid UTF-8", latin1, "invalid UTF-8 at byte 3"},
		{"50 MB file", big, "52428800 bytes is over the --max-bytes limit of 10485760"},
		{"unreadable file", sock, "socket.txt: "},
		{"missing path", filepath.Join(dir, "missing.txt"), "missing.txt: no such file or directory"},
		{"folder with no matches", emptyDir, `nothing-here: no files match "*.txt"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, "", "-f", "jsonl", "-q", tt.path, good)
			if code != exitFailed {
				t.Errorf("exit code = %d, want %d", code, exitFailed)
			}
			if !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", errOut, tt.wantErr)
			}
			// The good file in the same batch is still processed.
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], `"path":"`+good+`"`) {
				t.Errorf("stdout should hold exactly the good file's result, got %q", out)
			}
		})
	}
}

func TestNoInputOnTerminalIsUsageError(t *testing.T) {
	tty, err := os.Open("/dev/tty")
	if err != nil {
		t.Skip("no terminal to test with")
	}
	defer tty.Close()
	var out, errOut bytes.Buffer
	if code := Execute(context.Background(), nil, tty, &out, &errOut); code != exitUsage {
		t.Errorf("exit = %d, want %d; stderr %q", code, exitUsage, errOut.String())
	}
}

func TestFolderOutputMirrorsInputs(t *testing.T) {
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "results")
	os.MkdirAll(filepath.Join(in, "sub"), 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte(sampleArticle), 0o644)
	os.WriteFile(filepath.Join(in, "sub", "b.txt"), []byte(sampleArticle), 0o644)
	os.WriteFile(filepath.Join(in, "sub", "bad.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(in, "notes.rtf"), []byte(sampleArticle), 0o644)
	_, errOut, code := run(t, "", "-q", "-f", "json", "-o", out+"/", in)
	if code != exitFailed {
		t.Errorf("exit = %d, want 1 (one bad file); stderr %q", code, errOut)
	}
	for _, name := range []string{"a.json", "sub/b.json"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatalf("output %s: %v", name, err)
		}
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil || v["schema"] != "newsextract/v2" {
			t.Errorf("%s is not one result object: %v %s", name, err, data)
		}
	}
	entries, _ := filepath.Glob(filepath.Join(out, "*", "*"))
	top, _ := filepath.Glob(filepath.Join(out, "*"))
	for _, p := range append(entries, top...) {
		if strings.Contains(filepath.Base(p), ".tmp") || strings.HasPrefix(filepath.Base(p), "bad") || strings.HasPrefix(filepath.Base(p), "notes") {
			t.Errorf("unexpected output file %s", p)
		}
	}
	// Without recursion only the top folder is read.
	out2 := filepath.Join(t.TempDir(), "flat")
	run(t, "", "-q", "-r=false", "-o", out2+"/", in)
	if _, err := os.Stat(filepath.Join(out2, "sub", "b.yaml")); err == nil {
		t.Error("--recursive=false still descended into sub/")
	}
	if _, err := os.Stat(filepath.Join(out2, "a.yaml")); err != nil {
		t.Errorf("a.yaml missing: %v", err)
	}
}

func TestOutputOrderIndependentOfJobs(t *testing.T) {
	dir := t.TempDir()
	for i := range 30 {
		text := fmt.Sprintf("Minister Anna Berg%d met officials in Oslo on Monday.\n", i)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(text), 0o644)
	}
	one, _, c1 := run(t, "", "-q", "-f", "jsonl", "-j", "1", dir)
	many, _, c2 := run(t, "", "-q", "-f", "jsonl", "-j", "7", dir)
	if c1 != 0 || c2 != 0 {
		t.Fatalf("exit codes %d %d", c1, c2)
	}
	if one != many {
		t.Error("output with -j 7 differs from -j 1")
	}
	if n := strings.Count(one, "\n"); n != 30 {
		t.Errorf("%d lines, want 30", n)
	}
}

func TestSummaryAndQuiet(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(sampleArticle), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(sampleArticle), 0o644)
	_, errOut, _ := run(t, "", dir)
	if !strings.Contains(errOut, "newsextract: 2 articles: 2 ok, 0 failed in ") {
		t.Errorf("summary missing from stderr: %q", errOut)
	}
	_, errOut, _ = run(t, "", "-q", dir)
	if errOut != "" {
		t.Errorf("-q should leave stderr empty, got %q", errOut)
	}
}

// TestJSONLStreamMemoryIsFlat feeds 100,000 records through the JSON Lines
// path and checks that the heap never grows with the stream's length.
func TestJSONLStreamMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("long stream")
	}
	const n = 100_000
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		defer pw.Close()
		for i := range n {
			fmt.Fprintf(pw, `{"id":"r%d","text":"Talks in Paris ended on Tuesday.","ref_date":"2025-08-20"}`+"\n", i)
		}
	}()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}
	}()
	counter := &lineCounter{}
	var errOut bytes.Buffer
	code := Execute(context.Background(), []string{"-q", "--input", "jsonl", "-f", "jsonl"}, pr, counter, &errOut)
	close(done)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if counter.lines != n {
		t.Errorf("%d output lines, want %d", counter.lines, n)
	}
	// Measured: 13-14 MB with Go's default collector setting (tests do
	// not run main, so the CLI's GOGC=400 does not apply here).
	if p := peak.Load(); p > 32<<20 {
		t.Errorf("peak heap %d MB: memory grows with the stream", p>>20)
	}
	t.Logf("peak heap in use: %d MB", peak.Load()>>20)
}

type lineCounter struct{ lines int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// TestCancelledRunLeavesNoFile: an interrupted run removes its temporary
// output and writes no partial file.
func TestCancelledRunLeavesNoFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte(sampleArticle), 0o644)
	outFile := filepath.Join(dir, "out.json")
	streams := &IOStreams{In: &bytes.Buffer{}, Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}
	root := newRootCmd(streams, nil)
	root.SetArgs([]string{"-q", "-f", "json", "-o", outFile, in, in, in})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := root.ExecuteContext(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "a.txt" {
			t.Errorf("left behind %s", e.Name())
		}
	}
}

func TestInputEdgeCases(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", sampleArticle)
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantOut    string // substring of stdout ("" to skip)
		wantErr    string // substring of stderr ("" for an empty stderr)
		notInErr   string
		wantPrefix string // stdout starts with this
	}{
		{name: "byte-order mark only", args: []string{"-q", write("bom.txt", "\uFEFF \n")}, wantCode: 1, wantErr: "bom.txt: empty input"},
		{name: "message names the file once", args: []string{"-q", "--max-bytes", "5", good}, wantCode: 1, wantErr: "good.txt: ", notInErr: "good.txt: " + good},
		{name: "empty JSON Lines file", args: []string{"-q", write("empty.jsonl", "\n \n")}, wantCode: 1, wantErr: "no records"},
		{name: "JSON Lines with a byte-order mark", args: []string{"-q", "-f", "jsonl", write("bom.jsonl", "\uFEFF{\"id\":\"x\",\"text\":\"Talks in Oslo.\"}\n")}, wantCode: 0, wantOut: `"id":"x"`},
		{name: "numeric id", args: []string{"-q", "--input", "jsonl", "-f", "jsonl"}, stdin: `{"id": 7, "text": "Talks in Oslo."}` + "\n", wantCode: 0, wantOut: `"id":"7"`},
		{name: "a line that is no JSON says where", args: []string{"-q", "--input", "jsonl", "-f", "jsonl"}, stdin: "not json here\n", wantCode: 1, wantErr: "malformed JSON: breaks at byte 2 of the line", notInErr: "literal null"},
		{name: "wrong type words no Go names", args: []string{"-q", "--input", "jsonl", "-f", "jsonl"}, stdin: `{"id": "a", "text": 5}` + "\n", wantCode: 1, wantErr: `field "text" has the wrong type`, notInErr: "Go struct"},
		{name: "two file arguments give an array even when one fails", args: []string{"-q", "-f", "json", good, write("empty.txt", "")}, wantCode: 1, wantPrefix: "["},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.wantCode, errOut)
			}
			if tt.wantOut != "" && !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout %q lacks %q", out, tt.wantOut)
			}
			if tt.wantErr == "" && errOut != "" && tt.wantCode == 0 {
				t.Errorf("unexpected stderr %q", errOut)
			}
			if !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("stderr %q lacks %q", errOut, tt.wantErr)
			}
			if tt.notInErr != "" && strings.Contains(errOut, tt.notInErr) {
				t.Errorf("stderr %q holds %q", errOut, tt.notInErr)
			}
			if !strings.HasPrefix(out, tt.wantPrefix) {
				t.Errorf("stdout %.40q does not start with %q", out, tt.wantPrefix)
			}
		})
	}
}

func TestOneFailedFileWritesNothing(t *testing.T) {
	out, errOut, code := run(t, "", "-q", "-f", "json", filepath.Join(t.TempDir(), "missing.txt"))
	if code != exitFailed || out != "" || !strings.Contains(errOut, "no such file") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestFolderOutputCollision(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"x", "y"} {
		os.MkdirAll(filepath.Join(dir, sub), 0o755)
		os.WriteFile(filepath.Join(dir, sub, "n.txt"), []byte(sub+" talks were held in Oslo.\n"), 0o644)
	}
	out := filepath.Join(dir, "out")
	_, errOut, code := run(t, "", "-q", "-f", "json", "-o", out+"/", filepath.Join(dir, "x"), filepath.Join(dir, "y"))
	if code != exitFailed || !strings.Contains(errOut, "is already written for") {
		t.Errorf("exit %d, stderr %q: want a collision error", code, errOut)
	}
	data, err := os.ReadFile(filepath.Join(out, "n.json"))
	if err != nil || !strings.Contains(string(data), filepath.Join("x", "n.txt")) {
		t.Errorf("out/n.json should hold the first input's result: %v %.80s", err, data)
	}
}

// TestExecuteCancelled: a cancelled context (main cancels it on Ctrl-C)
// stops the run with exit status 1 and says so; Execute itself installs no
// signal handler and leaves the process's settings alone.
func TestExecuteCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	gc := debug.SetGCPercent(100)
	debug.SetGCPercent(gc)
	code := Execute(ctx, []string{"-q", "-"}, strings.NewReader("Talks in Paris ended on Tuesday."), &out, &errOut)
	if code != exitFailed || !strings.Contains(errOut.String(), "interrupted") {
		t.Errorf("exit %d, stderr %q; want 1 and 'interrupted'", code, errOut.String())
	}
	if now := debug.SetGCPercent(gc); now != gc {
		t.Errorf("Execute changed the GC percent from %d to %d", gc, now)
	}
}

// TestFolderOutputSharedNames: a page and its text twin (a.html, a.txt) in
// one folder both get an output, their names keeping the extension.
func TestFolderOutputSharedNames(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte(sampleArticle), 0o644)
	os.WriteFile(filepath.Join(in, "a.md"), []byte(sampleArticle), 0o644)
	os.WriteFile(filepath.Join(in, "b.txt"), []byte(sampleArticle), 0o644)
	out := filepath.Join(dir, "out")
	if _, errOut, code := run(t, "", "-q", "-f", "json", "-o", out+"/", in); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, name := range []string{"a.txt.json", "a.md.json", "b.json"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("no output %s: %v", name, err)
		}
	}
}
