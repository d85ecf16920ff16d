package cmd

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/model"
)

// outcome is a unit after extraction: its encoded record, or its error.
type outcome struct {
	unit   unit
	record []byte
	// result, when not nil, is a large article's result, written straight
	// into the output instead of encoded into record (see streamBytes).
	result *model.Result
	err    error
	// held is the unit as it took its share of runOrdered's in-flight
	// budget, given back once the outcome is written.
	held unit
}

// extractRun reads every input, extracts each article on o.Jobs workers and
// writes the results in input order.
func extractRun(ctx context.Context, o *extractOptions) error {
	inputs, problems, err := collectInputs(o)
	if err != nil {
		return err
	}
	if o.outputFolder {
		markSharedNames(inputs)
	}
	if err := refuseOverwrite(o, inputs); err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintln(o.IO.ErrOut, "newsextract:", p)
	}
	// With nothing to read, only a JSON array still has something to say:
	// that there are no results.
	if len(inputs) == 0 && (o.Format != formatJSON || o.singleArticle) {
		return errSomeFailed
	}
	var ex *extract.Extractor
	workers := newWorkerCount()
	if len(inputs) > 0 {
		o.streamGrowth = backHeapWithHugePages(inputs, o.IO.In)
		if ex, err = extract.New(extract.Yielding(workers.allBusy)); err != nil {
			return err
		}
	}
	if o.outputFolder {
		var collisions []error
		inputs, collisions = dropCollisions(inputs, o.Output, o.Format)
		for _, p := range collisions {
			fmt.Fprintln(o.IO.ErrOut, "newsextract:", p)
		}
		problems = append(problems, collisions...)
	}

	start := time.Now()
	rep := o.reporter(inputs)
	var done, failed, written int
	var failedOutputs atomic.Int64 // counted by the goroutines committing files
	out, err := newSink(o, func(err error) {
		failedOutputs.Add(1)
		rep.errorf("%v", err)
	})
	if err != nil {
		return err
	}
	write := func(oc outcome) error {
		done++
		rep.add()
		in := inputs[oc.unit.Input]
		if oc.err != nil && ctx.Err() != nil && errors.Is(oc.err, ctx.Err()) {
			return ctx.Err() // interrupted: no fault of this input's
		}
		if oc.err != nil {
			failed++
			rep.errorf("%s: %v", oc.unit.Label, oc.err)
			if oc.record == nil {
				return nil
			}
		}
		if err := out.write(ctx, oc.unit.Input, in, oc.record, oc.result); err != nil {
			if ctx.Err() != nil {
				return context.Cause(ctx) // interrupted while writing a large result
			}
			return fmt.Errorf("writing the output: %w", err)
		}
		written++
		return nil
	}
	budget := newByteBudget(o.InFlightBytes, ManageMemory)
	defer budget.close()
	runErr := runOrdered(ctx, o.Jobs, budget, func(emit func(unit) error) error {
		return produceUnits(o, inputs, emit)
	}, func(ctx context.Context, units []unit) []outcome {
		workers.start()
		defer workers.done()
		return extractUnits(ctx, ex, o.Format, units)
	}, write)
	var closeErr error
	switch {
	case runErr != nil:
		out.Abort()
	case written == 0 && failed+len(problems) > 0 && out.toFile():
		out.Abort() // nothing came out: an existing -o file stays as it was
	default:
		if closeErr = out.Close(); closeErr != nil {
			closeErr = fmt.Errorf("writing the output: %w", closeErr)
		}
	}
	rep.finish()
	if runErr != nil {
		return runErr
	}
	if closeErr != nil {
		return closeErr
	}
	// Arguments that gave no article (a missing path, a folder with no
	// match) count as failed inputs too.
	done, failed = done+len(problems), failed+len(problems)+int(failedOutputs.Load())
	if !o.Quiet && done > 1 {
		fmt.Fprintln(o.IO.ErrOut, "newsextract:", summary(done, failed, time.Since(start)))
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}

// refuseOverwrite refuses, before any work, an output that is also one of
// the inputs: the run would replace the article it reads.
func refuseOverwrite(o *extractOptions, inputs []input) error {
	if o.Output == "" {
		return nil
	}
	var single os.FileInfo
	if !o.outputFolder {
		info, err := os.Stat(o.Output)
		if err != nil || !info.Mode().IsRegular() {
			return nil // a new file, or a device or stream written through
		}
		single = info
	}
	for _, in := range inputs {
		if in.Path == stdinPath {
			continue
		}
		out := single
		if o.outputFolder {
			info, err := os.Stat(mirroredPath(o.Output, in, o.Format))
			if err != nil {
				continue
			}
			out = info
		}
		if info, err := os.Stat(in.Path); err == nil && os.SameFile(info, out) {
			return flagErrorf("%s is both an input and the output: refusing to write over it", in.Path)
		}
	}
	return nil
}

// dropCollisions refuses inputs whose mirrored output file another input
// already takes ("a/n.txt" and "b/n.txt" given as files both map to n.yaml),
// rather than let one silently overwrite the other.
func dropCollisions(inputs []input, folder, format string) ([]input, []error) {
	owner := map[string]string{}
	kept := inputs[:0:0]
	var problems []error
	for _, in := range inputs {
		out := mirroredPath(folder, in, format)
		if first, taken := owner[out]; taken {
			problems = append(problems, fmt.Errorf("%s: its output %s is already written for %s; not processed", in.Path, out, first))
			continue
		}
		owner[out] = in.Path
		kept = append(kept, in)
	}
	return kept, problems
}

// extractUnits extracts a batch of consecutive units on one worker, stage
// by stage (extract.ExtractBatch), and encodes their records. A unit that
// could not be read keeps its error. A failed JSON Lines record is encoded
// as an error record, so that output lines stay in step with input lines;
// a failed file has no record.
func extractUnits(ctx context.Context, ex *extract.Extractor, format string, units []unit) []outcome {
	var articles []model.Article
	for _, u := range units {
		if u.Err == nil {
			articles = append(articles, u.Article)
		}
	}
	results, errs := ex.ExtractBatch(ctx, articles)
	out := make([]outcome, len(units))
	for i, u := range units {
		if u.Err != nil {
			out[i] = encodeUnit(format, u, model.Result{}, u.Err)
			continue
		}
		out[i] = encodeUnit(format, u, results[0], errs[0])
		results, errs = results[1:], errs[1:]
	}
	return out
}

// streamBytes is the article size from which its result is not encoded
// on its worker but written straight into the output by the writer, a
// record at a time (recordWriter.WriteResult): its output, 15 bytes per
// byte of text dense with names, is then never held beside the result,
// nor copied as it grows. An article of news (kilobytes) is encoded on its
// worker, in parallel with the others.
var streamBytes = 256 << 10

// encodeUnit encodes a unit's result, or its error; a large article's
// result is left for the writer (streamBytes).
func encodeUnit(format string, u unit, res model.Result, err error) outcome {
	var rec any
	if err == nil {
		res.Source = u.Source
		if u.EmitText {
			res.Text = u.Article.Text
		}
		if len(u.Article.Text) >= streamBytes {
			return outcome{unit: u, result: &res}
		}
		rec = res
	}
	if err != nil {
		if !u.Record {
			return outcome{unit: u, err: err}
		}
		rec = model.ErrorRecord{Schema: model.SchemaVersion, ID: u.Article.ID, Source: u.Source, Error: err.Error()}
	}
	data, mErr := marshalRecord(format, rec)
	if mErr != nil {
		return outcome{unit: u, err: mErr}
	}
	return outcome{unit: u, record: data, err: err}
}

// reporter returns the batch's message printer, with a progress bar when
// wantBar says so.
func (o *extractOptions) reporter(inputs []input) *reporter {
	total := len(inputs)
	for _, in := range inputs {
		if in.JSONL {
			total = -1 // records in a stream are not known in advance
		}
	}
	bar := wantBar(o.Quiet, isTerminal(o.IO.ErrOut), isTerminal(o.IO.Out), o.Output == "", total)
	return newReporter(o.IO.ErrOut, bar, total)
}

// produceUnits reads the inputs in order and emits one unit per article:
// a whole text file, or one JSON Lines record.
func produceUnits(o *extractOptions, inputs []input, emit func(unit) error) error {
	for i, in := range inputs {
		if !in.JSONL {
			text, err := readText(in, o.IO.In, o.MaxBytes)
			u := unit{Input: i, Label: in.Path, Err: err, EmitText: o.EmitText,
				Article: model.Article{Path: in.Path}, Source: model.Source{Path: in.Path}}
			if err == nil {
				u.Article, u.Source, u.Err = o.readArticle(in.Path, []byte(text))
			}
			if err := emit(u); err != nil {
				return err
			}
			continue
		}
		if err := produceRecords(o, i, in, emit); err != nil {
			return err
		}
	}
	return nil
}

// produceRecords emits one unit per line of a JSON Lines input; blank lines
// are skipped. A bad line becomes a unit carrying its error.
func produceRecords(o *extractOptions, index int, in input, emit func(unit) error) error {
	var r io.Reader = o.IO.In
	if in.Path != stdinPath {
		f, err := os.Open(in.Path)
		if err != nil {
			return emit(unit{Input: index, Label: in.Path, Err: osReason(err)})
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); bytes.Equal(head, []byte{0xFF, 0xFE}) || bytes.Equal(head, []byte{0xFE, 0xFF}) {
		return emit(unit{Input: index, Label: in.Path, Err: errors.New("a JSON Lines input must be UTF-8, and this one is UTF-16: convert it first (iconv -f UTF-16 -t UTF-8)")})
	}
	lines := &lineReader{r: br, max: int(o.MaxBytes)}
	records := 0
	for n := 1; ; n++ {
		line, tooLong, err := lines.next()
		o.streamGrowth.read(len(line))
		if err == io.EOF {
			if records == 0 {
				return emit(unit{Input: index, Label: in.Path, Err: errors.New("no records: the JSON Lines input is empty")})
			}
			return nil
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF")) // a byte-order mark is not JSON
		}
		u := unit{Input: index, Label: fmt.Sprintf("%s:%d", in.Path, n), Record: true,
			Source: model.Source{Path: in.Path, Line: n, Bytes: len(line)}}
		switch {
		case err != nil:
			u.Err = err
		case tooLong:
			u.Err = fmt.Errorf("line is over the --max-bytes limit of %d bytes", o.MaxBytes)
		case len(bytes.TrimSpace(line)) == 0:
			continue
		default:
			u.Article, u.Err = parseRecord(line)
			u.Article.Path = in.Path
			o.refDates(&u.Article)
			u.EmitText = o.EmitText
			u.Source.Bytes = len(u.Article.Text)
		}
		records++
		if err := emit(u); err != nil {
			return err
		}
		if err != nil {
			return nil // a read error ends this input; others go on
		}
	}
}

// runOrdered runs work on up to jobs goroutines over the units that produce
// emits, and hands each outcome to write in the order the units were
// emitted. A free worker takes the units already waiting, a batch of
// consecutive ones (see batchUnits); at most 2*jobs*batchUnits units, and
// the one the writer waits on, are in flight, so that each worker finds a
// batch queued, and at most budget's bytes of article text (see
// byteBudget), so memory stays flat
// however long the input stream is and however large its articles:
// extraction takes tens to hundreds of bytes per byte of text, and a
// count alone let four 5 MB records at -j 2 take 9 GB. A failed write or
// produce cancels the run.
//
// When ctx is cancelled, runOrdered returns at once with ctx's cause,
// wherever the run is: the producer may be blocked reading a silent
// standard input and a worker may be inside a long article; neither is
// waited for. Their results go to buffered slots that nobody reads, and
// the process is about to exit.
func runOrdered(ctx context.Context, jobs int, budget *byteBudget, produce func(emit func(unit) error) error,
	work func(context.Context, []unit) []outcome, write func(outcome) error) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	window := 2 * jobs * batchUnits
	pending := make(chan chan outcome, window)
	queue := newWorkQueue(window+1, jobs)
	produced := make(chan error, 1)
	go func() {
		defer close(pending)
		defer close(queue.units)
		// A worker starts with the unit that needs it: a run of one
		// article at -j 4096 starts one, not 4096 that wait on the queue.
		started := 0
		err := produce(func(u unit) error {
			if err := budget.acquire(ctx, u); err != nil {
				return context.Cause(ctx)
			}
			slot := make(chan outcome, 1)
			select {
			case pending <- slot:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			select {
			case queue.units <- &queued{unit: u, slot: slot}:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			if started < jobs {
				started++
				go queue.serve(ctx, budget, work)
			}
			return nil
		})
		if err != nil {
			cancel(err)
		}
		produced <- err
	}()
	for {
		var slot chan outcome
		var more bool
		select {
		case slot, more = <-pending:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		if !more {
			return <-produced
		}
		var oc outcome
		select {
		case oc = <-slot:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		if err := write(oc); err != nil {
			return err
		}
		if oc.result != nil {
			budget.written(oc.held)
		}
		budget.release(oc.held)
	}
}
