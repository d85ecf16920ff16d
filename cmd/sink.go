package cmd

import (
	"context"
	"fmt"
	"os"
	"sync"

	"github.com/newsextract/newsextract/model"
)

// parallelCommits bounds the per-input files being synced and renamed at
// once. Syncing is most of the cost of writing a small file (about 4 ms
// on a virtual disk), and syncs of different files overlap well.
const parallelCommits = 16

// sink is where the records of the current run go: one stream (standard
// output or one -o file), or one file per input in an -o folder.
type sink struct {
	format string
	many   bool
	// folder is the output folder, or "" for a single stream.
	folder string
	// report receives the error of an input whose own output file failed;
	// the batch goes on with the next input. It is called from the
	// goroutines that commit files, so it must be safe for concurrent use.
	report func(error)
	// commits are the per-input files being synced and renamed, off the
	// output loop; slots bounds them.
	commits sync.WaitGroup
	slots   chan struct{}

	// cleaned are the folders where stale temporary files were removed.
	cleaned map[string]bool

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
	s := &sink{format: o.Format, many: !o.singleArticle, current: -1, report: report, cleaned: map[string]bool{},
		slots: make(chan struct{}, parallelCommits)}
	switch {
	case o.Output == "":
		s.stream = newRecordWriter(o.IO.Out, o.Format, s.many)
	case o.outputFolder:
		if err := os.MkdirAll(o.Output, 0o755); err != nil {
			return nil, fmt.Errorf("cannot make the output folder: %w", pathError(o.Output, err))
		}
		s.folder = o.Output
	default:
		f, err := openOutput(o.Output, s.cleaned)
		if err != nil {
			return nil, err
		}
		s.streamFile = f
		s.stream = newRecordWriter(f, o.Format, s.many)
	}
	return s, nil
}

// write sends one record of input in to the sink: rec, encoded, or res,
// when not nil, to be encoded as it is written. Records arrive in input
// order, so a per-input file is complete when the next input's first
// record arrives. An error is returned only when the run cannot go on (the
// one stream failed); a per-input file's failure is reported as that
// input's error.
func (s *sink) write(ctx context.Context, in int, inp input, rec []byte, res *model.Result) error {
	put := func(w *recordWriter) error {
		if res != nil {
			return w.WriteResult(ctx, *res)
		}
		return w.Write(rec)
	}
	if s.folder == "" {
		return put(s.stream)
	}
	if in != s.current {
		s.finishFile()
		s.openFile(in, inp)
	}
	if s.file == nil {
		return nil // its output could not be opened: reported already
	}
	if err := put(s.fileEnc); err != nil {
		s.file.Abort()
		s.file = nil
		if ctx.Err() != nil {
			return context.Cause(ctx) // interrupted: no fault of this file's
		}
		s.fail(s.label, err)
	}
	return nil
}

// openFile opens the per-input file of input in.
func (s *sink) openFile(in int, inp input) {
	s.current, s.label = in, inp.Path
	f, err := openOutput(mirroredPath(s.folder, inp, s.format), s.cleaned)
	if err != nil {
		s.fail(s.label, err)
		return
	}
	s.file = f
	s.fileEnc = newRecordWriter(f, s.format, inp.JSONL)
}

// fail reports the output error of input label.
func (s *sink) fail(label string, err error) {
	s.report(fmt.Errorf("%s: cannot write its output: %w", label, err))
}

// finishFile commits the per-input file being written, if any, on a
// goroutine of its own: syncing it need not hold up the next input.
func (s *sink) finishFile() {
	if s.file == nil {
		return
	}
	f, label := s.file, s.label
	s.file = nil
	if err := s.fileEnc.Close(); err != nil {
		f.Abort()
		s.fail(label, err)
		return
	}
	s.slots <- struct{}{}
	s.commits.Go(func() {
		defer func() { <-s.slots }()
		if err := f.Commit(); err != nil {
			s.fail(label, err)
		}
	})
}

// Abort discards the output file being written, if any: a run that did
// not finish leaves no partial file behind (per-input files already
// finished stay, once their commits end).
func (s *sink) Abort() {
	defer s.commits.Wait()
	if s.file != nil {
		s.file.Abort()
		s.file = nil
	}
	if s.streamFile != nil {
		s.streamFile.Abort()
	}
}

// toFile reports a single stream that goes to an -o file.
func (s *sink) toFile() bool { return s.streamFile != nil }

// Close finishes the stream or the last per-input file.
func (s *sink) Close() error {
	if s.folder != "" {
		s.finishFile()
		s.commits.Wait()
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
