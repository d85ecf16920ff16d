// Command newsextract turns English news articles into structured data.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/newsextract/newsextract/cmd"
)

func main() {
	// Extraction allocates a few hundred kilobytes per article that die at
	// once; collecting less often buys about 8% throughput for some tens of
	// megabytes, and keeps the collector from taking a core from the workers.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	// The rare collections let the heap grow to five times what is live;
	// a soft memory limit that follows the text in extraction brings the
	// collector in earlier on a long stream (unless GOMEMLIMIT is set).
	cmd.ManageMemory = os.Getenv("GOMEMLIMIT") == ""
	// SIGINT and SIGTERM cancel the run with the signal as the cause:
	// workers are abandoned, temporary output files removed, and the exit
	// status is 128 plus the signal's number. The handler is dropped at the
	// first signal, so a second Ctrl-C ends the process at once.
	ctx, cancel := context.WithCancelCause(context.Background())
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-signals
		signal.Stop(signals)
		cancel(&cmd.Interrupted{Signal: s})
		// A write blocked on a reader that never reads (a stalled pipe, a
		// FIFO) cannot see the cancellation: the process ends anyway. The
		// temporary file such a run may leave is removed by the next run
		// into the same folder.
		time.AfterFunc(stopGrace, func() {
			fmt.Fprintln(os.Stderr, "newsextract: interrupted while writing; stopping now")
			os.Exit(128 + signalNumber(s))
		})
	}()
	os.Exit(cmd.Execute(ctx, os.Args[1:], os.Stdin, stdout(), os.Stderr))
}

// stopGrace is how long a run may take to stop after SIGINT or SIGTERM.
const stopGrace = time.Second

// signalNumber is s's number (2 for SIGINT, 15 for SIGTERM).
func signalNumber(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return int(n)
	}
	return int(syscall.SIGINT)
}

// stdout is the process's standard output, or, when it was closed before
// the start (newsextract >&-), a writer that fails: the run must not report
// success for output nobody can read.
func stdout() io.Writer {
	if stdoutClosed() {
		return closedWriter{}
	}
	return os.Stdout
}

type closedWriter struct{}

func (closedWriter) Write([]byte) (int, error) {
	return 0, errors.New("standard output is closed")
}
