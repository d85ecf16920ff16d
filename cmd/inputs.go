package cmd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/newsextract/newsextract/model"
)

// stdinPath names standard input in arguments and in output.
const stdinPath = "-"

// input is one file (or standard input) to read articles from.
type input struct {
	// Path is the file's path, or "-" for standard input.
	Path string
	// Rel is Path relative to the folder argument it was found in, used to
	// mirror names in a folder output; for a plain file argument it is the
	// base name.
	Rel string
	// JSONL is true when the input is a JSON Lines stream of records.
	JSONL bool
}

// collectInputs turns arguments into inputs, expanding folders. Paths that
// cannot be used are returned as errors alongside the usable inputs, so that
// one bad argument does not stop the others.
func collectInputs(o *extractOptions) ([]input, []error, error) {
	args := o.Args
	if len(args) == 0 {
		if isTerminal(o.IO.In) {
			return nil, nil, flagErrorf("no input: give files, folders or - for standard input (standard input is a terminal)")
		}
		args = []string{stdinPath}
	}
	var inputs []input
	var problems []error
	for _, arg := range args {
		if arg == stdinPath {
			inputs = append(inputs, input{Path: stdinPath, Rel: "stdin", JSONL: o.Input == inputJSONL})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			problems = append(problems, pathError(arg, err))
			continue
		}
		if !info.IsDir() {
			inputs = append(inputs, input{Path: arg, Rel: filepath.Base(arg), JSONL: o.isJSONL(arg)})
			continue
		}
		found, err := walkFolder(arg, o.Glob, o.Recursive)
		if err != nil {
			problems = append(problems, pathError(arg, err))
		}
		if len(found) == 0 && err == nil {
			problems = append(problems, fmt.Errorf("%s: no files match %q", arg, o.Glob))
		}
		for _, rel := range found {
			p := filepath.Join(arg, rel)
			inputs = append(inputs, input{Path: p, Rel: rel, JSONL: o.isJSONL(p)})
		}
	}
	return inputs, problems, nil
}

func (o *extractOptions) isJSONL(path string) bool {
	switch o.Input {
	case inputJSONL:
		return true
	case inputText:
		return false
	}
	return strings.EqualFold(filepath.Ext(path), ".jsonl")
}

// walkFolder lists the files below root whose base name matches glob, in
// lexical order, as paths relative to root.
func walkFolder(root, glob string, recursive bool) ([]string, error) {
	var found []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != root && !recursive {
				return fs.SkipDir
			}
			return nil
		}
		if ok, _ := filepath.Match(glob, d.Name()); !ok {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		found = append(found, rel)
		return nil
	})
	return found, err
}

// pathError words an os error as "path: reason", without Go's "stat"/"open"
// operation prefixes.
func pathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file or directory", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied", path)
	}
	return fmt.Errorf("%s: %w", path, err)
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

func isTerminalWriter(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// unit is one article to extract, or the reason it could not be read.
type unit struct {
	// Input is the index of the input it came from.
	Input int
	// Label names it in messages: a path, or path:line for JSON Lines.
	Label   string
	Article model.Article
	Source  model.Source
	// Err is set when the article could not be read or parsed.
	Err error
	// Record is true for JSON Lines records, whose failures stay in the
	// output as error records.
	Record bool
}

// readText reads a whole text input, refusing more than max bytes.
func readText(in input, stdin io.Reader, max int64) (string, error) {
	var r io.Reader
	if in.Path == stdinPath {
		r = stdin
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return "", pathError(in.Path, err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.Size() > max {
			return "", fmt.Errorf("%s: %d bytes is over the --max-bytes limit of %d", in.Path, info.Size(), max)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return "", pathError(in.Path, err)
	}
	if int64(len(data)) > max {
		return "", fmt.Errorf("%s: over the --max-bytes limit of %d bytes", in.Path, max)
	}
	return string(data), nil
}

// jsonlRecord is one line of JSON Lines input. Dct is accepted as a synonym
// of RefDate so that the gold evaluation files can be fed in as they are.
type jsonlRecord struct {
	ID      string  `json:"id"`
	Text    *string `json:"text"`
	RefDate string  `json:"ref_date"`
	Dct     string  `json:"dct"`
}

// parseRecord turns one JSON Lines line into an article.
func parseRecord(line []byte) (model.Article, error) {
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return model.Article{ID: idOf(line)}, fmt.Errorf("malformed JSON: %v", err)
	}
	art := model.Article{ID: rec.ID, RefDate: rec.RefDate, RefDateFrom: model.RefFromInput}
	if art.RefDate == "" {
		art.RefDate = rec.Dct
	}
	if rec.Text == nil {
		return art, errors.New(`record has no "text" field`)
	}
	if art.RefDate != "" {
		if _, err := time.Parse(time.DateOnly, art.RefDate); err != nil {
			return art, fmt.Errorf("invalid ref_date %q: want YYYY-MM-DD", art.RefDate)
		}
	}
	art.Text = *rec.Text
	return art, nil
}

// idOf salvages the id of a record that failed to parse as a whole, so its
// error record can still be matched to the input.
func idOf(line []byte) string {
	var rec struct {
		ID string `json:"id"`
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	if dec.Decode(&rec) == nil {
		return rec.ID
	}
	return ""
}

// lineReader reads lines of at most max bytes; a longer line is skipped to
// its end and reported, so one oversized record does not end the stream.
type lineReader struct {
	r   *bufio.Reader
	max int
	buf []byte
}

// next returns the next line without its newline. tooLong is true when the
// line was over the limit (line is then nil). err is io.EOF at the end.
func (lr *lineReader) next() (line []byte, tooLong bool, err error) {
	lr.buf = lr.buf[:0]
	for {
		chunk, isPrefix, err := lr.r.ReadLine()
		if err != nil {
			switch {
			case err == io.EOF && tooLong:
				return nil, true, nil
			case err == io.EOF && len(lr.buf) > 0:
				return lr.buf, false, nil
			}
			return nil, false, err
		}
		if !tooLong {
			if len(lr.buf)+len(chunk) > lr.max {
				tooLong = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		if !isPrefix {
			if tooLong {
				return nil, true, nil
			}
			return lr.buf, false, nil
		}
	}
}
