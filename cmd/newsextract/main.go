// Command newsextract turns English news articles into structured data.
package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/newsextract/newsextract/cmd"
)

func main() {
	// Extraction allocates a few hundred kilobytes per article that die at
	// once; collecting less often buys about 8% throughput for some tens of
	// megabytes, and keeps the collector from taking a core from the workers.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
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
	}()
	os.Exit(cmd.Execute(ctx, os.Args[1:], os.Stdin, stdout(), os.Stderr))
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
