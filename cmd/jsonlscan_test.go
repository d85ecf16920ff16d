package cmd

import (
	"encoding/json"
	"reflect"
	"testing"
)

// scanCases are JSON Lines records that scanRecord reads itself (true) or
// leaves to json.Unmarshal (false).
var scanCases = []struct {
	line string
	fast bool
}{
	{`{"id": "a-1", "source": "x", "text": "Talks ended.\nThey \"said\" so\\.\t", "dct": "2025-08-20", "entities": [{"text": "Talks", "start": 0, "tags": [1, -2.5e+3, 0.25, true, false, null]}], "timexes": []}`, true},
	{` {"id":7,"text":"","ref_date":"2025-08-20","url":"https://x.example/a"} `, true},
	{`{}`, true},
	{`{"text":"caf\u00e9 \ud800 \uD83D\uDE00"}`, true}, // \u: that string json.Unmarshal's
	{`{"Text":"x"}`, false},                            // other case
	{`{"TEXT":"x","text":"y"}`, false},                 // other case, and which wins
	{`{"text":null}`, true},
	{`{"text":"x","dct":"2025-08-20","dct":null,"ref_date":null}`, true},
	{`{"text":"x","text":null}`, true},
	{`{"text":"x","id":null,"url":null}`, true},
	{`{"text":5}`, false},                          // type error
	{`{"dct":["2025"]}`, false},                    // type error
	{`{"te\u0078t":"x"}`, false},                   // escaped key
	{`{"text":"x",}`, false},                       // trailing comma
	{`{"text":"x"} {}`, false},                     // two values
	{`{"text":"x","n":01}`, false},                 // leading zero
	{`{"text":"x","n":1.}`, false},                 // bare point
	{`{"text":"x","n":-}`, false},                  // bare minus
	{`{"text":"x","n":tru}`, false},                // cut literal
	{"{\"text\":\"a\x01b\"}", false},               // control character
	{`{"text":"x\q"}`, false},                      // bad escape
	{`{"text":"x","a":{"b":[1,{"c":"d"}]}}`, true}, // nesting passed over
	{`["text"]`, false},
	{`{"text":"x"`, false},
	{``, false},
	{"\ufeff{\"text\":\"x\"}", false}, // byte order mark
}

// TestScanRecord: what scanRecord reads, json.Unmarshal reads the same;
// what it leaves, it leaves.
func TestScanRecord(t *testing.T) {
	for _, tc := range scanCases {
		rec, ok := scanRecord([]byte(tc.line))
		if ok != tc.fast {
			t.Errorf("%s: read %v, want %v", tc.line, ok, tc.fast)
			continue
		}
		if ok {
			checkLikeUnmarshal(t, []byte(tc.line), rec)
		}
	}
}

// checkLikeUnmarshal fails unless json.Unmarshal reads line as rec.
func checkLikeUnmarshal(t *testing.T, line []byte, rec jsonlRecord) {
	t.Helper()
	var want jsonlRecord
	if err := json.Unmarshal(line, &want); err != nil {
		t.Fatalf("%q: scanRecord read it, json.Unmarshal: %v", line, err)
	}
	if len(want.ID) == 0 {
		want.ID = nil
	}
	if len(want.URL) == 0 {
		want.URL = nil
	}
	if !reflect.DeepEqual(rec, want) {
		t.Fatalf("%q: scanRecord read %+v, json.Unmarshal %+v", line, rec, want)
	}
}

// FuzzScanRecord: a line scanRecord reads, json.Unmarshal reads the same.
func FuzzScanRecord(f *testing.F) {
	for _, tc := range scanCases {
		f.Add([]byte(tc.line))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if invalidUTF8At(line) >= 0 {
			return // refused before
		}
		if rec, ok := scanRecord(line); ok {
			checkLikeUnmarshal(t, line, rec)
		}
	})
}
