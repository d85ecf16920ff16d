package cmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/ner"
)

func TestTrainFlagParsing(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    trainOptions
		wantErr string
	}{
		{"defaults", nil, trainOptions{Train: defaultTrainData, Dev: defaultDevData, Output: defaultModelPath, Final: true}, ""},
		{"all flags", []string{"--train", "t.jsonl", "--dev", "d.jsonl", "-o", "m.bin", "--final=false"},
			trainOptions{Train: "t.jsonl", Dev: "d.jsonl", Output: "m.bin"}, ""},
		{"long output", []string{"--output", "x/m.bin"}, trainOptions{Train: defaultTrainData, Dev: defaultDevData, Output: "x/m.bin", Final: true}, ""},
		{"empty output", []string{"-o", ""}, trainOptions{}, "--output needs a path"},
		{"empty train", []string{"--train", ""}, trainOptions{}, "--train needs a path"},
		{"output over data", []string{"--train", "t.jsonl", "-o", "./t.jsonl"}, trainOptions{}, "would overwrite the training data"},
		{"argument", []string{"data.jsonl"}, trainOptions{}, "unknown command"},
		{"unknown flag", []string{"--epochs", "3"}, trainOptions{}, "unknown flag: --epochs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *trainOptions
			streams := &IOStreams{In: &bytes.Buffer{}, Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}
			root := newRootCmd(streams, nil)
			for _, c := range root.Commands() {
				if c.Name() == "train" {
					root.RemoveCommand(c)
				}
			}
			root.AddCommand(newTrainCmd(streams, func(o *trainOptions) error { got = o; return nil }))
			if !executeFlags(t, root, streams, append([]string{"train"}, tt.args...), tt.wantErr) {
				return
			}
			got.IO = nil
			if *got != tt.want {
				t.Errorf("options = %+v, want %+v", *got, tt.want)
			}
		})
	}
}

// TestTrainFailsFast checks that train stops at once, before any training,
// when it cannot read an input or write its output.
func TestTrainFailsFast(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data.jsonl")
	os.WriteFile(data, []byte(`{"id": "a", "text": "A .", "entities": []}`+"\n"), 0o644)
	empty := filepath.Join(dir, "empty.jsonl")
	os.WriteFile(empty, nil, 0o644)
	model := filepath.Join(dir, "ner.bin")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing train", []string{"--train", filepath.Join(dir, "none.jsonl"), "--dev", data, "-o", model}, "none.jsonl: no such file or directory"},
		{"missing dev", []string{"--train", data, "--dev", filepath.Join(dir, "none.jsonl"), "-o", model}, "--dev " + dir},
		{"empty train", []string{"--train", empty, "--dev", data, "-o", model}, "empty.jsonl: is empty"},
		{"train is a folder", []string{"--train", dir, "--dev", data, "-o", model}, "is a folder"},
		{"no output folder", []string{"--train", data, "--dev", data, "-o", filepath.Join(dir, "no", "ner.bin")}, "cannot create a file in " + filepath.Join(dir, "no")},
		{"output is a folder", []string{"--train", data, "--dev", data, "-o", dir}, "is a folder, want a file name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, errOut, code := run(t, "", append([]string{"train"}, tt.args...)...)
			if code != exitFailed || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 1 and %q", code, errOut, tt.want)
			}
			if strings.Contains(errOut, "repository root") {
				t.Errorf("stderr %q blames the default paths, but none was used", errOut)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v to fail: it trained first", d)
			}
		})
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(leftovers) > 0 {
		t.Errorf("left files behind: %v", leftovers)
	}
}

// TestTrainDefaultsOutsideRepository checks the promise of train's help:
// run outside the repository root, with the default paths, it fails at
// once and says why.
func TestTrainDefaultsOutsideRepository(t *testing.T) {
	t.Chdir(t.TempDir())
	_, errOut, code := run(t, "", "train")
	if code != exitFailed || !strings.Contains(errOut, "--train "+defaultTrainData) ||
		!strings.Contains(errOut, "relative to the repository root") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ner.bin")
	os.WriteFile(path, []byte("old model"), 0o600)
	if err := writeFileAtomic(path, []byte("new model")); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "new model" {
		t.Errorf("file holds %q (%v), want the new model", got, err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files, want only the model", len(entries))
	}
	// A folder where the file should go: the rename fails, and neither the
	// folder nor a temporary file is left changed behind.
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	if err := writeFileAtomic(sub, []byte("x")); err == nil {
		t.Error("writing over a folder succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("folder holds %d entries after a failed write, want 2", len(entries))
	}
}

// tinyGold writes a made-up gold JSON Lines file: each document is lines
// of text and the mentions in it, found in order.
func tinyGold(t *testing.T, path string, docs [][2][]string) {
	t.Helper()
	var out []byte
	for i, d := range docs {
		text := strings.Join(d[0], "\n")
		var ents []map[string]any
		at := 0
		for _, m := range d[1] {
			label, words, _ := strings.Cut(m, " ")
			k := strings.Index(text[at:], words)
			if k < 0 {
				t.Fatalf("%q not in document %d after byte %d", words, i, at)
			}
			ents = append(ents, map[string]any{"start": at + k, "end": at + k + len(words), "label": label})
			at += k + len(words)
		}
		line, _ := json.Marshal(map[string]any{"id": filepath.Base(path) + string(rune('a'+i)), "text": text, "entities": ents})
		out = append(append(out, line...), '\n')
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestTrainWritesModel trains on a made-up corpus twice through the
// command line: the model parses, and the second run says it is identical
// to the first.
func TestTrainWritesModel(t *testing.T) {
	dir := t.TempDir()
	train, dev, model := filepath.Join(dir, "train.jsonl"), filepath.Join(dir, "dev.jsonl"), filepath.Join(dir, "ner.bin")
	tinyGold(t, train, [][2][]string{
		{{"Anna Berg met Acme Corp officials in Oslo .", "Berg said the talks went well ."}, {"PER Anna Berg", "ORG Acme Corp", "LOC Oslo", "PER Berg"}},
		{{"Acme Corp opened a plant in Bergen .", "Mayor Ola Dahl welcomed the Norwegian jobs ."}, {"ORG Acme Corp", "LOC Bergen", "PER Ola Dahl", "MISC Norwegian"}},
		{{"Lund Rovers beat Malmo United 2-1 in Lund .", "Erik Sand scored twice ."}, {"ORG Lund Rovers", "ORG Malmo United", "LOC Lund", "PER Erik Sand"}},
	})
	tinyGold(t, dev, [][2][]string{
		{{"Ola Dahl visited Acme Corp in Oslo ."}, {"PER Ola Dahl", "ORG Acme Corp", "LOC Oslo"}},
	})
	args := []string{"train", "--train", train, "--dev", dev, "-o", model}
	out, errOut, code := run(t, "", args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "wrote "+model) || !strings.Contains(out, "sha256 ") || !strings.Contains(errOut, "stage 1 epoch 1") {
		t.Errorf("stdout %q, stderr %q", out, errOut)
	}
	data, err := os.ReadFile(model)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ner.Parse(data); err != nil {
		t.Errorf("the written model does not parse: %v", err)
	}
	out, errOut, code = run(t, "", args...)
	if code != 0 || !strings.Contains(out, "identical to the model it replaced") {
		t.Errorf("second run: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
