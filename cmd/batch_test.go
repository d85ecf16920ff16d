package cmd

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/newsextract/newsextract/model"
)

// TestFIFOInFolderSkipped: a FIFO inside a folder input is reported and
// skipped, never opened (opening it would block the batch forever).
func TestFIFOInFolderSkipped(t *testing.T) {
	dir := t.TempDir()
	writeArticle(t, dir, "a.txt")
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan struct{})
	var out, errOut string
	var code int
	go func() {
		out, errOut, code = run(t, "", "-q", "-f", "jsonl", dir)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the batch hangs on the FIFO")
	}
	if code != exitFailed || !strings.Contains(errOut, "pipe.txt: skipped: a FIFO (named pipe), not a regular file") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if strings.Count(out, "\n") != 1 {
		t.Errorf("a.txt's result missing: %q", out)
	}
}

// failingFS is a folder whose subfolder "locked" cannot be listed.
type failingFS struct{ fstest.MapFS }

func (f failingFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == "locked" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.MapFS.ReadDir(name)
}

// TestScanFolder covers the folder walk: an unreadable subfolder is an
// error and the walk goes on past it; hidden files are skipped unless
// asked for; several patterns; special files are problems.
func TestScanFolder(t *testing.T) {
	fsys := failingFS{fstest.MapFS{
		"a.txt":          {},
		"locked/b.txt":   {},
		"later/c.txt":    {},
		"._a.txt":        {},
		".git/d.txt":     {},
		"notes.md":       {},
		"pipe.txt":       {Mode: fs.ModeNamedPipe},
		"readme":         {},
		"sub/deep/e.txt": {},
	}}
	tests := []struct {
		name      string
		globs     []string
		recursive bool
		hidden    bool
		files     string
		problems  []string
	}{
		{"defaults", []string{"*.txt"}, true, false, "a.txt later/c.txt sub/deep/e.txt",
			[]string{"root/locked: permission denied", "root/pipe.txt: skipped: a FIFO"}},
		{"hidden", []string{"*.txt"}, true, true, "._a.txt .git/d.txt a.txt later/c.txt sub/deep/e.txt", nil},
		{"two patterns, top only", []string{"*.md", "a.*"}, false, false, "a.txt notes.md", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scan := scanFolder(fsys, "root", tt.globs, tt.recursive, tt.hidden)
			if got := filepath.ToSlash(strings.Join(scan.files, " ")); got != tt.files {
				t.Errorf("files %q, want %q", got, tt.files)
			}
			for _, want := range tt.problems {
				found := false
				for _, p := range scan.problems {
					found = found || strings.Contains(filepath.ToSlash(p.Error()), want)
				}
				if !found {
					t.Errorf("no problem %q in %v", want, scan.problems)
				}
			}
		})
	}
}

func TestNoMatchHint(t *testing.T) {
	dir := t.TempDir()
	writeArticle(t, dir, "a.rtf")
	writeArticle(t, dir, "b.rtf")
	writeArticle(t, dir, "c.doc")
	_, errOut, code := run(t, "", "-q", dir)
	want := `no files match "*.txt" or "*.html" or "*.htm" or "*.md" (it holds 3 other files, most of them *.rtf; choose them with --glob '*.rtf')`
	if code != exitFailed || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr %q; want %q", code, errOut, want)
	}
	out, errOut, code := run(t, "", "-q", "-f", "jsonl", "--glob", "*.rtf", "--glob", "*.doc", dir)
	if code != 0 || strings.Count(out, "\n") != 3 {
		t.Errorf("exit %d, stderr %q, %d records", code, errOut, strings.Count(out, "\n"))
	}
}

// blockingReader is a standard input that never sends anything.
type blockingReader struct{ stop chan struct{} }

func (r blockingReader) Read([]byte) (int, error) {
	<-r.stop
	return 0, io.EOF
}

// TestInterruptWhileWaitingOnStdin: a signal while standard input is open
// and silent ends the run at once with 128+N, and no output file.
func TestInterruptWhileWaitingOnStdin(t *testing.T) {
	stdin := blockingReader{stop: make(chan struct{})}
	defer close(stdin.stop)
	out := filepath.Join(t.TempDir(), "out.yaml")
	ctx, cancel := context.WithCancelCause(context.Background())
	time.AfterFunc(300*time.Millisecond, func() { cancel(&Interrupted{Signal: syscall.SIGTERM}) })
	var stdout, stderr strings.Builder
	start := time.Now()
	code := Execute(ctx, []string{"-q", "-o", out, "-"}, stdin, &stdout, &stderr)
	if took := time.Since(start); took > 1300*time.Millisecond {
		t.Errorf("took %v after the signal", took-300*time.Millisecond)
	}
	if code != 143 || !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("exit %d, stderr %q; want 143", code, stderr.String())
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 0 {
		t.Errorf("left behind %v", entries)
	}
}

// TestRunOrderedStopsInsideWork: cancelling stops the run at once even
// when a worker is inside a long article and the output loop waits on it.
func TestRunOrderedStopsInsideWork(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	ctx, cancel := context.WithCancelCause(context.Background())
	time.AfterFunc(100*time.Millisecond, func() { cancel(&Interrupted{Signal: syscall.SIGINT}) })
	start := time.Now()
	err := runOrdered(ctx, 2, newByteBudget(defaultInFlightBytes, false), func(emit func(unit) error) error {
		for i := range 10 {
			if err := emit(unit{Input: i}); err != nil {
				return err
			}
		}
		return nil
	}, func(ctx context.Context, units []unit) []outcome {
		<-release // an article that takes for ever
		return make([]outcome, len(units))
	}, func(outcome) error { return nil })
	var in *Interrupted
	if !errors.As(err, &in) {
		t.Errorf("error %v, want the interruption", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("took %v", took)
	}
}

// TestInvalidUTF8InJSONLRecord: raw invalid bytes in a record are refused
// as in a text file, not quietly replaced.
func TestInvalidUTF8InJSONLRecord(t *testing.T) {
	stdin := "{\"id\":\"a\",\"text\":\"Caf\xe9 in Paris.\"}\n{\"id\":\"b\",\"text\":\"Talks in Oslo.\",\"ref_date\":\"0000-01-01\"}\n"
	out, errOut, code := run(t, stdin, "-q", "--input", "jsonl", "-f", "jsonl")
	if code != exitFailed {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"-:1: invalid UTF-8 at byte 21 of the line", `-:2: invalid ref_date "0000-01-01": the year must be between 0001 and 9999`} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks %q", errOut, want)
		}
	}
	if strings.Count(out, `"error"`) != 2 || strings.Contains(out, "\uFFFD") {
		t.Errorf("want two error records: %s", out)
	}
}

// TestGlobIgnoresCase: the default patterns select upper-case extensions
// too ("PAGE.HTML", "NOTES.MD"), as --input auto reads them.
func TestGlobIgnoresCase(t *testing.T) {
	dir := t.TempDir()
	writeArticle(t, dir, "A.TXT")
	writeArticle(t, dir, "B.Md")
	out, errOut, code := run(t, "", "-q", "-f", "jsonl", dir)
	if code != 0 || strings.Count(out, "\n") != 2 {
		t.Errorf("exit %d, stderr %q, %d records; want 2", code, errOut, strings.Count(out, "\n"))
	}
}

// TestJSONLinesInUTF16: a UTF-16 JSON Lines file gets one error that names
// the encoding and the fix, not a JSON error per line.
func TestJSONLinesInUTF16(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "l16.jsonl")
	os.WriteFile(p, []byte("\xff\xfe{\x00}\x00\n\x00"), 0o644)
	_, errOut, code := run(t, "", "-q", "-f", "jsonl", p)
	if code != exitFailed || !strings.Contains(errOut, "UTF-16") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, stderr %q; want one error naming UTF-16", code, errOut)
	}
}

// TestGlobCommaList: --glob takes a comma-separated list as well as repeats.
func TestGlobCommaList(t *testing.T) {
	dir := t.TempDir()
	writeArticle(t, dir, "a.story")
	writeArticle(t, dir, "b.note")
	out, errOut, code := run(t, "", "-q", "-f", "jsonl", "--glob", "*.story,*.note", dir)
	if code != 0 || strings.Count(out, "\n") != 2 {
		t.Errorf("exit %d, stderr %q, %d records; want 2", code, errOut, strings.Count(out, "\n"))
	}
}

// TestRunOrderedByteBudget: the articles started and not yet written never
// add up to more than the in-flight budget, whatever -j allows, and one
// larger than the budget runs alone; outcomes still come in input order.
func TestRunOrderedByteBudget(t *testing.T) {
	const budget = 100
	sizes := []int{60, 30, 30, 250, 10, 10, 10, 10, 90, 20, 0, 5}
	var mu sync.Mutex
	inFlight, most := 0, 0
	var order []int
	err := runOrdered(context.Background(), 4, newByteBudget(budget, false), func(emit func(unit) error) error {
		for i, n := range sizes {
			if err := emit(unit{Input: i, Article: model.Article{Text: strings.Repeat("a", n)}}); err != nil {
				return err
			}
		}
		return nil
	}, func(ctx context.Context, units []unit) []outcome {
		mu.Lock()
		var out []outcome
		for _, u := range units {
			inFlight += len(u.Article.Text)
			out = append(out, outcome{unit: u})
		}
		most = max(most, inFlight)
		for _, u := range units {
			if len(u.Article.Text) > budget && inFlight != len(u.Article.Text) {
				t.Errorf("article %d (%d bytes, over the budget) runs beside others: %d bytes in flight", u.Input, len(u.Article.Text), inFlight)
			}
		}
		if inFlight > max(budget, len(units[0].Article.Text)) {
			t.Errorf("%d bytes in flight with articles from %d, over the budget of %d", inFlight, units[0].Input, budget)
		}
		mu.Unlock()
		time.Sleep(5 * time.Millisecond)
		return out
	}, func(oc outcome) error {
		mu.Lock()
		inFlight -= len(oc.unit.Article.Text)
		order = append(order, oc.unit.Input)
		mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.IsSorted(order) || len(order) != len(sizes) {
		t.Errorf("outcomes written in the order %v", order)
	}
	if most != 250 {
		t.Errorf("most bytes in flight %d, want 250: the article over the budget, alone", most)
	}
}
