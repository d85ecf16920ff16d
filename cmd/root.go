package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Exit codes, documented in the root command's help.
const (
	exitOK     = 0
	exitFailed = 1
	exitUsage  = 2
)

// version is set at build time with -ldflags "-X .../cmd.version=v1.2.3".
var version = "dev"

// IOStreams are the command's standard streams, injected so that tests run
// the whole CLI in-process.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
}

// FlagError is a usage mistake: a bad flag value or a bad combination of
// arguments. It maps to exit code 2.
type FlagError struct{ err error }

func (e *FlagError) Error() string { return e.err.Error() }
func (e *FlagError) Unwrap() error { return e.err }

func flagErrorf(format string, args ...any) error {
	return &FlagError{err: fmt.Errorf(format, args...)}
}

// usageArgs wraps a cobra argument check so that its complaint is a
// usage error (exit 2).
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := check(c, args); err != nil {
			return &FlagError{err: err}
		}
		return nil
	}
}

// errSomeFailed reports that at least one input failed; each failure has
// already been printed, so Execute prints nothing more.
var errSomeFailed = errors.New("some inputs failed")

// Execute runs the command line with args and the given streams and returns
// the process exit code. It is the only place errors become exit codes. It
// is a function of its arguments alone: process-wide settings (the garbage
// collector, signal handling) belong to main, which cancels ctx on Ctrl-C.
func Execute(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	streams := &IOStreams{In: stdin, Out: stdout, ErrOut: stderr}
	root := newRootCmd(streams, nil)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled) || ctx.Err() != nil:
		// A unit already in flight when ctx was cancelled may fail with
		// ctx's error as its own, which would otherwise read as a failed
		// input.
		fmt.Fprintln(stderr, "newsextract: interrupted")
		return interruptedCode(ctx)
	case errors.Is(err, errSomeFailed):
		return exitFailed
	}
	var flagErr *FlagError
	fmt.Fprintln(stderr, "newsextract:", err)
	if errors.As(err, &flagErr) {
		fmt.Fprintln(stderr, "Run 'newsextract --help' for usage.")
		return exitUsage
	}
	return exitFailed
}

// Interrupted is the cause main cancels the run's context with when a
// signal arrives. Execute then exits with 128 plus the signal's number, as
// shells do: 130 for SIGINT (Ctrl-C), 143 for SIGTERM.
type Interrupted struct{ Signal os.Signal }

func (e *Interrupted) Error() string { return "interrupted by " + e.Signal.String() }

// interruptedCode is the exit status of a cancelled run: 128+N for signal
// N, else 1.
func interruptedCode(ctx context.Context) int {
	var in *Interrupted
	if errors.As(context.Cause(ctx), &in) {
		if s, ok := in.Signal.(syscall.Signal); ok {
			return 128 + int(s)
		}
	}
	return exitFailed
}

const rootLong = `newsextract reads English news articles and writes what they say as
structured data: people (with titles and affiliations), places (with
GeoNames ids and coordinates), organizations, other names, dates
normalized to TIMEX3 values, agreements, meetings and quotes, each with
byte offsets into the input as evidence.

Inputs are files, folders (every file matching --glob below them) or "-" for
standard input; with no arguments, piped standard input is read. Files ending
in .jsonl, or any input with --input jsonl, are JSON Lines streams of
{"id": "...", "text": "...", "ref_date": "YYYY-MM-DD", "url": "..."} records
(ref_date and url optional; url, the outlet's address, helps place towns
the text leaves open), answered line for line. Web pages (.html, .htm) give
their article's text, title, URL and publication date; Markdown (.md) is
read without its markup. Text is UTF-8,
or UTF-16 with a byte-order mark, or in the encoding --encoding names.

Exit status: 0 when every input succeeded; 1 when any input failed (the rest
are still processed and written); 2 for usage errors; 130 or 143 when
stopped by SIGINT (Ctrl-C) or SIGTERM, with no output file left
half-written.`

// mistypedCommand turns a first argument that names no file but is close
// to a subcommand ("verison") into a usage error that suggests it, rather
// than a missing input.
func mistypedCommand(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if _, err := os.Lstat(args[0]); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	suggestions := c.SuggestionsFor(args[0])
	if len(suggestions) == 0 {
		return nil
	}
	return flagErrorf("%q is neither a file nor a command; did you mean %q?", args[0], "newsextract "+suggestions[0])
}

func newRootCmd(streams *IOStreams, runF func(*extractOptions) error) *cobra.Command {
	opts := &extractOptions{IO: streams}
	root := &cobra.Command{
		Use:   "newsextract [flags] [FILE|DIR|-]...",
		Short: "Extract people, places, organizations, dates, agreements, meetings and quotes from news articles",
		Long:  rootLong,
		Example: `  newsextract --ref-date 2025-08-20 testdata/articles/syria-israel-paris-talks.txt
  cat article.txt | newsextract -f json
  newsextract -j 4 -f jsonl -o out/ articles/
  newsextract --input jsonl -f jsonl < records.jsonl
  newsextract --emit-text -f json saved-page.html`,
		Version:       version,
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		// Arguments are files: complete them as file names, not only as
		// subcommand names.
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveDefault
		},
		RunE: func(c *cobra.Command, args []string) error {
			if err := mistypedCommand(c, args); err != nil {
				return err
			}
			opts.Args = args
			opts.formatSet = c.Flags().Changed("format")
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return extractRun(c.Context(), opts)
		},
	}
	root.SuggestionsMinimumDistance = 2 // for mistypedCommand
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &FlagError{err: plainValueError(err)}
	})
	root.SetVersionTemplate(versionLine() + "\n")
	opts.addFlags(root)
	root.AddCommand(
		newVersionCmd(streams),
		newSchemaCmd(streams),
		newEvalCmd(streams, nil),
		newTrainCmd(streams, nil),
	)
	return root
}

// plainValueError says what is wrong with a flag value the flag parser
// could not read as a number or a boolean, instead of the parser's
// strconv message ("strconv.ParseInt: parsing \"abc\": invalid syntax").
func plainValueError(err error) error {
	var bad *pflag.InvalidValueError
	var num *strconv.NumError
	if !errors.As(err, &bad) || !errors.As(err, &num) {
		return err
	}
	name := "--" + bad.GetFlag().Name
	if sh := bad.GetFlag().Shorthand; sh != "" {
		name = "-" + sh + ", " + name
	}
	var want string
	switch {
	case errors.Is(num.Err, strconv.ErrRange):
		want = "out of range"
	case num.Func == "ParseBool":
		want = "want true or false"
	case num.Func == "ParseFloat":
		want = "want a number"
	default:
		want = "want a whole number"
	}
	return fmt.Errorf("invalid %s %q: %s", name, bad.GetValue(), want)
}
