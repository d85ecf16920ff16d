package text

import (
	"flag"
	"os"
	"testing"

	"gopkg.in/neurosnap/sentences.v1/data"
)

var update = flag.Bool("update", false, "rewrite the generated files: punkt-english.json from the sentences module, tagger-slots.bin from prose's tagger model")

// TestPunktModelIsTheModules checks that the embedded punkt model is the
// sentences module's English one byte for byte; -update rewrites it.
func TestPunktModelIsTheModules(t *testing.T) {
	want, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("punkt-english.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if punktEnglish != string(want) {
		t.Errorf("punkt-english.json (%d bytes) is not the module's data/english.json (%d bytes): go test ./internal/text -run PunktModel -update", len(punktEnglish), len(want))
	}
}
