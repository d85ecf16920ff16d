package cmd

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-isatty"

	"github.com/newsextract/newsextract/extract"
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
	// KeepExt is true when another input has the same name but another
	// extension (a.txt and a.html): its output name keeps the extension
	// (a.txt.yaml, a.html.yaml) so that neither overwrites the other.
	KeepExt bool
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
	// One plain article in gives one document or object out, whether it
	// then succeeds or fails; anything more gives a stream or an array.
	o.singleArticle = len(args) == 1
	for _, arg := range args {
		if arg == stdinPath {
			inputs = append(inputs, input{Path: stdinPath, Rel: "stdin", JSONL: o.Input == inputJSONL})
			o.singleArticle = o.singleArticle && o.Input != inputJSONL
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			problems = append(problems, pathError(arg, err))
			continue
		}
		if !info.IsDir() {
			inputs = append(inputs, input{Path: arg, Rel: filepath.Base(arg), JSONL: o.isJSONL(arg)})
			o.singleArticle = o.singleArticle && !o.isJSONL(arg)
			continue
		}
		o.singleArticle = false
		scan := scanFolder(os.DirFS(arg), arg, o.Globs, o.Recursive, o.Hidden)
		problems = append(problems, scan.problems...)
		if len(scan.files) == 0 && len(scan.problems) == 0 {
			problems = append(problems, noMatch(arg, o.Globs, scan.others))
		}
		for _, rel := range scan.files {
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
	case inputText, inputHTML, inputMarkdown:
		return false
	}
	return strings.EqualFold(filepath.Ext(path), ".jsonl")
}

// pathError words an os error as "path: reason", without Go's "stat"/"open"
// operation prefixes.
func pathError(path string, err error) error {
	return fmt.Errorf("%s: %w", path, osReason(err))
}

// osReason is an os error's reason alone ("no such file or directory"),
// for messages that already name the file.
func osReason(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	var se *os.SyscallError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	case errors.As(err, &se):
		err = se.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	return err
}

// isTerminal reports whether an injected stream is a terminal: only an
// *os.File can be.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
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
	// EmitText puts the article's text in its result (--emit-text).
	EmitText bool
}

// readText reads a whole text input, refusing more than max bytes. Its
// errors give the reason only: messages name the input already.
func readText(in input, stdin io.Reader, max int64) (string, error) {
	var r io.Reader
	if in.Path == stdinPath {
		r = stdin
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return "", osReason(err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.Size() > max {
			return "", fmt.Errorf("%d bytes is over the --max-bytes limit of %d", info.Size(), max)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return "", osReason(err)
	}
	if int64(len(data)) > max {
		return "", fmt.Errorf("over the --max-bytes limit of %d bytes", max)
	}
	return string(data), nil
}

// jsonlRecord is one line of JSON Lines input. Dct is accepted as a synonym
// of RefDate so that the gold evaluation files can be fed in as they are.
type jsonlRecord struct {
	ID      json.RawMessage `json:"id"`
	Text    *string         `json:"text"`
	RefDate string          `json:"ref_date"`
	Dct     string          `json:"dct"`
	// URL is read only when it is a string: it is optional metadata (the
	// outlet's address), and other producers' records may carry a "url"
	// of their own shape, which must not cost the article.
	URL json.RawMessage `json:"url"`
}

// parseRecord turns one JSON Lines line into an article. The article keeps
// whatever could be read (id, text) even when the record is refused, for
// its error record.
func parseRecord(line []byte) (model.Article, error) {
	// The JSON decoder would quietly replace invalid UTF-8 with U+FFFD; a
	// record gets the same refusal as a text file with the same bytes.
	if i := invalidUTF8At(line); i >= 0 {
		return model.Article{ID: idOf(line)}, fmt.Errorf("%w of the line", &extract.InputError{Err: extract.ErrInvalidUTF8, Offset: i})
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return model.Article{ID: idOf(line)}, fmt.Errorf("malformed JSON: %s", jsonReason(err))
	}
	id, err := recordID(rec.ID)
	art := model.Article{ID: id, RefDate: rec.RefDate, RefDateFrom: model.RefFromInput, URL: stringOrEmpty(rec.URL)}
	if err != nil {
		return art, err
	}
	if art.RefDate == "" {
		art.RefDate = rec.Dct
	}
	if rec.Text == nil {
		return art, errors.New(`record has no "text" field`)
	}
	art.Text = *rec.Text
	if art.RefDate != "" {
		if _, err := parseRefDate(art.RefDate); err != nil {
			return art, fmt.Errorf("invalid ref_date %q: %v", art.RefDate, err)
		}
	}
	return art, nil
}

// invalidUTF8At is the offset of the first byte of b that is not valid
// UTF-8, or -1.
func invalidUTF8At(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// stringOrEmpty returns raw's string, or "" when raw is absent or not a
// JSON string.
func stringOrEmpty(raw json.RawMessage) string {
	var s string
	if len(raw) == 0 || json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s
}

// recordID reads an id written as a string or a number.
func recordID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, nil
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String(), nil
	}
	return "", errors.New(`"id" must be a string or a number`)
}

// jsonReason words a decoding error without Go type names.
func jsonReason(err error) string {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		return fmt.Sprintf("field %q has the wrong type (%s)", typeErr.Field, typeErr.Value)
	}
	var syntaxErr *json.SyntaxError
	if errors.As(err, &syntaxErr) {
		// Go's own words ("invalid character 'o' in literal null") guess
		// at what the line began; say where it broke and what it must be.
		return fmt.Sprintf("breaks at byte %d of the line (each line must be one JSON object, {\"text\": \"...\"})", syntaxErr.Offset)
	}
	return err.Error()
}

// idOf salvages the id of a record that failed to parse as a whole, so its
// error record can still be matched to the input.
func idOf(line []byte) string {
	var rec struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(line, &rec) != nil {
		return ""
	}
	id, _ := recordID(rec.ID)
	return id
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
