package gazetteer

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// pairFilter turns away, before any probe of the indexes, a phrase of two
// or more words whose first two no entry of two or more words opens with:
// most of what the recognizer asks Lists about is a capitalized word and
// the words after it ("Friday the", "He told"), and a probe of the long
// lists is a cache miss in half a megabyte. It is a Bloom filter of the
// lower-cased first two words of every entry that has them (pairKey),
// two bits a key, generated from the gazetteers and committed
// (phrase-pairs.bin), so that a process reads it in place;
// TestPairFilterIsTheLexicon rebuilds it byte for byte (go test
// ./internal/gazetteer -run PairFilter -update rewrites it). It never
// turns away a phrase Lists would find: a phrase equal to an entry, or
// whose lower case is one, has the entry's key.
//
// Layout of phrase-pairs.bin, little-endian: the magic "NXPAIRS1"; the
// length in bytes of each file of lexFileTable, then of each list of
// nameLists, which ties the filter to the text it was built from; the
// log2 of its bit count; then the bits, bit i as 1<<(i%8) of byte i/8.
type pairFilter struct {
	bits  []byte // none: the filter turns nothing away
	shift uint32 // 32 minus the log2 of the bit count
}

//go:embed phrase-pairs.bin
var pairsIndex []byte

const (
	pairsMagic     = "NXPAIRS1"
	pairsHeaderLen = len(pairsMagic) + 4*(lexFileCount+len(nameLists)+1)
	// pairsMaxLogBits bounds the filter read: 2^24 bits, 2 MB.
	pairsMaxLogBits = 24
)

// readPairFilter checks that b was built from the embedded gazetteers and
// lists and returns the filter it holds.
func readPairFilter(b []byte) (pairFilter, error) {
	if len(b) < pairsHeaderLen || string(b[:len(pairsMagic)]) != pairsMagic {
		return pairFilter{}, errors.New("lexicon: not a phrase-pair filter")
	}
	h := b[len(pairsMagic):pairsHeaderLen]
	for i, text := range pairFilterTexts() {
		if n := binary.LittleEndian.Uint32(h[4*i:]); int(n) != len(text) {
			return pairFilter{}, fmt.Errorf("lexicon: the phrase-pair filter was built for gazetteers of other lengths (file %d: %d bytes, not %d): go test ./internal/gazetteer -run PairFilter -update", i, n, len(text))
		}
	}
	logBits := binary.LittleEndian.Uint32(h[4*(lexFileCount+len(nameLists)):])
	if logBits < 6 || logBits > pairsMaxLogBits || len(b) != pairsHeaderLen+1<<logBits/8 {
		return pairFilter{}, errors.New("lexicon: the phrase-pair filter has the wrong size")
	}
	return pairFilter{bits: b[pairsHeaderLen:], shift: 32 - logBits}, nil
}

// pairFilterTexts are the texts the filter is built from, in its header's
// order.
func pairFilterTexts() []string {
	texts := make([]string, 0, lexFileCount+len(nameLists))
	for _, f := range lexFileTable {
		texts = append(texts, *f.text)
	}
	for _, l := range nameLists {
		texts = append(texts, *l.text)
	}
	return texts
}

// mayList reports whether Lists may find phrase: false only for a phrase
// of two or more words whose key the filter lacks.
func (f pairFilter) mayList(phrase string) bool {
	key, ok := pairKey(phrase)
	if !ok || len(f.bits) == 0 {
		return true
	}
	return f.has(lowerHash(key))
}

// pairKey returns phrase up to its second space (or its end), if it has a
// space: its first two words.
func pairKey(phrase string) (string, bool) {
	first := strings.IndexByte(phrase, ' ')
	if first < 0 {
		return "", false
	}
	if second := strings.IndexByte(phrase[first+1:], ' '); second >= 0 {
		return phrase[:first+1+second], true
	}
	return phrase, true
}

// lowerHash is hashName(strings.ToLower(s)), without a copy when s is
// ASCII.
func lowerHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return hashName(strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// pairBits returns the two bits of a key whose lowerHash is h.
func pairBits(h, shift uint32) (uint32, uint32) {
	return h >> shift, (h * 0x9e3779b9) >> shift
}

func (f pairFilter) has(h uint32) bool {
	a, b := pairBits(h, f.shift)
	return f.bit(a) && f.bit(b)
}

func (f pairFilter) bit(i uint32) bool {
	return f.bits[i>>3]&(1<<(i&7)) != 0
}
