package cmd

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// outputFile is one opened output: a regular file being written under a
// temporary name, or a device, FIFO or terminal written through.
type outputFile interface {
	io.Writer
	// Commit finishes the output: the temporary file is synced and renamed
	// into place.
	Commit() error
	// Abort discards what Commit would have kept; written-through outputs
	// cannot take back what they were sent.
	Abort()
}

// openOutput opens path for one output, following the rule that an output
// never harms what it writes over:
//
//   - a regular file (or a new one) is written atomically: a temporary file
//     in the same folder, synced, then renamed over path, keeping the
//     existing file's permissions;
//   - a symbolic link is followed and its target written as above;
//   - anything else (/dev/null, /dev/stdout, a FIFO, a terminal) is opened
//     and written through, never replaced; so is everything under /dev and
//     /proc, whose links point at streams (/dev/stdout -> /proc/self/fd/1).
//
// Errors name path and the reason, never the temporary file.
//
// cleaned holds the folders already rid of stale temporary files in this
// run (see removeStaleTemps), so that a folder of thousands of outputs is
// listed once, not once per file; nil cleans every time.
func openOutput(path string, cleaned map[string]bool) (outputFile, error) {
	if throughTree(path) {
		return openThrough(path)
	}
	info, err := os.Lstat(path)
	if err == nil && info.Mode()&fs.ModeSymlink != 0 {
		real, evalErr := filepath.EvalSymlinks(path)
		if evalErr != nil {
			// A link to nothing yet: writing through it creates its target.
			return openThrough(path)
		}
		path = real
		info, err = os.Lstat(path)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return createAtomic(path, 0o644, cleaned)
	case err != nil:
		return nil, pathError(path, err)
	case info.IsDir():
		return nil, fmt.Errorf("%s: is a folder", path)
	case info.Mode().IsRegular():
		f, err := createAtomic(path, info.Mode().Perm(), cleaned)
		if err != nil && errors.Is(err, fs.ErrPermission) {
			// A file the user may write in a folder they may not: written
			// in place, as a shell's > would, not atomically.
			if through, throughErr := openThrough(path); throughErr == nil {
				return through, nil
			}
		}
		if err == nil {
			f.owner = ownerOf(info)
		}
		return f, err
	}
	return openThrough(path)
}

// throughTree reports whether path lies under /dev or /proc, where outputs
// are streams to write through whatever their links resolve to.
func throughTree(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	return strings.HasPrefix(abs, "/dev/") || strings.HasPrefix(abs, "/proc/")
}

// throughFile is an output written in place: a device, a FIFO, a stream.
type throughFile struct {
	*os.File
	path string
}

func openThrough(path string) (*throughFile, error) {
	// O_TRUNC empties a regular file reached through a dangling link's new
	// target; devices and FIFOs ignore it. A descriptor reopened through
	// /dev/fd or /proc/*/fd is appended to instead, as the shell opened it.
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if strings.Contains(path, "/fd/") {
		flags = os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return nil, pathError(path, err)
	}
	return &throughFile{File: f, path: path}, nil
}

func (f *throughFile) Write(p []byte) (int, error) {
	n, err := f.File.Write(p)
	if err != nil {
		err = pathError(f.path, err)
	}
	return n, err
}

func (f *throughFile) Commit() error {
	if err := f.File.Close(); err != nil {
		return pathError(f.path, err)
	}
	return nil
}

func (f *throughFile) Abort() { f.File.Close() }

// Temporary output files are hidden, short (a long output name must not
// make an over-long temporary name) and carry the writing process's id, so
// that a later run can tell a killed run's leftovers from a live run's
// work: ".newsextract-PID-RANDOM.tmp".
const (
	tempPrefix = ".newsextract-"
	tempSuffix = ".tmp"
)

// atomicFile is an output file written under a temporary name and renamed
// into place on Commit, so that a crash never leaves half a file behind.
type atomicFile struct {
	tmp  *os.File
	path string
	perm fs.FileMode
	// owner is the replaced file's owner and group, given to the new file
	// when this process may (as root); nil for a new file.
	owner *fileOwner
}

// createAtomic opens a temporary file beside path, to be renamed to it with
// permissions perm. It first removes what killed runs left in that folder,
// unless cleaned says it was done already.
func createAtomic(path string, perm fs.FileMode, cleaned map[string]bool) (*atomicFile, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("%s: cannot make its folder: %w", path, osReason(err))
	}
	if !cleaned[dir] {
		removeStaleTemps(dir)
		if cleaned != nil {
			cleaned[dir] = true
		}
	}
	f, err := os.CreateTemp(dir, tempPrefix+strconv.Itoa(os.Getpid())+"-*"+tempSuffix)
	if err != nil {
		return nil, pathError(path, err)
	}
	return &atomicFile{tmp: f, path: path, perm: perm}, nil
}

func (f *atomicFile) Write(p []byte) (int, error) {
	n, err := f.tmp.Write(p)
	if err != nil {
		err = pathError(f.path, err)
	}
	return n, err
}

// Commit syncs the file, gives it its permissions and moves it to its
// final name; on any failure the temporary file is removed.
func (f *atomicFile) Commit() error {
	err := f.tmp.Sync()
	if err == nil {
		err = f.tmp.Chmod(f.perm)
	}
	if err == nil && f.owner != nil {
		f.tmp.Chown(f.owner.uid, f.owner.gid) // allowed for root only; else the writer owns it, as with any new file
	}
	if closeErr := f.tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(f.tmp.Name(), f.path)
	}
	if err != nil {
		os.Remove(f.tmp.Name())
		return pathError(f.path, err)
	}
	return nil
}

// Abort discards the temporary file.
func (f *atomicFile) Abort() {
	f.tmp.Close()
	os.Remove(f.tmp.Name())
}

// fileOwner is a file's owner and group.
type fileOwner struct{ uid, gid int }

// removeStaleTemps removes the temporary files in dir that a run killed
// before it could clean up left behind: those whose process is gone.
// Files of live runs, this one included, are left alone.
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, ok := tempOwner(e.Name())
		if !ok || pid == os.Getpid() || processAlive(pid) || !e.Type().IsRegular() {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// tempOwner reads the process id out of a temporary file's name.
func tempOwner(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, tempPrefix)
	if !ok || !strings.HasSuffix(rest, tempSuffix) {
		return 0, false
	}
	pidText, _, ok := strings.Cut(rest, "-")
	if !ok {
		return 0, false
	}
	pid, err := strconv.Atoi(pidText)
	return pid, err == nil && pid > 0
}

// processAlive reports whether process pid exists. Where that cannot be
// asked, it answers yes, so that nothing is removed by mistake.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	return !errors.Is(p.Signal(syscall.Signal(0)), os.ErrProcessDone)
}
