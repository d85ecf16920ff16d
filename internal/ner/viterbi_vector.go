package ner

import "math"

// latticeLanes is the width of a padded row of transition weights: three
// vectors of eight, room for BILOU's 17 tags and BIO's 9.
const latticeLanes = 24

// paddedTransitions is one stage's transition weights laid out for
// stepPadded: row p holds the weight of tag p before every tag c at lane c,
// -Inf where the scheme forbids p before c and in the lanes past the last
// tag, so that a forbidden or missing predecessor never wins. Rows by
// predecessor let the kernel weigh one predecessor against every tag at
// once, keeping each tag's best so far in vector lanes, with no sum across
// lanes per tag.
type paddedTransitions [][latticeLanes]float32

// padTransitions lays out trans ([cur*T+prev]) for stepPadded, or returns
// nil when the tags do not fit a row.
func padTransitions(ts TagSet, trans []float32) paddedTransitions {
	T := ts.N
	if T > latticeLanes {
		return nil
	}
	allowed := ts.allowedTable()
	inf := float32(math.Inf(-1))
	out := make(paddedTransitions, T)
	for p := range out {
		for c := range out[p] {
			out[p][c] = inf
		}
	}
	for c := range T {
		for _, p := range allowed.prevs[c] {
			out[p][c] = trans[c*T+int(p)]
		}
	}
	return out
}

// stepPadded is step over transitions laid out by padTransitions, for the
// vector kernel: viterbiStep finds every tag's best predecessor, the first
// of the best as step's loop does (a forbidden lane is -Inf, and when every
// predecessor scores -Inf both pick tag 0 with a -Inf score), and adds the
// token's score to that predecessor's own sum, as step does, so the
// lattice is step's to the bit, NaN and infinities included: the kernel
// compares as step does, a sum replacing the best only when greater.
func (vs *ViterbiScratch) stepPadded(emis, start []float32, pad paddedTransitions) {
	if vs.n == 0 {
		vs.stepFirst(emis, start)
		return
	}
	i := vs.n
	vs.n++
	T := vs.tags
	prev, cur := vs.prevLanes(), vs.curLanes()
	viterbiStep(prev, cur, emis, pad, vs.back[i*T:(i+1)*T])
	vs.prev, vs.cur = vs.cur, vs.prev
}

// prevLanes returns the scores of the last token as a padded row: the
// lanes past the last tag hold -Inf (begin sets them; no step writes
// them).
func (vs *ViterbiScratch) prevLanes() *[latticeLanes]float32 {
	return (*[latticeLanes]float32)(vs.prev[:latticeLanes])
}

// curLanes is prevLanes for the row being filled.
func (vs *ViterbiScratch) curLanes() *[latticeLanes]float32 {
	return (*[latticeLanes]float32)(vs.cur[:latticeLanes])
}

// stepPaddedWords is step's loop over the padded rows, NaN and infinities
// included: a forbidden lane is -Inf, or NaN, and never greater than the
// best so far. It is viterbiStep without vector instructions.
func stepPaddedWords(prev, cur *[latticeLanes]float32, emis []float32, pad paddedTransitions, back []uint8) {
	for c := range back {
		best, bp := float32(math.Inf(-1)), uint8(0)
		for p := range pad {
			if v := prev[p] + pad[p][c]; v > best {
				best, bp = v, uint8(p)
			}
		}
		cur[c] = best + emis[c]
		back[c] = bp
	}
}

// scaleSumsWords is scaleSums without vector instructions.
func scaleSumsWords(sums []int32, scale float32, row []float32) {
	row = row[:len(sums)]
	for t, v := range sums {
		row[t] = float32(v) * scale
	}
}
