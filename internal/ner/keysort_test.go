package ner

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestKeyScratchSort checks the bucket sort against slices.Sort over
// inputs of every size around its thresholds and keys shaped as words
// are, in every bucket one word or many, in index order or not.
func TestKeyScratchSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	shapes := map[string]func(n, i int) uint64{
		"spread words": func(n, i int) uint64 { return rng.Uint64()&^0xffffffff | uint64(i) },
		"few words": func(n, i int) uint64 {
			return uint64(rng.IntN(5))<<59 | uint64(rng.IntN(3))<<32 | uint64(i)
		},
		"one word":       func(n, i int) uint64 { return 7<<40 | uint64(i) },
		"one word, down": func(n, i int) uint64 { return 7<<40 | uint64(n-i) },
		// Many words sharing the top 16 bits: one bucket of all keys.
		"one bucket": func(n, i int) uint64 { return 3<<48 | rng.Uint64()&0xffff_0000_0000 | uint64(i) },
		"one bucket, two words": func(n, i int) uint64 {
			return 3<<48 | uint64(i%2)<<32 | uint64(i)
		},
		"all bits": func(n, i int) uint64 { return rng.Uint64() },
	}
	var s keyScratch
	for name, key := range shapes {
		for _, n := range []int{0, 1, 2, 3, smallSort - 1, smallSort, smallSort + 1, 100, 1000, 5000, 70000} {
			keys := make([]uint64, n)
			for i := range keys {
				keys[i] = key(n, i)
			}
			keys = distinct(keys)
			want := slices.Sorted(slices.Values(keys))
			s.keys = append(s.keys[:0], keys...)
			if got := s.sort(); !slices.Equal(got, want) {
				t.Errorf("%s, %d keys: not sorted as slices.Sort sorts them", name, len(keys))
			}
		}
	}
}

// distinct drops repeated keys, keeping the first of each.
func distinct(keys []uint64) []uint64 {
	seen := make(map[uint64]bool, len(keys))
	out := keys[:0]
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// FuzzKeyScratchSort checks the bucket sort against slices.Sort over any
// distinct keys, as 8 bytes each, repeated shifted copies making the
// input long enough to be bucketed.
func FuzzKeyScratchSort(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 8, 7, 6, 5, 4, 3, 2, 1}, uint8(3))
	f.Add(make([]byte, 64), uint8(40))
	f.Fuzz(func(t *testing.T, data []byte, copies uint8) {
		var keys []uint64
		for c := range int(copies)%64 + 1 {
			for b := data; len(b) >= 8; b = b[8:] {
				keys = append(keys, binary.LittleEndian.Uint64(b)+uint64(c))
			}
		}
		keys = distinct(keys)
		want := slices.Sorted(slices.Values(keys))
		s := keyScratch{keys: slices.Clone(keys)}
		if got := s.sort(); !slices.Equal(got, want) {
			t.Errorf("%d keys: not sorted as slices.Sort sorts them", len(keys))
		}
	})
}

// BenchmarkSortPacked sorts the tokens of a document of 700 words drawn
// from a vocabulary of 300, the most common word ten times as common as
// the tenth, as a news article's are.
func BenchmarkSortPacked(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	infos := make([]TokenInfo, 700)
	for i := range infos {
		w := uint32(rng.ExpFloat64() * 30)
		infos[i] = TokenInfo{Lower: mix(w, 1), nRunes: 2 + w%9}
	}
	order := make([]int32, len(infos))
	for b.Loop() {
		for i := range order {
			order[i] = int32(i)
		}
		sortPacked(order, infos)
	}
}
