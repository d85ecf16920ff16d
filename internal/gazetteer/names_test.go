package gazetteer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"math/bits"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/vocab"
)

var update = flag.Bool("update", false, "rewrite names-index.bin and phrases-index.bin from the gazetteers")

// TestNameIndexIsTheLists checks every line of the long lists of names and
// rebuilds their index, wanting the committed one byte for byte; -update
// rewrites it.
func TestNameIndexIsTheLists(t *testing.T) {
	want, err := buildNameIndex(brandsText, surnamesText)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("names-index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(namesIndex, want) {
		t.Errorf("names-index.bin (%d bytes) is not the index of the lists (%d bytes): go test ./internal/gazetteer -run NameIndex -update", len(namesIndex), len(want))
	}
}

// holding returns the sets of the long lists that list phrase.
func (x nameIndex) holding(phrase string) listSet {
	return x.holdingHashed(phrase, hashName(phrase))
}

// TestNameIndexFindsEveryName looks up every name of the long lists, and
// names that are not listed, in the committed index.
func TestNameIndexFindsEveryName(t *testing.T) {
	if *update {
		t.Skip("reads the embedded index, which -update is rewriting")
	}
	x, err := readNameIndex(namesIndex)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range nameLists {
		for _, name := range strings.Split(strings.TrimSuffix(*l.text, "\n"), "\n") {
			if name != "" && name[0] != '#' && x.holding(name)&l.set == 0 {
				t.Fatalf("%s: %q not found", l.file, name)
			}
		}
	}
	for _, name := range []string{"", "Xyzzy Quorble", "Kowalczy", "Kowalczykk", "# brands.txt: names of companies"} {
		if got := x.holding(name); got != 0 {
			t.Errorf("holding(%q) = %b, want 0", name, got)
		}
	}
}

// TestNameListErrors checks the line checks of the long lists.
func TestNameListErrors(t *testing.T) {
	for _, tt := range []struct {
		name, file, content string
		wantLine            int
		wantMsg             string
	}{
		{"unsorted names", "surnames.txt", "# note\nKowalski\nAbbott\n", 3, "want the names sorted"},
		{"repeated name", "brands.txt", "Acme\nAcme\n", 2, "want the names sorted"},
		{"doubled space in a name", "brands.txt", "Acme  Foods\n", 1, "single spaces inside"},
		{"tab in a name", "surnames.txt", "Abbott\tKowalski\n", 1, "single spaces inside"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := checkNameList(tt.file, tt.content)
			var le *vocab.Error
			if !errors.As(err, &le) {
				t.Fatalf("checkNameList error = %v, want a *vocab.Error", err)
			}
			if le.File != lexiconDir+tt.file || le.Line != tt.wantLine || !strings.Contains(le.Reason, tt.wantMsg) {
				t.Errorf("error = %v, want %s%s:%d: ...%s...", err, lexiconDir, tt.file, tt.wantLine, tt.wantMsg)
			}
		})
	}
}

// buildNameIndex lays out the index of the long lists, texts in the order
// of nameLists: each name in the first free slot from its home, list by
// list and line by line, so that the index is the same at every build.
func buildNameIndex(texts ...string) ([]byte, error) {
	type entry struct {
		list, off int
		name      string
	}
	var entries []entry
	maxWords := 0
	for i, text := range texts {
		offs, words, err := checkNameList(nameLists[i].file, text)
		if err != nil {
			return nil, err
		}
		if len(text) >= nameOffsetMask {
			return nil, errors.New(nameLists[i].file + " is too long for the index")
		}
		maxWords = max(maxWords, words)
		for _, off := range offs {
			name, _, _ := strings.Cut(text[off:], "\n")
			entries = append(entries, entry{i, off, name})
		}
	}
	// At least 2.5 slots a name: a lookup of a word that is no name, the
	// common case, ends within two slots of its home.
	logSize := uint32(bits.Len(uint(len(entries) * 5 / 2)))
	slots := make([]uint32, 1<<logSize)
	mask := uint32(len(slots) - 1)
	for _, e := range entries {
		p := hashName(e.name) & mask
		for slots[p] != 0 {
			p = (p + 1) & mask
		}
		slots[p] = uint32(e.list)<<nameOffsetBits | uint32(e.off+1)
	}
	out := []byte(namesMagic)
	for _, text := range texts {
		out = binary.LittleEndian.AppendUint32(out, uint32(len(text)))
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(maxWords))
	out = binary.LittleEndian.AppendUint32(out, logSize)
	for _, v := range slots {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	return out, nil
}

// checkNameList checks a long list of names, one per line as written and
// sorted, each once, and returns the offsets of its names' lines and the
// most words of a name.
func checkNameList(file, text string) (offs []int, maxWords int, err error) {
	var prev string
	off := 0
	for n := 1; off < len(text); n++ {
		line, _, _ := strings.Cut(text[off:], "\n")
		if line != "" && line[0] != '#' {
			words, ok := nameWords(line)
			switch {
			case !ok:
				return nil, 0, lineError(file, n, "%q: want one name, single spaces inside", line)
			case len(offs) > 0 && line <= prev:
				return nil, 0, lineError(file, n, "%q: want the names sorted, each once", line)
			}
			offs = append(offs, off)
			prev, maxWords = line, max(maxWords, words)
		}
		off += len(line) + 1
	}
	return offs, maxWords, nil
}

// nameWords counts the words of one line of a name list, and reports false
// for a tab, a carriage return, an outer or a doubled space, or other
// outer white space.
func nameWords(line string) (int, bool) {
	first, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		return 0, false
	}
	words := 1
	for i := 1; i < len(line); i++ {
		switch line[i] {
		case '\t', '\r':
			return 0, false
		case ' ':
			if line[i-1] == ' ' {
				return 0, false
			}
			words++
		}
	}
	return words, true
}
