package text

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

var update = flag.Bool("update", false, "rewrite the generated files: punkt-english.tsv from the sentences module, punkt-index.bin from punkt-english.tsv, tagger-slots.bin from prose's tagger model")

// TestPunktModelIsTheModules rebuilds punkt-english.tsv from the sentences
// module's English model and wants the committed file byte for byte;
// -update rewrites it.
func TestPunktModelIsTheModules(t *testing.T) {
	st := modulePunkt(t)
	want, err := writePunkt(st)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("punkt-english.tsv", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if punktEnglish != want {
		t.Errorf("punkt-english.tsv (%d bytes) is not the module's data/english.json written out (%d bytes): go test ./internal/text -run PunktModel -update", len(punktEnglish), len(want))
	}
}

// modulePunkt is the sentences module's English model as the module
// reads it.
func modulePunkt(t *testing.T) *sentences.Storage {
	t.Helper()
	b, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	st, err := sentences.LoadTraining(b)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// punktHeader opens punkt-english.tsv.
const punktHeader = `# punkt-english.tsv: the English punkt model of gopkg.in/neurosnap/sentences.v1
# (data/english.json, MIT License, Copyright (c) 2015 Eric Bower), written
# out for newsextract: each table a line "name<TAB>entries", then its entries,
# "key<TAB>value" sorted by key. Rebuilt and checked by
# TestPunktModelIsTheModules (internal/text/punkt_model_test.go).
`

// writePunkt writes a punkt model in punktEnglish's format.
func writePunkt(st *sentences.Storage) (string, error) {
	var b strings.Builder
	b.WriteString(punktHeader)
	for _, table := range []struct {
		name string
		set  sentences.SetString
	}{
		{"AbbrevTypes", st.AbbrevTypes},
		{"Collocations", st.Collocations},
		{"SentStarters", st.SentStarters},
		{"OrthoContext", st.OrthoContext},
	} {
		fmt.Fprintf(&b, "%s\t%d\n", table.name, len(table.set))
		keys := make([]string, 0, len(table.set))
		for k := range table.set {
			if k == "" || strings.ContainsAny(k, "\t\n") {
				return "", fmt.Errorf("%s: key %q cannot be written on a line", table.name, k)
			}
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "%s\t%d\n", k, table.set[k])
		}
	}
	return b.String(), nil
}
