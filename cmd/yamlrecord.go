package cmd

import (
	"bufio"
	"bytes"
	"context"

	"go.yaml.in/yaml/v3"

	"github.com/newsextract/newsextract/model"
)

// marshalYAML encodes one record as a YAML document, spans written on one
// line each, a result a record at a time (see spliceResult): yaml.v3's
// emitter keeps every event of a document until the document ends
// (go-yaml/yaml#873), and one document of 15,000 records, from 1 MB of
// text dense with names, took 1.5 GB and two minutes of CPU.
func marshalYAML(v any) ([]byte, error) {
	res, ok := v.(model.Result)
	if !ok {
		return encodeYAML(v)
	}
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err := spliceResult(context.Background(), w, yamlLists{}, res, func() ([]byte, error) { return encodeYAML(res) }); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeSequenceItem writes doc, a mapping's document, as an item of a
// block sequence indented by 2 under a top-level key, each line after a
// line break: "  - " before its first line, four spaces before the
// others, none before an empty line (a blank line of a literal block
// scalar, which the emitter writes bare).
func writeSequenceItem(b *bufio.Writer, doc []byte) {
	first := true
	for len(doc) > 0 {
		line, rest, _ := bytes.Cut(doc, []byte{'\n'})
		doc = rest
		b.WriteByte('\n')
		switch {
		case first:
			b.WriteString("  - ")
			first = false
		case len(line) > 0:
			b.WriteString("    ")
		}
		b.Write(line)
	}
}

// encodeYAML encodes v as one YAML document, spans on one line: as
// appendFastYAML writes it, or else by yaml.v3's encoder.
func encodeYAML(v any) ([]byte, error) {
	if b, ok := appendFastYAML(make([]byte, 0, 512), v); ok {
		return b, nil
	}
	return encodeYAMLNodes(v)
}

// encodeYAMLNodes encodes v as one YAML document by yaml.v3's encoder,
// spans on one line.
func encodeYAMLNodes(v any) ([]byte, error) {
	node, err := yamlNode(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(node); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
