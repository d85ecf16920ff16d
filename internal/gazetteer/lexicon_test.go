package gazetteer

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/newsextract/newsextract/internal/vocab"
)

func mustLexicon(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Load()
	if err != nil {
		t.Fatalf("loadLexicon: %v", err)
	}
	return l
}

func TestLexiconLookups(t *testing.T) {
	l := mustLexicon(t)
	type lookup func(string) (string, bool)
	tests := []struct {
		kind   string
		fn     lookup
		in     string
		want   string
		wantOK bool
	}{
		{"country", l.Country, "U.S.", "United States", true},
		{"country", l.Country, "US", "United States", true},
		{"country", l.Country, "USA", "United States", true},
		{"country", l.Country, "America", "United States", true},
		{"country", l.Country, "United States of America", "United States", true},
		{"country", l.Country, "United States", "United States", true},
		{"country", l.Country, "U.K.", "United Kingdom", true},
		{"country", l.Country, "Britain", "United Kingdom", true},
		{"country", l.Country, "Great Britain", "United Kingdom", true},
		{"country", l.Country, "Russian Federation", "Russia", true},
		{"country", l.Country, "Republic of Korea", "South Korea", true},
		{"country", l.Country, "Côte d'Ivoire", "Ivory Coast", true},
		{"country", l.Country, "Czechia", "Czech Republic", true},
		{"country", l.Country, "Burma", "Myanmar", true},
		{"country", l.Country, "Syria", "Syria", true},
		{"country", l.Country, "Palestine", "Palestine", true},
		{"country", l.Country, "Taiwan", "Taiwan", true},
		{"country", l.Country, "Kosovo", "Kosovo", true},
		{"country", l.Country, "Hong Kong", "Hong Kong", true},
		{"country", l.Country, "syria", "", false}, // exact-case
		{"country", l.Country, "the United States", "", false},
		{"country", l.Country, "Damascus", "", false},
		{"demonym", l.Demonym, "Syrian", "Syria", true},
		{"demonym", l.Demonym, "Syrians", "Syria", true},
		{"demonym", l.Demonym, "Israeli", "Israel", true},
		{"demonym", l.Demonym, "Israelis", "Israel", true},
		{"demonym", l.Demonym, "American", "United States", true},
		{"demonym", l.Demonym, "U.S.", "United States", true},
		{"demonym", l.Demonym, "British", "United Kingdom", true},
		{"demonym", l.Demonym, "Dutch", "Netherlands", true},
		{"demonym", l.Demonym, "Emirati", "United Arab Emirates", true},
		{"demonym", l.Demonym, "Saudi", "Saudi Arabia", true},
		{"demonym", l.Demonym, "Iranian", "Iran", true},
		{"demonym", l.Demonym, "Palestinian", "Palestine", true},
		{"demonym", l.Demonym, "Syria", "", false},
		{"city", l.City, "Damascus", "Syria", true},
		{"city", l.City, "Aleppo", "Syria", true},
		{"city", l.City, "Kyiv", "Ukraine", true},
		{"city", l.City, "Kiev", "Ukraine", true},
		{"city", l.City, "New York", "United States", true},
		{"city", l.City, "Tel Aviv", "Israel", true},
		{"city", l.City, "Gaza City", "Palestine", true},
		{"city", l.City, "Riyadh", "Saudi Arabia", true},
		{"city", l.City, "São Paulo", "Brazil", true},
		{"city", l.City, "Texas", "", false},
		{"region", l.Region, "Texas", "United States", true},
		{"region", l.Region, "Bavaria", "Germany", true},
		{"region", l.Region, "Idlib Governorate", "Syria", true},
		{"region", l.Region, "West Bank", "Palestine", true},
		{"region", l.Region, "Golan Heights", "Syria", true},
		{"region", l.Region, "Crimea", "Ukraine", true},
		{"region", l.Region, "Middle East", "", true},
		{"region", l.Region, "Europe", "", true},
		{"region", l.Region, "Sahel", "", true},
		{"region", l.Region, "Narnia", "", false},
		{"org", l.Organization, "Reuters", "Reuters", true},
		{"org", l.Organization, "U.N.", "United Nations", true},
		{"org", l.Organization, "UN", "United Nations", true},
		{"org", l.Organization, "NATO", "North Atlantic Treaty Organization", true},
		{"org", l.Organization, "EU", "European Union", true},
		{"org", l.Organization, "AP", "Associated Press", true},
		{"org", l.Organization, "Hezbollah", "Hezbollah", true},
		{"org", l.Organization, "Pentagon", "Pentagon", true},
		{"org", l.Organization, "Kremlin", "Kremlin", true},
		{"org", l.Organization, "WHO", "World Health Organization", true},
		{"org", l.Organization, "who", "", false},
	}
	for _, tt := range tests {
		got, ok := tt.fn(tt.in)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("%s(%q) = %q, %v; want %q, %v", tt.kind, tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestLexiconWordLists(t *testing.T) {
	l := mustLexicon(t)
	tests := []struct {
		kind string
		fn   func(string) bool
		in   string
		want bool
	}{
		{"title", l.IsTitle, "foreign minister", true},
		{"title", l.IsTitle, "president", true},
		{"title", l.IsTitle, "secretary of state", true},
		{"title", l.IsTitle, "intelligence chief", true},
		{"title", l.IsTitle, "gen.", true},
		{"title", l.IsTitle, "minister of defence", true},
		{"title", l.IsTitle, "striker", true},
		{"title", l.IsTitle, "Foreign Minister", false}, // callers lower-case
		{"title", l.IsTitle, "the", false},
		{"modifier", l.IsTitleModifier, "interim", true},
		{"modifier", l.IsTitleModifier, "former", true},
		{"modifier", l.IsTitleModifier, "deputy", true},
		{"modifier", l.IsTitleModifier, "minister", false},
		{"given", l.IsGivenName, "Mohammed", true},
		{"given", l.IsGivenName, "Benjamin", true},
		{"given", l.IsGivenName, "Vladimir", true},
		{"given", l.IsGivenName, "Narendra", true},
		{"given", l.IsGivenName, "mohammed", false},
		{"given", l.IsGivenName, "He", false},
		{"orgword", l.IsOrgWord, "ministry", true},
		{"orgword", l.IsOrgWord, "corp.", true},
		{"orgword", l.IsOrgWord, "brigade", true},
		{"orgword", l.IsOrgWord, "fc", true},
		{"orgword", l.IsOrgWord, "Ministry", false},
		{"particle", l.IsNameParticle, "al", true},
		{"particle", l.IsNameParticle, "al-", true},
		{"particle", l.IsNameParticle, "bin", true},
		{"particle", l.IsNameParticle, "von", true},
		{"particle", l.IsNameParticle, "the", false},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.kind, tt.in, got, tt.want)
		}
	}
}

func TestLexiconLists(t *testing.T) {
	l := mustLexicon(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"Syria", []string{ListCountry}},
		{"Syrian", []string{ListDemonym}},
		{"Damascus", []string{ListCity}},
		{"Texas", []string{ListRegion}},
		{"Reuters", []string{ListOrg}},
		{"Foreign Minister", []string{ListTitle}},
		{"foreign minister", []string{ListTitle}},
		{"Ministry", []string{ListOrgWord}},
		{"Mohammed", []string{ListGiven}},
		{"Georgia", []string{ListCountry, ListRegion, ListGiven}},
		{"U.S.", []string{ListCountry, ListDemonym}},
		{"RadioShack", []string{ListBrand}},
		{"Kowalczyk", []string{ListSurname}},
		{"Christmas", nil}, // a surname too, but in news a date
		{"xyzzy", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := l.Lists(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Lists(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Lists runs per token in the recognizer: it must not allocate.
	long := strings.Repeat("Abcdefghij ", 20)
	if n := testing.AllocsPerRun(100, func() {
		l.Lists("Damascus")
		l.Lists("Foreign Minister")
		l.Lists(long)
	}); n != 0 {
		t.Errorf("Lists allocates %v times per call", n)
	}
}

func TestLexiconMaxPhraseWords(t *testing.T) {
	l := mustLexicon(t)
	want := 0
	for _, f := range lexFileTable {
		data, err := fs.ReadFile(lexiconFiles, lexiconDir+f.name)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			line = strings.TrimSuffix(line, "\r")
			if strings.TrimSpace(line) == "" || line[0] == '#' {
				continue
			}
			entries := strings.Split(line, "\t")
			if f.kind != aliasLines {
				entries = entries[:1]
			}
			for _, e := range entries {
				want = max(want, len(strings.Split(e, " ")))
			}
		}
	}
	want = max(want, l.names.maxWords)
	if got := l.MaxPhraseWords(); got != want || got < 3 {
		t.Errorf("MaxPhraseWords() = %d, want %d (and at least 3)", got, want)
	}
}

// TestLexiconDataFiles checks the shipped files directly, independently of
// the loader: a header note on each, every line well-formed, and every
// country named by demonyms, cities and regions present in countries.tsv.
func TestLexiconDataFiles(t *testing.T) {
	entries, err := fs.ReadDir(lexiconFiles, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 12 {
		t.Errorf("lexicon/ holds %d files, want 12", len(entries))
	}
	canonical := map[string]bool{}
	countries, err := fs.ReadFile(lexiconFiles, "lexicon/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, ln := range strings.Split(string(countries), "\n") {
		if ln != "" && !strings.HasPrefix(ln, "#") {
			canonical[strings.Split(ln, "\t")[0]] = true
		}
	}
	if len(canonical) < 195 {
		t.Errorf("countries.tsv has %d countries, want at least 195", len(canonical))
	}
	for _, e := range entries {
		name := e.Name()
		data, err := fs.ReadFile(lexiconFiles, "lexicon/"+name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if !strings.HasPrefix(text, "# "+name+":") || !strings.Contains(text, "ompiled for newsextract") {
			t.Errorf("%s: want a header note naming the file and saying it was compiled for newsextract", name)
		}
		if !strings.HasSuffix(text, "\n") {
			t.Errorf("%s: no final newline", name)
		}
		wantCols := 1
		if strings.HasSuffix(name, ".tsv") && name != "countries.tsv" && name != "org_names.tsv" {
			wantCols = 2
		}
		n := 0
		for i, ln := range strings.Split(text, "\n") {
			if ln == "" || strings.HasPrefix(ln, "#") {
				continue
			}
			n++
			cols := strings.Split(ln, "\t")
			if wantCols == 2 && len(cols) != 2 && !(name == "regions.tsv" && len(cols) == 1) {
				t.Errorf("%s:%d: %d columns, want 2", name, i+1, len(cols))
				continue
			}
			if wantCols == 1 && strings.HasSuffix(name, ".txt") && len(cols) != 1 {
				t.Errorf("%s:%d: %d columns, want 1", name, i+1, len(cols))
			}
			if wantCols == 2 && len(cols) == 2 && cols[1] != "" && !canonical[cols[1]] {
				t.Errorf("%s:%d: country %q missing from countries.tsv", name, i+1, cols[1])
			}
		}
		if n == 0 {
			t.Errorf("%s: no entries", name)
		}
	}
	// parseLexicon, which builds the index Load reads, applies the same
	// checks and more (duplicates, spacing, case); it must accept the
	// shipped files.
	if _, err := parseLexicon(lexiconFiles); err != nil {
		t.Errorf("parseLexicon: %v", err)
	}
}

// TestLexiconCapitals checks that each country's capital, looked up as a
// city, points back at the country: a sample across continents.
func TestLexiconCapitals(t *testing.T) {
	l := mustLexicon(t)
	for city, country := range map[string]string{
		"Kabul": "Afghanistan", "Beijing": "China", "Paris": "France", "Berlin": "Germany",
		"Tehran": "Iran", "Baghdad": "Iraq", "Beirut": "Lebanon", "Amman": "Jordan",
		"Cairo": "Egypt", "Abuja": "Nigeria", "Nairobi": "Kenya", "Brasilia": "Brazil",
		"Ottawa": "Canada", "Canberra": "Australia", "Moscow": "Russia", "Kyiv": "Ukraine",
		"Ankara": "Turkey", "Doha": "Qatar", "Abu Dhabi": "United Arab Emirates",
		"Washington": "United States", "London": "United Kingdom", "Taipei": "Taiwan",
	} {
		if got, ok := l.City(city); !ok || got != country {
			t.Errorf("City(%q) = %q, %v; want %q", city, got, ok, country)
		}
	}
}

func TestLexiconParseErrors(t *testing.T) {
	base := fstest.MapFS{}
	entries, err := fs.ReadDir(lexiconFiles, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(lexiconFiles, "lexicon/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		base["lexicon/"+e.Name()] = &fstest.MapFile{Data: data}
	}
	tests := []struct {
		name     string
		file     string
		content  string
		wantLine int
		wantMsg  string
	}{
		{"too many columns", "cities.tsv", "# note\nDamascus\tSyria\nAleppo\tSyria\textra\n", 3, "want 2"},
		{"missing country", "cities.tsv", "Damascus\n", 1, "want 2"},
		{"empty country in cities", "cities.tsv", "Damascus\t\n", 1, "empty column 2"},
		{"unknown country", "demonyms.tsv", "# note\n\nNarnian\tNarnia\n", 3, `"Narnia" is not a canonical name`},
		{"duplicate city", "cities.tsv", "Damascus\tSyria\nDamascus\tIraq\n", 2, "already listed on line 1"},
		{"duplicate alias", "countries.tsv", "United States\tUS\nUnited Kingdom\tUS\n", 2, "already listed on line 1"},
		{"empty alias", "org_names.tsv", "United Nations\t\tUN\n", 1, "empty column 2"},
		{"trailing space", "regions.tsv", "Texas \tUnited States\n", 1, "leading or trailing spaces"},
		{"doubled space", "regions.tsv", "New  York\tUnited States\n", 1, "doubled spaces"},
		{"upper-case title", "titles.txt", "president\nForeign Minister\n", 2, "must be lower-case"},
		{"tab in word list", "given_names.txt", "Anna\tMaria\n", 1, "want 1 column"},
		{"duplicate given name", "given_names.txt", "Anna\n# x\nAnna\n", 3, "already listed on line 1"},
		{"empty region first column", "regions.tsv", "\tUnited States\n", 1, "empty column 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range base {
				fsys[k] = v
			}
			fsys["lexicon/"+tt.file] = &fstest.MapFile{Data: []byte(tt.content)}
			_, err := parseLexicon(fsys)
			var le *vocab.Error
			if !errors.As(err, &le) {
				t.Fatalf("parseLexicon error = %v, want a *vocab.Error", err)
			}
			wantFile := "lexicon/" + tt.file
			if le.File != wantFile || le.Line != tt.wantLine || !strings.Contains(le.Reason, tt.wantMsg) {
				t.Errorf("error = %v, want %s:%d: ...%s...", err, wantFile, tt.wantLine, tt.wantMsg)
			}
			if !strings.HasPrefix(err.Error(), wantFile+":") {
				t.Errorf("error %q does not start with file:line", err)
			}
		})
	}

	// A world region may leave its country empty or out.
	fsys := fstest.MapFS{}
	for k, v := range base {
		fsys[k] = v
	}
	fsys["lexicon/regions.tsv"] = &fstest.MapFile{Data: []byte("Europe\t\nAsia\nTexas\tUnited States\r\n")}
	l, err := parseLexicon(fsys)
	if err != nil {
		t.Fatalf("parseLexicon: %v", err)
	}
	for _, r := range []string{"Europe", "Asia"} {
		if c, ok := l.Region(r); !ok || c != "" {
			t.Errorf("Region(%q) = %q, %v; want \"\", true", r, c, ok)
		}
	}
	if c, ok := l.Region("Texas"); !ok || c != "United States" {
		t.Errorf("Region(Texas) with CRLF = %q, %v", c, ok)
	}
}

// TestNameWords checks the one-pass check of a name list's line.
func TestNameWords(t *testing.T) {
	for _, tc := range []struct {
		line  string
		words int
		ok    bool
	}{
		{"Quorble", 1, true},
		{"Quorble Holdings Group", 3, true},
		{"Quorble  Holdings", 0, false},
		{" Quorble", 0, false},
		{"Quorble ", 0, false},
		{"Quorble\tHoldings", 0, false},
		{"Quorble\r", 0, false},
		{"\u00a0Quorble", 0, false},
		{"Quorble\u2003", 0, false},
		{"Zoë Café", 2, true},
	} {
		words, ok := nameWords(tc.line)
		if words != tc.words || ok != tc.ok {
			t.Errorf("nameWords(%q) = %d, %v, want %d, %v", tc.line, words, ok, tc.words, tc.ok)
		}
	}
}

// TestMaxTitleLen: every title IsTitle reports is at most MaxTitleLen
// bytes long.
func TestMaxTitleLen(t *testing.T) {
	l := mustLexicon(t)
	spec := lexFileTable[fileTitles]
	longest := 0
	err := eachEntry(lexFile{spec.name, *spec.text}, spec.allowEmpty, func(n int, cols []column) error {
		for _, c := range cols {
			if !l.IsTitle(c.text) {
				t.Errorf("%s:%d: IsTitle(%q) = false", spec.name, n, c.text)
			}
			longest = max(longest, len(c.text))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if longest == 0 || longest > l.MaxTitleLen() {
		t.Errorf("longest title %d bytes, MaxTitleLen %d", longest, l.MaxTitleLen())
	}
}
