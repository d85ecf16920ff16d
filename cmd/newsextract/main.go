// Command newsextract turns English news articles into structured data.
package main

import (
	"context"
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
	// Ctrl-C cancels the run: workers stop, temporary output files are
	// removed, and the exit status is 1. The handler is dropped at the first
	// signal, so a second Ctrl-C ends the process at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop)
	code := cmd.Execute(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
