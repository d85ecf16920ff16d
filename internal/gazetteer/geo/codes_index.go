package geo

import _ "embed"

// The code tables of the embedded gazetteer (codeTables: 16,384 admin1
// slots, 1,024 country slots, 68 KB) are generated from places.bin and
// committed (codes-index.bin), so that a process resolving its first
// place reads them in place instead of building them (half a millisecond
// and some forty fresh pages here). TestCodeIndexIsTheGazetteer rebuilds
// the file byte for byte (go test ./internal/gazetteer/geo -run CodeIndex
// -update rewrites it).
//
// Layout, little-endian: the magic "NXCODES1"; the length of places.bin,
// which ties the tables to the gazetteer they were built from; the log2 of
// the admin1 and of the country slot counts; then the admin1 slots and the
// country slots (codeIndex).
//
//go:embed codes-index.bin
var codesIndexFile []byte

const (
	codesMagic     = "NXCODES1"
	codesHeaderLen = len(codesMagic) + 3*4
)

// embeddedCodeTables returns the code tables of g, the embedded
// gazetteer, read from codes-index.bin; or built, should the file not be
// the tables of this gazetteer (the test above fails then).
func (g *Gazetteer) embeddedCodeTables() codeTables {
	if t, ok := g.readCodeTables(codesIndexFile, len(placesFile)); ok {
		return t
	}
	return g.codeTables()
}

// readCodeTables reads b, tables built from a gazetteer file of
// fileLen bytes, in place. A slot that names a row out of range stands
// for no code (adminCode, countryCode), and lookups probe each slot once
// at most, so a damaged file costs lookups, never a panic.
func (g *Gazetteer) readCodeTables(b []byte, fileLen int) (codeTables, bool) {
	if len(b) < codesHeaderLen || string(b[:len(codesMagic)]) != codesMagic {
		return codeTables{}, false
	}
	h := b[len(codesMagic):]
	logAdmins, logCountries := le.Uint32(h[4:]), le.Uint32(h[8:])
	if int(le.Uint32(h)) != fileLen || logAdmins >= 24 || logCountries >= 24 ||
		len(b) != codesHeaderLen+4<<logAdmins+4<<logCountries {
		return codeTables{}, false
	}
	admins := b[codesHeaderLen : codesHeaderLen+4<<logAdmins]
	countries := b[codesHeaderLen+4<<logAdmins:]
	return codeTables{
		admins:    codeIndex{slots: admins, mask: 1<<logAdmins - 1, codeOf: g.adminCode},
		countries: codeIndex{slots: countries, mask: 1<<logCountries - 1, codeOf: g.countryCode},
	}, true
}
