package extract

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/events"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/model"
)

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// TestSeedArticle holds the checks the v0 issue names for the article the
// project was born from.
func TestSeedArticle(t *testing.T) {
	ex := newTestExtractor(t)
	text := testcorpus.Article(t, "syria-israel-paris-talks.txt")
	res, err := ex.Extract(context.Background(), model.Article{Path: "seed", Text: text, RefDate: "2025-08-20"})
	if err != nil {
		t.Fatal(err)
	}
	people := map[string]model.Person{}
	for _, p := range res.People {
		if _, dup := people[p.Name]; dup {
			t.Errorf("person %q listed twice", p.Name)
		}
		people[p.Name] = p
	}
	wantPeople := map[string][]string{
		"Asaad al-Shibani": {"Foreign Minister"},
		"Hussein Salama":   {"Intelligence Chief"},
		"Ron Dermer":       {"Strategic Affairs Minister"},
		"Thomas Barack":    {"envoy"},
		"Ahmad al-Shara":   {"interim President"},
	}
	for name, titles := range wantPeople {
		p, ok := people[name]
		if !ok {
			t.Errorf("person %q missing; people: %v", name, names(res.People))
			continue
		}
		for _, title := range titles {
			if !hasSpanText(p.Titles, title) {
				t.Errorf("%s: title %q missing, have %v", name, title, p.Titles)
			}
		}
		for _, m := range p.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention offsets [%d:%d] do not hold %q", name, m.Start, m.End, m.Text)
			}
		}
	}
	if len(res.People) != len(wantPeople) {
		t.Errorf("people = %v, want exactly %d", names(res.People), len(wantPeople))
	}
	if n := len(people["Asaad al-Shibani"].Mentions); n != 2 {
		t.Errorf("Asaad al-Shibani has %d mentions, want 2 (Shibani joins)", n)
	}
	if n := len(people["Thomas Barack"].Mentions); n != 2 {
		t.Errorf("Thomas Barack has %d mentions, want 2 (Barack joins)", n)
	}
	for name, country := range map[string]string{"Asaad al-Shibani": "Syria", "Ron Dermer": "Israel", "Thomas Barack": "United States", "Ahmad al-Shara": "Syria"} {
		if a := people[name].Affiliation; a == nil || a.Name != country {
			t.Errorf("%s: affiliation %+v, want %s", name, a, country)
		}
	}

	places := map[string]model.Place{}
	for _, p := range res.Places {
		places[p.Name] = p
	}
	for _, name := range []string{"Paris", "Syria", "Suweida", "Ankara", "France", "United States"} {
		if _, ok := places[name]; !ok {
			t.Errorf("place %q missing; places: %v", name, res.Places)
		}
	}
	if places["Syria"].Type != model.PlaceCountry || places["Paris"].Type != model.PlaceCity {
		t.Errorf("place types wrong: Syria %q, Paris %q", places["Syria"].Type, places["Paris"].Type)
	}

	orgs := map[string]model.Organization{}
	for _, o := range res.Organizations {
		orgs[o.Name] = o
	}
	for _, name := range []string{"Al-Ikhbariya", "Syrian Arab News Agency", "The Syrian Observer"} {
		if _, ok := orgs[name]; !ok {
			t.Errorf("organization %q missing; organizations: %+v", name, res.Organizations)
		}
	}
	if a := orgs["Syrian Arab News Agency"].Aliases; len(a) != 1 || a[0] != "SANA" {
		t.Errorf("SANA alias: %v", a)
	}

	dates := map[string]model.Date{}
	for _, d := range res.Dates {
		dates[d.Text] = d
	}
	for text, want := range map[string][2]string{
		"Tuesday":    {"2025-08-19", ""},
		"late July":  {"2025-07", "END"},
		"24 May":     {"2025-05-24", ""},
		"four hours": {"PT4H", ""},
	} {
		d, ok := dates[text]
		if !ok {
			t.Errorf("date %q missing; dates: %+v", text, res.Dates)
			continue
		}
		if d.Value != want[0] || string(d.Mod) != want[1] {
			t.Errorf("date %q = %s %s, want %s %s", text, d.Value, d.Mod, want[0], want[1])
		}
	}

	var aid, disengagement, escalation bool
	for _, a := range res.Agreements {
		switch {
		case a.Type == "humanitarian_aid" && strings.Contains(a.Subject, "aid delivery"):
			aid = true
		case a.Name == "1974 disengagement agreement":
			disengagement = true
		case strings.Contains(a.Subject, "reduce military escalation"):
			escalation = true
		}
		if text[a.Evidence.Start:a.Evidence.End] != a.Evidence.Text {
			t.Errorf("agreement evidence offsets wrong: %+v", a.Evidence)
		}
	}
	if !aid || !disengagement || !escalation {
		t.Errorf("agreements: aid %v, disengagement %v, escalation %v; got %+v", aid, disengagement, escalation, res.Agreements)
	}
}

func names(ps []model.Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func TestBadText(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want error
	}{
		{"", ErrEmpty},
		{"  \n\t", ErrEmpty},
		{"abc\x00def", ErrBinary},
		{"caf\xe9", ErrInvalidUTF8},
	} {
		_, err := ex.Extract(context.Background(), model.Article{Text: tt.text})
		var ie *InputError
		if !errors.Is(err, tt.want) || !errors.As(err, &ie) {
			t.Errorf("Extract(%q) error = %v, want %v", tt.text, err, tt.want)
		}
	}
	_, err := ex.Extract(context.Background(), model.Article{Text: "Hello.", RefDate: "yesterday"})
	if !errors.Is(err, ErrRefDate) {
		t.Errorf("bad ref date: error = %v", err)
	}
}

func TestCancelledContext(t *testing.T) {
	ex := newTestExtractor(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ex.Extract(ctx, model.Article{Text: "Talks resumed."}); !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}

// TestConcurrentUse runs one Extractor from many goroutines over every
// sample article, each goroutine in its own order, and compares whole
// results with those of a sequential run (CI runs it with -race).
func TestConcurrentUse(t *testing.T) {
	ex := newTestExtractor(t)
	names, err := filepath.Glob(filepath.Join(testcorpus.Root(), "testdata", "articles", "*.txt"))
	if err != nil || len(names) < 2 {
		t.Fatalf("sample articles: %v (%d found)", err, len(names))
	}
	articles := make([]model.Article, len(names))
	want := make([]model.Result, len(names))
	for i, name := range names {
		articles[i] = model.Article{Path: name, Text: testcorpus.Article(t, filepath.Base(name)), RefDate: "2025-08-20"}
		if want[i], err = ex.Extract(context.Background(), articles[i]); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range articles {
				i := (k + g) % len(articles)
				got, err := ex.Extract(context.Background(), articles[i])
				if err != nil || !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d, %s: concurrent result differs from the sequential one (err %v)", g, names[i], err)
				}
			}
		})
	}
	wg.Wait()
}

func TestRefDateFromDateline(t *testing.T) {
	ex := newTestExtractor(t)
	bom, err := ex.Extract(context.Background(), model.Article{Text: "\uFEFFPARIS, Aug 20, 2025 - Talks ended on Tuesday.\r\n"})
	if err != nil {
		t.Fatal(err)
	}
	if bom.RefDate == nil || bom.RefDate.Evidence.Start != 3 || bom.RefDate.Value != "2025-08-20" {
		t.Errorf("dateline after a byte-order mark: %+v", bom.RefDate)
	}
	res, err := ex.Extract(context.Background(), model.Article{Text: "Published: 2023-11-08\nThe court ruled on Tuesday.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if res.RefDate == nil || res.RefDate.Value != "2023-11-08" || res.RefDate.From != model.RefFromDateline {
		t.Fatalf("ref date = %+v", res.RefDate)
	}
	noRef, err := ex.Extract(context.Background(), model.Article{Text: "The court ruled on Tuesday.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if noRef.RefDate != nil {
		t.Errorf("no dateline, yet ref date %+v", noRef.RefDate)
	}
	for _, d := range noRef.Dates {
		if d.Resolved {
			t.Errorf("%q resolved to %s without a reference date", d.Text, d.Value)
		}
	}
}

func BenchmarkExtractSeedArticle(b *testing.B) {
	ex := newTestExtractor(b)
	text := testcorpus.Article(b, "syria-israel-paris-talks.txt")
	art := model.Article{Text: text, RefDate: "2025-08-20"}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ex.Extract(context.Background(), art); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeedStages times each stage of Extract on the seed article, so
// that the share of each in BenchmarkExtractSeedArticle can be read off.
func BenchmarkSeedStages(b *testing.B) {
	ex := newTestExtractor(b)
	text := testcorpus.Article(b, "syria-israel-paris-talks.txt")
	doc := ex.analyzer.Analyze(text)
	ref := time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC)
	mentions := ex.recognizer.Recognize(doc)
	dates := ex.timex.Tag(doc, ref)
	b.Run("analyze", func(b *testing.B) {
		for b.Loop() {
			ex.analyzer.Analyze(text)
		}
	})
	b.Run("recognize", func(b *testing.B) {
		for b.Loop() {
			ex.recognizer.Recognize(doc)
		}
	})
	b.Run("timex", func(b *testing.B) {
		for b.Loop() {
			ex.timex.Tag(doc, ref)
		}
	})
	b.Run("assemble", func(b *testing.B) {
		for b.Loop() {
			ents := ex.assembleEntities(doc, append([]ner.Mention(nil), mentions...))
			ex.events.Agreements(events.Input{Doc: doc, Mentions: ents.mentions, Refs: ents.refs, Dates: dates})
		}
	})
	ents := ex.assembleEntities(doc, append([]ner.Mention(nil), mentions...))
	b.Run("meetings", func(b *testing.B) {
		for b.Loop() {
			ex.events.Meetings(events.Input{Doc: doc, Mentions: ents.mentions, Refs: ents.refs, Dates: dates})
		}
	})
	b.Run("resolve", func(b *testing.B) {
		places := make([]model.Place, len(ents.places))
		for b.Loop() {
			copy(places, ents.places)
			ex.resolver.Resolve(text, places, nil, "", nil)
		}
	})
}

func hasSpanText(spans []model.Span, text string) bool {
	for _, s := range spans {
		if strings.EqualFold(s.Text, text) {
			return true
		}
	}
	return false
}
