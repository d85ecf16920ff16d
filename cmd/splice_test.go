package cmd

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// splicers are the formats' list writers, with the result encoded whole
// as each writes it.
var splicers = []struct {
	name  string
	s     listSplicer
	whole func(model.Result) ([]byte, error)
}{
	{"jsonl", jsonLists{}, func(r model.Result) ([]byte, error) { return json.Marshal(r) }},
	{"json", jsonLists{indent: true}, func(r model.Result) ([]byte, error) { return json.MarshalIndent(r, "", "  ") }},
	{"json in an array", jsonLists{indent: true, prefix: "  "}, func(r model.Result) ([]byte, error) { return json.MarshalIndent(r, "  ", "  ") }},
	{"yaml", yamlLists{}, func(r model.Result) ([]byte, error) { return encodeYAML(r) }},
}

// spliced is res written by spliceResult with s; fellBack says whether it
// wrote the whole encoding instead.
func spliced(t *testing.T, s listSplicer, res model.Result, whole func(model.Result) ([]byte, error)) (out []byte, fellBack bool) {
	t.Helper()
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	err := spliceResult(context.Background(), w, s, res, func() ([]byte, error) {
		fellBack = true
		return whole(res)
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Flush()
	return b.Bytes(), fellBack
}

// TestSpliceIsWhole checks that each format writes a result a record at a
// time byte for byte as it encodes the result whole, on results with every
// field set and with strings each format escapes or quotes, and that it
// finds every list's place (the fallback, which writes the whole encoding,
// would give the same bytes and hide a list it missed: adjacent lists
// once were).
func TestSpliceIsWhole(t *testing.T) {
	for _, sp := range splicers {
		for i, str := range yamlStrings {
			for _, res := range []model.Result{filledResult(str, i), yamlResult(str)} {
				want, err := sp.whole(res)
				if err != nil {
					t.Fatal(err)
				}
				got, fellBack := spliced(t, sp.s, res, sp.whole)
				if fellBack {
					t.Errorf("%s, %q: a list's place was not found", sp.name, str)
				}
				if !bytes.Equal(got, want) && (sp.name != "yaml" || decodesTo(t, want, res)) {
					t.Errorf("%s, %q: record by record\n%s\nwhole\n%s", sp.name, str, got, want)
				}
			}
		}
	}
}

// TestSpliceFallsBack checks that a head without a list's empty place
// gives the whole encoding, not a document with the list left out.
func TestSpliceFallsBack(t *testing.T) {
	res := yamlResult("Zedland")
	want, _ := encodeYAML(res)
	got, fellBack := spliced(t, yamlLists{}, res, func(model.Result) ([]byte, error) { return want, nil })
	if fellBack || !bytes.Equal(got, want) {
		t.Fatalf("found every list: fell back %v", fellBack)
	}
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	err := spliceResult(context.Background(), w, renamedYAML{}, res, func() ([]byte, error) { return []byte("whole\n"), nil })
	w.Flush()
	if err != nil || b.String() != "whole\n" {
		t.Errorf("a missing place gave %q, %v; want the whole encoding", b.String(), err)
	}
}

// renamedYAML looks for lists under keys the head does not have.
type renamedYAML struct{ yamlLists }

func (renamedYAML) empty(l recordList) []byte { return []byte("\nx" + l.yaml + ": []") }

// TestStreamResultIsMarshalRecord checks that a result streamed into the
// output is framed and encoded as marshalRecord and recordWriter write it.
func TestStreamResultIsMarshalRecord(t *testing.T) {
	res := filledResult("Zed \"Land\"\n<b>", 3)
	for _, format := range formats {
		for _, many := range []bool{false, true} {
			var want, got bytes.Buffer
			rec, err := marshalRecord(format, res)
			if err != nil {
				t.Fatal(err)
			}
			ww, gw := newRecordWriter(&want, format, many), newRecordWriter(&got, format, many)
			for range 2 {
				if err := ww.Write(rec); err != nil {
					t.Fatal(err)
				}
				if err := gw.WriteResult(context.Background(), res); err != nil {
					t.Fatal(err)
				}
			}
			ww.Close()
			gw.Close()
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("%s, many %v: streamed\n%s\nencoded\n%s", format, many, got.Bytes(), want.Bytes())
			}
		}
	}
}

// TestWriteResultStops checks that a result being written stops at its
// context's cancellation, within checkEvery records, in every format.
func TestWriteResultStops(t *testing.T) {
	var res model.Result
	for i := range 10 * checkEvery {
		res.Organizations = append(res.Organizations, model.Organization{ID: fmt.Sprintf("org-%d", i), Name: "Zed Bank"})
	}
	cause := errors.New("interrupted")
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(cause)
	for _, format := range formats {
		var b bytes.Buffer
		if err := newRecordWriter(&b, format, false).WriteResult(ctx, res); !errors.Is(err, cause) {
			t.Errorf("%s: %v, want the cancellation's cause", format, err)
		}
		if n := bytes.Count(b.Bytes(), []byte("org-")); n > checkEvery {
			t.Errorf("%s: %d records written after the cancellation", format, n)
		}
	}
}

// FuzzSplice: for any string in every field of a result, each format
// writes it a record at a time as it encodes it whole.
func FuzzSplice(f *testing.F) {
	for i, s := range yamlStrings {
		f.Add(s, i)
	}
	f.Fuzz(func(t *testing.T, str string, n int) {
		res := filledResult(str, n)
		for _, sp := range splicers {
			want, err := sp.whole(res)
			if err != nil {
				t.Skip("cannot be encoded")
			}
			got, fellBack := spliced(t, sp.s, res, sp.whole)
			if fellBack {
				t.Fatalf("%s, %q: a list's place was not found", sp.name, str)
			}
			if !bytes.Equal(got, want) && (sp.name != "yaml" || decodesTo(t, want, res)) {
				t.Fatalf("%s, %q: record by record\n%s\nwhole\n%s", sp.name, str, got, want)
			}
		}
	})
}
