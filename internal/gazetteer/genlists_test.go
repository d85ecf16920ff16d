package gazetteer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/testcorpus"
)

// generatedLists are the lists scripts/genlists/genlists.py writes, with
// the sha256 of the build from its pinned inputs. A hand edit fails here;
// rebuild with the script and record the new checksums instead.
var generatedLists = map[string]string{
	"brands.txt":   "465b7c7ac4d183b6fbd6ceeec174d6291dab5697a590cfad499f57fdebd9be9c",
	"surnames.txt": "bbc81b8f05b4d0cefb6119b3a3600c03e963ef2ebfda81449a240bbea1aa3ab2",
}

func TestGeneratedListsArePinnedBuild(t *testing.T) {
	for name, want := range generatedLists {
		b, err := lexiconFiles.ReadFile("lexicon/" + name)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if got := hex.EncodeToString(sum[:]); got != want {
			t.Errorf("lexicon/%s: sha256 %s, want %s (the build of scripts/genlists/genlists.py)", name, got, want)
		}
	}
}

// TestGeneratedListsRebuild runs the generator on its pinned inputs and
// wants the committed lists byte for byte. The npm packages are not part of
// the repository: set NEWSEXTRACT_GENLISTS_INPUTS to "NSI_DIR:PEOPLE_DIR"
// (their unpacked package/ folders, as the script's usage says) to run it.
func TestGeneratedListsRebuild(t *testing.T) {
	inputs := os.Getenv("NEWSEXTRACT_GENLISTS_INPUTS")
	nsi, people, ok := strings.Cut(inputs, ":")
	if !ok {
		t.Skip("SKIPPED: NEWSEXTRACT_GENLISTS_INPUTS is not set; set it to NSI_DIR:PEOPLE_DIR to rebuild the brand and surname lists")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIPPED: no python3 to run scripts/genlists/genlists.py")
	}
	train := testcorpus.Gold(t, "conll2003/conll2003-train.jsonl")
	lex := t.TempDir()
	entries, err := lexiconFiles.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, _ := lexiconFiles.ReadFile("lexicon/" + e.Name())
		if err := os.WriteFile(filepath.Join(lex, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	script := filepath.Join(testcorpus.Root(), "scripts", "genlists", "genlists.py")
	if out, err := exec.Command(python, script, nsi, people, train, lex).CombinedOutput(); err != nil {
		t.Fatalf("genlists.py: %v\n%s", err, out)
	}
	for name := range generatedLists {
		got, _ := os.ReadFile(filepath.Join(lex, name))
		want, _ := lexiconFiles.ReadFile("lexicon/" + name)
		if !bytes.Equal(got, want) {
			t.Errorf("the generator's %s differs from the committed one", name)
		}
	}
}
