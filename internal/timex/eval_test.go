package timex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/score"
	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/model"
)

// tempevalDoc is one line of the TempEval-3 JSON Lines files.
type tempevalDoc struct {
	ID      string        `json:"id"`
	Text    string        `json:"text"`
	DCT     string        `json:"dct"`
	Timexes []score.Timex `json:"timexes"`
}

func readTempeval(t *testing.T, path string) []tempevalDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []tempevalDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var raw struct {
			tempevalDoc
			Timexes []struct {
				Start, End  int
				Type, Value string
			} `json:"timexes"`
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatal(err)
		}
		d := raw.tempevalDoc
		for _, x := range raw.Timexes {
			d.Timexes = append(d.Timexes, score.Timex{Start: x.Start, End: x.End, Type: x.Type, Value: x.Value})
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// tempevalDevFiles are the TempEval-3 development sets. The Platinum test
// set is left out on purpose: it is scored only to report, with
// `newsextract eval`, so a development run never shows it.
// The floors sit under the measured figures by less than one point, so a
// change that costs more than that fails.
var tempevalDevFiles = []struct {
	name                   string
	strict, relaxed, value float64
}{
	{"tempeval3-timebank.jsonl", 92.2, 94.8, 82.1},
	{"tempeval3-aquaint.jsonl", 86.2, 94.6, 77.3},
}

// TestTimexEval scores the tagger on the TempEval-3 development files when
// they are present, logs the numbers and fails when one falls under its
// floor.
// Set TIMEX_ERRORS=file to write the mismatches there and TIMEX_PRED=file
// to write the predictions as JSON Lines.
func TestTimexEval(t *testing.T) {
	a, tt := timexTools(t)
	var errs *os.File
	var err error
	if p := os.Getenv("TIMEX_ERRORS"); p != "" {
		if errs, err = os.Create(p); err != nil {
			t.Fatal(err)
		}
		defer errs.Close()
	}
	var preds *os.File
	if p := os.Getenv("TIMEX_PRED"); p != "" {
		if preds, err = os.Create(p); err != nil {
			t.Fatal(err)
		}
		defer preds.Close()
	}
	for _, set := range tempevalDevFiles {
		f := testcorpus.Gold(t, "tempeval3/"+set.name)
		docs := readTempeval(t, f)
		var counts score.TimexCounts
		var spent time.Duration
		bytes := 0
		for _, d := range docs {
			ref, _ := time.Parse("2006-01-02", d.DCT)
			doc := a.Analyze(d.Text)
			start := time.Now()
			got := tt.Tag(doc, ref)
			spent += time.Since(start)
			bytes += len(d.Text)
			pred := make([]score.Timex, len(got))
			for i, g := range got {
				pred[i] = score.Timex{Start: g.Start, End: g.End, Type: string(g.Type), Value: g.Value}
			}
			counts.Add(d.Timexes, pred)
			if errs != nil {
				writeTimexErrors(errs, d, got)
			}
			if preds != nil {
				b, _ := json.Marshal(map[string]any{"id": d.ID, "pred": got})
				fmt.Fprintf(preds, "%s\n", b)
			}
		}
		s := counts.Scores()
		t.Logf("%s: docs=%d gold=%d pred=%d strict P/R/F1=%.1f/%.1f/%.1f relaxed P/R/F1=%.1f/%.1f/%.1f value F1=%.1f type acc=%.1f (%.3f ms per 2.7 KB)",
			filepath.Base(f), len(docs), s.Gold, s.Pred, s.StrictP, s.StrictR, s.StrictF1, s.RelaxedP, s.RelaxedR, s.RelaxedF1, s.ValueF1, s.TypeAcc,
			float64(spent.Microseconds())/1000*2700/float64(max(bytes, 1)))
		if s.StrictF1 < set.strict || s.RelaxedF1 < set.relaxed || s.ValueF1 < set.value {
			t.Errorf("%s: strict/relaxed/value F1 %.2f/%.2f/%.2f, want ≥ %.1f/%.1f/%.1f",
				set.name, s.StrictF1, s.RelaxedF1, s.ValueF1, set.strict, set.relaxed, set.value)
		}
	}
}

// writeTimexErrors writes one document's misses (-), false alarms (+),
// span differences (~) and value or type differences (!).
func writeTimexErrors(w *os.File, d tempevalDoc, got []model.Date) {
	ctx := func(s, e int) string {
		a, b := max(0, s-40), min(len(d.Text), e+30)
		return strings.ReplaceAll(d.Text[a:s]+"[["+d.Text[s:e]+"]]"+d.Text[e:b], "\n", " ")
	}
	used := make([]bool, len(got))
	for _, g := range d.Timexes {
		best := -1
		for j, p := range got {
			if !used[j] && p.Start < g.End && g.Start < p.End {
				if best < 0 || p.Start == g.Start && p.End == g.End {
					best = j
				}
			}
		}
		if best < 0 {
			fmt.Fprintf(w, "- %s %s %s | %s\n", d.DCT, g.Type, g.Value, ctx(g.Start, g.End))
			continue
		}
		used[best] = true
		p := got[best]
		if p.Start != g.Start || p.End != g.End {
			fmt.Fprintf(w, "~ %s gold %q got %q | %s\n", d.DCT, d.Text[g.Start:g.End], p.Text, ctx(g.Start, g.End))
		}
		if p.Value != g.Value || string(p.Type) != g.Type {
			fmt.Fprintf(w, "! %s gold %s %s got %s %s | %s\n", d.DCT, g.Type, g.Value, p.Type, p.Value, ctx(g.Start, g.End))
		}
	}
	for j, p := range got {
		if !used[j] {
			fmt.Fprintf(w, "+ %s %s %s | %s\n", d.DCT, p.Type, p.Value, ctx(p.Start, p.End))
		}
	}
}
