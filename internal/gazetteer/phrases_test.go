package gazetteer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/bits"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/newsextract/newsextract/internal/vocab"
)

// TestPhraseIndex checks the index's lookups over a small text of
// several files: found in their own file only, exact bytes, whole
// columns, several files listing one key.
func TestPhraseIndex(t *testing.T) {
	texts := []string{
		"Alpha\tAlp\nBeta\n",
		"Beta\tBravo land\r\nGamma\n",
		"Alp",
	}
	x := newPhraseIndex(texts, 16)
	add := func(file, off int, key string) {
		if _, dup := x.find(file, key); dup {
			t.Fatalf("%q found in file %d before it was added", key, file)
		}
		x.add(file, off, key)
	}
	add(0, 0, "Alpha")
	add(0, 6, "Alp")
	add(0, 10, "Beta")
	add(1, 0, "Beta")
	add(1, 17, "Gamma")
	add(2, 0, "Alp")
	for _, tc := range []struct {
		file int
		key  string
		off  int
		ok   bool
	}{
		{0, "Alpha", 0, true},
		{0, "Alp", 6, true},
		{2, "Alp", 0, true},
		{1, "Alp", 0, false},
		{0, "Alpha\tAlp", 0, false}, // more than a column
		{0, "Al", 0, false},         // a prefix of a column
		{0, "alpha", 0, false},      // exact case
		{1, "Beta", 0, true},
		{1, "Gamma", 17, true},
		{0, "Gamma", 0, false},
		{0, "", 0, false},
	} {
		off, ok := x.find(tc.file, tc.key)
		if ok != tc.ok || off != tc.off {
			t.Errorf("find(%d, %q) = %d, %v; want %d, %v", tc.file, tc.key, off, ok, tc.off, tc.ok)
		}
	}
	sets := [lexFileCount]listSet{0: lexCountry, 1: lexCity, 2: 0}
	for _, tc := range []struct {
		key  string
		want listSet
	}{
		{"Beta", lexCountry | lexCity},
		{"Alp", lexCountry}, // file 2 lists it too, but reports no set
		{"Gamma", lexCity},
		{"Delta", 0},
	} {
		if got := x.holding(tc.key, hashName(tc.key), &sets); got != tc.want {
			t.Errorf("holding(%q) = %b, want %b", tc.key, got, tc.want)
		}
	}
}

// TestPhraseIndexIsTheLexicon checks the embedded gazetteers and rebuilds
// their index, wanting the committed one byte for byte; -update rewrites
// it. Equal bytes make the Lexicon read from it answer as the one parsed;
// the header's figures and a lookup of every entry are checked as well.
func TestPhraseIndexIsTheLexicon(t *testing.T) {
	parsed, err := parseLexicon(lexiconFiles)
	if err != nil {
		t.Fatal(err)
	}
	want := encodePhraseIndex(parsed)
	if *update {
		if err := os.WriteFile("phrases-index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(phrasesIndex, want) {
		t.Fatalf("phrases-index.bin (%d bytes) is not the index of the gazetteers (%d bytes): go test ./internal/gazetteer -run PhraseIndex -update", len(phrasesIndex), len(want))
	}
	read, err := readPhraseIndex(phrasesIndex)
	if err != nil {
		t.Fatal(err)
	}
	if read.maxWords != parsed.maxWords || read.maxLowerLen != parsed.maxLowerLen || read.phrases.mask != parsed.phrases.mask {
		t.Errorf("read maxWords %d, maxLowerLen %d, mask %d; parsed %d, %d, %d",
			read.maxWords, read.maxLowerLen, read.phrases.mask, parsed.maxWords, parsed.maxLowerLen, parsed.phrases.mask)
	}
	for file, spec := range lexFileTable {
		err := eachEntry(lexFile{spec.name, *spec.text}, spec.allowEmpty, func(n int, cols []column) error {
			for _, c := range cols {
				got, gotOK := read.phrases.find(file, c.text)
				want, wantOK := parsed.phrases.find(file, c.text)
				if got != want || gotOK != wantOK {
					t.Errorf("%s:%d: %q found at %d, %v in the committed index, %d, %v parsed", spec.name, n, c.text, got, gotOK, want, wantOK)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// encodePhraseIndex writes l's index of the embedded gazetteers in the
// layout of phrases-index.bin.
func encodePhraseIndex(l *Lexicon) []byte {
	b := make([]byte, 0, phrasesHeaderLen+len(l.phrases.slots))
	b = append(b, phrasesMagic...)
	for _, text := range l.phrases.texts {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(text)))
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(l.maxWords))
	b = binary.LittleEndian.AppendUint32(b, uint32(l.maxLowerLen))
	b = binary.LittleEndian.AppendUint32(b, uint32(bits.Len32(l.phrases.mask)))
	return append(b, l.phrases.slots...)
}

// damagedKey is a key no gazetteer lists, whose slot the tests damage.
const damagedKey = "Quorbia"

// TestReadPhraseIndexRefuses checks that an index of other gazetteers, or
// not an index at all, is refused.
func TestReadPhraseIndexRefuses(t *testing.T) {
	if *update {
		t.Skip("reads the embedded index, which -update is rewriting")
	}
	grown := bytes.Clone(phrasesIndex)
	grown[len(phrasesMagic)]++ // countries.tsv one byte longer
	// In copies: every empty slot filled; at the home slot of a key, a
	// slot for it naming a file past the last, or an offset past its
	// file's text.
	full, farFile, farOff := bytes.Clone(phrasesIndex), bytes.Clone(phrasesIndex), bytes.Clone(phrasesIndex)
	for p := phrasesHeaderLen + 4; p < len(full); p += phraseSlotLen {
		if binary.LittleEndian.Uint32(full[p:]) == 0 {
			binary.LittleEndian.PutUint32(full[p:], 1) // countries.tsv's first byte
		}
	}
	h := hashName(damagedKey)
	home := phrasesHeaderLen + int(h&(uint32(len(phrasesIndex)-phrasesHeaderLen)/phraseSlotLen-1))*phraseSlotLen
	for b, ref := range map[*[]byte]uint32{&farFile: lexFileCount<<phraseOffBits | 1, &farOff: uint32(len(countriesText) + 1)} {
		binary.LittleEndian.PutUint32((*b)[home:], h)
		binary.LittleEndian.PutUint32((*b)[home+4:], ref)
	}
	for _, tc := range []struct {
		name string
		b    []byte
		want string // in the error
	}{
		{"empty", nil, "not a phrase index"},
		{"other magic", append([]byte("NXNAMES1"), phrasesIndex[8:]...), "not a phrase index"},
		{"other lengths", grown, "built for a countries.tsv of"},
		{"short", phrasesIndex[:len(phrasesIndex)-phraseSlotLen], "wrong size"},
		{"longer", append(bytes.Clone(phrasesIndex), make([]byte, phraseSlotLen)...), "wrong size"},
	} {
		if _, err := readPhraseIndex(tc.b); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
	}
	// Damaged slots pass the header's checks; the lookups pass over them.
	for name, b := range map[string][]byte{"no empty slot": full, "a file past the last": farFile, "past the text": farOff} {
		l, err := readPhraseIndex(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		l.names = nameIndex{}
		for _, key := range []string{damagedKey, "Syria", "", "minister", "al"} {
			l.Lists(key)
			l.Country(key)
			l.IsTitle(key)
			l.IsNameParticle(key)
		}
		if got := l.Lists(damagedKey); got != nil {
			t.Errorf("%s: Lists(%q) = %v", name, damagedKey, got)
		}
	}
}

// TestReadPhraseIndexInPlace checks that reading the committed index
// copies none of it: a process would otherwise pay its 128 KB of fresh
// memory at every start, as when the index was built there.
func TestReadPhraseIndexInPlace(t *testing.T) {
	if *update {
		t.Skip("reads the embedded index, which -update is rewriting")
	}
	var l *Lexicon
	allocs := testing.AllocsPerRun(10, func() {
		var err error
		if l, err = readPhraseIndex(phrasesIndex); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 2 {
		t.Errorf("readPhraseIndex made %.0f allocations, want at most 2 (the Lexicon and its list of texts)", allocs)
	}
	if &l.phrases.slots[0] != &phrasesIndex[phrasesHeaderLen] {
		t.Error("the Lexicon's slots are not the embedded index's bytes")
	}
}

// TestPhraseIndexFull checks that adding more entries than the index was
// sized for panics rather than leave probes nowhere to stop.
func TestPhraseIndexFull(t *testing.T) {
	x := newPhraseIndex([]string{"a\nb\nc\n"}, 1)
	x.add(0, 0, "a")
	defer func() {
		if recover() == nil {
			t.Error("an index sized for one entry took two")
		}
	}()
	x.add(0, 2, "b")
}

// TestPhraseColumns checks the reading of the columns around an entry.
func TestPhraseColumns(t *testing.T) {
	text := "Alpha\tAlp\tA.\nBeta\tBravo land\r\nGamma\nDelta\t\n"
	for _, tc := range []struct {
		off         int
		key         string
		first, next string
	}{
		{0, "Alpha", "Alpha", "Alp"},
		{6, "Alp", "Alpha", "A."},
		{10, "A.", "Alpha", ""},
		{13, "Beta", "Beta", "Bravo land"},
		{18, "Bravo land", "Beta", ""},
		{30, "Gamma", "Gamma", ""},
		{36, "Delta", "Delta", ""},
	} {
		off := tc.off
		if !columnIs(text, off, tc.key) {
			t.Errorf("columnIs(%q) = false", tc.key)
		}
		if got := firstColumn(text, off); got != tc.first {
			t.Errorf("firstColumn at %q = %q, want %q", tc.key, got, tc.first)
		}
		if got := nextColumn(text, off, len(tc.key)); got != tc.next {
			t.Errorf("nextColumn after %q = %q, want %q", tc.key, got, tc.next)
		}
	}
	if columnIs(text, 0, "Alph") || columnIs(text, 18, "Bravo") {
		t.Error("columnIs matched part of a column")
	}
	if columnIs(text, 0, "Alpha\tAlp") || columnIs(text, 13, "Beta\tBravo land\r") {
		t.Error("columnIs matched more than a column")
	}
}

// TestLexiconTextsAreTheFiles checks that each gazetteer's embedded string
// is its file, and that the loader reads another file system's files.
func TestLexiconTextsAreTheFiles(t *testing.T) {
	other := fstest.MapFS{}
	for _, f := range lexFileTable {
		data, err := lexiconFiles.ReadFile(lexiconDir + f.name)
		if err != nil {
			t.Fatal(err)
		}
		if *f.text != string(data) {
			t.Errorf("the embedded text of %s is not the file", f.name)
		}
		other[lexiconDir+f.name] = &fstest.MapFile{Data: []byte("# other\n")}
		got, err := readLexiconText(other, f.name, f.text)
		if err != nil || got != "# other\n" {
			t.Errorf("readLexiconText(MapFS, %s) = %q, %v", f.name, got, err)
		}
	}
}

// FuzzParseLexicon replaces one gazetteer with fuzzed text: the parse must
// fail with an error naming that file, or succeed, and then find every
// entry of it with the value its line gives.
func FuzzParseLexicon(f *testing.F) {
	for i, spec := range lexFileTable {
		// The files' first lines: whole files make each run slow.
		head := *spec.text
		if len(head) > 1024 {
			head = head[:strings.LastIndexByte(head[:1024], '\n')+1]
		}
		f.Add(i, head)
		f.Add(i, "Quorble\tQuorbia\r\nZed Zed\n# note\n\nQuorble\n")
	}
	f.Add(int(fileRegions), "Europe\t\nAsia\nTexas\tUnited States\r\n")
	f.Add(int(fileCountries), "A\tB\tC\nD\tB\n")
	f.Fuzz(func(t *testing.T, file int, data string) {
		if file < 0 || file >= lexFileCount {
			return
		}
		fsys := fstest.MapFS{}
		for i, spec := range lexFileTable {
			text := *spec.text
			if i == file {
				text = data
			}
			fsys[lexiconDir+spec.name] = &fstest.MapFile{Data: []byte(text)}
		}
		l, err := parseLexicon(fsys)
		spec := lexFileTable[file]
		if err != nil {
			var ve *vocab.Error
			if !errors.As(err, &ve) {
				t.Fatalf("error %v is not a *vocab.Error", err)
			}
			// A broken countries.tsv may fail the files that name countries.
			if ve.File != lexiconDir+spec.name && file != fileCountries {
				t.Fatalf("error %v names another file than %s", err, spec.name)
			}
			return
		}
		for line := range strings.SplitSeq(data, "\n") {
			line = strings.TrimSuffix(line, "\r")
			if strings.TrimSpace(line) == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			keys := cols
			if spec.kind != aliasLines {
				keys = cols[:1]
			}
			for _, k := range keys {
				off, ok := l.phrases.find(file, k)
				if !ok {
					t.Fatalf("%s: %q not found", spec.name, k)
				}
				// Nor is a key found with more of its line.
				if _, ok := l.phrases.find(file, line); ok && line != k {
					t.Fatalf("%s: the whole line %q found as an entry", spec.name, line)
				}
				text := l.phrases.texts[file]
				switch spec.kind {
				case aliasLines:
					if got := firstColumn(text, off); got != cols[0] {
						t.Fatalf("%s: %q names %q, want %q", spec.name, k, got, cols[0])
					}
				case countryLines:
					want := ""
					if len(cols) > 1 {
						want = cols[1]
					}
					if got := nextColumn(text, off, len(k)); got != want {
						t.Fatalf("%s: %q gives %q, want %q", spec.name, k, got, want)
					}
				}
			}
		}
	})
}
