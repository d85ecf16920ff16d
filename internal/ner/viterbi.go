package ner

import (
	"math"
	"sync"
)

// ViterbiScratch is Viterbi's lattice: the scores of the tags of the last
// token stepped over and the back pointers of every token so far. Only two
// rows of scores are kept, so a sentence of n tokens holds n×T bytes of
// back pointers and no more: a run of a million dots is one sentence.
type ViterbiScratch struct {
	prev, cur []float32
	back      []uint8
	n         int // tokens stepped over
	tags      int // tags per token
	allowed   *allowedTable
}

// Viterbi writes the best tag sequence for emission scores emis (n×T) under
// the scheme's hard constraints and the learnt transition weights, trans
// being indexed [cur*T+prev] so each tag's candidates sit together.
func Viterbi(ts TagSet, emis, start, trans, end []float32, vs *ViterbiScratch, out []uint8) {
	T := ts.N
	if len(out) == 0 {
		return
	}
	vs.begin(ts, len(out))
	for i := range out {
		vs.step(emis[i*T:(i+1)*T], start, trans)
	}
	vs.finish(end, out)
}

// begin starts a lattice for a sentence of n tokens.
func (vs *ViterbiScratch) begin(ts TagSet, n int) {
	T := ts.N
	vs.tags, vs.n, vs.allowed = T, 0, ts.allowedTable()
	if cap(vs.prev) < max(T, latticeLanes) {
		vs.prev, vs.cur = make([]float32, max(T, latticeLanes)), make([]float32, max(T, latticeLanes))
	}
	// stepPadded reads the lanes past the last tag: -Inf, never the best.
	inf := float32(math.Inf(-1))
	for t := T; t < latticeLanes; t++ {
		vs.prev[:latticeLanes][t], vs.cur[:latticeLanes][t] = inf, inf
	}
	vs.prev, vs.cur = vs.prev[:T], vs.cur[:T]
	if cap(vs.back) < n*T {
		vs.back = make([]uint8, n*T)
	}
	vs.back = vs.back[:n*T]
}

// step adds the next token, with emission scores emis (T), to the lattice.
func (vs *ViterbiScratch) step(emis, start, trans []float32) {
	T, allowed := vs.tags, vs.allowed
	inf := float32(math.Inf(-1))
	i := vs.n
	if i == 0 {
		vs.stepFirst(emis, start)
		return
	}
	vs.n++
	prev, cur, back := vs.prev, vs.cur, vs.back[i*T:(i+1)*T]
	for t := 0; t < T; t++ {
		best, bp := inf, uint8(0)
		tr := trans[t*T : t*T+T] // transposed: [cur*T+prev]
		for _, p := range allowed.prevs[t] {
			if v := prev[p] + tr[p]; v > best {
				best, bp = v, p
			}
		}
		cur[t] = best + emis[t]
		back[t] = bp
	}
	vs.prev, vs.cur = cur, prev
}

// stepFirst adds the first token, with emission scores emis (T), to the
// lattice.
func (vs *ViterbiScratch) stepFirst(emis, start []float32) {
	inf := float32(math.Inf(-1))
	vs.n++
	for t, ok := range vs.allowed.start {
		if ok {
			vs.prev[t] = emis[t] + start[t]
		} else {
			vs.prev[t] = inf
		}
	}
}

// finish writes the best path through the tokens stepped over to out.
func (vs *ViterbiScratch) finish(end []float32, out []uint8) {
	T, allowed := vs.tags, vs.allowed
	n := vs.n
	best, bt := float32(math.Inf(-1)), 0
	last := vs.prev
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
		bt = int(vs.back[i*T+bt])
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
