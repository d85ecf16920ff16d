package cmd

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestEvalGeo scores toponyms on the first documents of the geo gold: the
// tables are printed, with recognised toponyms, and the figures are the
// same directly and through the public output.
func TestEvalGeo(t *testing.T) {
	gold := firstLines(t, "geo/gwn.jsonl", t.TempDir(), 15)
	direct, viaOutput := evalBothWays(t, gold)
	if scores(direct) != scores(viaOutput) {
		t.Errorf("scores differ:\ndirect:\n%s\nthrough output:\n%s", direct, viaOutput)
	}
	literal := regexp.MustCompile(`(?m)^ *literal +[0-9.]+ +[0-9.]+ +[0-9.]+ +([0-9]+) `).FindStringSubmatch(direct)
	if literal == nil || literal[1] == "0" {
		t.Errorf("no literal toponyms row with true positives:\n%s", direct)
	}
	for _, want := range []string{"all, exact spans", "all with coordinates", "literal recognized", "within 161 km", "toponym recall by type"} {
		if !strings.Contains(direct, want) {
			t.Errorf("no %q in:\n%s", want, direct)
		}
	}
	if strings.Contains(direct, "entities") || strings.Contains(direct, "events") {
		t.Errorf("entity or events table without such gold:\n%s", direct)
	}
}

// TestEvalGeoPredictionFile scores a made-up geo gold from a prediction
// file: every mention of every place is a prediction, a demonym listed
// under misc is a missed toponym, and a place on an associative toponym is
// neither hit nor error for the literal figures.
func TestEvalGeoPredictionFile(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	os.WriteFile(gold, []byte(`{"id":"a","text":"Oslo said the Oslo talks and Norwegian envoys met in Paris.",`+
		`"toponyms":[{"start":0,"end":4,"text":"Oslo","geonameid":1,"lat":59.9,"lon":10.7,"type":"Metonymic","group":"associative"},`+
		`{"start":14,"end":18,"text":"Oslo","geonameid":1,"lat":59.9,"lon":10.7,"type":"Literal_Modifier","group":"literal"},`+
		`{"start":28,"end":37,"text":"Norwegian","geonameid":null,"lat":null,"lon":null,"type":"Demonym","group":"associative"},`+
		`{"start":53,"end":58,"text":"Paris","geonameid":2,"lat":48.9,"lon":2.4,"type":"Literal","group":"literal"}]}`+"\n"), 0o644)
	pred := filepath.Join(dir, "pred.jsonl")
	os.WriteFile(pred, []byte(`{"schema":"newsextract/v2","id":"a",`+
		`"places":[{"id":"place-1","name":"Oslo","type":"city","mentions":[{"text":"Oslo","start":0,"end":4},{"text":"Oslo talks","start":14,"end":24}]},`+
		`{"id":"place-2","name":"met","type":"other","mentions":[{"text":"met","start":45,"end":48}]}],`+
		`"misc":[{"id":"misc-1","name":"Norwegian","mentions":[{"text":"Norwegian","start":28,"end":37}]}]}`+"\n"), 0o644)
	out, errOut, code := run(t, "", "eval", gold, "--pred", pred)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []*regexp.Regexp{
		// tp 2 (both Oslo), fp 1 ("met"), fn 2 (Norwegian, Paris)
		regexp.MustCompile(`all +66\.67 +50\.00 +57\.14 +2 +1 +2`),
		regexp.MustCompile(`all, exact spans +33\.33 +25\.00 +28\.57 +1 +2 +3`),
		// the metonymic Oslo is left out: tp 1, fp 1, fn 1
		regexp.MustCompile(`literal +50\.00 +50\.00 +50\.00 +1 +1 +1`),
		// the places carry no coordinates: every toponym is an error
		regexp.MustCompile(`all with coordinates +3 +0\.00 \(0/3\) +1\.000 +20039 +20039 +0\.00 \(0/3\)`),
		regexp.MustCompile(`all recognized +2 +0\.00 \(0/2\)`),
		regexp.MustCompile(`Demonym +0\.00 \(0/1\)`),
		regexp.MustCompile(`Metonymic +100\.00 \(1/1\)`),
	} {
		if !want.MatchString(out) {
			t.Errorf("no %s in:\n%s", want, out)
		}
	}
}

// TestEvalGeoReadsResolution scores a prediction file whose places carry
// geonames_id, lat and lon: every mention takes its record's point and id.
func TestEvalGeoReadsResolution(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	os.WriteFile(gold, []byte(`{"id":"a","text":"Envoys met in Oslo, then in Paris.",`+
		`"toponyms":[{"start":14,"end":18,"text":"Oslo","geonameid":1,"lat":59.9,"lon":10.7,"type":"Literal","group":"literal"},`+
		`{"start":28,"end":33,"text":"Paris","geonameid":2,"lat":48.9,"lon":2.4,"type":"Literal","group":"literal"}]}`+"\n"), 0o644)
	pred := filepath.Join(dir, "pred.jsonl")
	os.WriteFile(pred, []byte(`{"schema":"newsextract/v2","id":"a",`+
		`"places":[{"id":"place-1","name":"Oslo","type":"city","resolved":true,"geonames_id":1,"lat":59.91,"lon":10.75,"mentions":[{"text":"Oslo","start":14,"end":18}]},`+
		`{"id":"place-2","name":"Paris","type":"city","resolved":true,"geonames_id":3,"lat":30.0,"lon":2.4,"mentions":[{"text":"Paris","start":28,"end":33}]}]}`+"\n"), 0o644)
	out, errOut, code := run(t, "", "eval", gold, "--pred", pred)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// Oslo is right; Paris is about 2,100 km off, with the wrong id.
	if want := regexp.MustCompile(`all recognized +2 +50\.00 \(1/2\).* 50\.00 \(1/2\)`); !want.MatchString(out) {
		t.Errorf("no %s in:\n%s", want, out)
	}
}

// TestGeoPredictions checks which mentions eval takes as toponyms: every
// place mention, and the mentions of misc and organization records that
// point to a place, except an organization's one-word short form that does
// not hold the place's name.
func TestGeoPredictions(t *testing.T) {
	res := model.Result{
		Places: []model.Place{{ID: "place-1", Name: "Philippines", Mentions: []model.Span{{Text: "Philippines", Start: 0, End: 11}}}},
		Organizations: []model.Organization{
			{Name: "Philippine Sports Commission", Place: &model.Ref{ID: "place-1"}, Mentions: []model.Span{
				{Text: "Philippine Sports Commission", Start: 20, End: 48}, {Text: "PSC", Start: 60, End: 63},
			}},
			{Name: "EU", Place: &model.Ref{ID: "place-1"}, Mentions: []model.Span{{Text: "EU", Start: 70, End: 72}}},
			{Name: "Star Philippines", Place: &model.Ref{ID: "place-1"}, Mentions: []model.Span{
				{Text: "Star", Start: 120, End: 124}, {Text: "Philippines", Start: 130, End: 141},
			}},
			{Name: "Quorble Ltd", Mentions: []model.Span{{Text: "Quorble Ltd", Start: 80, End: 91}}},
		},
		Misc: []model.Misc{{Name: "Philippine", Place: &model.Ref{ID: "place-1"}, Mentions: []model.Span{{Text: "Philippine", Start: 100, End: 110}}}},
	}
	var starts []int
	for _, p := range geoPredictions(res) {
		starts = append(starts, p.Start)
	}
	want := []int{0, 100, 20, 70, 130}
	if len(starts) != len(want) {
		t.Fatalf("prediction starts %v, want %v", starts, want)
	}
	for i := range want {
		if starts[i] != want[i] {
			t.Fatalf("prediction starts %v, want %v", starts, want)
		}
	}
}
