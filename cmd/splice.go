package cmd

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"

	"github.com/newsextract/newsextract/model"
)

// A result's lists of records (people, places, dates...) are most of its
// output: 1 MB of text dense with names gives 15 MB of JSON Lines. Encoded
// whole, the output of a large article is held beside the result (and
// json.Marshal's buffer doubles and is copied), and yaml.v3 keeps every
// event of a document (go-yaml/yaml#873). So a result is encoded without
// its records (its head, where each list is empty), and each list is
// written in place of its empty one, a record at a time: into memory for
// an article of news (marshalRecord, on the workers), or straight into
// the output for a large article (streamResult, on the writer). The bytes
// are those of the whole result encoded at once (TestSpliceIsWhole): a
// YAML string that yaml.v3 would write over lines a record's indenting
// cannot follow (U+2028, U+2029) is double-quoted either way
// (literalUnsafe).

// recordList is one of a result's non-empty lists of records and its key.
type recordList struct {
	json, yaml string // the list's keys
	items      reflect.Value
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
		jsonKey, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		yamlKey, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		lists = append(lists, recordList{json: jsonKey, yaml: yamlKey, items: f.Slice(0, f.Len())})
		f.Set(reflect.MakeSlice(f.Type(), 0, 0))
	}
	return res, lists
}

// listSplicer is how one format writes a list of records in place of the
// empty list in its encoding of the head.
type listSplicer interface {
	// encode encodes the head.
	encode(head model.Result) ([]byte, error)
	// empty is the empty list of key as encode writes it, with what
	// comes before it, so that it is found nowhere else.
	empty(l recordList) []byte
	// write writes the list l where its empty one was; it stops with
	// ctx's cause once ctx is done.
	write(ctx context.Context, w *bufio.Writer, l recordList) error
}

// checkEvery is how many records a list writer writes between looks at
// its context: an interrupted run stops within milliseconds, not after a
// list of tens of thousands of records.
const checkEvery = 256

// stopped returns ctx's cause when record i is due for a look and ctx is
// done.
func stopped(ctx context.Context, i int) error {
	if i%checkEvery == 0 && ctx.Err() != nil {
		return context.Cause(ctx)
	}
	return nil
}

// spliceResult writes res as s encodes it whole, the lists of records one
// record at a time. When the head's encoding lacks the empty list of one
// of them (the result's types changed), it writes the whole encoding
// instead, rather than wrong bytes; whole is that encoding.
func spliceResult(ctx context.Context, w *bufio.Writer, s listSplicer, res model.Result, whole func() ([]byte, error)) error {
	head, lists := splitRecordLists(res)
	doc, err := s.encode(head)
	if err != nil {
		return err
	}
	at, found := findEmptyLists(s, doc, lists)
	if !found {
		all, err := whole()
		if err != nil {
			return err
		}
		w.Write(all)
		return nil
	}
	for i, l := range lists {
		w.Write(doc[:at[i]])
		if err := s.write(ctx, w, l); err != nil {
			return err
		}
		doc = doc[at[i]+len(s.empty(l)):]
	}
	w.Write(doc)
	return nil
}

// findEmptyLists returns where each list's empty one is in doc, in order,
// each counted from the end of the one before; found is false when one is
// missing.
func findEmptyLists(s listSplicer, doc []byte, lists []recordList) (at []int, found bool) {
	at = make([]int, len(lists))
	for i, l := range lists {
		empty := s.empty(l)
		j := bytes.Index(doc, empty)
		if j < 0 {
			return nil, false
		}
		at[i] = j
		doc = doc[j+len(empty):]
	}
	return at, true
}

// yamlLists writes lists of records as YAML block sequences.
type yamlLists struct{}

func (yamlLists) encode(head model.Result) ([]byte, error) { return encodeYAML(head) }

// empty is "key: []" at the start of a line, unindented: the lines of a
// block scalar are indented. The line break after it stays, to end the
// list's last line and to come before the next list.
func (yamlLists) empty(l recordList) []byte { return []byte("\n" + l.yaml + ": []") }

func (yamlLists) write(ctx context.Context, w *bufio.Writer, l recordList) error {
	w.WriteString("\n" + l.yaml + ":")
	for i := range l.items.Len() {
		if err := stopped(ctx, i); err != nil {
			return err
		}
		item, err := encodeYAML(l.items.Index(i).Interface())
		if err != nil {
			return err
		}
		writeSequenceItem(w, item)
	}
	return nil
}

// jsonLists writes lists of records as JSON arrays: compact (JSON Lines),
// or indented under prefix as json.MarshalIndent(v, prefix, "  ") writes
// them.
type jsonLists struct {
	indent bool
	prefix string
}

func (j jsonLists) encode(head model.Result) ([]byte, error) {
	if j.indent {
		return json.MarshalIndent(head, j.prefix, "  ")
	}
	return json.Marshal(head)
}

// empty is the list with its key and the comma before it: a list is never
// a result's first field, and inside a JSON string a quotation mark is
// escaped.
func (j jsonLists) empty(l recordList) []byte {
	if j.indent {
		return []byte("\n" + j.prefix + `  "` + l.json + `": []`)
	}
	return []byte(`,"` + l.json + `":[]`)
}

func (j jsonLists) write(ctx context.Context, w *bufio.Writer, l recordList) error {
	if j.indent {
		w.WriteString("\n" + j.prefix + `  "` + l.json + `": [`)
	} else {
		w.WriteString(`,"` + l.json + `":[`)
	}
	for i := range l.items.Len() {
		if err := stopped(ctx, i); err != nil {
			return err
		}
		if i > 0 {
			w.WriteByte(',')
		}
		var item []byte
		var err error
		if j.indent {
			w.WriteString("\n" + j.prefix + "    ")
			item, err = json.MarshalIndent(l.items.Index(i).Interface(), j.prefix+"    ", "  ")
		} else {
			item, err = json.Marshal(l.items.Index(i).Interface())
		}
		if err != nil {
			return err
		}
		w.Write(item)
	}
	if j.indent {
		w.WriteString("\n" + j.prefix + "  ")
	}
	w.WriteByte(']')
	return nil
}

// streamResult writes res to w in format as marshalRecord encodes it,
// indented as an element of a JSON array when inArray (recordWriter's
// framing), one record of its lists at a time.
func streamResult(ctx context.Context, w *bufio.Writer, format string, res model.Result, inArray bool) error {
	switch format {
	case formatJSONL:
		return spliceResult(ctx, w, jsonLists{}, res, func() ([]byte, error) { return json.Marshal(res) })
	case formatJSON:
		prefix := ""
		if inArray {
			prefix = "  "
			w.WriteString(prefix)
		}
		return spliceResult(ctx, w, jsonLists{indent: true, prefix: prefix}, res, func() ([]byte, error) {
			return json.MarshalIndent(res, prefix, "  ")
		})
	}
	return spliceResult(ctx, w, yamlLists{}, res, func() ([]byte, error) { return encodeYAML(res) })
}
