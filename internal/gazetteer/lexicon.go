package gazetteer

import (
	"embed"
	"fmt"
	"hash/fnv"
	"io/fs"
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

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

// listNames returns the slice Lists returns for set s, made on the first
// call for s and shared from then on, so that Lists does not allocate in
// the recognizer's hot loop. An article meets a few dozen of the 1,024
// sets: making them all took 100 KB of fresh memory at every start.
func listNames(s listSet) []string {
	if s == 0 {
		return nil
	}
	if p := listNamesMade[s].Load(); p != nil {
		return *p
	}
	names := make([]string, 0, bits.OnesCount16(uint16(s)))
	for i, name := range listOrder {
		if s&(1<<i) != 0 {
			names = append(names, name)
		}
	}
	// Two goroutines making the same set store equal slices.
	listNamesMade[s].Store(&names)
	return names
}

var listNamesMade [1 << len(listOrder)]atomic.Pointer[[]string]

// Lexicon holds the embedded gazetteers. Load reads them once per
// process; the result is read-only and safe for concurrent use. Every lookup
// is a probe or two of one table (phraseIndex): the recognizer calls them
// for every token.
type Lexicon struct {
	phrases     phraseIndex // the entries of the files of lexFileTable
	names       nameIndex   // the long lists of names (brands, surnames), exact-case
	pairs       pairFilter  // turns away most phrases no entry opens like (pairs.go)
	maxLowerLen int         // longest lower-case entry reported by Lists, in bytes
	maxWords    int
}

// The gazetteers phraseIndex holds, numbered as in lexFileTable.
const (
	fileCountries = iota
	fileDemonyms
	fileCities
	fileRegions
	fileOrgs
	fileTitles
	fileTitleModifiers
	fileGivenNames
	fileOrgWords
	fileParticles
	lexFileCount
)

// The texts of the gazetteers of lexFileTable, embedded as strings as
// well, so that a process reads them in place: lexiconFiles' ReadFile
// copies (100 KB of fresh memory at every start).
var (
	//go:embed lexicon/countries.tsv
	countriesText string
	//go:embed lexicon/demonyms.tsv
	demonymsText string
	//go:embed lexicon/cities.tsv
	citiesText string
	//go:embed lexicon/regions.tsv
	regionsText string
	//go:embed lexicon/org_names.tsv
	orgNamesText string
	//go:embed lexicon/titles.txt
	titlesText string
	//go:embed lexicon/titles-modifiers.txt
	titleModifiersText string
	//go:embed lexicon/given_names.txt
	givenNamesText string
	//go:embed lexicon/org_words.txt
	orgWordsText string
	//go:embed lexicon/name_particles.txt
	particlesText string
)

// lexFileKind is how a gazetteer's lines read.
type lexFileKind uint8

const (
	// aliasLines are "canonical<TAB>alias...": every column names the
	// first; an alias may appear once.
	aliasLines lexFileKind = iota
	// countryLines are "name<TAB>country", the country a canonical name
	// of countries.tsv.
	countryLines
	// wordLines are one entry each.
	wordLines
)

// lexFileTable describes each gazetteer: its file and embedded text, how
// its lines read, the set Lists reports it as (0: none), whether its
// entries are lower-case (and found in any case), and whether its last
// column may be empty or left out.
var lexFileTable = [lexFileCount]struct {
	name       string
	text       *string
	kind       lexFileKind
	set        listSet
	lowerCase  bool
	allowEmpty bool
}{
	fileCountries:      {"countries.tsv", &countriesText, aliasLines, lexCountry, false, false},
	fileDemonyms:       {"demonyms.tsv", &demonymsText, countryLines, lexDemonym, false, false},
	fileCities:         {"cities.tsv", &citiesText, countryLines, lexCity, false, false},
	fileRegions:        {"regions.tsv", &regionsText, countryLines, lexRegion, false, true},
	fileOrgs:           {"org_names.tsv", &orgNamesText, aliasLines, lexOrg, false, false},
	fileTitles:         {"titles.txt", &titlesText, wordLines, lexTitle, true, false},
	fileTitleModifiers: {"titles-modifiers.txt", &titleModifiersText, wordLines, 0, true, false},
	fileGivenNames:     {"given_names.txt", &givenNamesText, wordLines, lexGiven, false, false},
	fileOrgWords:       {"org_words.txt", &orgWordsText, wordLines, lexOrgWord, true, false},
	fileParticles:      {"name_particles.txt", &particlesText, wordLines, 0, true, false},
}

// exactSets and lowerSets are the sets Lists reports for a phrase found
// in each file as written and lower-cased.
var exactSets, lowerSets = func() (exact, lower [lexFileCount]listSet) {
	for i, f := range lexFileTable {
		if f.lowerCase {
			lower[i] = f.set
		} else {
			exact[i] = f.set
		}
	}
	return exact, lower
}()

var sharedLexicon = sync.OnceValues(func() (*Lexicon, error) {
	l, err := readPhraseIndex(phrasesIndex)
	if err != nil {
		return nil, err
	}
	if l.names, err = readNameIndex(namesIndex); err != nil {
		return nil, err
	}
	l.maxWords = max(l.maxWords, l.names.maxWords)
	if l.pairs, err = readPairFilter(pairsIndex); err != nil {
		return nil, err
	}
	return l, nil
})

// Load returns the process-wide Lexicon, read on first use from the
// embedded files and the indexes generated from them (their checks run in
// the package's tests, which rebuild the indexes).
func Load() (*Lexicon, error) {
	return sharedLexicon()
}

// Country returns the canonical name of the country or territory called
// name ("U.S." gives "United States"). The match is exact-case; callers strip
// a leading "the".
func (l *Lexicon) Country(name string) (canonical string, ok bool) {
	return l.firstColumnOf(fileCountries, name)
}

// Demonym returns the canonical country of a demonym or national adjective
// ("Syrian", "Israelis", "U.S.").
func (l *Lexicon) Demonym(word string) (country string, ok bool) {
	return l.nextColumnOf(fileDemonyms, word)
}

// City returns the canonical country of a listed city.
func (l *Lexicon) City(name string) (country string, ok bool) {
	return l.nextColumnOf(fileCities, name)
}

// Region returns the canonical country of a listed state, province or
// other region. Continents, seas and areas that straddle borders ("Middle
// East", "Kashmir") are found with country "".
func (l *Lexicon) Region(name string) (country string, ok bool) {
	return l.nextColumnOf(fileRegions, name)
}

// Organization returns the canonical name of a well-known organization
// called name ("U.N." gives "United Nations").
func (l *Lexicon) Organization(name string) (canonical string, ok bool) {
	return l.firstColumnOf(fileOrgs, name)
}

// IsTitle reports whether lowerPhrase, lower-case with single spaces, is a
// person's title or role ("foreign minister", "gen.").
func (l *Lexicon) IsTitle(lowerPhrase string) bool {
	return l.lists(fileTitles, lowerPhrase)
}

// IsTitleModifier reports whether lower is a word that may precede a title
// and belong to it ("acting", "former", "deputy").
func (l *Lexicon) IsTitleModifier(lower string) bool {
	return l.lists(fileTitleModifiers, lower)
}

// IsGivenName reports whether name, capitalized as in text, is a common
// given name.
func (l *Lexicon) IsGivenName(name string) bool {
	return l.lists(fileGivenNames, name)
}

// IsOrgWord reports whether lower is a word that marks an organization name
// ("ministry", "corp.", "brigade").
func (l *Lexicon) IsOrgWord(lower string) bool {
	return l.lists(fileOrgWords, lower)
}

// IsNameParticle reports whether lower joins parts of a personal name ("al",
// "bin", "von", "de la").
func (l *Lexicon) IsNameParticle(lower string) bool {
	return l.lists(fileParticles, lower)
}

// firstColumnOf returns the first column of the line of file listing
// entry.
func (l *Lexicon) firstColumnOf(file int, entry string) (string, bool) {
	off, ok := l.phrases.find(file, entry)
	if !ok {
		return "", false
	}
	return firstColumn(l.phrases.texts[file], off), true
}

// nextColumnOf returns the column after entry on the line of file listing
// it.
func (l *Lexicon) nextColumnOf(file int, entry string) (string, bool) {
	off, ok := l.phrases.find(file, entry)
	if !ok {
		return "", false
	}
	return nextColumn(l.phrases.texts[file], off, len(entry)), true
}

// lists reports whether file lists entry.
func (l *Lexicon) lists(file int, entry string) bool {
	_, ok := l.phrases.find(file, entry)
	return ok
}

// MaxPhraseWords is the number of space-separated words in the longest entry
// of any list, so callers can bound greedy longest-match scans over tokens.
func (l *Lexicon) MaxPhraseWords() int {
	return l.maxWords
}

// MaxTitleLen bounds the length in bytes of the phrases IsTitle reports: no
// title is longer (it is the longest lower-case entry Lists reports, a
// title or an organization word), so a caller that grows a phrase word by
// word can stop there.
func (l *Lexicon) MaxTitleLen() int {
	return l.maxLowerLen
}

// Lists names the gazetteers that contain phrase, tokens joined by single
// spaces, in the order country, demonym, city, region, org, title, given,
// orgword, brand, surname; nil if none. Titles and organization words match
// in any case, the rest exact-case. The returned slice is shared: do not
// modify it.
func (l *Lexicon) Lists(phrase string) []string {
	if !l.pairs.mayList(phrase) {
		return nil
	}
	return l.listsOf(phrase)
}

// listsOf is Lists without the pair filter.
func (l *Lexicon) listsOf(phrase string) []string {
	h := hashName(phrase)
	s := l.phrases.holding(phrase, h, &exactSets) | l.names.holdingHashed(phrase, h)
	// No lower-case entry can match a phrase this long (lower-casing shrinks
	// a UTF-8 string at most threefold, e.g. the Kelvin sign to "k").
	if len(phrase) > 3*l.maxLowerLen {
		return listNames(s)
	}
	// Lower-case short ASCII phrases in a stack buffer, which the index's
	// probe reads without keeping: Lists runs for every candidate span of
	// every sentence, and strings.ToLower allocates whenever there is an
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
			// holding keeps nothing of its key: the buffer may back it.
			lowered := unsafe.String(&buf[0], len(phrase))
			return listNames(s | l.phrases.holding(lowered, hashName(lowered), &lowerSets))
		}
	}
	lowered := strings.ToLower(phrase)
	return listNames(s | l.phrases.holding(lowered, hashName(lowered), &lowerSets))
}

// lexiconDir is where the gazetteers sit inside the embedded file system.
const lexiconDir = "lexicon/"

// parseLexicon reads and checks every gazetteer in fsys but the long lists
// of names (names.go), which are read in place, and indexes their entries.
// Besides the per-line checks, every country named by demonyms, cities and
// regions must be a canonical name in countries.tsv (read first).
func parseLexicon(fsys fs.FS) (*Lexicon, error) {
	texts := make([]string, lexFileCount)
	entries := 0
	for i, f := range lexFileTable {
		text, err := readLexiconText(fsys, f.name, f.text)
		if err != nil {
			return nil, err
		}
		if len(text) > maxPhraseText {
			return nil, fmt.Errorf("%s%s: %d bytes, more than the lexicon's index holds (%d)", lexiconDir, f.name, len(text), maxPhraseText)
		}
		texts[i] = text
		// A bound on the entries: lines, and with columns, columns.
		entries += strings.Count(text, "\n") + 1 + strings.Count(text, "\t")
	}
	l := &Lexicon{phrases: newPhraseIndex(texts, entries)}
	for i, f := range lexFileTable {
		if err := l.readFile(i, lexFile{f.name, texts[i]}); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// readLexiconText returns the text of the gazetteer called name in fsys:
// embedded, when fsys is lexiconFiles, as read from it otherwise.
func readLexiconText(fsys fs.FS, name string, embedded *string) (string, error) {
	if efs, ok := fsys.(embed.FS); ok && efs == lexiconFiles {
		return *embedded, nil
	}
	return vocab.ReadText(fsys, lexiconDir+name)
}

// lexFile is one gazetteer's name and text.
type lexFile struct {
	name, text string
}

// readFile checks and indexes the entries of gazetteer file, f.
func (l *Lexicon) readFile(file int, f lexFile) error {
	spec := lexFileTable[file]
	return eachEntry(f, spec.allowEmpty, func(n int, cols []column) error {
		keys, err := l.checkLine(file, f, n, cols)
		if err != nil {
			return err
		}
		for _, c := range keys {
			if _, dup := l.phrases.find(file, c.text); dup {
				return duplicateError(f, n, c.text, spec.kind == aliasLines)
			}
			l.phrases.add(file, c.off, c.text)
			l.addPhrase(c.text, spec.set, spec.lowerCase)
		}
		return nil
	})
}

// checkLine checks line n of gazetteer file, f, by the rules of its kind
// and returns the columns that are its entries.
func (l *Lexicon) checkLine(file int, f lexFile, n int, cols []column) ([]column, error) {
	spec := lexFileTable[file]
	switch spec.kind {
	case aliasLines:
		return cols, nil
	case countryLines:
		country := ""
		switch {
		case len(cols) == 2:
			country = cols[1].text
		case len(cols) == 1 && spec.allowEmpty:
		default:
			return nil, lineError(f.name, n, "want 2 tab-separated columns, got %d", len(cols))
		}
		if country == "" && !spec.allowEmpty {
			return nil, lineError(f.name, n, "missing country")
		}
		if canonical, _ := l.Country(country); country != "" && canonical != country {
			return nil, lineError(f.name, n, "country %q is not a canonical name in countries.tsv", country)
		}
		return cols[:1], nil
	default:
		if len(cols) != 1 {
			return nil, lineError(f.name, n, "want 1 column, got %d", len(cols))
		}
		if w := cols[0].text; spec.lowerCase && w != strings.ToLower(w) {
			return nil, lineError(f.name, n, "%q must be lower-case", w)
		}
		return cols, nil
	}
}

// column is one column of a gazetteer's line and its byte offset in the
// file.
type column struct {
	text string
	off  int
}

// eachEntry calls fn with every entry of a gazetteer, its 1-based line
// number and its columns, skipping blank and '#' lines. It rejects columns
// that could never match a token phrase: empty ones (unless allowEmpty,
// for a last column), ones with outer or doubled spaces or a carriage
// return inside. The columns share f's text, and the slice is reused from
// entry to entry.
func eachEntry(f lexFile, allowEmpty bool, fn func(n int, cols []column) error) error {
	var cols []column
	for n, off := 1, 0; off < len(f.text); n++ {
		line, _, _ := strings.Cut(f.text[off:], "\n")
		start := off
		off += len(line) + 1
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' || strings.TrimSpace(line) == "" {
			continue
		}
		cols = cols[:0]
		for c := range strings.SplitSeq(line, "\t") {
			cols = append(cols, column{c, start})
			start += len(c) + 1
		}
		for j, c := range cols {
			switch {
			case c.text == "" && !(allowEmpty && j == len(cols)-1 && j > 0):
				return lineError(f.name, n, "empty column %d", j+1)
			case c.text != strings.TrimSpace(c.text):
				return lineError(f.name, n, "column %d %q has leading or trailing spaces", j+1, c.text)
			case strings.Contains(c.text, "  "):
				return lineError(f.name, n, "column %d %q has doubled spaces", j+1, c.text)
			case strings.Contains(c.text, "\r"):
				return lineError(f.name, n, "column %d %q holds a carriage return", j+1, c.text)
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
	eachEntry(f, true, func(m int, cols []column) error {
		if !anyColumn {
			cols = cols[:1]
		}
		for _, c := range cols {
			if first == 0 && c.text == entry {
				first = m
			}
		}
		return nil
	})
	return lineError(f.name, n, "%q already listed on line %d", entry, first)
}

// addPhrase records phrase for Lists (when set is not 0) and MaxPhraseWords.
func (l *Lexicon) addPhrase(phrase string, set listSet, lowerCase bool) {
	if n := strings.Count(phrase, " ") + 1; n > l.maxWords {
		l.maxWords = n
	}
	if set != 0 && lowerCase {
		l.maxLowerLen = max(l.maxLowerLen, len(phrase))
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
