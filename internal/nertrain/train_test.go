package nertrain

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// tinyTrain and tinyDev are a corpus made up for these tests, one sentence
// a line as in the CoNLL data, mentions marked [LABEL words].
var tinyTrain = []string{
	`[ORG Halvard Shipping] SAYS PROFIT ROSE
[LOC OSLO] 2024-03-04
[ORG Halvard Shipping] said on Monday its profit rose 12 percent in the first quarter .
Chief executive [PER Mette Lind] told reporters in [LOC Oslo] that freight rates were higher .`,
	`SOCCER - [ORG Brindle Rovers] BEAT [ORG Castor United]
[LOC LEEDS] 2024-03-02
[ORG Brindle Rovers] beat [ORG Castor United] 2-1 on Saturday .
[PER Tom Avery] scored twice for [ORG Brindle Rovers] before a crowd of 20,000 .`,
	`[LOC Valmora] and [LOC Estrela] sign trade pact
[LOC LISBON] 2024-02-11
The foreign ministers of [LOC Valmora] and [LOC Estrela] signed a trade pact in [LOC Lisbon] on Sunday .
[PER Joao Mendes] , the [MISC Estrelan] minister , called it a new start .`,
	`[ORG Kestrel Motors] to cut 300 jobs
[LOC DETROIT] 2024-01-20
[ORG Kestrel Motors] will cut 300 jobs at its plant in [LOC Detroit] , a spokesman said .
The [ORG United Auto Workers] union said it would fight the cuts .`,
	`TENNIS - [PER Lena Ostrova] WINS IN [LOC MADRID]
[LOC MADRID] 2024-05-05
[PER Lena Ostrova] of [LOC Ruvania] beat [PER Clara Weiss] 6-3 6-4 in the final on Sunday .
[PER Ostrova] said the [MISC Ruvanian] crowd had helped her .`,
	`[ORG Central Bank of Valmora] holds rates
[LOC PORTO ALTO] 2024-04-18
The [ORG Central Bank of Valmora] kept its main rate at 4.5 percent on Thursday .
Governor [PER Ana Ribeiro] said inflation was slowing in [LOC Valmora] .`,
	`Floods hit northern [LOC Estrela]
[LOC BRAGANZA] 2024-06-09
Floods killed five people in northern [LOC Estrela] , the [ORG Red Cross] said on Sunday .
Prime Minister [PER Rui Costa] visited [LOC Braganza] and promised aid .`,
	`[ORG Mirren Foods] buys [ORG Taylor Bakeries]
[LOC LONDON] 2024-07-01
[ORG Mirren Foods] said on Monday it would buy [ORG Taylor Bakeries] for 40 million pounds .
[PER David Taylor] , who founded the bakery , will join the [ORG Mirren] board .`,
	`CRICKET - [LOC ENGLAND] BEAT [LOC INDIA]
[LOC LONDON] 2024-08-12
[LOC England] beat [LOC India] by six wickets at [LOC Lord's] on Monday .
[PER Sam Hollis] made 88 not out in the [MISC English] innings .`,
	`[MISC Ruvanian] election set for May
[LOC TALLO] 2024-02-01
[LOC Ruvania] will hold a presidential election in May , the electoral commission said .
President [PER Ivan Dorov] of the [ORG People's Party] will seek a second term .`,
}

var tinyDev = []string{
	`[ORG Halvard Shipping] orders new ships
[LOC OSLO] 2024-09-03
[ORG Halvard Shipping] said it ordered four ships from a yard in [LOC Estrela] .
[PER Mette Lind] said the ships would cut fuel costs .`,
	`SOCCER - [ORG Castor United] SACK COACH
[LOC LEEDS] 2024-10-14
[ORG Castor United] sacked coach [PER Peter Gray] on Monday after five defeats .
[PER Tom Avery] of [ORG Brindle Rovers] said he was sorry to see him go .`,
	`[LOC Valmora] wins loan
[LOC PORTO ALTO] 2024-11-20
The [ORG World Bank] lent [LOC Valmora] 200 million dollars for roads .
[PER Ana Ribeiro] welcomed the [MISC Valmoran] deal .`,
}

// goldLine turns one marked-up document into a line of the gold JSON Lines
// format, with byte offsets.
func goldLine(t *testing.T, id, marked string) []byte {
	t.Helper()
	type ent struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Label string `json:"label"`
	}
	var b strings.Builder
	var ents []ent
	for rest := marked; rest != ""; {
		open := strings.IndexByte(rest, '[')
		if open < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:open])
		end := strings.IndexByte(rest[open:], ']')
		if end < 0 {
			t.Fatalf("unclosed markup in %q", rest)
		}
		label, words, ok := strings.Cut(rest[open+1:open+end], " ")
		if !ok {
			t.Fatalf("bad markup in %q", rest)
		}
		ents = append(ents, ent{Start: b.Len(), End: b.Len() + len(words), Label: label})
		b.WriteString(words)
		rest = rest[open+end+1:]
	}
	line, err := json.Marshal(map[string]any{"id": id, "text": b.String(), "entities": ents})
	if err != nil {
		t.Fatal(err)
	}
	return append(line, '\n')
}

// writeTinyCorpus writes tinyTrain and tinyDev as gold JSON Lines files in
// a temporary folder and returns their paths.
func writeTinyCorpus(t *testing.T) (trainPath, devPath string) {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, docs []string) string {
		var data []byte
		for i, d := range docs {
			data = append(data, goldLine(t, name+"-"+string(rune('a'+i)), d)...)
		}
		path := filepath.Join(dir, name+".jsonl")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	return write("train", tinyTrain), write("dev", tinyDev)
}

// TestTrainDeterministic trains twice on the same tiny corpus with the
// default options, final run on train+dev included, and wants the same
// bytes; then checks that the runtime accepts the model and finds a name
// it was trained on. It guards the promise that the same data gives a
// byte-identical ner.bin, which unguarded changes to the training path
// once broke.
func TestTrainDeterministic(t *testing.T) {
	trainPath, devPath := writeTinyCorpus(t)
	opts := DefaultOptions()
	first, report, err := Train(context.Background(), trainPath, devPath, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	second, _, err := Train(context.Background(), trainPath, devPath, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Fatalf("two runs on the same data gave different models (%d and %d bytes)", len(first), len(second))
	}
	if !strings.Contains(report, "final model: trained on train+dev") {
		t.Errorf("report does not mention the final train+dev run:\n%s", report)
	}
	r, err := ner.Parse(first)
	if err != nil {
		t.Fatalf("ner.Parse rejects the trained model: %v", err)
	}
	a, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	doc := a.AnalyzeLines("Halvard Shipping said on Monday its profit rose .")
	var got []string
	for _, m := range r.Recognize(doc) {
		got = append(got, m.Label+" "+doc.Text[m.Start:m.End])
	}
	if len(got) == 0 {
		t.Errorf("the trained model finds no mention in %q", doc.Text)
	}
	t.Logf("report:\n%s\nmentions: %q", report, got)
}

// tinyModelSHA256 is the checksum of the model the tiny corpus gives with
// DefaultOptions.
const tinyModelSHA256 = "d24a2f33932fa13586a89c64c9a005da2483457a703745bd578c382d3520a287"

// TestTrainPathUnchanged fails when a change to the training path (the
// trainer, the features, the tokenizer, the lexicon) changes the model the
// tiny corpus gives: the same change gives a different ner.bin, so the
// shipped model no longer is what the code trains. If the change is
// meant, retrain the model (go run ./cmd/newsextract train), commit it
// with its checksum (internal/ner/model/ner.bin.sha256), and update
// tinyModelSHA256 here.
//
// Only on amd64: elsewhere Go may fuse multiplications and additions,
// which rounds differently.
func TestTrainPathUnchanged(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the recorded checksum is amd64's")
	}
	trainPath, devPath := writeTinyCorpus(t)
	model, _, err := Train(context.Background(), trainPath, devPath, DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%x", sha256.Sum256(model)); got != tinyModelSHA256 {
		t.Errorf("the tiny corpus now gives a model with sha256 %s, want %s: the training path changed. "+
			"If that is meant, retrain internal/ner/model/ner.bin (go run ./cmd/newsextract train), "+
			"commit it with its checksum, and update tinyModelSHA256", got, tinyModelSHA256)
	}
}

// TestTrainOptionsChangeModel checks that the options reach the model: a
// different seed orders sentences differently and gives other weights.
func TestTrainOptionsChangeModel(t *testing.T) {
	trainPath, devPath := writeTinyCorpus(t)
	opts := DefaultOptions()
	opts.FinalOnTrainDev = false
	a, _, err := Train(context.Background(), trainPath, devPath, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	opts.Seed = 2
	b, _, err := Train(context.Background(), trainPath, devPath, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a, b) {
		t.Error("seeds 1 and 2 gave the same model: the seed does not reach training")
	}
}

func TestTrainErrors(t *testing.T) {
	trainPath, devPath := writeTinyCorpus(t)
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("{\"id\": \"x\", \"text\": \"A .\"}\n\nnot json\n"), 0o644)
	tests := []struct {
		name       string
		train, dev string
		opts       func(*Options)
		want       string
	}{
		{"missing train", filepath.Join(t.TempDir(), "none.jsonl"), devPath, nil, "none.jsonl"},
		{"bad line", bad, devPath, nil, "bad.jsonl:3:"},
		{"bad scheme", trainPath, devPath, func(o *Options) { o.Scheme = "iob" }, `unknown tag scheme "iob"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions()
			if tt.opts != nil {
				tt.opts(&opts)
			}
			_, _, err := Train(context.Background(), tt.train, tt.dev, opts, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestTrainCancelled checks that a cancelled run stops with the context's
// error rather than returning a model.
func TestTrainCancelled(t *testing.T) {
	trainPath, devPath := writeTinyCorpus(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Train(ctx, trainPath, devPath, DefaultOptions(), nil); err == nil {
		t.Error("a cancelled run returned a model")
	}
}
