package cmd

import (
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	readin "github.com/newsextract/newsextract/internal/input"
)

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

// extractOptions are the root command's flags and arguments.
type extractOptions struct {
	IO *IOStreams

	Args      []string
	Format    string
	Output    string
	RefDate   string
	Input     string
	Glob      string
	Recursive bool
	Jobs      int
	Quiet     bool
	MaxBytes  int64

	RefDateOverride string
	Encoding        string
	EmitText        bool

	refDate time.Time
	// singleArticle and fromFolder are learnt from the arguments by
	// collectInputs: one plain article gives one document or object out; a
	// folder argument makes -o a folder.
	singleArticle bool
	fromFolder    bool
}

// addFlags defines the root command's flags on c.
func (o *extractOptions) addFlags(c *cobra.Command) {
	f := c.Flags()
	f.StringVarP(&o.Format, "format", "f", formatYAML, "output format: "+strings.Join(formats, ", "))
	f.StringVarP(&o.Output, "output", "o", "", "write to `PATH` instead of stdout; a folder (one output file per input, names mirrored) when an input is a folder, or PATH is an existing folder or ends in /")
	f.StringVar(&o.RefDate, "ref-date", "", "resolve relative dates (\"Tuesday\", \"last year\") against this `YYYY-MM-DD` date when an article has no date of its own (page metadata, dateline); it also gives its year to a dateline without one")
	f.StringVar(&o.RefDateOverride, "ref-date-override", "", "resolve relative dates against this `YYYY-MM-DD` date in every article, whatever date it has of its own (a JSON Lines record's ref_date still wins)")
	f.StringVar(&o.Input, "input", inputAuto, "input kind: auto (JSON Lines for *.jsonl, HTML for *.html and *.htm, Markdown for *.md, text otherwise), text, jsonl, html or markdown")
	f.StringVar(&o.Encoding, "encoding", "", "read text, HTML and Markdown inputs in this character encoding (`NAME`: windows-1252, iso-8859-1, utf-16le...); default UTF-8, or UTF-16 with a byte-order mark")
	f.BoolVar(&o.EmitText, "emit-text", false, "include the text that offsets point into in each result (for web pages, the extracted title and content)")
	f.StringVar(&o.Glob, "glob", "*.txt", "file name `pattern` selected inside folder inputs")
	f.BoolVarP(&o.Recursive, "recursive", "r", true, "descend into subfolders of folder inputs (--recursive=false to stay at the top)")
	f.IntVarP(&o.Jobs, "jobs", "j", runtime.NumCPU(), "number of articles processed in parallel")
	f.BoolVarP(&o.Quiet, "quiet", "q", false, "no progress bar and no summary on stderr (errors are still reported)")
	f.Int64Var(&o.MaxBytes, "max-bytes", defaultMaxBytes, "reject articles larger than this many bytes")
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
		t, err := time.Parse(time.DateOnly, o.RefDate)
		if err != nil {
			return flagErrorf("invalid --ref-date %q: want YYYY-MM-DD", o.RefDate)
		}
		o.refDate = t
	}
	if o.RefDateOverride != "" {
		if _, err := time.Parse(time.DateOnly, o.RefDateOverride); err != nil {
			return flagErrorf("invalid --ref-date-override %q: want YYYY-MM-DD", o.RefDateOverride)
		}
	}
	if o.Encoding != "" {
		if _, _, err := readin.LookupEncoding(o.Encoding); err != nil {
			return flagErrorf("invalid --encoding %q: not a known encoding name (try windows-1252, iso-8859-1, utf-16le, utf-16be)", o.Encoding)
		}
	}
	if o.Jobs < 1 {
		return flagErrorf("invalid --jobs %d: want at least 1", o.Jobs)
	}
	if o.MaxBytes < 1 {
		return flagErrorf("invalid --max-bytes %d: want at least 1", o.MaxBytes)
	}
	if _, err := filepath.Match(o.Glob, "x"); err != nil {
		return flagErrorf("invalid --glob %q: %v", o.Glob, err)
	}
	if countStdin(o.Args) > 1 {
		return flagErrorf("standard input (-) can be read only once")
	}
	return nil
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
