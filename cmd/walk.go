package cmd

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// folderScan is what walking one folder input found.
type folderScan struct {
	// files are the matching regular files, relative to the folder, in
	// lexical order.
	files []string
	// problems are the entries that could not be used, each named: an
	// unreadable subfolder, a FIFO, socket or device whose name matches.
	problems []error
	// others counts the regular files that no pattern matched, by
	// extension, for the hint when nothing matched.
	others map[string]int
}

// scanFolder lists the files of fsys (the folder root, named so in
// messages) whose base name matches one of globs. Hidden files and folders
// (names starting with ".", as macOS's "._x.txt") are skipped unless
// hidden is set. Only regular files (or links to them) are taken: a FIFO
// would block the batch forever when opened, so special files are
// problems, never opened. An unreadable subfolder is a problem too, and
// the walk goes on past it.
func scanFolder(fsys fs.FS, root string, globs []string, recursive, hidden bool) folderScan {
	scan := folderScan{others: map[string]int{}}
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		name := filepath.Join(root, filepath.FromSlash(p))
		if err != nil {
			scan.problems = append(scan.problems, pathError(name, err))
			if d != nil && d.IsDir() && p != "." {
				return fs.SkipDir
			}
			return nil
		}
		if p != "." && !hidden && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != "." && !recursive {
				return fs.SkipDir
			}
			return nil
		}
		if !matchAny(globs, d.Name()) {
			if d.Type().IsRegular() {
				scan.others[strings.ToLower(path.Ext(d.Name()))]++
			}
			return nil
		}
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := fs.Stat(fsys, p)
			if err != nil {
				scan.problems = append(scan.problems, pathError(name, err))
				return nil
			}
			if info.IsDir() {
				return nil // a link to a folder is not followed
			}
			mode = info.Mode().Type()
		}
		if !mode.IsRegular() {
			scan.problems = append(scan.problems, fmt.Errorf("%s: skipped: %s, not a regular file", name, fileKind(mode)))
			return nil
		}
		scan.files = append(scan.files, filepath.FromSlash(p))
		return nil
	})
	return scan
}

// matchAny reports whether name matches one of globs, ignoring case:
// "*.html" selects "PAGE.HTML", as --input auto reads it as a web page.
func matchAny(globs []string, name string) bool {
	lower := strings.ToLower(name)
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
		if ok, _ := filepath.Match(strings.ToLower(g), lower); ok {
			return true
		}
	}
	return false
}

// fileKind names a special file's type in words.
func fileKind(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a FIFO (named pipe)"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeCharDevice != 0:
		return "a character device"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// noMatch is the error for a folder where no file matched, with a hint
// toward --glob when the folder holds other files.
func noMatch(root string, globs []string, others map[string]int) error {
	quoted := make([]string, len(globs))
	for i, g := range globs {
		quoted[i] = fmt.Sprintf("%q", g)
	}
	msg := fmt.Sprintf("%s: no files match %s", root, strings.Join(quoted, " or "))
	if len(others) == 0 {
		return fmt.Errorf("%s", msg)
	}
	exts := make([]string, 0, len(others))
	total := 0
	for ext, n := range others {
		exts = append(exts, ext)
		total += n
	}
	sort.Slice(exts, func(i, j int) bool {
		if others[exts[i]] != others[exts[j]] {
			return others[exts[i]] > others[exts[j]]
		}
		return exts[i] < exts[j]
	})
	files := "files"
	if total == 1 {
		files = "file"
	}
	if exts[0] == "" {
		return fmt.Errorf("%s (it holds %d other %s; choose them with --glob)", msg, total, files)
	}
	return fmt.Errorf("%s (it holds %d other %s, most of them *%s; choose them with --glob '*%s')", msg, total, files, exts[0], exts[0])
}
