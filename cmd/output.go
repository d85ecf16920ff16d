package cmd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// marshalRecord encodes one record in format, without framing: the part
// of output work that runs on the extraction workers, in parallel.
func marshalRecord(format string, v any) ([]byte, error) {
	switch format {
	case formatJSON:
		return json.MarshalIndent(v, "", "  ")
	case formatJSONL:
		return json.Marshal(v)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// recordWriter frames encoded records into one output: a YAML "---"
// stream, a JSON array (or one object), or JSON Lines. Each record is
// flushed as it comes, so memory stays flat and a consumer downstream sees
// it at once.
type recordWriter struct {
	w      *bufio.Writer
	format string
	// many says whether the output holds several records: JSON then writes
	// an array, YAML a "---" stream.
	many bool
	n    int
}

// newRecordWriter frames records in format onto w.
func newRecordWriter(w io.Writer, format string, many bool) *recordWriter {
	return &recordWriter{w: bufio.NewWriter(w), format: format, many: many}
}

// Write adds one record encoded by marshalRecord.
func (r *recordWriter) Write(rec []byte) error {
	switch r.format {
	case formatJSON:
		if r.many {
			if r.n == 0 {
				r.w.WriteString("[\n")
			} else {
				r.w.WriteString(",\n")
			}
			r.w.Write(indent(rec))
		} else {
			r.w.Write(rec)
			r.w.WriteByte('\n')
		}
	case formatJSONL:
		r.w.Write(rec)
		r.w.WriteByte('\n')
	default:
		if r.n > 0 {
			r.w.WriteString("---\n")
		}
		r.w.Write(rec)
	}
	r.n++
	return r.w.Flush()
}

// indent shifts an indented JSON object right by two spaces, as an array
// element.
func indent(rec []byte) []byte {
	return append([]byte("  "), bytes.ReplaceAll(rec, []byte("\n"), []byte("\n  "))...)
}

// Close ends the sequence (a JSON array's closing bracket) and flushes; it
// does not close the underlying writer.
func (r *recordWriter) Close() error {
	if r.format == formatJSON && r.many {
		if r.n == 0 {
			r.w.WriteString("[")
		}
		r.w.WriteString("\n]\n")
	}
	return r.w.Flush()
}

// atomicFile is an output file written under a temporary name and renamed
// into place on Commit, so that a crash never leaves half a file behind.
type atomicFile struct {
	*os.File
	path string
}

// createAtomic opens a temporary file beside path, to be renamed to it.
func createAtomic(path string) (*atomicFile, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return nil, err
	}
	return &atomicFile{File: f, path: path}, nil
}

// Commit closes the file and moves it to its final name.
func (f *atomicFile) Commit() error {
	if err := f.File.Chmod(0o644); err != nil {
		f.Abort()
		return err
	}
	if err := f.File.Close(); err != nil {
		os.Remove(f.File.Name())
		return err
	}
	return os.Rename(f.File.Name(), f.path)
}

// Abort discards the temporary file.
func (f *atomicFile) Abort() {
	f.File.Close()
	os.Remove(f.File.Name())
}

// mirroredPath is the output file for input rel inside folder dir:
// dir/sub/a.txt becomes out/sub/a.yaml.
func mirroredPath(dir, rel, format string) string {
	rel = strings.TrimSuffix(rel, filepath.Ext(rel))
	return filepath.Join(dir, rel+"."+format)
}

// sink is where the records of the current run go: one stream, or one file
// per input in a folder.
type sink struct {
	format string
	many   bool
	// folder is the output folder, or "" for a single stream.
	folder string

	stream     *recordWriter
	streamFile *atomicFile

	current    int // input whose per-input file is open, or -1
	file       *atomicFile
	fileEnc    *recordWriter
	fileFailed bool
}

// newSink opens where the run's records go: stdout, the -o file, or the
// -o folder.
func newSink(o *extractOptions, inputs []input) (*sink, error) {
	many := !o.singleArticle
	s := &sink{format: o.Format, many: many, current: -1}
	if o.Output == "" {
		s.stream = newRecordWriter(o.IO.Out, o.Format, many)
		return s, nil
	}
	if o.outputIsFolder(inputs) {
		s.folder = o.Output
		return s, os.MkdirAll(o.Output, 0o755)
	}
	f, err := createAtomic(o.Output)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", o.Output, err)
	}
	s.streamFile = f
	s.stream = newRecordWriter(f, o.Format, many)
	return s, nil
}

// outputIsFolder: -o names a folder when it already is one, ends in a
// separator, or when any input is a folder.
func (o *extractOptions) outputIsFolder(inputs []input) bool {
	if info, err := os.Stat(o.Output); err == nil && info.IsDir() {
		return true
	}
	return o.fromFolder || strings.HasSuffix(o.Output, string(filepath.Separator))
}

// write sends one encoded record of input in to the sink. Records arrive
// in input order, so a per-input file is complete when the next input's
// first record arrives.
func (s *sink) write(in int, inp input, rec []byte) error {
	if s.folder == "" {
		return s.stream.Write(rec)
	}
	if in != s.current {
		if err := s.finishFile(); err != nil {
			return err
		}
		f, err := createAtomic(mirroredPath(s.folder, inp.Rel, s.format))
		if err != nil {
			return err
		}
		s.current, s.file, s.fileFailed = in, f, false
		s.fileEnc = newRecordWriter(f, s.format, inp.JSONL)
	}
	if err := s.fileEnc.Write(rec); err != nil {
		s.fileFailed = true
		return err
	}
	return nil
}

// finishFile commits the per-input file being written, if any.
func (s *sink) finishFile() error {
	if s.file == nil {
		return nil
	}
	f := s.file
	s.file, s.current = nil, -1
	if err := s.fileEnc.Close(); err != nil || s.fileFailed {
		f.Abort()
		return err
	}
	return f.Commit()
}

// Abort discards the output file being written, if any: a run that did
// not finish leaves no partial file behind (per-input files already
// finished stay).
func (s *sink) Abort() {
	if s.file != nil {
		s.file.Abort()
		s.file = nil
	}
	if s.streamFile != nil {
		s.streamFile.Abort()
	}
}

// Close finishes the stream or the last per-input file.
func (s *sink) Close() error {
	if s.folder != "" {
		return s.finishFile()
	}
	if err := s.stream.Close(); err != nil {
		if s.streamFile != nil {
			s.streamFile.Abort()
		}
		return err
	}
	if s.streamFile != nil {
		return s.streamFile.Commit()
	}
	return nil
}
