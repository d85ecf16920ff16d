package text

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
)

// taggerSlots is the tagger's hash table over the features of prose's
// English model, with each feature's weights beside it, generated from the
// model and committed, so that a process reads it in place instead of
// hashing 75,447 features at every start.
// TestTaggerSlotsAreTheModels rebuilds it byte for byte
// (go test ./internal/text -run TaggerSlots -update rewrites it).
//
// A feature is known by a 64-bit fingerprint computed from its template
// and the hashes of its parts (featureFP), never by its name: the tagger
// builds no feature strings and compares none. The test proves that the
// model's features have distinct fingerprints, so a feature of the model is
// always found as itself; a feature that is not in the model takes the
// weights of one that is only if its fingerprint equals one of the 75,436
// stored, a chance of about 75,436/2^64 (4e-15) per lookup.
//
// Layout, little-endian: the magic "NXTSLOT2"; the model's length, its
// feature count and its weight count, which tie the table to the model it
// was built from; the log2 of the slot count and the length of the records
// in bytes; then the slots, then the records. A slot is a uint64: 0 for
// empty, else the top 32 bits of the fingerprint in its low 32 bits, the
// offset of the feature's record in 4-byte units in the next 24 and the
// feature's weight count in the top 8 (features without weights are left
// out, so no full slot is 0). A record is the whole fingerprint, then the
// weights' class IDs, a byte each, padded to a multiple of 4, then the
// float32 weights: one lookup reads a slot, and one record that mostly
// lies in one cache line.
//
//go:embed tagger-slots.bin
var taggerSlots []byte

const (
	slotsMagic     = "NXTSLOT2"
	slotsHeaderLen = len(slotsMagic) + 5*4
	slotOffsetBits = 24
	maxSlotWeights = 255
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
	if logSize >= 32 || uint64(len(b)) != uint64(slotsHeaderLen)+8<<logSize+uint64(recLen) || recLen >= 4<<slotOffsetBits {
		return slotTable{}, errors.New("slot table has the wrong size")
	}
	slotsEnd := slotsHeaderLen + 8<<logSize
	return slotTable{slots: b[slotsHeaderLen:slotsEnd], mask: 1<<logSize - 1, records: b[slotsEnd:]}, nil
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

// slotCheck is the part of fingerprint fp kept in its slot; the home slot
// is given by the low bits, which the check leaves out.
func slotCheck(fp uint64) uint32 { return uint32(fp >> 32) }

// slotValue is what the slot of a feature of fingerprint fp holds, whose
// record starts at byte off and has n weights.
func slotValue(fp uint64, off, n int) uint64 {
	return uint64(slotCheck(fp)) | uint64(off/4)<<32 | uint64(n)<<(32+slotOffsetBits)
}

// recordOf returns the byte offset of slot value v's record and its weight
// count (0, 0 for an empty slot).
func recordOf(v uint64) (off, n int) {
	return int(v>>32&(1<<slotOffsetBits-1)) * 4, int(v >> (32 + slotOffsetBits))
}

// home returns the slot a feature of fingerprint fp is first looked for in,
// as the slot's value.
func (s *slotTable) home(fp uint64) uint64 {
	return binary.LittleEndian.Uint64(s.slots[8*(fp&s.mask):])
}

// probe returns the value of the slot of fingerprint fp, or 0, comparing
// only the slot's check: the record's fingerprint is compared when it is
// read (weights).
func (s *slotTable) probe(fp uint64) uint64 {
	check := slotCheck(fp)
	for p := fp & s.mask; ; p = (p + 1) & s.mask {
		v := binary.LittleEndian.Uint64(s.slots[8*p:])
		if v == 0 || uint32(v) == check {
			return v
		}
	}
}

// find returns the value of the slot of fingerprint fp, or 0, comparing
// whole fingerprints: the rare case where two fingerprints share a check.
func (s *slotTable) find(fp uint64) uint64 {
	check := slotCheck(fp)
	for p := fp & s.mask; ; p = (p + 1) & s.mask {
		v := binary.LittleEndian.Uint64(s.slots[8*p:])
		if v == 0 {
			return 0
		}
		if off, _ := recordOf(v); uint32(v) == check && binary.LittleEndian.Uint64(s.records[off:]) == fp {
			return v
		}
	}
}

// weights returns the class IDs and the little-endian float32 weights of
// the feature of fingerprint fp whose probe gave v; none when there is no
// such feature.
func (s *slotTable) weights(fp, v uint64) (ids, weights []byte) {
	if v == 0 {
		return nil, nil
	}
	off, n := recordOf(v)
	if binary.LittleEndian.Uint64(s.records[off:]) != fp {
		if v = s.find(fp); v == 0 {
			return nil, nil
		}
		off, n = recordOf(v)
	}
	ids = s.records[off+8 : off+8+n]
	w := off + 8 + (n+3)&^3
	return ids, s.records[w : w+4*n]
}
