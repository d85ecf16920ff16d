package cmd

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/score"
	"github.com/newsextract/newsextract/internal/testcorpus"
)

// firstLines copies the first n lines of the shared gold file rel (a path
// under ../shared/data) into dir; the test skips when the shared data is
// absent (see testcorpus.Gold).
func firstLines(t *testing.T, rel, dir string, n int) string {
	t.Helper()
	in, err := os.Open(testcorpus.Gold(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	dst := filepath.Join(dir, filepath.Base(rel))
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		out.Write(append(sc.Bytes(), '\n'))
	}
	return dst
}

// TestEvalThroughPublicOutput checks that scoring the extractor directly
// and scoring what `newsextract --input jsonl -f jsonl` wrote give the same
// figures, for entities and for timexes.
func TestEvalThroughPublicOutput(t *testing.T) {
	dir := t.TempDir()
	for _, src := range []string{
		"conll2003/conll2003-dev.jsonl",
		"tempeval3/tempeval3-timebank.jsonl",
	} {
		gold := firstLines(t, src, dir, 25)
		direct, viaOutput := evalBothWays(t, gold)
		if scores(direct) != scores(viaOutput) || !strings.Contains(direct, "ALL") && !strings.Contains(direct, "relaxed span") {
			t.Errorf("scores differ:\ndirect:\n%s\nthrough output:\n%s", direct, viaOutput)
		}
	}
}

// evalBothWays runs eval on a gold file directly, and on the predictions
// `newsextract --input jsonl -f jsonl` writes for its texts.
func evalBothWays(t *testing.T, gold string) (direct, viaOutput string) {
	t.Helper()
	direct, errOut, code := run(t, "", "eval", gold)
	if code != 0 {
		t.Fatalf("eval: exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	pred, errOut, code := run(t, string(data), "-q", "--input", "jsonl", "-f", "jsonl")
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errOut)
	}
	predFile := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(predFile, []byte(pred), 0o644); err != nil {
		t.Fatal(err)
	}
	viaOutput, errOut, code = run(t, "", "eval", gold, "--pred", predFile)
	if code != 0 {
		t.Fatalf("eval --pred: exit %d: %s", code, errOut)
	}
	return direct, viaOutput
}

// TestEvalEvents scores agreements and meetings on the first documents of
// the events gold (the trap documents come last and are not among them):
// the table is printed, with the same figures directly and through the
// public output.
func TestEvalEvents(t *testing.T) {
	gold := firstLines(t, "events/events-dev.jsonl", t.TempDir(), 20)
	direct, viaOutput := evalBothWays(t, gold)
	if scores(direct) != scores(viaOutput) {
		t.Errorf("scores differ:\ndirect:\n%s\nthrough output:\n%s", direct, viaOutput)
	}
	agreements := regexp.MustCompile(`(?m)^ *agreements +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +([0-9]+) `).FindStringSubmatch(direct)
	if agreements == nil || agreements[1] == "0" {
		t.Errorf("no agreements row with true positives:\n%s", direct)
	}
	for _, want := range []string{"meetings", "status", "type lenient", "parties / participants recall", "records in trap documents"} {
		if !strings.Contains(direct, want) {
			t.Errorf("no %q in:\n%s", want, direct)
		}
	}
}

// TestEvalEventsPredictionFile scores a made-up events gold from a
// prediction file: the agreement's evidence span is what is matched, a
// record in a trap document is a false positive, and entity and timex
// tables are left out when the gold has neither.
func TestEvalEventsPredictionFile(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	os.WriteFile(gold, []byte(
		`{"id":"a","text":"Acme Corp signed a deal to buy Widget Ltd.","agreements":[{"start":0,"end":42,"status":"signed","type":"merger/acquisition","parties":["Acme Corp | Acme","Widget Ltd"],"name":null,"also":[],"optional":false}],"meetings":[]}`+"\n"+
			`{"id":"b","text":"The team met its rivals.","agreements":[],"meetings":[]}`+"\n"), 0o644)
	pred := filepath.Join(dir, "pred.jsonl")
	agreement := `{"status":"signed","type":"acquisition","parties":[{"name":"Acme","kind":"organization","id":"org-1","representatives":[]}],"trigger":{"text":"signed","start":10,"end":16},"evidence":{"text":"x","start":%d,"end":%d}}`
	os.WriteFile(pred, []byte(
		`{"schema":"newsextract/v1","id":"a","agreements":[`+fmt.Sprintf(agreement, 0, 42)+`,`+fmt.Sprintf(agreement, 19, 23)+`]}`+"\n"+
			`{"schema":"newsextract/v1","id":"b","agreements":[`+fmt.Sprintf(agreement, 0, 8)+`]}`+"\n"), 0o644)
	out, errOut, code := run(t, "", "eval", gold, "--pred", pred)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []*regexp.Regexp{
		// tp 1, fp 1 (the trap), fn 0, redundant 1, ignored 0
		regexp.MustCompile(`agreements +33\.33 +100\.00 +50\.00 +50\.00 +66\.67 +1 +1 +0 +1 +0`),
		regexp.MustCompile(`meetings +0\.00 +0\.00 +0\.00 +0\.00 +0\.00 +0 +0 +0 +0 +0`),
		regexp.MustCompile(`status +100\.00 \(1/1\) +-`),
		regexp.MustCompile(`type strict +0\.00 \(0/1\)`),
		regexp.MustCompile(`type lenient +100\.00 \(1/1\)`),
		regexp.MustCompile(`parties / participants recall +50\.00 \(1/2\)`),
		regexp.MustCompile(`records in trap documents +1 in 1`),
	} {
		if !want.MatchString(out) {
			t.Errorf("no %s in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "entities") || strings.Contains(out, "timexes") {
		t.Errorf("entity or timex table without such gold:\n%s", out)
	}
}

// scores drops eval's first line, which differs in timing only.
func scores(out string) string {
	_, rest, _ := strings.Cut(out, "\n")
	return rest
}

func TestEvalErrors(t *testing.T) {
	_, errOut, code := run(t, "", "eval", "no-such-gold.jsonl")
	if code != exitFailed || !strings.Contains(errOut, "no-such-gold.jsonl: no such file") {
		t.Errorf("missing gold: exit %d, stderr %q", code, errOut)
	}
	_, _, code = run(t, "", "eval")
	if code != exitUsage {
		t.Errorf("eval without files: exit %d, want %d", code, exitUsage)
	}
}

func TestVersionAndSchema(t *testing.T) {
	out, _, code := run(t, "", "version")
	if code != 0 || !regexp.MustCompile(`^newsextract \S+ \(schema newsextract/v2, go\S+\)\n$`).MatchString(out) {
		t.Errorf("version: exit %d, %q", code, out)
	}
	out, _, code = run(t, "", "schema")
	if code != 0 || !strings.Contains(out, `"$schema": "https://json-schema.org/draft/2020-12/schema"`) {
		t.Errorf("schema: exit %d, %.200q", code, out)
	}
}

func TestEvalPredictionFile(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	os.WriteFile(gold, []byte(`{"id":"a","text":"Talks in Oslo.","entities":[{"start":9,"end":13,"label":"LOC"}]}`+"\n\n"), 0o644)
	pred := filepath.Join(dir, "pred.jsonl")
	line := `{"schema":"newsextract/v2","id":"a","places":[{"name":"Oslo","mentions":[{"text":"Oslo","start":9,"end":13}]}]}`
	os.WriteFile(pred, []byte(line+"\n\n"), 0o644)
	out, errOut, code := run(t, "", "eval", gold, "--pred", pred)
	if code != 0 || !strings.Contains(out, "100.00") {
		t.Errorf("blank lines: exit %d, %q %q", code, out, errOut)
	}
	os.WriteFile(pred, []byte(line+"\n"+line+"\n"), 0o644)
	if _, errOut, code := run(t, "", "eval", gold, "--pred", pred); code != exitFailed || !strings.Contains(errOut, `id "a" appears twice`) {
		t.Errorf("duplicate ids: exit %d, %q", code, errOut)
	}
	os.WriteFile(pred, []byte(`{"schema":"newsextract/v2","id":"a","error":"empty input"}`+"\n"), 0o644)
	if _, errOut, code := run(t, "", "eval", gold, "--pred", pred); code != 0 || !strings.Contains(errOut, "1 error records are scored as empty predictions") {
		t.Errorf("error records: exit %d, %q", code, errOut)
	}
}

func TestPersonAndOrganization(t *testing.T) {
	text := "Ford met Ford. Quist left."
	for _, tc := range []struct {
		name string
		ents []score.Entity
		want int
	}{
		{"one name, two labels", []score.Entity{{Start: 0, End: 4, Label: "PER"}, {Start: 9, End: 13, Label: "ORG"}}, 1},
		{"one name, one label", []score.Entity{{Start: 0, End: 4, Label: "PER"}, {Start: 9, End: 13, Label: "PER"}}, 0},
		{"different names", []score.Entity{{Start: 0, End: 4, Label: "PER"}, {Start: 15, End: 20, Label: "ORG"}}, 0},
		{"a place is neither", []score.Entity{{Start: 0, End: 4, Label: "LOC"}, {Start: 9, End: 13, Label: "ORG"}}, 0},
		{"a span outside the text", []score.Entity{{Start: 0, End: 99, Label: "PER"}}, 0},
	} {
		if got := personAndOrganization(tc.ents, text); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestEvalPlainErrors: numeric ids are read as the extraction output
// echoes them, and a bad gold line is explained without Go type names.
func TestEvalPlainErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(data), 0o644)
		return p
	}
	numeric := write("numeric.jsonl", `{"id": 7, "text": "Talks in Paris ended on Tuesday.", "dct": "2025-08-20", "entities": [{"start": 9, "end": 14, "label": "LOC"}]}`+"\n")
	out, errOut, code := run(t, "", "eval", numeric)
	if code != 0 || !strings.Contains(out, "LOC") {
		t.Errorf("numeric ids: exit %d, stderr %q", code, errOut)
	}
	// Predictions written by newsextract for the same records match by id.
	preds, _, _ := run(t, `{"id": 7, "text": "Talks in Paris ended on Tuesday.", "ref_date": "2025-08-20"}`+"\n", "-q", "--input", "jsonl", "-f", "jsonl")
	if _, errOut, code := run(t, "", "eval", "--pred", write("preds.jsonl", preds), numeric); code != 0 {
		t.Errorf("numeric ids against predictions: exit %d, stderr %q", code, errOut)
	}
	_, errOut, code = run(t, "", "eval", write("bad.jsonl", `{"id": "a", "text": 5}`+"\n"))
	if code != exitFailed || !strings.Contains(errOut, `bad.jsonl:1: malformed JSON: field "text" has the wrong type (number)`) || strings.Contains(errOut, "Go struct") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
