package text

import (
	"maps"
	"slices"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
)

// TestReadPunktEnglish checks that readPunkt reads the embedded model into
// exactly what encoding/json gives of the sentences module's.
func TestReadPunktEnglish(t *testing.T) {
	got, err := readPunkt(punktEnglish)
	if err != nil {
		t.Fatal(err)
	}
	st := modulePunkt(t)
	if !maps.Equal(got.abbrevs, st.AbbrevTypes) || !maps.Equal(got.collocations, st.Collocations) ||
		!maps.Equal(got.starters, st.SentStarters) || !maps.Equal(got.ortho, st.OrthoContext) {
		t.Error("readPunkt and encoding/json read the English model differently")
	}
}

// TestReadPunktErrors checks that readPunkt refuses a model it cannot read
// whole, and reads a small one.
func TestReadPunktErrors(t *testing.T) {
	for _, s := range []string{
		"AbbrevTypes\n", "AbbrevTypes\t2\na\t1\n", "Other\t0\n", "AbbrevTypes\t1\na 1\n",
		"AbbrevTypes\t1\na\t-1\n", "AbbrevTypes\t1\na\t1.5\n", "AbbrevTypes\t1\na\t01\n",
		"AbbrevTypes\tx\n", "AbbrevTypes\t1\n\n",
	} {
		if _, err := readPunkt(s); err == nil {
			t.Errorf("readPunkt(%q) reads it", s)
		}
	}
	st, err := readPunkt("# a note\nSentStarters\t2\nbut\t4\né\t0\nAbbrevTypes\t0\n")
	if err != nil || !maps.Equal(st.starters, map[string]int{"but": 4, "é": 0}) || len(st.abbrevs) != 0 {
		t.Errorf("readPunkt of a small model = %v, %v", st, err)
	}
}

// newSegmenter returns prose's English sentence segmenter with loadPunkt's
// model.
func newSegmenter() (*segment.Segmenter, error) {
	m, err := loadPunkt()
	if err != nil {
		return nil, err
	}
	return segment.WithTraining(&sentences.Storage{
		AbbrevTypes:  m.abbrevs,
		Collocations: m.collocations,
		SentStarters: m.starters,
		OrthoContext: m.ortho,
	}), nil
}

// TestSegmenterIsProse checks that loadPunkt's model is the one prose's
// segment.New loads, its supervised abbreviations included: prose's
// segmenter splits alike with either.
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
