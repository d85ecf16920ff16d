package gazetteer

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// The long lists of names (brands, surnames: 50,000 lines, 470 KB) are
// read in place: their text as embedded, and a hash table of their lines'
// offsets generated from them and committed (names-index.bin), so that a
// process does not split, check and hash every name at every start (a
// fifth of the start-up's page faults did). TestNameIndexIsTheLists checks
// the lists' lines and rebuilds the table byte for byte
// (go test ./internal/gazetteer -run NameIndex -update rewrites it).
//
// Layout of the table, little-endian: the magic "NXNAMES1"; each list's
// length in bytes, which ties the table to the text it was built from;
// the most words of a name; the log2 of the slot count; then the slots, a
// uint32 each: 0 for empty, else the list's number in the top
// 32-nameOffsetBits bits and the offset of the name's line plus one below.
var (
	//go:embed lexicon/brands.txt
	brandsText string
	//go:embed lexicon/surnames.txt
	surnamesText string
	//go:embed names-index.bin
	namesIndex []byte
)

// nameLists are the long lists, numbered as in the index's slots.
var nameLists = [...]struct {
	file string
	text *string
	set  listSet
}{
	{"brands.txt", &brandsText, lexBrand},
	{"surnames.txt", &surnamesText, lexSurname},
}

const (
	namesMagic     = "NXNAMES1"
	namesHeaderLen = len(namesMagic) + 4*(len(nameLists)+2)
	nameOffsetBits = 24
	nameOffsetMask = 1<<nameOffsetBits - 1
)

// nameIndex is the hash table read in place from namesIndex.
type nameIndex struct {
	slots    []byte // little-endian uint32s, a power of two of them
	mask     uint32 // their count minus one
	maxWords int
}

// readNameIndex checks that b was built from the embedded lists and
// returns it.
func readNameIndex(b []byte) (nameIndex, error) {
	if len(b) < namesHeaderLen || string(b[:len(namesMagic)]) != namesMagic {
		return nameIndex{}, errors.New("lexicon: not a name index")
	}
	h := b[len(namesMagic):namesHeaderLen]
	for i, l := range nameLists {
		if n := binary.LittleEndian.Uint32(h[4*i:]); int(n) != len(*l.text) {
			return nameIndex{}, fmt.Errorf("lexicon: the name index was built for a %s of %d bytes, not %d: go test ./internal/gazetteer -run NameIndex -update", l.file, n, len(*l.text))
		}
	}
	maxWords := binary.LittleEndian.Uint32(h[4*len(nameLists):])
	logSize := binary.LittleEndian.Uint32(h[4*len(nameLists)+4:])
	if logSize >= 32 || len(b) != namesHeaderLen+4<<logSize {
		return nameIndex{}, errors.New("lexicon: the name index has the wrong size")
	}
	return nameIndex{slots: b[namesHeaderLen:], mask: 1<<logSize - 1, maxWords: int(maxWords)}, nil
}

// holdingHashed returns the sets of the long lists that list phrase,
// whose hashName is h.
func (x nameIndex) holdingHashed(phrase string, h uint32) listSet {
	var s listSet
	if len(x.slots) == 0 {
		return 0
	}
	for p := h & x.mask; ; p = (p + 1) & x.mask {
		v := binary.LittleEndian.Uint32(x.slots[4*p:])
		if v == 0 {
			return s
		}
		l := nameLists[v>>nameOffsetBits]
		if lineIs(*l.text, int(v&nameOffsetMask)-1, phrase) {
			s |= l.set
		}
	}
}

// lineIs reports whether the line of text starting at off is phrase.
func lineIs(text string, off int, phrase string) bool {
	end := off + len(phrase)
	return strings.HasPrefix(text[off:], phrase) && (end == len(text) || text[end] == '\n')
}

// hashName is the FNV-1a hash of s.
func hashName(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
