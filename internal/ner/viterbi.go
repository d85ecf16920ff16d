package ner

import (
	"math"
	"sync"
)

// ViterbiScratch holds Viterbi's lattice buffers.
type ViterbiScratch struct {
	score []float32
	back  []uint8
}

// Viterbi writes the best tag sequence for emission scores emis (n×T) under
// the scheme's hard constraints and the learnt transition weights, trans
// being indexed [cur*T+prev] so each tag's candidates sit together.
func Viterbi(ts TagSet, emis, start, trans, end []float32, vs *ViterbiScratch, out []uint8) {
	T := ts.N
	n := len(out)
	if n == 0 {
		return
	}
	if cap(vs.score) < n*T {
		vs.score = make([]float32, n*T)
		vs.back = make([]uint8, n*T)
	}
	score, back := vs.score[:n*T], vs.back[:n*T]
	inf := float32(math.Inf(-1))
	allowed := ts.allowedTable()
	for t := 0; t < T; t++ {
		if allowed.start[t] {
			score[t] = emis[t] + start[t]
		} else {
			score[t] = inf
		}
	}
	for i := 1; i < n; i++ {
		prev := score[(i-1)*T : i*T]
		cur := score[i*T : (i+1)*T]
		for t := 0; t < T; t++ {
			best, bp := inf, uint8(0)
			tr := trans[t*T : t*T+T] // transposed: [cur*T+prev]
			for _, p := range allowed.prevs[t] {
				if v := prev[p] + tr[p]; v > best {
					best, bp = v, p
				}
			}
			cur[t] = best + emis[i*T+t]
			back[i*T+t] = bp
		}
	}
	best, bt := inf, 0
	last := score[(n-1)*T:]
	for t := 0; t < T; t++ {
		if !allowed.end[t] {
			continue
		}
		if v := last[t] + end[t]; v > best {
			best, bt = v, t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = uint8(bt)
		bt = int(back[i*T+bt])
	}
}

// allowedTable is a scheme's hard constraints: which tags may start or end
// a sentence, and for each tag the tags that may precede it.
type allowedTable struct {
	start, end []bool
	prevs      [][]uint8
}

// allowedTables caches the constraint tables of both schemes.
var allowedTables = sync.OnceValue(func() *[2]allowedTable {
	var out [2]allowedTable
	for scheme := range out {
		ts := NewTagSet(scheme)
		T := ts.N
		a := allowedTable{start: make([]bool, T), end: make([]bool, T), prevs: make([][]uint8, T)}
		for c := 0; c < T; c++ {
			a.start[c] = ts.allowed(-1, c)
			a.end[c] = ts.allowed(c, -1)
			for p := 0; p < T; p++ {
				if ts.allowed(p, c) {
					a.prevs[c] = append(a.prevs[c], uint8(p))
				}
			}
		}
		out[scheme] = a
	}
	return &out
})

func (ts TagSet) allowedTable() *allowedTable {
	return &allowedTables()[ts.Scheme]
}
