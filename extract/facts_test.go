package extract

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/model"
)

// articleFacts is one hand-checked file under testdata/facts (see its
// README): what a careful reader finds in a sample article.
type articleFacts struct {
	Article string       `yaml:"article"`
	RefDate string       `yaml:"ref_date"`
	People  []factPerson `yaml:"people"`
	Places  []struct {
		Name    string `yaml:"name"`
		Type    string `yaml:"type"`
		Country string `yaml:"country"`
		// GeoNamesID, when set, is the entry the place must resolve to.
		GeoNamesID int `yaml:"geonames_id"`
	} `yaml:"places"`
	Organizations []struct {
		Name    string   `yaml:"name"`
		Aliases []string `yaml:"aliases"`
	} `yaml:"organizations"`
	Misc  []string `yaml:"misc"`
	Dates []struct {
		Text  string `yaml:"text"`
		Value string `yaml:"value"`
		Mod   string `yaml:"mod"`
	} `yaml:"dates"`
	Agreements []factAgreement `yaml:"agreements"`
	Meetings   []factMeeting   `yaml:"meetings"`
	Quotes     []factQuote     `yaml:"quotes"`
	// Complete says the agreements and meetings lists are all there is:
	// the output has exactly those records, each once.
	Complete bool `yaml:"complete"`
	Absent   struct {
		Places        []string `yaml:"places"`
		Organizations []string `yaml:"organizations"`
	} `yaml:"absent"`
}

type factPerson struct {
	Name        string   `yaml:"name"`
	Titles      []string `yaml:"titles"`
	Affiliation string   `yaml:"affiliation"`
}

// factMeeting is a meeting the article must report: its place's name, its
// date's TIMEX3 value and its mediator's name ("" when none).
type factMeeting struct {
	Place    string `yaml:"place"`
	Date     string `yaml:"date"`
	Mediator string `yaml:"mediator"`
}

type factAgreement struct {
	Status  string   `yaml:"status"`
	Type    string   `yaml:"type"`
	Trigger string   `yaml:"trigger"`
	Name    string   `yaml:"name"`
	Parties []string `yaml:"parties"`
	Date    string   `yaml:"date"` // a TIMEX3 value, or "none"
}

// TestArticleFacts checks every sample article against its hand-checked
// facts, which -update never rewrites.
func TestArticleFacts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testcorpus.Root(), "testdata", "facts", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no facts files: %v", err)
	}
	ex := newTestExtractor(t)
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".yaml"), func(t *testing.T) {
			var f articleFacts
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			dec := yaml.NewDecoder(strings.NewReader(string(data)))
			dec.KnownFields(true)
			if err := dec.Decode(&f); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			res, err := ex.Extract(context.Background(), model.Article{Text: testcorpus.Article(t, f.Article), RefDate: f.RefDate})
			if err != nil {
				t.Fatal(err)
			}
			checkPeopleFacts(t, f, res)
			checkPlaceFacts(t, f, res)
			checkOrganizationFacts(t, f, res)
			checkDateFacts(t, f, res)
			checkAgreementFacts(t, f, res)
			checkMeetingFacts(t, f, res)
			checkQuoteFacts(t, f, res)
			checkOneLabelPerName(t, res)
		})
	}
}

func checkPeopleFacts(t *testing.T, f articleFacts, res model.Result) {
	t.Helper()
	var want, got []string
	for _, p := range f.People {
		want = append(want, p.Name)
	}
	for _, p := range res.People {
		got = append(got, p.Name)
		i := slices.IndexFunc(f.People, func(w factPerson) bool { return w.Name == p.Name })
		if i < 0 {
			continue
		}
		var titles []string
		for _, s := range p.Titles {
			titles = append(titles, s.Text)
		}
		if w := f.People[i].Titles; len(w) > 0 && !slices.Equal(titles, w) {
			t.Errorf("person %s: titles %q, want %q", p.Name, titles, w)
		}
		aff := ""
		if p.Affiliation != nil {
			aff = p.Affiliation.Name
		}
		if aff != f.People[i].Affiliation {
			t.Errorf("person %s: affiliation %q, want %q", p.Name, aff, f.People[i].Affiliation)
		}
	}
	sameSet(t, "people", got, want)
}

func checkPlaceFacts(t *testing.T, f articleFacts, res model.Result) {
	t.Helper()
	var want, got []string
	byName := map[string]model.Place{}
	for _, p := range res.Places {
		got = append(got, p.Name)
		byName[p.Name] = p
	}
	for _, w := range f.Places {
		want = append(want, w.Name)
		p, ok := byName[w.Name]
		if !ok {
			continue
		}
		if w.Type != "" && string(p.Type) != w.Type || w.Country != "" && p.Country != w.Country {
			t.Errorf("place %s: type %q country %q, want %q %q", w.Name, p.Type, p.Country, w.Type, w.Country)
		}
		if w.GeoNamesID != 0 && p.GeoNamesID != w.GeoNamesID {
			t.Errorf("place %s: GeoNames id %d, want %d", w.Name, p.GeoNamesID, w.GeoNamesID)
		}
	}
	sameSet(t, "places", got, want)
	for _, name := range f.Absent.Places {
		if _, ok := byName[name]; ok {
			t.Errorf("place %q should not be a record", name)
		}
	}
}

func checkOrganizationFacts(t *testing.T, f articleFacts, res model.Result) {
	t.Helper()
	var want, got []string
	byName := map[string]model.Organization{}
	for _, o := range res.Organizations {
		got = append(got, o.Name)
		byName[o.Name] = o
	}
	for _, w := range f.Organizations {
		want = append(want, w.Name)
		if o, ok := byName[w.Name]; ok && len(w.Aliases) > 0 && !slices.Equal(o.Aliases, w.Aliases) {
			t.Errorf("organization %s: aliases %q, want %q", w.Name, o.Aliases, w.Aliases)
		}
	}
	sameSet(t, "organizations", got, want)
	for _, name := range f.Absent.Organizations {
		if _, ok := byName[name]; ok {
			t.Errorf("organization %q should not be a record", name)
		}
	}
	for _, name := range f.Misc {
		if !slices.ContainsFunc(res.Misc, func(m model.Misc) bool { return m.Name == name }) {
			t.Errorf("misc %q missing", name)
		}
	}
}

func checkDateFacts(t *testing.T, f articleFacts, res model.Result) {
	t.Helper()
	for _, w := range f.Dates {
		found := slices.ContainsFunc(res.Dates, func(d model.Date) bool {
			return d.Text == w.Text && d.Value == w.Value && string(d.Mod) == w.Mod
		})
		if !found {
			t.Errorf("date %q = %s %s missing", w.Text, w.Value, w.Mod)
		}
	}
}

func checkAgreementFacts(t *testing.T, f articleFacts, res model.Result) {
	t.Helper()
	for _, w := range f.Agreements {
		if !slices.ContainsFunc(res.Agreements, func(a model.Agreement) bool { return agreementMatches(a, w) }) {
			t.Errorf("agreement %+v missing", w)
		}
	}
	if f.Complete {
		for _, a := range extraRecords(res.Agreements, f.Agreements, agreementMatches) {
			t.Errorf("agreement %s (%s %s, trigger %q, subject %q, parties %q) is not in the facts, or is there twice",
				a.ID, a.Status, a.Type, a.Trigger.Text, a.Subject, partyNames(a.Parties))
		}
	}
}

func checkMeetingFacts(t *testing.T, f articleFacts, res model.Result) {
	t.Helper()
	for _, w := range f.Meetings {
		if !slices.ContainsFunc(res.Meetings, func(m model.Meeting) bool { return meetingMatches(m, w) }) {
			t.Errorf("meeting %+v missing", w)
		}
	}
	if f.Complete {
		for _, m := range extraRecords(res.Meetings, f.Meetings, meetingMatches) {
			t.Errorf("meeting %s (%s, evidence %q) is not in the facts, or is there twice", m.ID, m.Status, m.Evidence.Text)
		}
	}
}

// extraRecords returns the records of got left over when each fact of
// want takes one record it matches, a record at most one fact: those no
// fact lists, and second records of a listed one. It tries every way of
// pairing them (the lists are short), so that a record matching two
// facts cannot hide a duplicate.
func extraRecords[R, F any](got []R, want []F, matches func(R, F) bool) []R {
	taken := make([]bool, len(got))
	var pair func(int) int // pairs want[k:] with free records; returns how many paired
	pair = func(k int) int {
		if k == len(want) {
			return 0
		}
		best := pair(k + 1) // this fact unmatched (reported missing elsewhere)
		for i := range got {
			if !taken[i] && matches(got[i], want[k]) {
				taken[i] = true
				best = max(best, 1+pair(k+1))
				taken[i] = false
			}
		}
		return best
	}
	n := pair(0)
	if n == len(got) {
		return nil
	}
	// Report the records no fact matches at all first; failing that, the
	// surplus copies of listed ones.
	var extra []R
	for _, r := range got {
		if !slices.ContainsFunc(want, func(w F) bool { return matches(r, w) }) {
			extra = append(extra, r)
		}
	}
	if len(extra) == 0 {
		counted := make([]int, len(want))
		for _, r := range got {
			for k, w := range want {
				if matches(r, w) {
					counted[k]++
					if counted[k] > 1 {
						extra = append(extra, r)
					}
					break
				}
			}
		}
	}
	if len(extra) == 0 { // the pairing is short for another reason
		extra = got[n:]
	}
	return extra
}

func meetingMatches(m model.Meeting, w factMeeting) bool {
	if m.Place == nil || m.Place.Name != w.Place || m.Date == nil || m.Date.Value != w.Date {
		return false
	}
	if w.Mediator == "" {
		return m.Mediator == nil
	}
	return m.Mediator != nil && m.Mediator.Name == w.Mediator
}

func agreementMatches(a model.Agreement, w factAgreement) bool {
	if string(a.Status) != w.Status || a.Trigger.Text != w.Trigger || w.Type != "" && string(a.Type) != w.Type {
		return false
	}
	if w.Name != "" && a.Name != w.Name || w.Parties != nil && !slices.Equal(partyNames(a.Parties), w.Parties) {
		return false
	}
	switch {
	case w.Date == "none":
		return a.Date == nil
	case w.Date != "":
		return a.Date != nil && a.Date.Value == w.Date
	}
	return true
}

// sameSet reports the names missing from got and those it should not hold.
func sameSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s: %q missing (got %q)", what, w, got)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			t.Errorf("%s: %q is not in the facts", what, g)
		}
	}
}

// TestExtraRecords checks that a complete facts list catches records it
// does not describe and second records of one it does.
func TestExtraRecords(t *testing.T) {
	eq := func(r, w string) bool { return r == w }
	prefix := func(r, w string) bool { return strings.HasPrefix(r, w) }
	tests := []struct {
		name      string
		got, want []string
		matches   func(string, string) bool
		extra     []string
	}{
		{"exact", []string{"a", "b"}, []string{"a", "b"}, eq, nil},
		{"an unlisted record", []string{"a", "b", "c"}, []string{"a", "b"}, eq, []string{"c"}},
		{"a duplicate", []string{"a", "b", "a"}, []string{"a", "b"}, eq, []string{"a"}},
		{"a record matching two facts is no duplicate", []string{"ab", "a"}, []string{"a", "ab"}, prefix, nil},
		{"a missing fact is no extra", []string{"a"}, []string{"a", "b"}, eq, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extraRecords(tt.got, tt.want, tt.matches); !slices.Equal(got, tt.extra) {
				t.Errorf("extra %q, want %q", got, tt.extra)
			}
		})
	}
}

// checkOneLabelPerName fails when a name string is the mention of a person
// and of an organization in one article (none of the sample articles
// names a person and a company alike).
func checkOneLabelPerName(t *testing.T, res model.Result) {
	t.Helper()
	people := map[string]bool{}
	for _, p := range res.People {
		for _, m := range p.Mentions {
			people[m.Text] = true
		}
	}
	for _, o := range res.Organizations {
		for _, m := range o.Mentions {
			if people[m.Text] {
				t.Errorf("%q is a person's mention and organization %q's", m.Text, o.Name)
			}
		}
	}
}
