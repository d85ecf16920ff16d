package text

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestPunktIndexIsTheModels rebuilds punkt-index.bin from punktEnglish and
// wants the committed file byte for byte; -update rewrites it.
func TestPunktIndexIsTheModels(t *testing.T) {
	want, err := buildPunktIndex(punktEnglish)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("punkt-index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(punktIndexFile, want) {
		t.Errorf("punkt-index.bin (%d bytes) is not the index of punkt-english.tsv (%d bytes): go test ./internal/text -run PunktIndex -update", len(punktIndexFile), len(want))
	}
}

// TestPunktIndexFindsEveryEntry looks every entry of every table up, and
// keys the tables lack: each entry gives its value, and a key is found
// only in the tables that list it.
func TestPunktIndexFindsEveryEntry(t *testing.T) {
	x, err := readPunktIndex(punktIndexFile, punktEnglish)
	if err != nil {
		t.Fatal(err)
	}
	tables, err := punktTableEntries(punktEnglish)
	if err != nil {
		t.Fatal(err)
	}
	var listed [punktTables]map[string]bool
	for table, entries := range tables {
		listed[table] = make(map[string]bool, len(entries))
		for _, e := range entries {
			listed[table][e.key] = true
		}
	}
	n := 0
	for table, entries := range tables {
		for _, e := range entries {
			n++
			if v, ok := x.find(table, []byte(e.key)); !ok || v != e.value {
				t.Fatalf("table %d, %q: got %d, %v, want %d", table, e.key, v, ok, e.value)
			}
			for other := range punktTables {
				if _, ok := x.find(other, []byte(e.key)); ok != listed[other][e.key] {
					t.Fatalf("table %d, %q: found %v, listed %v", other, e.key, ok, listed[other][e.key])
				}
			}
			for _, absent := range []string{e.key + "x", e.key[:len(e.key)-1], "x" + e.key} {
				if _, ok := x.find(table, []byte(absent)); ok != listed[table][absent] {
					t.Fatalf("table %d, %q: found %v, listed %v", table, absent, ok, listed[table][absent])
				}
			}
		}
	}
	if n < 20000 {
		t.Errorf("%d entries in the model, want the 20,000 and more of the English model", n)
	}
}

func TestReadPunktIndexRejects(t *testing.T) {
	good := punktIndexFile
	for _, tc := range []struct {
		name string
		b    []byte
		text string
	}{
		{"empty", nil, punktEnglish},
		{"bad magic", append([]byte("NXPUNKT0"), good[8:]...), punktEnglish},
		{"another text", good, punktEnglish + "x"},
		{"truncated", good[:len(good)-4], punktEnglish},
	} {
		if _, err := readPunktIndex(tc.b, tc.text); !errors.Is(err, errPunktIndex) {
			t.Errorf("%s: got %v, want errPunktIndex", tc.name, err)
		}
	}
}

// FuzzPunktIndex reads arbitrary bytes as an index of arbitrary text and
// looks keys up: an index that does not match is an error, never a panic,
// and a lookup in any index that readPunktIndex accepts ends.
func FuzzPunktIndex(f *testing.F) {
	small := "AbbrevTypes\t1\nco\t1\nCollocations\t0\nSentStarters\t1\nthe\t2\nOrthoContext\t1\nx\t46\n"
	b, err := buildPunktIndex(small)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b, small, "the")
	f.Add(b, small, "co")
	f.Fuzz(func(t *testing.T, b []byte, text, key string) {
		x, err := readPunktIndex(b, text)
		if err != nil {
			return
		}
		for table := range punktTables {
			x.find(table, []byte(key))
		}
	})
}

// punktEntryLine is an entry of a punkt table and where its line starts.
type punktEntryLine struct {
	key   string
	value int
	off   int
}

type punktTableLines []punktEntryLine

// punktTableEntries reads the entries of text's tables (punktEnglish's
// format), with their lines' offsets.
func punktTableEntries(text string) ([punktTables]punktTableLines, error) {
	var out [punktTables]punktTableLines
	_, err := punktSections(text, func(table int, e punktEntryLine) { out[table] = append(out[table], e) })
	return out, err
}

// punktSections reads text's header lines and tables in order, calling
// entry for each entry, and returns each table's range of entry lines.
func punktSections(text string, entry func(table int, e punktEntryLine)) ([punktTables][2]int, error) {
	var sections [punktTables][2]int
	names := [punktTables]string{"AbbrevTypes", "Collocations", "SentStarters", "OrthoContext"}
	off := 0
	for strings.HasPrefix(text[off:], "#") {
		off += strings.IndexByte(text[off:], '\n') + 1
	}
	for table, name := range names {
		head, count, rest, err := punktEntry(text[off:])
		if err != nil || head != name {
			return sections, fmt.Errorf("table %d: want the header line of %s: %v", table, name, err)
		}
		off = len(text) - len(rest)
		sections[table][0] = off
		for range count {
			k, v, rest, err := punktEntry(text[off:])
			if err != nil {
				return sections, fmt.Errorf("%s: %w", name, err)
			}
			entry(table, punktEntryLine{k, v, off})
			off = len(text) - len(rest)
		}
		sections[table][1] = off
	}
	if off != len(text) {
		return sections, errors.New("text after the last table")
	}
	return sections, nil
}

// buildPunktIndex writes the index punktIndex reads for text: slots for
// at least 3/2 times the entries, each entry in the first free slot from
// its hash.
func buildPunktIndex(text string) ([]byte, error) {
	if len(text) >= 1<<punktOffsetBits {
		return nil, fmt.Errorf("the model's %d bytes pass the index's offsets", len(text))
	}
	var entries []struct {
		table int
		e     punktEntryLine
	}
	sections, err := punktSections(text, func(table int, e punktEntryLine) {
		entries = append(entries, struct {
			table int
			e     punktEntryLine
		}{table, e})
	})
	if err != nil {
		return nil, err
	}
	logSlots := 4
	for 1<<logSlots < len(entries)*3/2 {
		logSlots++
	}
	mask := uint64(1)<<logSlots - 1
	slots := make([]uint32, 1<<logSlots)
	for _, en := range entries {
		h := punktHash(en.table, []byte(en.e.key))
		i := h & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = uint32(en.e.off+1) | punktTag(h)<<punktOffsetBits
	}
	le := binary.LittleEndian
	out := []byte(punktIndexMagic)
	out = le.AppendUint32(out, uint32(len(text)))
	out = le.AppendUint32(out, uint32(logSlots))
	for _, s := range sections {
		out = le.AppendUint32(out, uint32(s[0]))
		out = le.AppendUint32(out, uint32(s[1]))
	}
	for _, s := range slots {
		out = le.AppendUint32(out, s)
	}
	return out, nil
}
