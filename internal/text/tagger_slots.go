package text

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"unsafe"
)

// taggerSlots is the tagger's hash table over the features of prose's
// English model, with their weights, generated from the model and
// committed, so that a process reads it in place instead of hashing 75,447
// features at every start.
// TestTaggerSlotsAreTheModels rebuilds it byte for byte
// (go test ./internal/text -run TaggerSlots -update rewrites it).
//
// An entry is known by a 64-bit fingerprint computed from a template and
// the hashes of its parts (featureFP), never by a name: the tagger builds
// no feature strings and compares none. The features of a word share one
// entry, a block: "i word X", "i-1 word X", "i-2 word X", "i+1 word X",
// "i+2 word X" and every "i-1 tag+i word T X", so that a sentence looks
// each of its words up once, not at five positions, before it tags any; so
// do the three suffix templates of a suffix. The other features (bias,
// first byte, tags) are entries of one feature each, few and read often.
// The test proves that the entries' fingerprints are distinct, and the
// tags' hashes, so a feature of the model is always found as itself; a
// feature that is not in the model takes the weights of one that is only if
// its fingerprint equals one of the 20,779 stored, a chance of about
// 20,779/2^64 (1e-15) per lookup (and within a word's block, a tag that is
// not in the model is taken for one that is only if their 64-bit hashes
// are equal).
//
// Layout, little-endian: the magic "NXTSLOT3"; the model's length, its
// feature count and its weight count, which tie the table to the model it
// was built from; the log2 of the slot count and the length of the records
// in bytes; then the slots, then the records. A slot is a uint64: 0 for
// empty, else the top 32 bits of the fingerprint in its low 32 bits and the
// offset of the entry's record in 4-byte units plus one in the high 32. A
// record, starting at a multiple of 4, is the whole fingerprint; the count
// of features n (a uint16) and 2 bytes of padding; for each feature, a
// uint32 holding where its data starts in the record's data (the low 16
// bits, in bytes) and its count of weights (the high 16); one more such
// uint32 for where the data ends; then the data: each feature's weights'
// class IDs, a byte each, padded to a multiple of 4, and its float32
// weights, so that a feature's weights lie together; and for a word's
// block, the hashes of the tags T of its features after the five word
// features (uint64s). Features without weights are left out.
//
//go:embed tagger-slots.bin
var taggerSlots []byte

const (
	slotsMagic     = "NXTSLOT3"
	slotsHeaderLen = len(slotsMagic) + 5*4
)

// slotTable is the hash table read in place from taggerSlots.
type slotTable struct {
	slots   []byte // little-endian uint64s, a power of two of them
	mask    uint64 // their count minus one
	records []byte
}

// readSlots checks that the table was built from the model t was read from
// (model its bytes) and returns it.
func readSlots(b, model []byte, t *tagger) (slotTable, error) {
	if len(b) < slotsHeaderLen || string(b[:len(slotsMagic)]) != slotsMagic {
		return slotTable{}, errors.New("not a tagger slot table")
	}
	h := b[len(slotsMagic):slotsHeaderLen]
	modelLen, nFeatures, nPairs, logSize, recLen := u32At(h, 0), u32At(h, 1), u32At(h, 2), u32At(h, 3), u32At(h, 4)
	if int(modelLen) != len(model) || int(nFeatures) != t.numFeatures() || int(nPairs) != len(t.ids) {
		return slotTable{}, fmt.Errorf("slot table built for another model (%d bytes, %d features): go test ./internal/text -run TaggerSlots -update", modelLen, nFeatures)
	}
	if logSize >= 32 || uint64(len(b)) != uint64(slotsHeaderLen)+8<<logSize+uint64(recLen) {
		return slotTable{}, errors.New("slot table has the wrong size")
	}
	slotsEnd := slotsHeaderLen + 8<<logSize
	st := slotTable{slots: b[slotsHeaderLen:slotsEnd], mask: 1<<logSize - 1, records: b[slotsEnd:]}
	if !hostReadsInPlace(st.records) {
		st.records = st.hostRecords()
	}
	return st, nil
}

// hostReadsInPlace reports whether the host can read the float32 weights
// of records in place: a little-endian host (amd64, arm64 and most others)
// and records starting at a multiple of 4 (the linker aligns the embedded
// table to 8 or more on those hosts).
func hostReadsInPlace(records []byte) bool {
	return binary.NativeEndian.Uint16([]byte{1, 0}) == 1 && uintptr(unsafe.Pointer(unsafe.SliceData(records)))%4 == 0
}

// hostRecords returns an aligned copy of the records with the weights in
// the host's byte order, for a host that cannot read them in place.
func (s *slotTable) hostRecords() []byte { return s.recordsIn(binary.NativeEndian) }

// recordsIn returns an aligned copy of the records with the weights in
// byte order order (the file has them little-endian).
func (s *slotTable) recordsIn(order binary.ByteOrder) []byte {
	words := make([]uint32, (len(s.records)+3)/4)
	out := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(s.records))
	copy(out, s.records)
	for p := 0; p < len(s.slots); p += 8 {
		v := binary.LittleEndian.Uint64(s.slots[p:])
		if v == 0 {
			continue
		}
		r := out[recordOf(v):]
		n := int(binary.LittleEndian.Uint16(r[8:]))
		for k := range n {
			e := binary.LittleEndian.Uint32(r[12+4*k:])
			at, c := 12+4*(n+1)+int(e&0xffff), int(e>>16)
			for j := range c {
				w := r[at+(c+3)&^3+4*j:]
				order.PutUint32(w, binary.LittleEndian.Uint32(w))
			}
		}
	}
	return out
}

// The feature templates of prose's tagger, in the order its predict adds
// them (the float32 sums must come out the same), with the name each
// feature's string starts with; templates with two parts separate them by
// a space, and their first part, a tag, has none.
const (
	tmplBias = iota
	tmplSuffix
	tmplPref1
	tmplTag1
	tmplTag2
	tmplTag1Tag2
	tmplWord
	tmplTag1Word
	tmplWord1
	tmplSuffix1
	tmplWord2
	tmplWordNext1
	tmplSuffixNext1
	tmplWordNext2
	numTemplates
)

var templateNames = [numTemplates]string{
	"bias", "i suffix ", "i pref1 ", "i-1 tag ", "i-2 tag ", "i tag+i-2 tag ",
	"i word ", "i-1 tag+i word ", "i-1 word ", "i-1 suffix ", "i-2 word ",
	"i+1 word ", "i+1 suffix ", "i+2 word ",
}

// templateTwoParts reports the templates whose features have two parts.
func templateTwoParts(k int) bool { return k == tmplTag1Tag2 || k == tmplTag1Word }

const (
	hashP0 = 0xa0761d6478bd642f // wyhash's constants
	hashP1 = 0xe7037ed1a0b428db
	hashP2 = 0x8ebc6af09c88c6db
)

// mum is wyhash's mix: the two halves of the 128-bit product, xored.
func mum(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// partHash hashes a feature's part (a word, a suffix, a tag), as wyhash
// does: a few overlapping 8- or 4-byte loads and 128-bit multiplies. It
// must hash alike in every process, as the table is built once, which
// rules out hash/maphash's random seed.
func partHash[S ~string | ~[]byte](s S) uint64 {
	n := len(s)
	var a, b uint64
	seed := uint64(hashP0)
	switch {
	case n > 16:
		i := 0
		for ; n-i > 16; i += 16 {
			seed = mum(le64(s, i)^hashP1, le64(s, i+8)^seed)
		}
		a, b = le64(s, n-16), le64(s, n-8)
	case n >= 8:
		a, b = le64(s, 0), le64(s, n-8)
	case n >= 4:
		a, b = le32(s, 0), le32(s, n-4)
	case n > 0:
		a = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	}
	return mum(hashP1^uint64(n), mum(a^hashP1, b^seed))
}

func le64[S ~string | ~[]byte](s S, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

func le32[S ~string | ~[]byte](s S, i int) uint64 {
	_ = s[i+3]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24
}

// featureFP is the fingerprint of the feature of template k whose parts
// hash to h1 and h2 (0 for a part the template does not have).
func featureFP(k int, h1, h2 uint64) uint64 {
	return mum(h1^(hashP0*uint64(k+1)), h2^hashP2)
}

// The features of a word's block, in its record's order, before those of
// "i-1 tag+i word", and of a suffix's.
const (
	blockWord, blockWord1, blockWord2, blockWordNext1, blockWordNext2 = 0, 1, 2, 3, 4
	blockWordTags                                                     = 5
	blockSuffix, blockSuffix1, blockSuffixNext1                       = 0, 1, 2
)

// wordBlockFP and suffixBlockFP are the fingerprints of the blocks of the
// word and of the suffix of hash h.
func wordBlockFP(h uint64) uint64   { return featureFP(tmplWord, h, 0) }
func suffixBlockFP(h uint64) uint64 { return featureFP(tmplSuffix, h, 0) }

// slotCheck is the part of fingerprint fp kept in its slot; the home slot
// is given by the low bits, which the check leaves out.
func slotCheck(fp uint64) uint32 { return uint32(fp >> 32) }

// slotValue is what the slot of the entry of fingerprint fp holds, whose
// record starts at byte off (a multiple of 4).
func slotValue(fp uint64, off int) uint64 {
	return uint64(slotCheck(fp)) | uint64(off/4+1)<<32
}

// recordOf returns the byte offset of the record of a full slot's value v.
func recordOf(v uint64) int { return int(v>>32-1) * 4 }

// home returns the value of the slot the entry of fingerprint fp is first
// looked for in.
func (s *slotTable) home(fp uint64) uint64 {
	return binary.LittleEndian.Uint64(s.slots[8*(fp&s.mask):])
}

// probe returns the value of the slot of fingerprint fp, or 0, comparing
// only the slot's check; home is the value of its home slot.
func (s *slotTable) probe(fp, home uint64) uint64 {
	check := slotCheck(fp)
	if home == 0 || uint32(home) == check {
		return home
	}
	for p := (fp + 1) & s.mask; ; p = (p + 1) & s.mask {
		v := binary.LittleEndian.Uint64(s.slots[8*p:])
		if v == 0 || uint32(v) == check {
			return v
		}
	}
}

// record returns the offset of the record of the entry of fingerprint fp,
// or -1; v is what probe returned for it. Only when another entry's
// fingerprint shares fp's check (a chance of one in 2^32) does it look
// further.
func (s *slotTable) record(fp, v uint64) int {
	if v == 0 {
		return -1
	}
	if off := recordOf(v); binary.LittleEndian.Uint64(s.records[off:]) == fp {
		return off
	}
	check := slotCheck(fp)
	for p := fp & s.mask; ; p = (p + 1) & s.mask {
		v := binary.LittleEndian.Uint64(s.slots[8*p:])
		if v == 0 {
			return -1
		}
		if off := recordOf(v); uint32(v) == check && binary.LittleEndian.Uint64(s.records[off:]) == fp {
			return off
		}
	}
}

// lookup returns the offset of the record of fingerprint fp, or -1.
func (s *slotTable) lookup(fp uint64) int { return s.record(fp, s.probe(fp, s.home(fp))) }

// feature returns the class IDs and the weights of feature k of the record
// at off; none if off or k is -1 or the record has no feature k.
func (s *slotTable) feature(off, k int) (ids []byte, weights []float32) {
	if off < 0 || k < 0 {
		return nil, nil
	}
	r := s.records[off:]
	n := int(binary.LittleEndian.Uint16(r[8:]))
	if k >= n {
		return nil, nil
	}
	e := binary.LittleEndian.Uint32(r[12+4*k:])
	at, c := 12+4*(n+1)+int(e&0xffff), int(e>>16)
	return r[at : at+c], s.floats(off+at+(c+3)&^3, c)
}

// floats returns the n float32s at byte off of the records, in place:
// readSlots has made sure that they are aligned and in the host's order.
func (s *slotTable) floats(off, n int) []float32 {
	if n == 0 {
		return nil
	}
	_ = s.records[off+4*n-1]
	return unsafe.Slice((*float32)(unsafe.Pointer(&s.records[off])), n)
}

// tagFeature returns the index in the word block at off of the feature
// "i-1 tag+i word" of the tag of hash tag, or -1.
func (s *slotTable) tagFeature(off int, tag uint64) int {
	if off < 0 {
		return -1
	}
	r := s.records[off:]
	n := int(binary.LittleEndian.Uint16(r[8:]))
	tagsAt := 12 + 4*(n+1) + int(binary.LittleEndian.Uint16(r[12+4*n:]))
	for j := 0; j < n-blockWordTags; j++ {
		if binary.LittleEndian.Uint64(r[tagsAt+8*j:]) == tag {
			return blockWordTags + j
		}
	}
	return -1
}
