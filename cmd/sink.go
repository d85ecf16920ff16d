package cmd

import (
	"fmt"
	"os"
)

// sink is where the records of the current run go: one stream (standard
// output or one -o file), or one file per input in an -o folder.
type sink struct {
	format string
	many   bool
	// folder is the output folder, or "" for a single stream.
	folder string
	// report receives the error of an input whose own output file failed;
	// the batch goes on with the next input.
	report func(error)

	stream     *recordWriter
	streamFile outputFile // nil for standard output

	current int // input whose per-input file is open, or -1
	label   string
	file    outputFile
	fileEnc *recordWriter
}

// newSink opens where the run's records go: stdout, the -o file, or the
// -o folder.
func newSink(o *extractOptions, report func(error)) (*sink, error) {
	s := &sink{format: o.Format, many: !o.singleArticle, current: -1, report: report}
	switch {
	case o.Output == "":
		s.stream = newRecordWriter(o.IO.Out, o.Format, s.many)
	case o.outputFolder:
		if err := os.MkdirAll(o.Output, 0o755); err != nil {
			return nil, fmt.Errorf("cannot make the output folder: %w", pathError(o.Output, err))
		}
		s.folder = o.Output
	default:
		f, err := openOutput(o.Output)
		if err != nil {
			return nil, err
		}
		s.streamFile = f
		s.stream = newRecordWriter(f, o.Format, s.many)
	}
	return s, nil
}

// write sends one encoded record of input in to the sink. Records arrive
// in input order, so a per-input file is complete when the next input's
// first record arrives. An error is returned only when the run cannot go
// on (the one stream failed); a per-input file's failure is reported as
// that input's error.
func (s *sink) write(in int, inp input, rec []byte) error {
	if s.folder == "" {
		return s.stream.Write(rec)
	}
	if in != s.current {
		s.finishFile()
		s.openFile(in, inp)
	}
	if s.file == nil {
		return nil // its output could not be opened: reported already
	}
	if err := s.fileEnc.Write(rec); err != nil {
		s.file.Abort()
		s.file = nil
		s.fail(err)
	}
	return nil
}

// openFile opens the per-input file of input in.
func (s *sink) openFile(in int, inp input) {
	s.current, s.label = in, inp.Path
	f, err := openOutput(mirroredPath(s.folder, inp.Rel, s.format))
	if err != nil {
		s.fail(err)
		return
	}
	s.file = f
	s.fileEnc = newRecordWriter(f, s.format, inp.JSONL)
}

// fail reports the current input's output error.
func (s *sink) fail(err error) {
	s.report(fmt.Errorf("%s: cannot write its output: %w", s.label, err))
}

// finishFile commits the per-input file being written, if any.
func (s *sink) finishFile() {
	if s.file == nil {
		return
	}
	f := s.file
	s.file = nil
	err := s.fileEnc.Close()
	if err != nil {
		f.Abort()
	} else {
		err = f.Commit()
	}
	if err != nil {
		s.fail(err)
	}
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
		s.finishFile()
		return nil
	}
	if err := s.stream.Close(); err != nil {
		s.Abort()
		return err
	}
	if s.streamFile != nil {
		return s.streamFile.Commit()
	}
	return nil
}
