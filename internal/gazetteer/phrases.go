package gazetteer

import (
	"hash/maphash"
	"math/bits"
	"strings"
)

// phraseIndex finds the entries of the small gazetteers in their text, as
// read: an open-addressing table of 8-byte slots, each holding a hash of
// the entry's text and where it starts (which file, which byte), built
// once per process. Go maps of the same entries took some 600 KB of fresh
// pages at every start, a tenth of the start-up's page faults; the table
// takes 128 KB. A value (a country's canonical name, a city's country) is
// read from the entry's line when asked for.
type phraseIndex struct {
	texts []string // by file number
	slots []phraseSlot
	mask  uint32
	seed  maphash.Seed
	used  int // slots filled
}

// phraseSlot is one entry: tag is its hash's high half, ref its file
// number in the top phraseFileBits bits and its byte offset plus one
// below; ref 0 is an empty slot.
type phraseSlot struct {
	tag, ref uint32
}

// The file numbers of lexFileTable must fit a slot's phraseFileBits.
var _ = [1<<phraseFileBits - lexFileCount]struct{}{}

const (
	phraseFileBits = 5
	phraseOffBits  = 32 - phraseFileBits
	phraseOffMask  = 1<<phraseOffBits - 1
	// maxPhraseText is the most bytes a file of the index may hold.
	maxPhraseText = phraseOffMask - 1
)

// newPhraseIndex returns an empty index over texts, by file number, with
// room for entries entries at most.
func newPhraseIndex(texts []string, entries int) phraseIndex {
	// Under two thirds full at the bound, under half with the files of
	// now (whose bound counts comments and blank lines): a miss, the usual
	// lookup, then mostly ends at its first or second slot.
	n := 1 << bits.Len(uint(entries*3/2))
	return phraseIndex{texts: texts, slots: make([]phraseSlot, n), mask: uint32(n - 1), seed: maphash.MakeSeed()}
}

func (x *phraseIndex) hash(s string) (pos, tag uint32) {
	h := maphash.String(x.seed, s)
	return uint32(h) & x.mask, uint32(h >> 32)
}

// add records the entry of file starting at byte off, whose text is key.
// The caller checks with find that the file does not list it already, and
// adds no more entries than newPhraseIndex was given room for: a full
// table would leave probes nowhere to stop.
func (x *phraseIndex) add(file, off int, key string) {
	if x.used++; x.used > len(x.slots)*2/3 {
		panic("gazetteer: more phrases than the index was sized for")
	}
	p, tag := x.hash(key)
	for x.slots[p].ref != 0 {
		p = (p + 1) & x.mask
	}
	x.slots[p] = phraseSlot{tag, uint32(file)<<phraseOffBits | uint32(off+1)}
}

// find returns where file lists key, if it does.
func (x *phraseIndex) find(file int, key string) (off int, ok bool) {
	p, tag := x.hash(key)
	for s := x.slots[p]; s.ref != 0; s = x.slots[p] {
		if s.tag == tag && int(s.ref>>phraseOffBits) == file {
			off = int(s.ref&phraseOffMask) - 1
			if columnIs(x.texts[file], off, key) {
				return off, true
			}
		}
		p = (p + 1) & x.mask
	}
	return 0, false
}

// holding returns the union of sets[file] over the files that list key.
func (x *phraseIndex) holding(key string, sets *[lexFileCount]listSet) listSet {
	var s listSet
	p, tag := x.hash(key)
	for slot := x.slots[p]; slot.ref != 0; slot = x.slots[p] {
		if slot.tag == tag {
			file := int(slot.ref >> phraseOffBits)
			if sets[file] != 0 && columnIs(x.texts[file], int(slot.ref&phraseOffMask)-1, key) {
				s |= sets[file]
			}
		}
		p = (p + 1) & x.mask
	}
	return s
}

// columnIs reports whether the column of text starting at off is key. A
// key that holds a column's end ("Alpha\tAlp") is no column, though the
// text at off may start with it.
func columnIs(text string, off int, key string) bool {
	end := off + len(key)
	return strings.HasPrefix(text[off:], key) && (end == len(text) || isColumnEnd(text[end])) &&
		!strings.ContainsAny(key, "\t\n\r")
}

func isColumnEnd(c byte) bool { return c == '\t' || c == '\n' || c == '\r' }

// columnAt returns the column of text that starts at off.
func columnAt(text string, off int) string {
	end := off
	for end < len(text) && !isColumnEnd(text[end]) {
		end++
	}
	return text[off:end]
}

// firstColumn returns the first column of the line holding byte off.
func firstColumn(text string, off int) string {
	return columnAt(text, strings.LastIndexByte(text[:off], '\n')+1)
}

// nextColumn returns the column after the one of n bytes at off, "" if it
// is the line's last.
func nextColumn(text string, off, n int) string {
	end := off + n
	if end >= len(text) || text[end] != '\t' {
		return ""
	}
	return columnAt(text, end+1)
}
