package text

import (
	"reflect"
	"slices"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// TestReadPunktEnglish checks that readPunkt reads sentences' English
// model into exactly what encoding/json gives.
func TestReadPunktEnglish(t *testing.T) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := sentences.LoadTraining(b)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := readPunkt(string(b))
	if !ok {
		t.Fatal("readPunkt does not read the English model")
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("readPunkt and encoding/json read the English model differently")
	}
}

// TestReadPunktLeavesTheRest checks that readPunkt declines what it does
// not read exactly as encoding/json would.
func TestReadPunktLeavesTheRest(t *testing.T) {
	for _, s := range []string{
		``, `{`, `[]`, `{"AbbrevTypes": {"a": 1}`, `{"AbbrevTypes": {"a": 1}} x`,
		`{"Other": {}}`, `{"AbbrevTypes": null}`, `{"AbbrevTypes": {"a\u0062": 1}}`,
		`{"AbbrevTypes": {"a": -1}}`, `{"AbbrevTypes": {"a": 1.5}}`, `{"AbbrevTypes": {"a": 01}}`,
		`{"AbbrevTypes": {"a": 1,}}`, "{\"AbbrevTypes\": {\"\xff\": 1}}", `{"AbbrevTypes": {"a" 1}}`,
	} {
		if _, ok := readPunkt(s); ok {
			t.Errorf("readPunkt(%q) reads it", s)
		}
	}
	st, ok := readPunkt(` { "SentStarters" : { "but" : 4, "é": 0 } , "AbbrevTypes": {} } `)
	if !ok || !reflect.DeepEqual(st.SentStarters, sentences.SetString{"but": 4, "é": 0}) {
		t.Errorf("readPunkt of a small model = %v, %v", st, ok)
	}
}

// TestSegmenterIsProse checks that newSegmenter splits as prose's
// segment.New does, its supervised abbreviations included.
func TestSegmenterIsProse(t *testing.T) {
	ours, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	prose, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"Sgt. Pepper met Gov. Smith at No. 10 on Mt. Everest. They left at 5 p.m. on Monday.",
		"The U.S. economy grew 2.1 percent. Mr. Jones said so... Then he left! Did he? Yes.",
		`"We will win," he said. The vote is on Oct. 3. Dr. Who arrived.`,
	} {
		if got, want := ours.Segment(s), prose.Segment(s); !slices.Equal(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", s, got, want)
		}
	}
}
