package geo

import (
	"bytes"
	"math/bits"
	"os"
	"testing"
)

// TestCodeIndexIsTheGazetteer rebuilds the embedded gazetteer's code
// tables and wants codes-index.bin byte for byte; -update rewrites it.
// The tables read from it must be used by Load and answer as the built
// ones for every code of every row.
func TestCodeIndexIsTheGazetteer(t *testing.T) {
	g, err := Parse(placesFile)
	if err != nil {
		t.Fatal(err)
	}
	built := g.codeTables()
	want := encodeCodeTables(built, len(placesFile))
	if *update {
		if err := os.WriteFile("codes-index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(codesIndexFile, want) {
		t.Fatalf("codes-index.bin (%d bytes) is not the code tables of places.bin (%d bytes): go test ./internal/gazetteer/geo -run CodeIndex -update", len(codesIndexFile), len(want))
	}
	read, ok := g.readCodeTables(codesIndexFile, len(placesFile))
	if !ok {
		t.Fatal("codes-index.bin refused")
	}
	if &read.admins.slots[0] != &codesIndexFile[codesHeaderLen] {
		t.Error("the admin1 slots are not read in place")
	}
	for a := range len(g.adminRows) / adminSize {
		code, iso, _, _ := g.adminBytes(a)
		for _, c := range []string{string(code), string(iso)} {
			gotA, gotOK := read.admins.find(c)
			wantA, wantOK := built.admins.find(c)
			if gotA != wantA || gotOK != wantOK {
				t.Errorf("admin1 %q: row %d, %v read; %d, %v built", c, gotA, gotOK, wantA, wantOK)
			}
		}
	}
	for c := 0; (c+1)*countrySz <= len(g.countryRows); c++ {
		row := g.countryRows[c*countrySz:]
		for _, code := range []string{string(row[:2]), string(row[2:5])} {
			gotC, gotOK := read.countries.find(code)
			wantC, wantOK := built.countries.find(code)
			if gotC != wantC || gotOK != wantOK {
				t.Errorf("country %q: row %d, %v read; %d, %v built", code, gotC, gotOK, wantC, wantOK)
			}
		}
	}
	lg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if &lg.byCode().admins.slots[0] != &codesIndexFile[codesHeaderLen] {
		t.Error("Load's gazetteer does not read codes-index.bin")
	}
}

// TestReadCodeTablesRefuses checks that tables of another gazetteer, or
// no tables at all, are refused (Load then builds its own).
func TestReadCodeTablesRefuses(t *testing.T) {
	if *update {
		t.Skip("reads the embedded tables, which -update is rewriting")
	}
	g, err := Parse(placesFile)
	if err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		b       []byte
		fileLen int
	}{
		"empty":          {nil, len(placesFile)},
		"other magic":    {append([]byte("NXNAMES1"), codesIndexFile[8:]...), len(placesFile)},
		"other file":     {codesIndexFile, len(placesFile) + 1},
		"short":          {codesIndexFile[:len(codesIndexFile)-4], len(placesFile)},
		"trailing bytes": {append(bytes.Clone(codesIndexFile), 0, 0, 0, 0), len(placesFile)},
	} {
		if _, ok := g.readCodeTables(tc.b, tc.fileLen); ok {
			t.Errorf("%s: read", name)
		}
	}
}

// TestDamagedCodeTables reads tables whose every slot names a row out of
// range: lookups find nothing, end, and do not panic.
func TestDamagedCodeTables(t *testing.T) {
	if *update {
		t.Skip("reads the embedded tables, which -update is rewriting")
	}
	g, err := Parse(placesFile)
	if err != nil {
		t.Fatal(err)
	}
	b := bytes.Clone(codesIndexFile)
	for i := codesHeaderLen; i < len(b); i += 4 {
		le.PutUint32(b[i:], 0xFFFFFFFE) // row 2^31-2, no empty slot
	}
	tables, ok := g.readCodeTables(b, len(placesFile))
	if !ok {
		t.Fatal("damaged slots refused by the header check")
	}
	g.byCode = func() codeTables { return tables }
	for _, code := range []string{"SY", "SYR", "", "ID.02", "US-TX"} {
		if p, ok := g.Country(code); ok {
			t.Errorf("Country(%q) = %v from damaged tables", code, p.Name)
		}
		if p, ok := g.Admin1(code); ok {
			t.Errorf("Admin1(%q) = %v from damaged tables", code, p.Name)
		}
	}
}

// encodeCodeTables writes t, built from a gazetteer file of fileLen
// bytes, in the layout of codes-index.bin.
func encodeCodeTables(t codeTables, fileLen int) []byte {
	b := []byte(codesMagic)
	b = le.AppendUint32(b, uint32(fileLen))
	b = le.AppendUint32(b, uint32(bits.Len32(t.admins.mask)))
	b = le.AppendUint32(b, uint32(bits.Len32(t.countries.mask)))
	b = append(b, t.admins.slots...)
	return append(b, t.countries.slots...)
}
