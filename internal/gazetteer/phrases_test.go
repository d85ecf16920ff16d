package gazetteer

import (
	"testing"
	"testing/fstest"
)

// TestPhraseIndex checks the index's lookups over a small text of
// several files: found in their own file only, exact bytes, whole
// columns, several files listing one key.
func TestPhraseIndex(t *testing.T) {
	texts := []string{
		"Alpha\tAlp\nBeta\n",
		"Beta\tBravo land\r\nGamma\n",
		"Alp",
	}
	x := newPhraseIndex(texts, 16)
	add := func(file, off int, key string) {
		if _, dup := x.find(file, key); dup {
			t.Fatalf("%q found in file %d before it was added", key, file)
		}
		x.add(file, off, key)
	}
	add(0, 0, "Alpha")
	add(0, 6, "Alp")
	add(0, 10, "Beta")
	add(1, 0, "Beta")
	add(1, 17, "Gamma")
	add(2, 0, "Alp")
	for _, tc := range []struct {
		file int
		key  string
		off  int
		ok   bool
	}{
		{0, "Alpha", 0, true},
		{0, "Alp", 6, true},
		{2, "Alp", 0, true},
		{1, "Alp", 0, false},
		{0, "Al", 0, false},    // a prefix of a column
		{0, "alpha", 0, false}, // exact case
		{1, "Beta", 0, true},
		{1, "Gamma", 17, true},
		{0, "Gamma", 0, false},
		{0, "", 0, false},
	} {
		off, ok := x.find(tc.file, tc.key)
		if ok != tc.ok || off != tc.off {
			t.Errorf("find(%d, %q) = %d, %v; want %d, %v", tc.file, tc.key, off, ok, tc.off, tc.ok)
		}
	}
	sets := [lexFileCount]listSet{0: lexCountry, 1: lexCity, 2: 0}
	for _, tc := range []struct {
		key  string
		want listSet
	}{
		{"Beta", lexCountry | lexCity},
		{"Alp", lexCountry}, // file 2 lists it too, but reports no set
		{"Gamma", lexCity},
		{"Delta", 0},
	} {
		if got := x.holding(tc.key, &sets); got != tc.want {
			t.Errorf("holding(%q) = %b, want %b", tc.key, got, tc.want)
		}
	}
}

// TestPhraseColumns checks the reading of the columns around an entry.
func TestPhraseColumns(t *testing.T) {
	text := "Alpha\tAlp\tA.\nBeta\tBravo land\r\nGamma\nDelta\t\n"
	for _, tc := range []struct {
		off         int
		key         string
		first, next string
	}{
		{0, "Alpha", "Alpha", "Alp"},
		{6, "Alp", "Alpha", "A."},
		{10, "A.", "Alpha", ""},
		{13, "Beta", "Beta", "Bravo land"},
		{18, "Bravo land", "Beta", ""},
		{30, "Gamma", "Gamma", ""},
		{36, "Delta", "Delta", ""},
	} {
		off := tc.off
		if !columnIs(text, off, tc.key) {
			t.Errorf("columnIs(%q) = false", tc.key)
		}
		if got := firstColumn(text, off); got != tc.first {
			t.Errorf("firstColumn at %q = %q, want %q", tc.key, got, tc.first)
		}
		if got := nextColumn(text, off, len(tc.key)); got != tc.next {
			t.Errorf("nextColumn after %q = %q, want %q", tc.key, got, tc.next)
		}
	}
	if columnIs(text, 0, "Alph") || columnIs(text, 18, "Bravo") {
		t.Error("columnIs matched part of a column")
	}
}

// TestLexiconTextsAreTheFiles checks that each gazetteer's embedded string
// is its file, and that the loader reads another file system's files.
func TestLexiconTextsAreTheFiles(t *testing.T) {
	other := fstest.MapFS{}
	for _, f := range lexFileTable {
		data, err := lexiconFiles.ReadFile(lexiconDir + f.name)
		if err != nil {
			t.Fatal(err)
		}
		if *f.text != string(data) {
			t.Errorf("the embedded text of %s is not the file", f.name)
		}
		other[lexiconDir+f.name] = &fstest.MapFile{Data: []byte("# other\n")}
		got, err := readLexiconText(other, f.name, f.text)
		if err != nil || got != "# other\n" {
			t.Errorf("readLexiconText(MapFS, %s) = %q, %v", f.name, got, err)
		}
	}
}
