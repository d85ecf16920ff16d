package gazetteer

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

// phraseIndex finds the entries of the small gazetteers in their text, as
// read: an open-addressing table of 8-byte slots, each holding a hash of
// the entry's text and where it starts (which file, which byte). Go maps
// of the same entries took some 600 KB of fresh pages at every start, a
// tenth of the start-up's page faults; the table takes 128 KB. A value (a
// country's canonical name, a city's country) is read from the entry's
// line when asked for.
//
// The table of the embedded gazetteers is generated from them and
// committed (phrases-index.bin), so that a process reads it in place
// instead of checking and hashing 7,000 entries at every start;
// TestPhraseIndexIsTheLexicon checks the gazetteers and rebuilds the table
// byte for byte (go test ./internal/gazetteer -run PhraseIndex -update
// rewrites it). Other gazetteers (the tests') are indexed as read.
//
// Layout of phrases-index.bin, little-endian: the magic "NXPHRAS1"; the
// length in bytes of each file of lexFileTable, which ties the table to
// the text it was built from; the most words of an entry; the longest
// lower-case entry Lists reports, in bytes; the log2 of the slot count;
// then the slots, two uint32s each: the tag, and the ref (see
// phraseIndex.slots).
type phraseIndex struct {
	texts []string // by file number
	// slots are the table: each a tag, the entry's hashName, then a ref,
	// its file number in the top phraseFileBits bits and its byte offset
	// plus one below; ref 0 is an empty slot.
	slots []byte
	mask  uint32 // the slot count minus one
	used  int    // slots filled by add
}

//go:embed phrases-index.bin
var phrasesIndex []byte

// The file numbers of lexFileTable must fit a slot's phraseFileBits.
var _ = [1<<phraseFileBits - lexFileCount]struct{}{}

const (
	phraseSlotLen  = 8
	phraseFileBits = 5
	phraseOffBits  = 32 - phraseFileBits
	phraseOffMask  = 1<<phraseOffBits - 1
	// maxPhraseText is the most bytes a file of the index may hold.
	maxPhraseText = phraseOffMask - 1

	phrasesMagic     = "NXPHRAS1"
	phrasesHeaderLen = len(phrasesMagic) + 4*(lexFileCount+3)
)

// newPhraseIndex returns an empty index over texts, by file number, with
// room for entries entries at most.
func newPhraseIndex(texts []string, entries int) phraseIndex {
	// Under two thirds full at the bound, under half with the files of
	// now (whose bound counts comments and blank lines): a miss, the usual
	// lookup, then mostly ends at its first or second slot.
	n := 1 << bits.Len(uint(entries*3/2))
	return phraseIndex{texts: texts, slots: make([]byte, n*phraseSlotLen), mask: uint32(n - 1)}
}

// slot returns slot p's tag and ref.
func (x *phraseIndex) slot(p uint32) (tag, ref uint32) {
	s := x.slots[p*phraseSlotLen : p*phraseSlotLen+phraseSlotLen]
	return binary.LittleEndian.Uint32(s), binary.LittleEndian.Uint32(s[4:])
}

// add records the entry of file starting at byte off, whose text is key.
// The caller checks with find that the file does not list it already, and
// adds no more entries than newPhraseIndex was given room for: a full
// table would leave probes nowhere to stop.
func (x *phraseIndex) add(file, off int, key string) {
	if x.used++; x.used > int(x.mask+1)*2/3 {
		panic("gazetteer: more phrases than the index was sized for")
	}
	h := hashName(key)
	p := h & x.mask
	for _, ref := x.slot(p); ref != 0; _, ref = x.slot(p) {
		p = (p + 1) & x.mask
	}
	s := x.slots[p*phraseSlotLen:]
	binary.LittleEndian.PutUint32(s, h)
	binary.LittleEndian.PutUint32(s[4:], uint32(file)<<phraseOffBits|uint32(off+1))
}

// find returns where file lists key, if it does. Like holding, it probes
// at most every slot once, and passes over a slot naming a file or offset
// outside the texts: a damaged table read from a file costs lookups,
// never a panic or an endless search.
func (x *phraseIndex) find(file int, key string) (off int, ok bool) {
	h := hashName(key)
	for n, p := uint32(0), h&x.mask; n <= x.mask; n, p = n+1, (p+1)&x.mask {
		tag, ref := x.slot(p)
		if ref == 0 {
			break
		}
		if tag == h && int(ref>>phraseOffBits) == file {
			off = int(ref&phraseOffMask) - 1
			if columnIs(x.texts[file], off, key) {
				return off, true
			}
		}
	}
	return 0, false
}

// holding returns the union of sets[file] over the files that list key,
// whose hashName is h.
func (x *phraseIndex) holding(key string, h uint32, sets *[lexFileCount]listSet) listSet {
	var s listSet
	for n, p := uint32(0), h&x.mask; n <= x.mask; n, p = n+1, (p+1)&x.mask {
		tag, ref := x.slot(p)
		if ref == 0 {
			break
		}
		if tag == h {
			file := int(ref >> phraseOffBits)
			if file < len(sets) && sets[file] != 0 && columnIs(x.texts[file], int(ref&phraseOffMask)-1, key) {
				s |= sets[file]
			}
		}
	}
	return s
}

// readPhraseIndex returns the Lexicon of the embedded gazetteers indexed
// by b, after checking that b was built from them; its names are left for
// the caller.
func readPhraseIndex(b []byte) (*Lexicon, error) {
	if len(b) < phrasesHeaderLen || string(b[:len(phrasesMagic)]) != phrasesMagic {
		return nil, errors.New("lexicon: not a phrase index")
	}
	h := b[len(phrasesMagic):phrasesHeaderLen]
	texts := make([]string, lexFileCount)
	for i, f := range lexFileTable {
		texts[i] = *f.text
		if n := binary.LittleEndian.Uint32(h[4*i:]); int(n) != len(texts[i]) {
			return nil, fmt.Errorf("lexicon: the phrase index was built for a %s of %d bytes, not %d: go test ./internal/gazetteer -run PhraseIndex -update", f.name, n, len(texts[i]))
		}
	}
	h = h[4*lexFileCount:]
	maxWords, maxLowerLen := binary.LittleEndian.Uint32(h), binary.LittleEndian.Uint32(h[4:])
	logSize := binary.LittleEndian.Uint32(h[8:])
	// slot's byte offsets are uint32s: 2^28 slots of 8 bytes would wrap.
	if logSize >= 28 || len(b) != phrasesHeaderLen+phraseSlotLen<<logSize {
		return nil, errors.New("lexicon: the phrase index has the wrong size")
	}
	x := phraseIndex{texts: texts, slots: b[phrasesHeaderLen:], mask: 1<<logSize - 1}
	return &Lexicon{phrases: x, maxWords: int(maxWords), maxLowerLen: int(maxLowerLen)}, nil
}

// columnIs reports whether the column of text starting at off is key. A
// key that holds a column's end ("Alpha\tAlp") is no column, though the
// text at off may start with it; nor is anything at an offset outside
// text (a damaged slot's).
func columnIs(text string, off int, key string) bool {
	if off < 0 || off >= len(text) {
		return false
	}
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
