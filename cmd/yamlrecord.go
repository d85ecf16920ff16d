package cmd

import (
	"bytes"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/newsextract/newsextract/model"
)

// marshalYAML encodes one record as a YAML document, spans written on one
// line each. yaml.v3's emitter keeps every event of a document until the
// document ends (go-yaml/yaml#873): one document of 15,000 records, from 1
// MB of text dense with names, took 1.5 GB and two minutes of CPU. So a
// result's lists of records are encoded a record at a time, each its own
// small document (its nodes built by yamlNode), and written under their
// keys; the bytes are those of the whole result encoded at once
// (TestYAMLRecordsAsOneDocument).
func marshalYAML(v any) ([]byte, error) {
	res, ok := v.(model.Result)
	if !ok {
		return encodeYAML(v)
	}
	head, lists := splitRecordLists(res)
	doc, err := encodeYAML(head)
	if err != nil {
		return nil, err
	}
	out, found, err := spliceLists(doc, lists)
	if err == nil && !found {
		// No "key: []" line where a list was left empty: the result's
		// types changed. Encode it whole rather than wrong.
		return encodeYAML(v)
	}
	return out, err
}

// recordList is one of a result's lists of records and its YAML key.
type recordList struct {
	key   string
	items reflect.Value
}

// splitRecordLists returns res with its non-empty lists of records left
// empty, and those lists.
func splitRecordLists(res model.Result) (model.Result, []recordList) {
	var lists []recordList
	v := reflect.ValueOf(&res).Elem()
	t := v.Type()
	for i := range t.NumField() {
		f := v.Field(i)
		if f.Kind() != reflect.Slice || f.Len() == 0 || f.Type().Elem().Kind() != reflect.Struct {
			continue
		}
		key, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		lists = append(lists, recordList{key: key, items: f.Slice(0, f.Len())})
		f.Set(reflect.MakeSlice(f.Type(), 0, 0))
	}
	return res, lists
}

// spliceLists writes doc with the line "key: []" of each list, at the
// start of doc or after a line break and in the lists' order, replaced by
// the list's records, each a block sequence item; found is false when
// doc lacks one of the lines. doc is copied once, whatever the lists.
func spliceLists(doc []byte, lists []recordList) (out []byte, found bool, err error) {
	var b bytes.Buffer
	b.Grow(len(doc))
	rest := doc
	for _, l := range lists {
		empty := []byte(l.key + ": []\n")
		at := -1
		if bytes.HasPrefix(rest, empty) { // rest starts a line
			at = 0
		} else if i := bytes.Index(rest, append([]byte{'\n'}, empty...)); i >= 0 {
			at = i + 1
		}
		if at < 0 {
			return nil, false, nil
		}
		b.Write(rest[:at])
		b.WriteString(l.key + ":\n")
		for i := range l.items.Len() {
			item, err := encodeYAML(l.items.Index(i).Interface())
			if err != nil {
				return nil, true, err
			}
			writeSequenceItem(&b, item)
		}
		rest = rest[at+len(empty):]
	}
	b.Write(rest)
	return b.Bytes(), true, nil
}

// writeSequenceItem writes doc, a mapping's document, as an item of a
// block sequence indented by 2 under a top-level key: "  - " before its
// first line, four spaces before the others, none before an empty line
// (a blank line of a literal block scalar, which the emitter writes bare).
func writeSequenceItem(b *bytes.Buffer, doc []byte) {
	first := true
	for len(doc) > 0 {
		line, rest, _ := bytes.Cut(doc, []byte{'\n'})
		doc = rest
		switch {
		case first:
			b.WriteString("  - ")
			first = false
		case len(line) > 0:
			b.WriteString("    ")
		}
		b.Write(line)
		b.WriteByte('\n')
	}
}

// encodeYAML encodes v as one YAML document, spans on one line.
func encodeYAML(v any) ([]byte, error) {
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
