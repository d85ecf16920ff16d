package cmd

import (
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// writeArticle writes sampleArticle (or text) at dir/name and returns its path.
func writeArticle(t *testing.T, dir, name string, text ...string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	body := sampleArticle
	if len(text) > 0 {
		body = text[0]
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// leftovers lists the temporary files left in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	var found []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(d.Name(), tempPrefix) {
			found = append(found, p)
		}
		return nil
	})
	return found
}

// TestOutputDeviceWrittenThrough: -o on a character device writes to it
// and leaves it a device, rather than renaming a regular file over it.
func TestOutputDeviceWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	in := writeArticle(t, dir, "a.txt")
	null := filepath.Join(dir, "null")
	// 1, 3 is /dev/null on Linux.
	if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Skipf("cannot make a device node here: %v", err)
	}
	_, errOut, code := run(t, "", "-q", "-o", null, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	info, err := os.Lstat(null)
	if err != nil || info.Mode()&fs.ModeCharDevice == 0 {
		t.Errorf("the device became %v (%v)", info.Mode(), err)
	}
}

// TestOutputFIFOWrittenThrough: -o on a FIFO writes into the pipe.
func TestOutputFIFOWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	in := writeArticle(t, dir, "a.txt")
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		defer f.Close()
		data, _ := io.ReadAll(f)
		got <- string(data)
	}()
	_, errOut, code := run(t, "", "-q", "-f", "jsonl", "-o", fifo, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	select {
	case data := <-got:
		if !strings.Contains(data, `"schema":"newsextract/v2"`) {
			t.Errorf("the reader got %q", data)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the FIFO's reader got nothing")
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO became %v (%v)", info.Mode(), err)
	}
}

// TestOutputSymlinkFollowed: -o on a symbolic link writes its target and
// keeps the link.
func TestOutputSymlinkFollowed(t *testing.T) {
	dir := t.TempDir()
	in := writeArticle(t, dir, "a.txt")
	target := filepath.Join(dir, "real", "target.yaml")
	os.MkdirAll(filepath.Dir(target), 0o755)
	os.WriteFile(target, []byte("old\n"), 0o644)
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink(filepath.Join("real", "target.yaml"), link); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	if _, errOut, code := run(t, "", "-q", "-o", link, in); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link became %v (%v)", info.Mode(), err)
	}
	data, _ := os.ReadFile(target)
	if !strings.Contains(string(data), "schema: newsextract/v2") {
		t.Errorf("the link's target holds %q", data)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("temporary files left: %v", l)
	}
}

// TestOutputKeepsMode: rewriting an existing file keeps its permissions.
func TestOutputKeepsMode(t *testing.T) {
	dir := t.TempDir()
	in := writeArticle(t, dir, "a.txt")
	out := filepath.Join(dir, "out.yaml")
	os.WriteFile(out, []byte("old\n"), 0o600)
	os.Chmod(out, 0o640)
	if _, errOut, code := run(t, "", "-q", "-o", out, in); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	info, err := os.Stat(out)
	if err != nil || info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want -rw-r----- (%v)", info.Mode(), err)
	}
	// A new file gets the usual 0644.
	fresh := filepath.Join(dir, "new.yaml")
	run(t, "", "-q", "-o", fresh, in)
	if info, err := os.Stat(fresh); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v (%v)", info.Mode(), err)
	}
}

// TestOutputKeptWhenNothingCameOut: when every input fails, an existing
// -o file keeps its content (no empty file, no "[]" over it).
func TestOutputKeptWhenNothingCameOut(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte{0, 1}, 0o644)
	for _, name := range []string{"k.json", "k.yaml", "k.jsonl"} {
		out := filepath.Join(dir, name)
		os.WriteFile(out, []byte("{\"keep\":1}\n"), 0o644)
		if _, errOut, code := run(t, "", "-q", "-o", out, bad); code != exitFailed || !strings.Contains(errOut, "bad.txt") {
			t.Errorf("%s: exit %d, stderr %q; want 1 naming the input", name, code, errOut)
		}
		if data, _ := os.ReadFile(out); string(data) != "{\"keep\":1}\n" {
			t.Errorf("%s now holds %q, want its old content", name, data)
		}
	}
}

// TestOutputIsInputRefused: an output that is one of the inputs is refused
// before any work, and the input is untouched.
func TestOutputIsInputRefused(t *testing.T) {
	dir := t.TempDir()
	self := writeArticle(t, dir, "self.txt")
	other := writeArticle(t, dir, "other.txt")
	link := filepath.Join(dir, "alias.txt")
	os.Symlink("self.txt", link)
	folder := writeArticle(t, dir, "in/a.yaml", "key: value\n")
	writeArticle(t, dir, "in/b.txt")
	tests := []struct {
		name string
		args []string
		file string
	}{
		{"same name", []string{"-o", self, self}, self},
		{"among others", []string{"-o", self, other, self}, self},
		{"through a link", []string{"-o", link, self}, self},
		{"folder output over an input of the folder", []string{"--glob", "*", "-o", filepath.Join(dir, "in") + "/", filepath.Join(dir, "in")}, folder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadFile(tt.file)
			_, errOut, code := run(t, "", append([]string{"-q"}, tt.args...)...)
			if code != exitUsage || !strings.Contains(errOut, "is both an input and the output") {
				t.Errorf("exit %d, stderr %q; want 2 and a refusal", code, errOut)
			}
			if after, _ := os.ReadFile(tt.file); string(after) != string(before) {
				t.Errorf("the input changed to %q", after)
			}
		})
	}
}

// TestOutputDash: -o - is standard output, not a file named "-".
func TestOutputDash(t *testing.T) {
	dir := t.TempDir()
	in := writeArticle(t, dir, "a.txt")
	t.Chdir(dir)
	out, errOut, code := run(t, "", "-q", "-f", "json", "-o", "-", in)
	if code != 0 || !strings.Contains(out, `"schema": "newsextract/v2"`) {
		t.Errorf("exit %d, stdout %.60q, stderr %q", code, out, errOut)
	}
	if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
		t.Error(`a file named "-" was made`)
	}
	// /dev/stdout is the stream already open, not a file reopened from
	// its start (which would lose the shell's >> append).
	out, errOut, code = run(t, "", "-q", "-f", "json", "-o", "/dev/stdout", in)
	if code != 0 || !strings.Contains(out, `"schema": "newsextract/v2"`) {
		t.Errorf("-o /dev/stdout: exit %d, stdout %.60q, stderr %q", code, out, errOut)
	}
}

// TestOutputFileOrFolderRule: -o is a folder when it ends in / or is an
// existing folder, else one file, however the inputs are spelled.
func TestOutputFileOrFolderRule(t *testing.T) {
	dir := t.TempDir()
	a := writeArticle(t, dir, "articles/a.txt")
	b := writeArticle(t, dir, "articles/b.txt")
	existing := filepath.Join(dir, "existing")
	os.Mkdir(existing, 0o755)
	tests := []struct {
		name   string
		output string
		inputs []string
		want   []string // files that must exist after, relative to dir
	}{
		{"folder input, file output", "all.jsonl", []string{filepath.Join(dir, "articles")}, []string{"all.jsonl"}},
		{"file inputs, file output", "all2.jsonl", []string{a, b}, []string{"all2.jsonl"}},
		{"trailing slash is a folder", "outdir/", []string{a, b}, []string{"outdir/a.jsonl", "outdir/b.jsonl"}},
		{"existing folder", "existing", []string{filepath.Join(dir, "articles")}, []string{"existing/a.jsonl", "existing/b.jsonl"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"-q", "-f", "jsonl", "-o", filepath.Join(dir, tt.output)}, tt.inputs...)
			if strings.HasSuffix(tt.output, "/") {
				args[4] += "/"
			}
			if _, errOut, code := run(t, "", args...); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, w := range tt.want {
				info, err := os.Stat(filepath.Join(dir, w))
				if err != nil || !info.Mode().IsRegular() {
					t.Errorf("%s is not a file: %v", w, err)
				}
			}
		})
	}
	data, _ := os.ReadFile(filepath.Join(dir, "all.jsonl"))
	if n := strings.Count(string(data), "\n"); n != 2 {
		t.Errorf("all.jsonl has %d lines, want 2", n)
	}
}

// TestOutputFormatFromExtension: without -f the extension of -o chooses the
// format; with -f a different extension is a usage error.
func TestOutputFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	in := writeArticle(t, dir, "a.txt")
	check := map[string]func([]byte) error{
		"out.json":  func(b []byte) error { var v map[string]any; return json.Unmarshal(b, &v) },
		"out.jsonl": func(b []byte) error { var v map[string]any; return json.Unmarshal(b, &v) },
		"out.yml":   func(b []byte) error { var v map[string]any; return yaml.Unmarshal(b, &v) },
	}
	for name, valid := range check {
		out := filepath.Join(dir, name)
		if _, errOut, code := run(t, "", "-q", "-o", out, in); code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errOut)
		}
		data, _ := os.ReadFile(out)
		if err := valid(data); err != nil || strings.HasPrefix(string(data), "schema:") != strings.HasSuffix(name, ".yml") {
			t.Errorf("%s holds the wrong format (%v):\n%.80s", name, err, data)
		}
	}
	if strings.Contains(readFile(t, filepath.Join(dir, "out.jsonl")), "\n  ") {
		t.Error("out.jsonl is indented, not JSON Lines")
	}
	_, errOut, code := run(t, "", "-q", "-f", "yaml", "-o", filepath.Join(dir, "x.json"), in)
	if code != exitUsage || !strings.Contains(errOut, "asks for json by its extension, but -f asks for yaml") {
		t.Errorf("exit %d, stderr %q; want a usage error", code, errOut)
	}
	// An extension that names no format leaves the default.
	out := filepath.Join(dir, "out.txt.result")
	run(t, "", "-q", "-o", out, in)
	if !strings.HasPrefix(readFile(t, out), "schema:") {
		t.Error("an unknown extension should keep YAML")
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// deadPID returns the id of a process that has exited.
func deadPID(t *testing.T) int {
	t.Helper()
	c := exec.Command("true")
	if err := c.Run(); err != nil {
		t.Skipf("cannot run a process: %v", err)
	}
	return c.Process.Pid
}

// TestStaleTempsCleaned: a run removes the temporary files that a killed
// run left where it writes, and leaves a live run's alone.
func TestStaleTempsCleaned(t *testing.T) {
	dir := t.TempDir()
	in := writeArticle(t, dir, "a.txt")
	out := filepath.Join(dir, "out")
	stale := filepath.Join(out, tempPrefix+strconv.Itoa(deadPID(t))+"-123"+tempSuffix)
	live := filepath.Join(out, tempPrefix+strconv.Itoa(os.Getppid())+"-456"+tempSuffix)
	other := filepath.Join(out, ".keep.tmp")
	for _, p := range []string{stale, live, other} {
		writeArticle(t, out, filepath.Base(p), "x")
	}
	if _, errOut, code := run(t, "", "-q", "-o", out+"/", in); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a killed run's temporary file is still there")
	}
	for _, p := range []string{live, other} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed", filepath.Base(p))
		}
	}
}

// TestFailedOutputIsThatInputsError: a per-input output that cannot be
// written fails that input only, names it and no temporary file, and the
// batch goes on to its summary.
func TestFailedOutputIsThatInputsError(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeArticle(t, in, "a.txt")
	writeArticle(t, in, "sub/b.txt")
	long := strings.Repeat("n", 240) + ".txt"
	writeArticle(t, in, long)
	out := filepath.Join(dir, "out")
	writeArticle(t, out, "sub", "a file where a folder should be")
	_, errOut, code := run(t, "", "-o", out+"/", in)
	if code != exitFailed {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errOut, filepath.Join(in, "sub", "b.txt")+": cannot write its output") {
		t.Errorf("stderr does not name the input: %q", errOut)
	}
	if strings.Contains(errOut, tempPrefix) || strings.Contains(errOut, ".tmp") {
		t.Errorf("stderr names a temporary file: %q", errOut)
	}
	if !strings.Contains(errOut, "3 articles: 2 ok, 1 failed in ") {
		t.Errorf("no summary: %q", errOut)
	}
	for _, name := range []string{"a.yaml", strings.TrimSuffix(long, ".txt") + ".yaml"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%.20s... not written: %v", name, err)
		}
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("temporary files left: %v", l)
	}
}

// TestClosedStdoutIsAnError: output that cannot be written fails the run.
func TestClosedStdoutIsAnError(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	w.Close() // writes now fail with "file already closed"
	in := writeArticle(t, t.TempDir(), "a.txt")
	var errOut strings.Builder
	code := Execute(t.Context(), []string{"-q", in}, strings.NewReader(""), w, &errOut)
	if code != exitFailed || !strings.Contains(errOut.String(), "writing the output") {
		t.Errorf("exit %d, stderr %q; want 1 and the reason", code, errOut.String())
	}
}

// TestEmptyJSONArray: -f json over inputs that all fail prints [].
func TestEmptyJSONArray(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := run(t, "", "-q", "-f", "json", filepath.Join(dir, "x.txt"), filepath.Join(dir, "y.txt"))
	if code != exitFailed || out != "[]\n" {
		t.Errorf("exit %d, stdout %q (want [])", code, out)
	}
	if strings.Count(errOut, "no such file") != 2 {
		t.Errorf("stderr %q", errOut)
	}
}
