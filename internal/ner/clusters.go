package ner

import "slices"

// Clusters maps a lowercase word's hash (TokenInfo.Lower) to its cluster
// ids at three granularities. It is an open-addressing table read in place
// from the model file: an entry whose ids are all zero is empty, which is
// also what Lookup returns for a word without clusters, so words whose ids
// are all zero need no entry.
type Clusters struct {
	tab   []clusterEntry
	shift uint32 // 32 - log2(len(tab))
}

// clusterEntry is one cluster table entry, 16 bytes as in the model file.
type clusterEntry struct {
	key uint32
	ids [3]uint32
}

// Lookup returns the cluster ids of the word whose lowercase hash is key,
// all zero for a word without clusters.
func (c *Clusters) Lookup(key uint32) [3]uint32 {
	mask := uint32(len(c.tab) - 1)
	for j := c.home(key); ; j = (j + 1) & mask {
		e := &c.tab[j]
		if e.key == key || e.ids == [3]uint32{} {
			return e.ids
		}
	}
}

// home is key's first slot: Fibonacci hashing, as the word hashes' low
// bits alone cluster.
func (c *Clusters) home(key uint32) uint32 {
	return (key * 0x9e3779b1) >> c.shift
}

// newClusters returns the table over tab, whose length is a power of two
// with at least one empty entry (Parse checks), or nil for an empty tab.
func newClusters(tab []clusterEntry) *Clusters {
	if len(tab) == 0 {
		return nil
	}
	shift := uint32(32)
	for n := len(tab); n > 1; n >>= 1 {
		shift--
	}
	return &Clusters{tab: tab, shift: shift}
}

// buildClusters lays m out as a table about two-thirds full, by rising
// key so that the same clusters give the same bytes.
func buildClusters(m map[uint32][3]uint32) []clusterEntry {
	keys := make([]uint32, 0, len(m))
	for k, ids := range m {
		if ids != [3]uint32{} {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	size := 1
	for size < len(keys)*3/2+1 {
		size <<= 1
	}
	c := newClusters(make([]clusterEntry, size))
	slices.Sort(keys)
	mask := uint32(size - 1)
	for _, k := range keys {
		j := c.home(k)
		for c.tab[j].ids != [3]uint32{} {
			j = (j + 1) & mask
		}
		c.tab[j] = clusterEntry{key: k, ids: m[k]}
	}
	return c.tab
}

// check reports an error unless the table's length is a power of two and
// an entry is empty, so that every Lookup ends.
func (c *Clusters) check() error {
	if c == nil {
		return nil
	}
	if n := len(c.tab); n&(n-1) != 0 {
		return errModelSize
	}
	for i := range c.tab {
		if c.tab[i].ids == [3]uint32{} {
			return nil
		}
	}
	return errModelEntries
}
