package cmd

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// reporter prints a batch's messages on stderr, and its progress bar when
// there is one: a message clears the bar's line, prints, and the bar is
// drawn again below it, so that messages never land on the bar's line.
// It is safe for concurrent use: output files are committed off the
// output loop, and report their errors from there.
type reporter struct {
	mu  sync.Mutex
	w   io.Writer
	bar *progressbar.ProgressBar
	// pending counts articles done since the bar was last drawn: the bar
	// is drawn at most every redrawEvery, and at once after a message.
	pending int
	drawn   time.Time
}

const redrawEvery = 100 * time.Millisecond

// wantBar decides whether a batch shows a progress bar: only on a
// terminal stderr, never with -q, never for one article, and never when
// the records themselves go to the same terminal on stdout, where the
// bar's redrawing would land among the data.
func wantBar(quiet, stderrTTY, stdoutTTY, toStdout bool, total int) bool {
	return !quiet && stderrTTY && !(stdoutTTY && toStdout) && total != 1
}

// newReporter returns a reporter on w, with a bar counting to total (-1:
// unknown) when bar is true.
func newReporter(w io.Writer, bar bool, total int) *reporter {
	r := &reporter{w: w}
	if bar {
		r.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("extracting"),
			progressbar.OptionShowCount(),
			progressbar.OptionUseANSICodes(true),
			progressbar.OptionClearOnFinish(),
		)
	}
	return r
}

// errorf prints one "newsextract: ..." line above the bar.
func (r *reporter) errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar != nil {
		r.bar.Clear()
	}
	fmt.Fprintf(r.w, "newsextract: "+format+"\n", args...)
	if r.bar != nil {
		r.flush()
	}
}

// add counts one more article done.
func (r *reporter) add() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar == nil {
		return
	}
	r.pending++
	if time.Since(r.drawn) >= redrawEvery {
		r.flush()
	}
}

// flush draws the bar with the articles counted since it was last drawn.
func (r *reporter) flush() {
	r.bar.Add(r.pending)
	r.pending = 0
	r.drawn = time.Now()
}

// finish removes the bar from the screen.
func (r *reporter) finish() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar != nil {
		r.bar.Finish()
		r.bar.Clear()
	}
}

// summary is the line printed after a batch, as a person would write it:
// "200 articles: 198 ok, 2 failed in 59.9 s".
func summary(done, failed int, took time.Duration) string {
	noun := "articles"
	if done == 1 {
		noun = "article"
	}
	return fmt.Sprintf("%d %s: %d ok, %d failed in %.1f s", done, noun, done-failed, failed, took.Seconds())
}
