package ner

import (
	"cmp"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/internal/testcorpus"
)

// TestMatchTablesFitBytes guards what the document features' match tables
// store in a byte per token: a matched mention's length (at most
// maxMatchTokens) in matchLen, and its label and BILOU part in matchTag
// ((label+1)<<4 | part). Raising maxMatchTokens past 255, or adding labels
// past 15, would wrap silently.
func TestMatchTablesFitBytes(t *testing.T) {
	if maxMatchTokens > 255 {
		t.Errorf("maxMatchTokens is %d: matchLen holds a length in a byte", maxMatchTokens)
	}
	for _, part := range []uint32{partB, partI, partL, partU} {
		if part > 15 {
			t.Errorf("a BILOU part is %d: matchTag holds it in 4 bits", part)
		}
	}
	if len(Labels) > 15 {
		t.Errorf("%d labels: matchTag holds label+1 in 4 bits", len(Labels))
	}
}

// TestSortPacked checks sortPacked against the comparison sort: the same
// order by (lkey, index), ties of key broken by index, and a refusal,
// order untouched, when a token's length does not fit beside the indices.
func TestSortPacked(t *testing.T) {
	tok := func(lower, runes uint32) TokenInfo { return TokenInfo{Lower: lower, nRunes: runes} }
	tests := []struct {
		name   string
		infos  []TokenInfo
		order  []int32 // nil: every index in turn
		packed bool
	}{
		{"empty", nil, nil, true},
		{"one", []TokenInfo{tok(7, 3)}, nil, true},
		{"same word", []TokenInfo{tok(5, 2), tok(5, 2), tok(5, 2)}, nil, true},
		{"hash then length then index",
			[]TokenInfo{tok(9, 1), tok(3, 4), tok(3, 2), tok(1<<31, 5), tok(3, 2), tok(0, 0)}, nil, true},
		{"some indices", []TokenInfo{tok(4, 1), tok(2, 1), tok(4, 1), tok(1, 1)}, []int32{3, 0, 2}, true},
		{"long word", []TokenInfo{tok(1, 1), tok(2, 1<<30), tok(0, 3)}, nil, false},
		// Largest index 7: 3 bits, lengths below 1<<29 fit.
		{"longest that fits", []TokenInfo{tok(2, 1<<29-1), tok(2, 1), 7: tok(2, 1<<29-1)}, nil, true},
		{"shortest that does not", []TokenInfo{tok(2, 1), 7: tok(2, 1<<29)}, nil, false},
		{"index 8 needs 4 bits", []TokenInfo{tok(2, 1<<28-1), 8: tok(2, 1<<28-1)}, nil, true},
		{"index 8, a length of 1<<28", []TokenInfo{tok(2, 1), 8: tok(2, 1<<28)}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			order := tt.order
			if order == nil {
				for i := range tt.infos {
					order = append(order, int32(i))
				}
			}
			want := slices.Clone(order)
			slices.SortFunc(want, func(a, b int32) int {
				if c := cmp.Compare(tt.infos[a].lkey(), tt.infos[b].lkey()); c != 0 {
					return c
				}
				return cmp.Compare(a, b)
			})
			got := slices.Clone(order)
			if ok := sortPacked(got, tt.infos); ok != tt.packed {
				t.Fatalf("sortPacked reported %v, want %v", ok, tt.packed)
			} else if !ok && !slices.Equal(got, order) {
				t.Fatalf("order changed though not packed: %v", got)
			}
			sortByKey(order, tt.infos)
			if !slices.Equal(order, want) {
				t.Errorf("sortByKey gave %v, want %v", order, want)
			}
			if tt.packed && !slices.Equal(got, want) {
				t.Errorf("sortPacked gave %v, want %v", got, want)
			}
		})
	}
}

// TestSortPackedPoolsKeys checks that the packed keys of a document of up
// to maxDocTokens tokens go back to the pool and serve the next sort
// without allocating, after a shorter document's were pooled first: the
// parts of a long document have close to maxDocTokens tokens each.
func TestSortPackedPoolsKeys(t *testing.T) {
	if testcorpus.RaceDetector {
		t.Skip("sync.Pool drops a share of what is put back under -race")
	}
	for _, n := range []int{27000, 30000, maxDocTokens} {
		infos := make([]TokenInfo, n)
		for i := range infos {
			// A thousand words, their hashes spread as words' are, so
			// that the keys go through the buckets, not the fallback.
			infos[i] = TokenInfo{Lower: mix(uint32(i*7919%1000), 1), nRunes: 3}
		}
		order := make([]int32, n)
		sortOnce := func() {
			for i := range order {
				order[i] = int32(i)
			}
			sortPacked(order, infos)
		}
		sortOnce()
		if allocs := testing.AllocsPerRun(5, sortOnce); allocs != 0 {
			t.Errorf("%d tokens: %.1f allocations a sort after the first, want 0", n, allocs)
		}
	}
}
