package ner

import (
	"math/bits"
	"slices"
)

// keyScratch sorts distinct 64-bit keys whose top bits are spread evenly,
// as the packed keys of sortPacked are (their top 32 bits are a word's
// hash), faster than a comparison sort: one counting pass spreads them
// over buckets by their top bits, which are in the keys' order, and each
// bucket, a key or two, is then sorted alone. Keys of one word, which
// share their top bits, come in their input order, already sorted when
// the input is by index, so repeated words cost no more than a scan.
type keyScratch struct {
	keys   []uint64 // to sort
	sorted []uint64 // the keys in order, after sort
	counts []int32  // bucket bounds
}

// Buckets, by the keys' number: one or two per key (2^k for k the bits
// of n-1), within these bounds of bits: a document part of maxDocTokens
// tokens keeps 32,769 counters in the pool.
const (
	minBucketBits = 6
	maxBucketBits = 16
	// smallSort is the number of keys below which the keys are sorted
	// by comparison, without buckets.
	smallSort = 48
	// moveBudget bounds the insertion pass within the buckets at this
	// many moves a key, past which (many words sharing top bits) the
	// keys are sorted by comparison, which keeps every input within
	// O(n log n).
	moveBudget = 8
)

// sort sorts s.keys, any keys (sortPacked's are distinct), and returns
// them in order (s.sorted, or s.keys itself when there are few).
func (s *keyScratch) sort() []uint64 {
	keys := s.keys
	if len(keys) < smallSort {
		slices.Sort(keys)
		return keys
	}
	k := min(max(bits.Len(uint(len(keys)-1)), minBucketBits), maxBucketBits)
	shift := 64 - uint(k)
	counts := s.bucketCounts(1<<k + 1)
	for _, key := range keys {
		counts[key>>shift+1]++
	}
	for j := 1; j < len(counts); j++ {
		counts[j] += counts[j-1]
	}
	if cap(s.sorted) < len(keys) {
		s.sorted = make([]uint64, len(keys), cap(keys))
	}
	out := s.sorted[:len(keys)]
	for _, key := range keys {
		j := key >> shift
		out[counts[j]] = key
		counts[j]++
	}
	// Each key is now in its bucket, and the buckets in order: one
	// insertion pass sorts within them, unless it moves too much.
	if !insertionSort(out, moveBudget*len(out)) {
		slices.Sort(out)
	}
	return out
}

// bucketCounts returns n zeroed counters.
func (s *keyScratch) bucketCounts(n int) []int32 {
	if cap(s.counts) < n {
		s.counts = make([]int32, n)
	}
	c := s.counts[:n]
	clear(c)
	return c
}

// insertionSort sorts keys by insertion, giving up, keys in some other
// order, after moving keys more than budget places in all.
func insertionSort(keys []uint64, budget int) bool {
	for i := 1; i < len(keys); i++ {
		key := keys[i]
		if keys[i-1] <= key {
			continue
		}
		j := i
		for ; j > 0 && keys[j-1] > key; j-- {
			keys[j] = keys[j-1]
		}
		keys[j] = key
		if budget -= i - j; budget < 0 {
			return false
		}
	}
	return true
}
