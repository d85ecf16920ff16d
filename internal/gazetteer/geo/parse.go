package geo

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"sync"
)

var le = binary.LittleEndian

// section is a byte range of the file.
type section struct{ off, n uint64 }

func (s section) of(data []byte) []byte { return data[s.off : s.off+s.n] }

// Parse reads a gazetteer file. It checks the header, the sizes of the
// sections and the feature codes, and leaves the places, the index and the
// admin1 and country rows where they are: they are decoded with bounds
// checks at each lookup, so a damaged file gives wrong or missing
// answers, never a panic, and loading does not touch the whole file (the
// embedded file's integrity is the test's job: see placesSHA256). Parse
// keeps data: the caller must not change it afterwards.
func Parse(data []byte) (*Gazetteer, error) {
	if len(data) < headerSize || string(data[:len(magic)]) != magic {
		return nil, errors.New("geo: not a gazetteer file (bad magic)")
	}
	var n [7]uint64
	for i := range n {
		n[i] = uint64(le.Uint32(data[len(magic)+4*i:]))
	}
	nPlaces, nCodes, nAdmins, nCountries, nBlocks, nStrings, nIndex := n[0], n[1], n[2], n[3], n[4], n[5], n[6]
	sizes := []uint64{nStrings, 4 * nCodes, adminSize * nAdmins, countrySz * nCountries,
		placeSize * nPlaces, 4 * nBlocks, nIndex}
	secs := make([]section, len(sizes))
	off := uint64(headerSize)
	for i, sz := range sizes {
		secs[i] = section{off, sz}
		off += sz
	}
	if off != uint64(len(data)) {
		return nil, fmt.Errorf("geo: file has %d bytes, header says %d", len(data), off)
	}
	if nAdmins >= 0xFFFF || nCodes > 0x100 {
		return nil, errors.New("geo: table too large")
	}
	g := &Gazetteer{
		strs: secs[0].of(data), places: secs[4].of(data), blocks: secs[5].of(data),
		index: secs[6].of(data), nPlaces: int(nPlaces),
		adminRows: secs[2].of(data), countryRows: secs[3].of(data),
		recent: newRecentLookups(),
	}
	g.byCode = sync.OnceValue(g.codeTables)
	if err := g.readCodes(secs[1].of(data)); err != nil {
		return nil, err
	}
	return g, g.checkBlocks()
}

// str returns the string at offset off of the string table.
func (g *Gazetteer) str(off uint32) (string, bool) {
	b, ok := g.strBytes(off)
	return string(b), ok
}

// strBytes returns the bytes of the string at offset off, without copying.
func (g *Gazetteer) strBytes(off uint32) ([]byte, bool) {
	if uint64(off) >= uint64(len(g.strs)) {
		return nil, false
	}
	n, k := binary.Uvarint(g.strs[off:])
	start := uint64(off) + uint64(k)
	if k <= 0 || n > uint64(len(g.strs)) || start+n > uint64(len(g.strs)) {
		return nil, false
	}
	return g.strs[start : start+n], true
}

func (g *Gazetteer) readCodes(b []byte) error {
	for i := 0; i+4 <= len(b); i += 4 {
		s, ok := g.str(le.Uint32(b[i:]))
		class, code, found := strings.Cut(s, ".")
		if !ok || !found {
			return fmt.Errorf("geo: feature code %d is malformed", i/4)
		}
		g.codes = append(g.codes, [2]string{class, code})
	}
	return nil
}

func (g *Gazetteer) checkBlocks() error {
	prev := uint32(0)
	for i := 0; i+4 <= len(g.blocks); i += 4 {
		off := le.Uint32(g.blocks[i:])
		if (i > 0 && off <= prev) || uint64(off) >= uint64(len(g.index)) {
			return fmt.Errorf("geo: index block %d is out of order or bounds", i/4)
		}
		prev = off
	}
	return nil
}
