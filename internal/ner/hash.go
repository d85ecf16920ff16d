package ner

import "unicode/utf8"

// The recognizer's features are hashed, never stored as strings: every
// feature is a 32-bit FNV-1a/mix hash of a template id and one or more value
// hashes, computed incrementally without allocating. The weight table maps a
// feature hash to a row of per-tag weights.

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// mix combines two hashes; it is a murmur3-style finalizer over their xor.
func mix(a, b uint32) uint32 {
	h := a*0x9e3779b1 ^ b
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

func hashString(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func hashRune(h uint32, r rune) uint32 {
	if r < utf8.RuneSelf {
		h ^= uint32(r)
		return h * fnvPrime
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h ^= uint32(c)
		h *= fnvPrime
	}
	return h
}

func hashRunes(rs []rune) uint32 {
	h := uint32(fnvOffset)
	for _, r := range rs {
		h = hashRune(h, r)
	}
	return h
}
