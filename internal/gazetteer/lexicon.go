package gazetteer

import (
	"embed"
	"fmt"
	"hash/fnv"
	"io/fs"
	"slices"
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
// does not allocate in the recognizer's hot loop, the slices cut from one
// array (each name is in half the sets) rather than grown one by one.
var listNames = func() [1 << len(listOrder)][]string {
	var t [1 << len(listOrder)][]string
	all := make([]string, 0, len(listOrder)<<(len(listOrder)-1))
	for s := range t {
		start := len(all)
		for i, name := range listOrder {
			if s&(1<<i) != 0 {
				all = append(all, name)
			}
		}
		t[s] = all[start:len(all):len(all)]
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
	f, err := readLexiconFiles(fsys)
	if err != nil {
		return nil, err
	}
	// Sized to the entries that fill them, the phrase maps never grow.
	l := &Lexicon{
		exact: make(map[string]listSet, f.aliases("countries.tsv", "org_names.tsv")+
			f.lines("demonyms.tsv", "cities.tsv", "regions.tsv", "given_names.txt")),
		lower: make(map[string]listSet, f.lines("titles.txt", "org_words.txt")),
	}
	if l.countries, err = l.aliasTable(f.get("countries.tsv"), lexCountry); err != nil {
		return nil, err
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
		if *t.dst, err = l.countryTable(f.get(t.file), t.set, t.allowEmpty); err != nil {
			return nil, err
		}
	}
	if l.orgs, err = l.aliasTable(f.get("org_names.tsv"), lexOrg); err != nil {
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
		if *w.dst, err = l.wordList(f.get(w.file), w.set, w.lowerCase); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// lexFile is one gazetteer's name and text.
type lexFile struct {
	name, text string
}

// lexFiles are the texts of the gazetteers parseLexicon reads, by name.
type lexFiles map[string]string

// readLexiconFiles reads every gazetteer under lexicon/ but the long lists
// of names.
func readLexiconFiles(fsys fs.FS) (lexFiles, error) {
	f := lexFiles{}
	for _, name := range []string{
		"countries.tsv", "demonyms.tsv", "cities.tsv", "regions.tsv", "org_names.tsv",
		"titles.txt", "titles-modifiers.txt", "given_names.txt", "org_words.txt", "name_particles.txt",
	} {
		data, err := vocab.ReadText(fsys, lexiconDir+name)
		if err != nil {
			return nil, err
		}
		f[name] = data
	}
	return f, nil
}

func (f lexFiles) get(name string) lexFile { return lexFile{name, f[name]} }

// lines bounds the entries of the named files: their lines.
func (f lexFiles) lines(names ...string) int {
	n := 0
	for _, name := range names {
		n += entriesAtMost(f[name], false)
	}
	return n
}

// aliases bounds the aliases of the named alias tables.
func (f lexFiles) aliases(names ...string) int {
	n := 0
	for _, name := range names {
		n += entriesAtMost(f[name], true)
	}
	return n
}

// entriesAtMost bounds the entries of a gazetteer's text: its lines, and
// with columns, its columns, cheaply enough to size the maps it fills.
func entriesAtMost(text string, columns bool) int {
	n := strings.Count(text, "\n") + 1
	if columns {
		n += strings.Count(text, "\t")
	}
	return n
}

// eachEntry calls fn with every entry of a gazetteer, its 1-based line
// number and its columns, skipping blank and '#' lines. It rejects columns
// that could never match a token phrase: empty ones (unless allowEmpty,
// for a last column), ones with outer or doubled spaces. The columns share
// f's text, and the slice is reused from entry to entry.
func eachEntry(f lexFile, allowEmpty bool, fn func(n int, cols []string) error) error {
	var cols []string
	text := f.text
	for n := 1; text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' || strings.TrimSpace(line) == "" {
			continue
		}
		cols = cols[:0]
		for c := range strings.SplitSeq(line, "\t") {
			cols = append(cols, c)
		}
		for j, c := range cols {
			switch {
			case c == "" && !(allowEmpty && j == len(cols)-1 && j > 0):
				return lineError(f.name, n, "empty column %d", j+1)
			case c != strings.TrimSpace(c):
				return lineError(f.name, n, "column %d %q has leading or trailing spaces", j+1, c)
			case strings.Contains(c, "  "):
				return lineError(f.name, n, "column %d %q has doubled spaces", j+1, c)
			}
		}
		if err := fn(n, cols); err != nil {
			return err
		}
	}
	return nil
}

func lineError(file string, n int, format string, args ...any) error {
	return &vocab.Error{File: lexiconDir + file, Line: n, Reason: fmt.Sprintf(format, args...)}
}

// duplicateError reports entry listed again on line n: it finds the first
// line listing it (in any column with anyColumn, else in the first), which
// the parse does not keep, as duplicates are rare.
func duplicateError(f lexFile, n int, entry string, anyColumn bool) error {
	first := 0
	eachEntry(f, true, func(m int, cols []string) error {
		if !anyColumn {
			cols = cols[:1]
		}
		if first == 0 && slices.Contains(cols, entry) {
			first = m
		}
		return nil
	})
	return lineError(f.name, n, "%q already listed on line %d", entry, first)
}

// aliasTable parses "canonical<TAB>alias..." lines into alias -> canonical,
// each canonical name also mapping to itself. An alias may appear once.
func (l *Lexicon) aliasTable(f lexFile, set listSet) (map[string]string, error) {
	m := make(map[string]string, entriesAtMost(f.text, true))
	err := eachEntry(f, false, func(n int, cols []string) error {
		for _, alias := range cols {
			if _, dup := m[alias]; dup {
				return duplicateError(f, n, alias, true)
			}
			m[alias] = cols[0]
			l.addPhrase(alias, set, false)
		}
		return nil
	})
	return m, err
}

// countryTable parses "name<TAB>country" lines. The country must be a
// canonical name from countries.tsv (read first: a canonical name is one
// that l.countries maps to itself); with allowEmpty it may be empty (and
// the column left out) for places that belong to no one country.
func (l *Lexicon) countryTable(f lexFile, set listSet, allowEmpty bool) (map[string]string, error) {
	m := make(map[string]string, entriesAtMost(f.text, false))
	err := eachEntry(f, allowEmpty, func(n int, cols []string) error {
		name, country := cols[0], ""
		switch {
		case len(cols) == 2:
			country = cols[1]
		case len(cols) == 1 && allowEmpty:
		default:
			return lineError(f.name, n, "want 2 tab-separated columns, got %d", len(cols))
		}
		if country == "" && !allowEmpty {
			return lineError(f.name, n, "missing country")
		}
		if country != "" && l.countries[country] != country {
			return lineError(f.name, n, "country %q is not a canonical name in countries.tsv", country)
		}
		if _, dup := m[name]; dup {
			return duplicateError(f, n, name, false)
		}
		m[name] = country
		l.addPhrase(name, set, false)
		return nil
	})
	return m, err
}

// wordList parses one entry per line. With lowerCase the entries must be
// lower-case, as the lookups that use them lower-case their input.
func (l *Lexicon) wordList(f lexFile, set listSet, lowerCase bool) (map[string]struct{}, error) {
	m := make(map[string]struct{}, entriesAtMost(f.text, false))
	err := eachEntry(f, false, func(n int, cols []string) error {
		if len(cols) != 1 {
			return lineError(f.name, n, "want 1 column, got %d", len(cols))
		}
		w := cols[0]
		if lowerCase && w != strings.ToLower(w) {
			return lineError(f.name, n, "%q must be lower-case", w)
		}
		if _, dup := m[w]; dup {
			return duplicateError(f, n, w, false)
		}
		m[w] = struct{}{}
		l.addPhrase(w, set, lowerCase)
		return nil
	})
	return m, err
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
