package cmd

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// encoder writes a sequence of records in one format.
type encoder interface {
	Encode(v any) error
	// Close finishes the sequence (a JSON array's closing bracket) and
	// flushes; it does not close the underlying writer.
	Close() error
}

// newEncoder chooses the encoder for format. many says whether the output
// holds several records: JSON then writes an array, YAML a "---" stream.
func newEncoder(w io.Writer, format string, many bool) encoder {
	bw := bufio.NewWriter(w)
	switch format {
	case formatJSON:
		return &jsonEncoder{w: bw, array: many}
	case formatJSONL:
		return &jsonlEncoder{w: bw, enc: json.NewEncoder(bw)}
	}
	enc := yaml.NewEncoder(bw)
	enc.SetIndent(2)
	return &yamlEncoder{w: bw, enc: enc}
}

type yamlEncoder struct {
	w   *bufio.Writer
	enc *yaml.Encoder
}

func (e *yamlEncoder) Encode(v any) error {
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	return e.w.Flush()
}

func (e *yamlEncoder) Close() error {
	if err := e.enc.Close(); err != nil {
		return err
	}
	return e.w.Flush()
}

// jsonEncoder writes indented JSON: one object, or an array streamed element
// by element so that memory stays flat however many records there are.
type jsonEncoder struct {
	w     *bufio.Writer
	array bool
	n     int
}

func (e *jsonEncoder) Encode(v any) error {
	data, err := json.MarshalIndent(v, indentFor(e.array), "  ")
	if err != nil {
		return err
	}
	switch {
	case !e.array:
	case e.n == 0:
		e.w.WriteString("[\n  ")
	default:
		e.w.WriteString(",\n  ")
	}
	e.w.Write(data)
	if !e.array {
		e.w.WriteByte('\n')
	}
	e.n++
	return e.w.Flush()
}

func indentFor(array bool) string {
	if array {
		return "  "
	}
	return ""
}

func (e *jsonEncoder) Close() error {
	if e.array {
		if e.n == 0 {
			e.w.WriteString("[")
		}
		e.w.WriteString("\n]\n")
	}
	return e.w.Flush()
}

// jsonlEncoder writes one compact object per line, flushed per record so a
// downstream consumer sees each as soon as it is ready.
type jsonlEncoder struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func (e *jsonlEncoder) Encode(v any) error {
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	return e.w.Flush()
}

func (e *jsonlEncoder) Close() error { return e.w.Flush() }

// atomicFile is an output file written under a temporary name and renamed
// into place on Commit, so that a crash never leaves half a file behind.
type atomicFile struct {
	*os.File
	path string
}

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

// extensionFor is the file name extension of one output file per input.
func extensionFor(format string) string {
	return "." + format
}

// mirroredPath is the output file for input rel inside folder dir:
// dir/sub/a.txt becomes out/sub/a.yaml.
func mirroredPath(dir, rel, format string) string {
	rel = strings.TrimSuffix(rel, filepath.Ext(rel))
	return filepath.Join(dir, rel+extensionFor(format))
}

// sink is where the records of the current run go: one stream, or one file
// per input in a folder.
type sink struct {
	format string
	many   bool
	// folder is the output folder, or "" for a single stream.
	folder string

	stream     encoder
	streamFile *atomicFile

	current    int // input whose per-input file is open, or -1
	file       *atomicFile
	fileEnc    encoder
	fileFailed bool
}

func newSink(o *extractOptions, inputs []input) (*sink, error) {
	many := len(inputs) != 1 || inputs[0].JSONL
	s := &sink{format: o.Format, many: many, current: -1}
	if o.Output == "" {
		s.stream = newEncoder(o.IO.Out, o.Format, many)
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
	s.stream = newEncoder(f, o.Format, many)
	return s, nil
}

// outputIsFolder: -o names a folder when it already is one, ends in a
// separator, or when any input is a folder.
func (o *extractOptions) outputIsFolder(inputs []input) bool {
	if info, err := os.Stat(o.Output); err == nil && info.IsDir() {
		return true
	}
	if strings.HasSuffix(o.Output, string(filepath.Separator)) || strings.HasSuffix(o.Output, "/") {
		return true
	}
	for _, a := range o.Args {
		if info, err := os.Stat(a); err == nil && info.IsDir() {
			return true
		}
	}
	return false
}

// write sends one record of input in (with name rel) to the sink. Records
// arrive in input order, so a per-input file is complete when the next
// input's first record arrives.
func (s *sink) write(in int, inp input, v any) error {
	if s.folder == "" {
		return s.stream.Encode(v)
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
		s.fileEnc = newEncoder(f, s.format, inp.JSONL)
	}
	if err := s.fileEnc.Encode(v); err != nil {
		s.fileFailed = true
		return err
	}
	return nil
}

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
