package text

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
)

// taggerSlots is the tagger's hash table over the features of prose's
// English model, generated from the model and committed, so that a process
// reads it in place instead of hashing 75,447 features at every start
// (a fifth of the start-up's instructions, and 3 MB of fresh heap whose
// page faults cost as much again).
// TestTaggerSlotsAreTheModels rebuilds it byte for byte
// (go test ./internal/text -run TaggerSlots -update rewrites it).
//
// Layout, little-endian: the magic "NXTSLOT1"; the model's length, its
// feature count and its weight count, which tie the table to the model it
// was built from; the log2 of the slot count; then the slots, a uint32
// each: 0 for empty, else the feature's index plus one in the low
// slotIndexBits bits and the top bits of its hash above them, compared
// before the feature's string.
//
//go:embed tagger-slots.bin
var taggerSlots []byte

const (
	slotsMagic      = "NXTSLOT1"
	slotsHeaderLen  = len(slotsMagic) + 4*4
	slotIndexBits   = 17 // prose's model has 75,447 features
	slotIndexMask   = 1<<slotIndexBits - 1
	slotCheckBits   = 32 - slotIndexBits
	maxSlotFeatures = slotIndexMask - 1
)

// slotTable is the hash table read in place from taggerSlots.
type slotTable struct {
	slots []byte // little-endian uint32s, a power of two of them
	mask  uint64 // their count minus one
}

// readSlots checks that the table was built from the model t was read from
// (model its bytes) and returns it.
func readSlots(b, model []byte, t *tagger) (slotTable, error) {
	if len(b) < slotsHeaderLen || string(b[:len(slotsMagic)]) != slotsMagic {
		return slotTable{}, errors.New("not a tagger slot table")
	}
	h := b[len(slotsMagic):slotsHeaderLen]
	modelLen, nFeatures, nPairs, logSize := u32At(h, 0), u32At(h, 1), u32At(h, 2), u32At(h, 3)
	if int(modelLen) != len(model) || int(nFeatures) != t.numFeatures() || int(nPairs) != len(t.ids) {
		return slotTable{}, fmt.Errorf("slot table built for another model (%d bytes, %d features): go test ./internal/text -run TaggerSlots -update", modelLen, nFeatures)
	}
	if logSize >= 32 || len(b) != slotsHeaderLen+4<<logSize || t.numFeatures() > maxSlotFeatures {
		return slotTable{}, errors.New("slot table has the wrong size")
	}
	return slotTable{slots: b[slotsHeaderLen:], mask: 1<<logSize - 1}, nil
}

// featureHash is the table's hash of a feature's name: a multiply and
// shift mix over 8-byte words. It must hash alike in every process, as
// the table is built once, which rules out hash/maphash's random seed.
func featureHash(b []byte) uint64 {
	const m = 0x9e3779b97f4a7c15
	h := uint64(len(b)) * m
	for ; len(b) >= 8; b = b[8:] {
		h = (h ^ binary.LittleEndian.Uint64(b)) * m
		h ^= h >> 29
	}
	// The last 0-7 bytes, as wyhash reads them: two overlapping 4-byte
	// words, or three bytes (the length is in the hash already).
	var tail uint64
	switch n := len(b); {
	case n >= 4:
		tail = uint64(binary.LittleEndian.Uint32(b)) | uint64(binary.LittleEndian.Uint32(b[n-4:]))<<32
	case n > 0:
		tail = uint64(b[0]) | uint64(b[n/2])<<8 | uint64(b[n-1])<<16
	}
	h = (h ^ tail) * m
	h ^= h >> 32
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// slotHome is the first slot a feature of hash h is looked for in.
func (s slotTable) slotHome(h uint64) uint64 { return h & s.mask }

// slotCheck is the part of hash h kept in a slot beside the index.
func slotCheck(h uint64) uint32 { return uint32(h >> (64 - slotCheckBits)) }

// slotValue is what the slot of feature index, of hash h, holds.
func slotValue(index int, h uint64) uint32 {
	return uint32(index+1) | slotCheck(h)<<slotIndexBits
}

// lookup returns the index of feature key, or -1.
func (t *tagger) lookup(key []byte) int {
	h := featureHash(key)
	check := slotCheck(h)
	for p := t.slots.slotHome(h); ; p = (p + 1) & t.slots.mask {
		v := u32At(t.slots.slots, int(p))
		if v == 0 {
			return -1
		}
		if v>>slotIndexBits == check {
			if i := int(v&slotIndexMask) - 1; string(t.feature(i)) == string(key) {
				return i
			}
		}
	}
}
