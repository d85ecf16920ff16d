package nertrain

import (
	"fmt"
	"io"
	"math"
	"slices"
	"time"
)

// clusterSizes are the granularities of the word clusters, coarse to fine.
var clusterSizes = [3]int{64, 256, 1024}

// learnClusters groups the words of exs (lowercased, digits folded) into
// classes of a class-bigram language model with the exchange algorithm
// (Kneser and Ney 1993; Martin, Liermann and Ney 1998), once per size in
// clusterSizes: words used in like contexts, say surnames or towns, end up
// together, which lets the tagger generalize from words it saw labelled to
// words it only saw in context. Cluster ids start at 1; 0 means unknown.
func learnClusters(exs []*nerExample, log io.Writer) map[uint32][3]uint32 {
	t0 := time.Now()
	bg := countBigrams(exs)
	out := make(map[uint32][3]uint32, len(bg.keys))
	for g, C := range clusterSizes {
		class := bg.exchange(C, func(it, moved int) {
			fmt.Fprintf(log, "clusters %d: iteration %d moved %d words (%.1fs)\n", C, it+1, moved, time.Since(t0).Seconds())
		})
		for i, k := range bg.keys {
			c := out[k]
			c[g] = uint32(class[i+1]) + 1
			out[k] = c
		}
	}
	return out
}

// wordBigrams are the word and word-bigram counts of a text, words numbered
// by falling frequency from 1; word 0 is the sentence boundary.
type wordBigrams struct {
	keys  []uint32 // keys[i] is the lowercase hash of word i+1
	freq  []int    // per word
	bkeys []uint64 // the bigrams (first<<32 | second), sorted
	count map[uint64]int
	// right[w] and left[w] list the words after and before w, with counts,
	// in bkeys order.
	right, left [][]clusterEdge
	xlogx       []float64 // x·log x for every count up to the total
}

// clusterEdge is one neighbour of a word and how often they are adjacent.
type clusterEdge struct {
	w int32
	n int
}

// countBigrams numbers the words of exs by falling frequency (ties by key,
// so that the result does not depend on map order) and counts their
// bigrams, sentence boundaries included.
func countBigrams(exs []*nerExample) *wordBigrams {
	counts := map[uint32]int{}
	for _, ex := range exs {
		for i := range ex.infos {
			counts[ex.infos[i].Lower]++
		}
	}
	bg := &wordBigrams{keys: make([]uint32, 0, len(counts)), count: map[uint64]int{}}
	for k := range counts {
		bg.keys = append(bg.keys, k)
	}
	slices.SortFunc(bg.keys, func(a, b uint32) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		if a < b {
			return -1
		}
		return 1
	})
	ids := make(map[uint32]int32, len(bg.keys))
	bg.freq = make([]int, len(bg.keys)+1)
	for i, k := range bg.keys {
		ids[k] = int32(i + 1)
		bg.freq[i+1] = counts[k]
	}
	for _, ex := range exs {
		for _, st := range ex.doc.Sentences {
			prev := int32(0)
			bg.freq[0]++
			for i := st.First; i < st.Last; i++ {
				w := ids[ex.infos[i].Lower]
				bg.count[uint64(prev)<<32|uint64(w)]++
				prev = w
			}
			bg.count[uint64(prev)<<32]++
		}
	}
	bg.link()
	return bg
}

// link builds the adjacency lists, in a stable order, and the x·log x
// table.
func (bg *wordBigrams) link() {
	V := len(bg.freq)
	bg.right, bg.left = make([][]clusterEdge, V), make([][]clusterEdge, V)
	bg.bkeys = make([]uint64, 0, len(bg.count))
	for k := range bg.count {
		bg.bkeys = append(bg.bkeys, k)
	}
	slices.Sort(bg.bkeys)
	total := 0
	for _, k := range bg.bkeys {
		u, v, n := int32(k>>32), int32(uint32(k)), bg.count[k]
		bg.right[u] = append(bg.right[u], clusterEdge{v, n})
		bg.left[v] = append(bg.left[v], clusterEdge{u, n})
		total += n
	}
	bg.xlogx = make([]float64, total+1)
	for i := 1; i <= total; i++ {
		bg.xlogx[i] = float64(i) * math.Log(float64(i))
	}
}

// exchange puts the words into C classes, starting round-robin, by moving
// each word in turn to the class that most raises the likelihood of the
// class-bigram model, until a pass moves fewer than one word in 200 (at
// most 12 passes, 8 for more than 512 classes). progress is told each
// pass's count of moved words. It returns every word's class.
func (bg *wordBigrams) exchange(C int, progress func(it, moved int)) []int32 {
	V := len(bg.freq)
	x := &exchangeState{bg: bg, C: C, class: make([]int32, V), nc: make([]int, C), nb: make([]int, C*C),
		R: make([]int, C), L: make([]int, C)}
	for w := 0; w < V; w++ {
		x.class[w] = int32(w % C)
		x.nc[w%C] += bg.freq[w]
	}
	for _, k := range bg.bkeys {
		x.nb[int(x.class[k>>32])*C+int(x.class[uint32(k)])] += bg.count[k]
	}
	iters := 12
	if C > 512 {
		iters = 8
	}
	for it := 0; it < iters; it++ {
		moved := 0
		for w := 1; w < V; w++ {
			if x.move(w) {
				moved++
			}
		}
		progress(it, moved)
		if moved < V/200 {
			break
		}
	}
	return x.class
}

// exchangeState is the exchange algorithm's state for one class count.
type exchangeState struct {
	bg    *wordBigrams
	C     int
	class []int32 // per word
	nc    []int   // words per class, counted with frequency
	nb    []int   // class bigram counts, [first*C+second]
	// R[c] and L[c] count the moving word's neighbours after and before it
	// in class c; rt and lt list the classes with nonzero counts.
	R, L   []int
	rt, lt []int32
}

// move takes word w out of its class and puts it into the best one, and
// reports whether that is another class.
func (x *exchangeState) move(w int) bool {
	a := int(x.class[w])
	self := x.neighbours(w)
	x.shift(a, w, self, -1)
	b := x.bestClass(a, w, self)
	x.shift(b, w, self, 1)
	x.class[w] = int32(b)
	for _, c := range x.rt {
		x.R[c] = 0
	}
	for _, c := range x.lt {
		x.L[c] = 0
	}
	return b != a
}

// neighbours counts w's neighbours by class into R, L, rt and lt, and
// returns how often w follows itself.
func (x *exchangeState) neighbours(w int) (self int) {
	x.rt, x.lt = x.rt[:0], x.lt[:0]
	for _, e := range x.bg.right[w] {
		if int(e.w) == w {
			self = e.n
			continue
		}
		c := x.class[e.w]
		if x.R[c] == 0 {
			x.rt = append(x.rt, c)
		}
		x.R[c] += e.n
	}
	for _, e := range x.bg.left[w] {
		if int(e.w) == w {
			continue
		}
		c := x.class[e.w]
		if x.L[c] == 0 {
			x.lt = append(x.lt, c)
		}
		x.L[c] += e.n
	}
	return self
}

// shift adds (sign 1) or removes (sign -1) word w's counts to or from
// class b's.
func (x *exchangeState) shift(b, w, self, sign int) {
	C, nb := x.C, x.nb
	for _, c := range x.rt {
		nb[b*C+int(c)] += sign * x.R[c]
	}
	for _, c := range x.lt {
		nb[int(c)*C+b] += sign * x.L[c]
	}
	nb[b*C+b] += sign * self
	x.nc[b] += sign * x.bg.freq[w]
}

// bestClass returns the class that word w, taken out of class a, gains
// most by joining (up to a constant); ties go to a.
func (x *exchangeState) bestClass(a, w, self int) int {
	C, nb, nc, R, L, rt, lt := x.C, x.nb, x.nc, x.R, x.L, x.rt, x.lt
	xlogx, fw := x.bg.xlogx, x.bg.freq[w]
	best, bestGain := a, math.Inf(-1)
	for b := 0; b < C; b++ {
		gain := 0.0
		for _, c := range rt {
			if int(c) == b {
				continue
			}
			n := nb[b*C+int(c)]
			gain += xlogx[n+R[c]] - xlogx[n]
		}
		for _, c := range lt {
			if int(c) == b {
				continue
			}
			n := nb[int(c)*C+b]
			gain += xlogx[n+L[c]] - xlogx[n]
		}
		n := nb[b*C+b]
		gain += xlogx[n+R[b]+L[b]+self] - xlogx[n]
		gain -= 2 * (xlogx[nc[b]+fw] - xlogx[nc[b]])
		if gain > bestGain+1e-9 || (b == a && gain >= bestGain-1e-9) {
			best, bestGain = b, gain
		}
	}
	return best
}
