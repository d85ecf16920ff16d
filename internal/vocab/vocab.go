// Package vocab reads the word lists that rules are written over: plain
// UTF-8 text files embedded by the package that owns them, one entry per
// line, fields separated by tabs, blank lines and lines starting with '#'
// skipped (each file opens with a '#' header saying what it holds). The
// parsers reject what could never match a token (empty fields, outer or
// doubled spaces) and duplicate entries, and their errors name the file and
// line.
package vocab

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"strings"
	"sync"
	"unsafe"
)

// Error reports a malformed line of a word list.
type Error struct {
	File   string
	Line   int
	Reason string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason)
}

// Line is one entry of a word list: its 1-based line number and its
// tab-separated fields.
type Line struct {
	N      int
	Fields []string
}

// Read returns the entries of file in fsys, each with between minFields and
// maxFields fields.
func Read(fsys fs.FS, file string, minFields, maxFields int) ([]Line, error) {
	text, err := ReadText(fsys, file)
	if err != nil {
		return nil, err
	}
	return Parse(file, text, minFields, maxFields)
}

// ReadText returns the text of file in fsys. The lists are read at every
// start, where a page of memory first touched costs more than reading it:
// fs.ReadFile copies an embedded file once, and converting the copy to a
// string would copy it again, so the string shares the copy's memory,
// which nothing else holds.
func ReadText(fsys fs.FS, file string) (string, error) {
	data, err := fs.ReadFile(fsys, file)
	if err != nil || len(data) == 0 {
		return "", err
	}
	return unsafe.String(unsafe.SliceData(data), len(data)), nil
}

// Parse is Read over text already in memory; file names it in errors. The
// first line must be a "# " header saying what the file holds. The fields
// share text's memory, and the entries' fields one array: the lists are
// read at every start.
func Parse(file, text string, minFields, maxFields int) ([]Line, error) {
	type entry struct{ n, end int } // line number, end of fields in all
	var (
		all     = make([]string, 0, strings.Count(text, "\n")+strings.Count(text, "\t")+1)
		entries = make([]entry, 0, strings.Count(text, "\n"))
	)
	err := Each(file, text, minFields, maxFields, func(n int, fields []string) error {
		all = append(all, fields...)
		entries = append(entries, entry{n, len(all)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]Line, len(entries))
	start := 0
	for i, e := range entries {
		out[i] = Line{N: e.n, Fields: all[start:e.end:e.end]}
		start = e.end
	}
	return out, nil
}

// fieldBufs pools Each's arrays of a line's fields.
var fieldBufs = sync.Pool{New: func() any { return new([16]string) }}

// Each calls fn with every entry of text, in order, as Parse reads them:
// its line number and its fields, which share text's memory, in a slice
// that fn must not keep. It returns the first malformed line's error, or
// fn's. Lists read into a set or map at start-up go through it, without
// Parse's lists of every entry.
func Each(file, text string, minFields, maxFields int, fn func(n int, fields []string) error) error {
	if !strings.HasPrefix(text, "# ") {
		return &Error{file, 1, "the first line must be a '# ' header saying what the file holds"}
	}
	// buf holds a line's fields. It is on the heap (fn is given them), one
	// for the whole text and pooled from text to text: a process reads
	// some two hundred files at start. A line of more fields grows a slice
	// of its own.
	buf := fieldBufs.Get().(*[16]string)
	defer func() {
		*buf = [16]string{} // keep no text alive
		fieldBufs.Put(buf)
	}()
	for n := 1; text != ""; n++ {
		var raw string
		raw, text, _ = strings.Cut(text, "\n")
		raw = strings.TrimSuffix(raw, "\r")
		if raw == "" || raw[0] == '#' || strings.TrimSpace(raw) == "" {
			continue
		}
		fields := buf[:0]
		count := 0
		for f := range strings.SplitSeq(raw, "\t") {
			// A line of more fields than allowed is only counted.
			if count < maxFields {
				fields = append(fields, f)
			}
			count++
		}
		if count < minFields || count > maxFields {
			return &Error{file, n, fmt.Sprintf("%d fields, want %d to %d", count, minFields, maxFields)}
		}
		for j, f := range fields {
			switch {
			case f == "":
				return &Error{file, n, fmt.Sprintf("empty field %d", j+1)}
			case f != strings.TrimSpace(f):
				return &Error{file, n, fmt.Sprintf("field %d %q has leading or trailing spaces", j+1, f)}
			case strings.Contains(f, "  "):
				return &Error{file, n, fmt.Sprintf("field %d %q has doubled spaces", j+1, f)}
			}
		}
		if err := fn(n, fields); err != nil {
			return err
		}
	}
	return nil
}

// firstLineOf is the line number of the first entry of text whose first
// field is key: a duplicate's first listing, looked up only to report it.
func firstLineOf(file, text, key string) int {
	first := 0
	errFound := errors.New("found")
	_ = Each(file, text, 0, math.MaxInt, func(n int, fields []string) error {
		if fields[0] == key {
			first = n
			return errFound
		}
		return nil
	})
	return first
}

// Words reads a list of one lower-case word or phrase per line into a set.
// An entry in upper case or listed twice is an error: the lists are matched
// against lower-cased text.
func Words(fsys fs.FS, file string) (map[string]bool, error) {
	text, err := ReadText(fsys, file)
	if err != nil {
		return nil, err
	}
	set := make(map[string]bool, strings.Count(text, "\n"))
	err = Each(file, text, 1, 1, func(n int, fields []string) error {
		w := fields[0]
		if w != strings.ToLower(w) {
			return &Error{file, n, fmt.Sprintf("%q is not lower case", w)}
		}
		if set[w] {
			return &Error{file, n, fmt.Sprintf("%q already listed on line %d", w, firstLineOf(file, text, w))}
		}
		set[w] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return set, nil
}

// Pairs reads "key<TAB>value" lines into a map; a key listed twice is an
// error.
func Pairs(fsys fs.FS, file string) (map[string]string, error) {
	text, err := ReadText(fsys, file)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, strings.Count(text, "\n"))
	err = Each(file, text, 2, 2, func(n int, fields []string) error {
		k := fields[0]
		if _, dup := m[k]; dup {
			return &Error{file, n, fmt.Sprintf("%q already listed on line %d", k, firstLineOf(file, text, k))}
		}
		m[k] = fields[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}
