package gazetteer

import (
	"embed"
	"fmt"
	"hash/fnv"
	"io/fs"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/internal/vocab"
)

// lexiconFiles holds the gazetteers under lexicon/: plain UTF-8 text, one
// entry per line, tab-separated columns, '#' starting a comment line.
//
//go:embed lexicon/*.tsv lexicon/*.txt
var lexiconFiles embed.FS

// Gazetteer names reported by Lexicon.Lists.
const (
	ListCountry = "country"
	ListDemonym = "demonym"
	ListCity    = "city"
	ListRegion  = "region"
	ListOrg     = "org"
	ListTitle   = "title"
	ListGiven   = "given"
	ListOrgWord = "orgword"
	ListBrand   = "brand"
	ListSurname = "surname"
)

// listSet is a bit set of gazetteers, one bit per name in listOrder.
type listSet uint16

const (
	lexCountry listSet = 1 << iota
	lexDemonym
	lexCity
	lexRegion
	lexOrg
	lexTitle
	lexGiven
	lexOrgWord
	lexBrand
	lexSurname
)

var listOrder = [...]string{ListCountry, ListDemonym, ListCity, ListRegion, ListOrg, ListTitle, ListGiven, ListOrgWord, ListBrand, ListSurname}

// listNames[s] is the slice Lists returns for set s. Built once so Lists
// does not allocate in the recognizer's hot loop.
var listNames = func() [1 << len(listOrder)][]string {
	var t [1 << len(listOrder)][]string
	for s := range t {
		for i, name := range listOrder {
			if s&(1<<i) != 0 {
				t[s] = append(t[s], name)
			}
		}
	}
	return t
}()

// Lexicon holds the embedded gazetteers. Load parses them once per
// process; the result is read-only and safe for concurrent use. Every lookup
// is one map access: the recognizer calls them for every token.
type Lexicon struct {
	countries map[string]string // any alias, canonical included -> canonical
	demonyms  map[string]string // demonym -> canonical country
	cities    map[string]string // city -> canonical country
	regions   map[string]string // region -> canonical country, "" for world regions
	orgs      map[string]string // any alias -> canonical organization

	titles         map[string]struct{} // lower-case
	titleModifiers map[string]struct{} // lower-case
	givenNames     map[string]struct{} // as capitalized in text
	orgWords       map[string]struct{} // lower-case
	particles      map[string]struct{} // lower-case

	exact       map[string]listSet // exact-case phrase -> gazetteers holding it
	names       nameIndex          // the long lists of names (brands, surnames), exact-case
	lower       map[string]listSet // lower-case phrase -> title, orgword
	maxLowerLen int                // longest key of lower, in bytes
	maxWords    int
}

var sharedLexicon = sync.OnceValues(func() (*Lexicon, error) {
	l, err := parseLexicon(lexiconFiles)
	if err != nil {
		return nil, err
	}
	if l.names, err = readNameIndex(namesIndex); err != nil {
		return nil, err
	}
	l.maxWords = max(l.maxWords, l.names.maxWords)
	return l, nil
})

// Load returns the process-wide Lexicon, parsing the embedded files
// on first use.
func Load() (*Lexicon, error) {
	return sharedLexicon()
}

// Country returns the canonical name of the country or territory called
// name ("U.S." gives "United States"). The match is exact-case; callers strip
// a leading "the".
func (l *Lexicon) Country(name string) (canonical string, ok bool) {
	canonical, ok = l.countries[name]
	return canonical, ok
}

// Demonym returns the canonical country of a demonym or national adjective
// ("Syrian", "Israelis", "U.S.").
func (l *Lexicon) Demonym(word string) (country string, ok bool) {
	country, ok = l.demonyms[word]
	return country, ok
}

// City returns the canonical country of a listed city.
func (l *Lexicon) City(name string) (country string, ok bool) {
	country, ok = l.cities[name]
	return country, ok
}

// Region returns the canonical country of a listed state, province or
// other region. Continents, seas and areas that straddle borders ("Middle
// East", "Kashmir") are found with country "".
func (l *Lexicon) Region(name string) (country string, ok bool) {
	country, ok = l.regions[name]
	return country, ok
}

// Organization returns the canonical name of a well-known organization
// called name ("U.N." gives "United Nations").
func (l *Lexicon) Organization(name string) (canonical string, ok bool) {
	canonical, ok = l.orgs[name]
	return canonical, ok
}

// IsTitle reports whether lowerPhrase, lower-case with single spaces, is a
// person's title or role ("foreign minister", "gen.").
func (l *Lexicon) IsTitle(lowerPhrase string) bool {
	_, ok := l.titles[lowerPhrase]
	return ok
}

// IsTitleModifier reports whether lower is a word that may precede a title
// and belong to it ("acting", "former", "deputy").
func (l *Lexicon) IsTitleModifier(lower string) bool {
	_, ok := l.titleModifiers[lower]
	return ok
}

// IsGivenName reports whether name, capitalized as in text, is a common
// given name.
func (l *Lexicon) IsGivenName(name string) bool {
	_, ok := l.givenNames[name]
	return ok
}

// IsOrgWord reports whether lower is a word that marks an organization name
// ("ministry", "corp.", "brigade").
func (l *Lexicon) IsOrgWord(lower string) bool {
	_, ok := l.orgWords[lower]
	return ok
}

// IsNameParticle reports whether lower joins parts of a personal name ("al",
// "bin", "von", "de la").
func (l *Lexicon) IsNameParticle(lower string) bool {
	_, ok := l.particles[lower]
	return ok
}

// MaxPhraseWords is the number of space-separated words in the longest entry
// of any list, so callers can bound greedy longest-match scans over tokens.
func (l *Lexicon) MaxPhraseWords() int {
	return l.maxWords
}

// Lists names the gazetteers that contain phrase, tokens joined by single
// spaces, in the order country, demonym, city, region, org, title, given,
// orgword, brand, surname; nil if none. Titles and organization words match
// in any case, the rest exact-case. The returned slice is shared: do not
// modify it.
func (l *Lexicon) Lists(phrase string) []string {
	s := l.exact[phrase] | l.names.holding(phrase)
	// No lower-case entry can match a phrase this long (lower-casing shrinks
	// a UTF-8 string at most threefold, e.g. the Kelvin sign to "k").
	if len(phrase) > 3*l.maxLowerLen {
		return listNames[s]
	}
	// Lower-case short ASCII phrases in a stack buffer: a map index of
	// string(bytes) does not allocate, and Lists runs for every candidate
	// span of every sentence. strings.ToLower allocates whenever there is an
	// upper-case letter.
	var buf [128]byte
	if len(phrase) <= len(buf) {
		ascii := true
		for i := 0; i < len(phrase); i++ {
			c := phrase[i]
			if c >= 0x80 {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			return listNames[s|l.lower[string(buf[:len(phrase)])]]
		}
	}
	return listNames[s|l.lower[strings.ToLower(phrase)]]
}

// lexiconDir is where the gazetteers sit inside the embedded file system.
const lexiconDir = "lexicon/"

// parseLexicon reads and checks every gazetteer in fsys but the long lists
// of names (names.go), which are read in place. Besides the
// per-line checks, every country named by demonyms, cities and regions must
// be a canonical name in countries.tsv.
func parseLexicon(fsys fs.FS) (*Lexicon, error) {
	l := &Lexicon{exact: map[string]listSet{}, lower: map[string]listSet{}}
	var err error
	if l.countries, err = l.aliasTable(fsys, "countries.tsv", lexCountry); err != nil {
		return nil, err
	}
	canonical := map[string]bool{}
	for _, c := range l.countries {
		canonical[c] = true
	}
	tables := []struct {
		file       string
		dst        *map[string]string
		set        listSet
		allowEmpty bool
	}{
		{"demonyms.tsv", &l.demonyms, lexDemonym, false},
		{"cities.tsv", &l.cities, lexCity, false},
		{"regions.tsv", &l.regions, lexRegion, true},
	}
	for _, t := range tables {
		if *t.dst, err = l.countryTable(fsys, t.file, t.set, t.allowEmpty, canonical); err != nil {
			return nil, err
		}
	}
	if l.orgs, err = l.aliasTable(fsys, "org_names.tsv", lexOrg); err != nil {
		return nil, err
	}
	lists := []struct {
		file      string
		dst       *map[string]struct{}
		set       listSet // 0: not reported by Lists
		lowerCase bool
	}{
		{"titles.txt", &l.titles, lexTitle, true},
		{"titles-modifiers.txt", &l.titleModifiers, 0, true},
		{"given_names.txt", &l.givenNames, lexGiven, false},
		{"org_words.txt", &l.orgWords, lexOrgWord, true},
		{"name_particles.txt", &l.particles, 0, true},
	}
	for _, w := range lists {
		if *w.dst, err = l.wordList(fsys, w.file, w.set, w.lowerCase); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// lexLine is one entry of a gazetteer: its 1-based line number and its columns.
type lexLine struct {
	n    int
	cols []string
}

// readLines splits a gazetteer into entries, skipping blank and '#' lines,
// and rejects columns that could never match a token phrase: empty ones
// (unless allowEmpty, for a last column), ones with outer or doubled spaces.
func readLines(fsys fs.FS, file string, allowEmpty bool) ([]lexLine, error) {
	data, err := fs.ReadFile(fsys, lexiconDir+file)
	if err != nil {
		return nil, err
	}
	var out []lexLine
	for i, text := range strings.Split(string(data), "\n") {
		text = strings.TrimSuffix(text, "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		for j, c := range cols {
			switch {
			case c == "" && !(allowEmpty && j == len(cols)-1 && j > 0):
				return nil, lineError(file, i+1, "empty column %d", j+1)
			case c != strings.TrimSpace(c):
				return nil, lineError(file, i+1, "column %d %q has leading or trailing spaces", j+1, c)
			case strings.Contains(c, "  "):
				return nil, lineError(file, i+1, "column %d %q has doubled spaces", j+1, c)
			}
		}
		out = append(out, lexLine{n: i + 1, cols: cols})
	}
	return out, nil
}

func lineError(file string, n int, format string, args ...any) error {
	return &vocab.Error{File: lexiconDir + file, Line: n, Reason: fmt.Sprintf(format, args...)}
}

// aliasTable parses "canonical<TAB>alias..." lines into alias -> canonical,
// each canonical name also mapping to itself. An alias may appear once.
func (l *Lexicon) aliasTable(fsys fs.FS, file string, set listSet) (map[string]string, error) {
	lines, err := readLines(fsys, file, false)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(lines))
	firstSeen := make(map[string]int, len(lines))
	for _, ln := range lines {
		for _, alias := range ln.cols {
			if prev, dup := firstSeen[alias]; dup {
				return nil, lineError(file, ln.n, "%q already listed on line %d", alias, prev)
			}
			firstSeen[alias] = ln.n
			m[alias] = ln.cols[0]
			l.addPhrase(alias, set, false)
		}
	}
	return m, nil
}

// countryTable parses "name<TAB>country" lines. The country must be a
// canonical name from countries.tsv; with allowEmpty it may be empty (and
// the column left out) for places that belong to no one country.
func (l *Lexicon) countryTable(fsys fs.FS, file string, set listSet, allowEmpty bool, canonical map[string]bool) (map[string]string, error) {
	lines, err := readLines(fsys, file, allowEmpty)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(lines))
	firstSeen := make(map[string]int, len(lines))
	for _, ln := range lines {
		name, country := ln.cols[0], ""
		switch {
		case len(ln.cols) == 2:
			country = ln.cols[1]
		case len(ln.cols) == 1 && allowEmpty:
		default:
			return nil, lineError(file, ln.n, "want 2 tab-separated columns, got %d", len(ln.cols))
		}
		if country == "" && !allowEmpty {
			return nil, lineError(file, ln.n, "missing country")
		}
		if country != "" && !canonical[country] {
			return nil, lineError(file, ln.n, "country %q is not a canonical name in countries.tsv", country)
		}
		if prev, dup := firstSeen[name]; dup {
			return nil, lineError(file, ln.n, "%q already listed on line %d", name, prev)
		}
		firstSeen[name] = ln.n
		m[name] = country
		l.addPhrase(name, set, false)
	}
	return m, nil
}

// wordList parses one entry per line. With lowerCase the entries must be
// lower-case, as the lookups that use them lower-case their input.
func (l *Lexicon) wordList(fsys fs.FS, file string, set listSet, lowerCase bool) (map[string]struct{}, error) {
	lines, err := readLines(fsys, file, false)
	if err != nil {
		return nil, err
	}
	m := make(map[string]struct{}, len(lines))
	firstSeen := make(map[string]int, len(lines))
	for _, ln := range lines {
		if len(ln.cols) != 1 {
			return nil, lineError(file, ln.n, "want 1 column, got %d", len(ln.cols))
		}
		w := ln.cols[0]
		if lowerCase && w != strings.ToLower(w) {
			return nil, lineError(file, ln.n, "%q must be lower-case", w)
		}
		if prev, dup := firstSeen[w]; dup {
			return nil, lineError(file, ln.n, "%q already listed on line %d", w, prev)
		}
		firstSeen[w] = ln.n
		m[w] = struct{}{}
		l.addPhrase(w, set, lowerCase)
	}
	return m, nil
}

// addPhrase records phrase for Lists (when set is not 0) and MaxPhraseWords.
func (l *Lexicon) addPhrase(phrase string, set listSet, lowerCase bool) {
	if n := strings.Count(phrase, " ") + 1; n > l.maxWords {
		l.maxWords = n
	}
	switch {
	case set == 0:
	case lowerCase:
		l.lower[phrase] |= set
		l.maxLowerLen = max(l.maxLowerLen, len(phrase))
	default:
		l.exact[phrase] |= set
	}
}

// Fingerprint hashes the embedded gazetteer files, so a model can
// tell when the lexicon changed since it was trained (its gazetteer
// features then mean something else: retrain).
func Fingerprint() (uint64, error) {
	h := fnv.New64a()
	err := fs.WalkDir(lexiconFiles, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(lexiconFiles, path)
		if err != nil {
			return err
		}
		h.Write([]byte(path))
		h.Write(b)
		return nil
	})
	return h.Sum64(), err
}
