package text

import (
	_ "embed"
	"encoding/binary"
	"errors"
)

// punktIndex finds the entries of punktEnglish's four tables without
// reading them into maps: a hash table of the entries' lines, generated
// from the text and read in place, so that start-up neither parses the
// model's 20,000 lines nor touches the 850 KB that maps of them took (a
// page of memory first touched costs tens of microseconds on some
// machines). TestPunktIndexIsTheModels rebuilds punkt-index.bin byte for
// byte (go test ./internal/text -run PunktIndex -update rewrites it).
//
// The file is the magic, the length of the text it indexes, the log2 of
// its number of slots, each table's range of entry lines in the text (a
// start and an end offset), then the slots: little-endian uint32s, 0 for
// an empty slot, else an entry's line offset plus one in the low
// punktOffsetBits bits and punktTagBits of its key's hash above them, so
// that most slots of other keys are passed over without reading their
// line.
//
//go:embed punkt-index.bin
var punktIndexFile []byte

// The tables of the punkt model, in the order punktEnglish lists them.
const (
	punktAbbrevs = iota
	punktCollocations
	punktStarters
	punktOrtho
	punktTables
)

const (
	punktIndexMagic  = "NXPUNKT1"
	punktIndexHeader = len(punktIndexMagic) + 4 + 4 + punktTables*8
	punktOffsetBits  = 20
	punktTagBits     = 32 - punktOffsetBits
)

var errPunktIndex = errors.New("punkt-index.bin does not index punkt-english.tsv: go test ./internal/text -run PunktIndex -update")

// punktIndex is punkt-index.bin over the text it indexes.
type punktIndex struct {
	text     string
	slots    []byte
	mask     uint64
	sections [punktTables][2]int
}

// readPunktIndex checks that b indexes text and returns the index, which
// reads b and text in place.
func readPunktIndex(b []byte, text string) (*punktIndex, error) {
	le := binary.LittleEndian
	if len(b) < punktIndexHeader || string(b[:len(punktIndexMagic)]) != punktIndexMagic {
		return nil, errPunktIndex
	}
	h := b[len(punktIndexMagic):]
	textLen, logSlots := le.Uint32(h), le.Uint32(h[4:])
	if uint64(textLen) != uint64(len(text)) || len(text) >= 1<<punktOffsetBits || logSlots > 24 ||
		uint64(len(b)) != uint64(punktIndexHeader)+4<<logSlots {
		return nil, errPunktIndex
	}
	x := &punktIndex{text: text, slots: b[punktIndexHeader:], mask: 1<<logSlots - 1}
	prevEnd := 0
	for t := range punktTables {
		start, end := int(le.Uint32(h[8+8*t:])), int(le.Uint32(h[12+8*t:]))
		if start < prevEnd || end < start || end > len(text) {
			return nil, errPunktIndex
		}
		x.sections[t] = [2]int{start, end}
		prevEnd = end
	}
	return x, nil
}

// punktHash hashes a key of table t (FNV-1a over the table's number and
// the key's bytes).
func punktHash(t int, key []byte) uint64 {
	h := uint64(14695981039346656037)
	h = (h ^ uint64(t)) * 1099511628211
	for i := 0; i < len(key); i++ {
		h = (h ^ uint64(key[i])) * 1099511628211
	}
	return h ^ h>>29
}

// punktTag is the part of a key's hash a slot keeps beside its offset.
func punktTag(h uint64) uint32 { return uint32(h>>40) & (1<<punktTagBits - 1) }

// value returns the value of key in table t, 0 if the table lacks it.
func (x *punktIndex) value(t int, key []byte) int {
	v, _ := x.find(t, key)
	return v
}

// find returns the value of key in table t, and whether the table has it.
func (x *punktIndex) find(t int, key []byte) (int, bool) {
	h := punktHash(t, key)
	tag := punktTag(h)
	sec := x.sections[t]
	// A slot past the table's size ends the search: every key ends it
	// within mask+1 slots.
	for i, n := h&x.mask, uint64(0); n <= x.mask; i, n = (i+1)&x.mask, n+1 {
		v := binary.LittleEndian.Uint32(x.slots[4*i:])
		if v == 0 {
			return 0, false
		}
		if v>>punktOffsetBits != tag {
			continue
		}
		off := int(v&(1<<punktOffsetBits-1)) - 1
		if off < sec[0] || off >= sec[1] {
			continue
		}
		if value, ok := x.entryValue(off, key); ok {
			return value, true
		}
	}
	return 0, false
}

// entryValue reads the entry line at offset off: its value, if its key is
// key.
func (x *punktIndex) entryValue(off int, key []byte) (int, bool) {
	line := x.text[off:]
	if len(line) <= len(key) || line[:len(key)] != string(key) || line[len(key)] != '\t' {
		return 0, false
	}
	value := 0
	for _, c := range []byte(line[len(key)+1:]) {
		if c == '\n' {
			break
		}
		if c < '0' || c > '9' || value > 1e8 {
			return 0, false
		}
		value = value*10 + int(c-'0')
	}
	return value, true
}
