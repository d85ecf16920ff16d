package cmd

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/newsextract/newsextract/model"
)

// marshalRecord encodes one record in format, without framing: the part
// of output work that runs on the extraction workers, in parallel.
func marshalRecord(format string, v any) ([]byte, error) {
	switch format {
	case formatJSON:
		return json.MarshalIndent(v, "", "  ")
	case formatJSONL:
		return json.Marshal(v)
	}
	return marshalYAML(v)
}

// flowSpans writes every span (a mapping of exactly text, start and end)
// on one line, {text: Paris, start: 24, end: 29}, rather than as a
// three-line block: spans are most of a record, and a reader scans them as
// one thing.
func flowSpans(n *yaml.Node) {
	if isSpanNode(n) {
		n.Style = yaml.FlowStyle
		return
	}
	for _, c := range n.Content {
		flowSpans(c)
	}
}

// isSpanNode reports whether n is the mapping of a model.Span.
func isSpanNode(n *yaml.Node) bool {
	if n.Kind != yaml.MappingNode || len(n.Content) != 6 {
		return false
	}
	for i, key := range []string{"text", "start", "end"} {
		if n.Content[2*i].Value != key {
			return false
		}
	}
	return true
}

// recordWriter frames encoded records into one output: a YAML "---"
// stream, a JSON array (or one object), or JSON Lines. Each record is
// flushed as it comes, so memory stays flat and a consumer downstream sees
// it at once.
type recordWriter struct {
	w      *bufio.Writer
	format string
	// many says whether the output holds several records: JSON then writes
	// an array, YAML a "---" stream.
	many bool
	n    int
}

// newRecordWriter frames records in format onto w.
func newRecordWriter(w io.Writer, format string, many bool) *recordWriter {
	return &recordWriter{w: bufio.NewWriter(w), format: format, many: many}
}

// Write adds one record encoded by marshalRecord.
func (r *recordWriter) Write(rec []byte) error {
	r.frame()
	if r.format == formatJSON && r.many {
		r.w.Write(indent(rec))
	} else {
		r.w.Write(rec)
	}
	return r.endRecord()
}

// WriteResult adds res, encoded as marshalRecord encodes it, a record of
// its lists at a time, straight into the output (streamResult): the output
// of a large article is not held in memory beside its result.
func (r *recordWriter) WriteResult(ctx context.Context, res model.Result) error {
	r.frame()
	if err := streamResult(ctx, r.w, r.format, res, r.format == formatJSON && r.many); err != nil {
		return err
	}
	return r.endRecord()
}

// frame writes what comes before a record: a JSON array's bracket or
// comma, a YAML document's "---".
func (r *recordWriter) frame() {
	switch {
	case r.format == formatJSON && r.many:
		if r.n == 0 {
			r.w.WriteString("[\n")
		} else {
			r.w.WriteString(",\n")
		}
	case r.format == formatYAML && r.n > 0:
		r.w.WriteString("---\n")
	}
}

// endRecord writes the line break after a JSON record and flushes.
func (r *recordWriter) endRecord() error {
	if r.format == formatJSONL || r.format == formatJSON && !r.many {
		r.w.WriteByte('\n')
	}
	r.n++
	return r.w.Flush()
}

// indent shifts an indented JSON object right by two spaces, as an array
// element.
func indent(rec []byte) []byte {
	return append([]byte("  "), bytes.ReplaceAll(rec, []byte("\n"), []byte("\n  "))...)
}

// Close ends the sequence (a JSON array's closing bracket) and flushes; it
// does not close the underlying writer.
func (r *recordWriter) Close() error {
	if r.format == formatJSON && r.many {
		if r.n == 0 {
			r.w.WriteString("[]\n") // no results is an empty array, not nothing
		} else {
			r.w.WriteString("\n]\n")
		}
	}
	return r.w.Flush()
}

// mirroredPath is the output file for input rel inside folder dir:
// dir/sub/a.txt becomes out/sub/a.yaml.
func mirroredPath(dir string, in input, format string) string {
	rel := in.Rel
	if !in.KeepExt {
		rel = strings.TrimSuffix(rel, filepath.Ext(rel))
	}
	return filepath.Join(dir, rel+"."+format)
}

// markSharedNames sets KeepExt on the inputs whose name without its
// extension another input has too: "a.txt" and "a.html" give "a.txt.yaml"
// and "a.html.yaml", not one "a.yaml".
func markSharedNames(inputs []input) {
	exts := map[string]map[string]bool{}
	stem := func(in input) string { return strings.TrimSuffix(in.Rel, filepath.Ext(in.Rel)) }
	for _, in := range inputs {
		if exts[stem(in)] == nil {
			exts[stem(in)] = map[string]bool{}
		}
		exts[stem(in)][filepath.Ext(in.Rel)] = true
	}
	for i := range inputs {
		inputs[i].KeepExt = len(exts[stem(inputs[i])]) > 1 && filepath.Ext(inputs[i].Rel) != ""
	}
}
