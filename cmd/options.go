package cmd

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	readin "github.com/newsextract/newsextract/internal/input"
)

// maxJobs bounds --jobs: each worker holds buffers and an ordered output
// window grows with the count, so a mistyped huge value must be an error,
// not an out-of-memory crash.
const maxJobs = 4096

// Output formats.
const (
	formatYAML  = "yaml"
	formatJSON  = "json"
	formatJSONL = "jsonl"
)

var formats = []string{formatYAML, formatJSON, formatJSONL}

// Input modes.
const (
	inputAuto     = "auto"
	inputText     = "text"
	inputJSONL    = "jsonl"
	inputHTML     = "html"
	inputMarkdown = "markdown"
)

var inputModes = []string{inputAuto, inputText, inputJSONL, inputHTML, inputMarkdown}

// defaultMaxBytes bounds one article. News articles are kilobytes; a file
// many megabytes long is almost certainly not one, and would hold a worker
// for a long time.
const defaultMaxBytes = 10 << 20

// defaultInFlightBytes bounds the article text read ahead, in extraction
// and waiting to be written in order, across all workers. Extraction holds
// tens to hundreds of bytes per byte of text while an article is worked
// on, so it is the budget, not the number of articles, that bounds memory
// on large ones. News articles are kilobytes, far under it: only articles
// of megabytes wait for each other.
const defaultInFlightBytes = 8 << 20

// extractOptions are the root command's flags and arguments.
type extractOptions struct {
	IO *IOStreams

	Args      []string
	Format    string
	Output    string
	RefDate   string
	Input     string
	Globs     []string
	Hidden    bool
	Recursive bool
	Jobs      int
	Quiet     bool
	MaxBytes  int64

	InFlightBytes int64

	RefDateOverride string
	Encoding        string
	EmitText        bool

	refDate time.Time
	// formatSet is true when -f was given; otherwise -o's extension may
	// choose the format.
	formatSet bool
	// outputFolder is true when -o names a folder (see outputIsFolder).
	outputFolder bool
	// singleArticle is learnt from the arguments by collectInputs: one
	// plain article gives one document or object out.
	singleArticle bool
	// streamGrowth, set by extractRun, grows the heap on huge pages once
	// a JSON Lines stream of unknown length has proven long.
	streamGrowth *lateGrowth
}

// addFlags defines the root command's flags on c.
func (o *extractOptions) addFlags(c *cobra.Command) {
	f := c.Flags()
	f.StringVarP(&o.Format, "format", "f", formatYAML, "output format: "+strings.Join(formats, ", "))
	f.StringVarP(&o.Output, "output", "o", "", "write to `PATH` instead of stdout (- is stdout): a folder, one output file per input with names mirrored, when PATH ends in / or is an existing folder; else one file, whose extension (.json, .jsonl, .yaml, .yml) sets the format when -f is not given")
	f.StringVar(&o.RefDate, "ref-date", "", "resolve relative dates (\"Tuesday\", \"last year\") against this `YYYY-MM-DD` date when an article has no date of its own (page metadata, dateline); it also gives its year to a dateline without one")
	f.StringVar(&o.RefDateOverride, "ref-date-override", "", "resolve relative dates against this `YYYY-MM-DD` date in every article, whatever date it has of its own (a JSON Lines record's ref_date still wins)")
	f.StringVar(&o.Input, "input", inputAuto, "input kind: auto (JSON Lines for *.jsonl, HTML for *.html and *.htm, Markdown for *.md, text otherwise), text, jsonl, html or markdown")
	f.StringVar(&o.Encoding, "encoding", "", "read text, HTML and Markdown inputs in this character encoding (`NAME`: windows-1252, iso-8859-1, utf-16le...); default UTF-8, or UTF-16 with a byte-order mark")
	f.BoolVar(&o.EmitText, "emit-text", false, "include the text that offsets point into in each result (for web pages, the extracted title and content)")
	f.StringSliceVar(&o.Globs, "glob", []string{"*.txt", "*.html", "*.htm", "*.md"}, "file name `patterns` selected inside folder inputs (repeat the flag or separate them with commas)")
	f.BoolVar(&o.Hidden, "hidden", false, "also read hidden files and folders (names starting with .) inside folder inputs")
	f.BoolVarP(&o.Recursive, "recursive", "r", true, "descend into subfolders of folder inputs (--recursive=false to stay at the top)")
	f.IntVarP(&o.Jobs, "jobs", "j", runtime.NumCPU(), "number of articles processed in parallel (0: one per core)")
	f.BoolVarP(&o.Quiet, "quiet", "q", false, "no progress bar and no summary on stderr (errors are still reported)")
	f.Int64Var(&o.MaxBytes, "max-bytes", defaultMaxBytes, "reject articles larger than this many bytes")
	f.Int64Var(&o.InFlightBytes, "inflight-bytes", defaultInFlightBytes, "at most this many bytes of article text read ahead or being extracted at once, whatever -j says; an article larger than this runs alone")
	_ = c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	_ = c.RegisterFlagCompletionFunc("input", cobra.FixedCompletions(inputModes, cobra.ShellCompDirectiveNoFileComp))
}

// validate checks flag values; every mistake is a FlagError (exit 2).
func (o *extractOptions) validate() error {
	if !slices.Contains(formats, o.Format) {
		return flagErrorf("invalid --format %q: valid values are %s", o.Format, strings.Join(formats, ", "))
	}
	if !slices.Contains(inputModes, o.Input) {
		return flagErrorf("invalid --input %q: valid values are %s", o.Input, strings.Join(inputModes, ", "))
	}
	if o.RefDate != "" {
		t, err := parseRefDate(o.RefDate)
		if err != nil {
			return flagErrorf("invalid --ref-date %q: %v", o.RefDate, err)
		}
		o.refDate = t
	}
	if o.RefDateOverride != "" {
		if _, err := parseRefDate(o.RefDateOverride); err != nil {
			return flagErrorf("invalid --ref-date-override %q: %v", o.RefDateOverride, err)
		}
	}
	if o.Encoding != "" {
		if _, _, err := readin.LookupEncoding(o.Encoding); err != nil {
			return flagErrorf("invalid --encoding %q: not a known encoding name (try windows-1252, iso-8859-1, utf-16le, utf-16be)", o.Encoding)
		}
		if o.Input == inputJSONL || slices.ContainsFunc(o.Args, o.isJSONL) {
			return flagErrorf("--encoding applies to text, HTML and Markdown inputs; JSON Lines is read as UTF-8 (convert the stream first, e.g. with iconv)")
		}
	}
	if o.Jobs == 0 {
		o.Jobs = runtime.NumCPU()
	}
	if o.Jobs < 0 || o.Jobs > maxJobs {
		return flagErrorf("invalid --jobs %d: want 0 (one per core) to %d", o.Jobs, maxJobs)
	}
	if o.MaxBytes < 1 {
		return flagErrorf("invalid --max-bytes %d: want at least 1", o.MaxBytes)
	}
	if o.InFlightBytes < 1 {
		return flagErrorf("invalid --inflight-bytes %d: want at least 1", o.InFlightBytes)
	}
	for _, g := range o.Globs {
		if _, err := filepath.Match(g, "x"); err != nil {
			return flagErrorf("invalid --glob %q: %v", g, err)
		}
	}
	if countStdin(o.Args) > 1 {
		return flagErrorf("standard input (-) can be read only once")
	}
	return o.validateOutput()
}

// validateOutput applies the one rule for -o: "-" is standard output; a
// PATH ending in a separator or naming an existing folder is a folder,
// whatever the inputs; anything else is one file. A file's extension sets
// the format when -f is not given, and must agree with -f when it is.
func (o *extractOptions) validateOutput() error {
	if o.Output == stdinPath || isStdoutName(o.Output) {
		o.Output = ""
	}
	if o.Output == "" {
		return nil
	}
	o.outputFolder = outputIsFolder(o.Output)
	if o.outputFolder {
		return nil
	}
	ext := formatOfExt(o.Output)
	switch {
	case ext == "":
	case !o.formatSet:
		o.Format = ext
	case ext != o.Format:
		return flagErrorf("-o %s asks for %s by its extension, but -f asks for %s: drop -f or change the extension", o.Output, ext, o.Format)
	}
	return nil
}

// isStdoutName reports whether path names this process's standard output,
// which is then written as stdout is: reopening it would lose the shell's
// append mode (">>") and start over at its first byte.
func isStdoutName(path string) bool {
	switch filepath.Clean(path) {
	case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
		return true
	}
	return false
}

// outputIsFolder is the rule that makes -o PATH a folder: PATH ends in a
// separator or is an existing folder.
func outputIsFolder(path string) bool {
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return true
	}
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// formatOfExt is the output format a file name's extension asks for, or "".
func formatOfExt(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return formatJSON
	case ".jsonl":
		return formatJSONL
	case ".yaml", ".yml":
		return formatYAML
	}
	return ""
}

// parseRefDate reads a YYYY-MM-DD reference date between years 1 and
// 9999; its error says what is wrong, for a message that quotes the value.
func parseRefDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err == nil {
		if t.Year() < 1 {
			return time.Time{}, errors.New("the year must be between 0001 and 9999")
		}
		return t, nil
	}
	y, m, _, ok := dateFields(s)
	if ok && m >= 1 && m <= 12 {
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return time.Time{}, fmt.Errorf("no such day: %s %04d has %d days", time.Month(m), y, last)
	}
	if ok {
		return time.Time{}, errors.New("no such month: months are 01 to 12")
	}
	return time.Time{}, errors.New("want YYYY-MM-DD")
}

// dateFields splits a YYYY-MM-DD string into numbers, whatever their range.
func dateFields(s string) (y, m, d int, ok bool) {
	if len(s) != len(time.DateOnly) || s[4] != '-' || s[7] != '-' {
		return 0, 0, 0, false
	}
	var errs [3]error
	y, errs[0] = strconv.Atoi(s[:4])
	m, errs[1] = strconv.Atoi(s[5:7])
	d, errs[2] = strconv.Atoi(s[8:])
	return y, m, d, errs[0] == nil && errs[1] == nil && errs[2] == nil
}

// countStdin counts the "-" arguments.
func countStdin(args []string) int {
	n := 0
	for _, a := range args {
		if a == "-" {
			n++
		}
	}
	return n
}
