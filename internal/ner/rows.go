package ner

// denseWords is the number of words of a BILOU dense row (2×17 lanes).
const denseWords = (2*17 + 3) / 4

// denseLanes is the most lanes of a dense row: a BILOU row's, padding
// included.
const denseLanes = 4 * denseWords

// laneMask keeps lanes 0 and 2 of a dense word, as two 32-bit lanes.
const laneMask = 0x0000ffff_0000ffff

// emissionSum accumulates one token's dense rows (its sparse weights go
// into the sums directly): lane j of lanes sums lane j of every row added,
// each biased by denseBias.
type emissionSum struct {
	lanes   [denseLanes]uint32
	nd      int64  // dense rows added, for removing the bias
	touched uint64 // what touchRows read
}

// addRows adds the dense rows of dw words at offsets offs of dense; hi is
// the largest offset. A BILOU row of biased int16 lanes is 72 bytes in a
// row, so where the processor has AVX2 two vector instructions widen and
// add eight lanes (addRowsVector, which falls back to addRowsWords
// elsewhere); rows of other widths take addRowsWords, two lanes at a time.
func (sum *emissionSum) addRows(dense []uint64, dw int, offs []uint32, hi uint32) {
	if len(offs) == 0 {
		return
	}
	sum.nd += int64(len(offs))
	// The vector kernel does not check bounds: the largest offset is
	// checked here, once, and a row out of range panics in addRowsWords.
	if dw == denseWords && uint64(hi)+denseWords <= uint64(len(dense)) {
		addRowsVector(dense, offs, &sum.lanes)
		return
	}
	addRowsWords(dense, dw, offs, &sum.lanes)
}

// addRowsWords is addRows without vector instructions: a 64-bit add sums
// two lanes at a time, even lanes (0 and 2 of each word, masked) apart from
// odd ones (1 and 3, shifted down), without carries crossing lanes: the
// rows' lanes are never negative, and fewer than 1<<16 rows of 16-bit lanes
// fit in 32.
func addRowsWords(dense []uint64, dw int, offs []uint32, lanes *[denseLanes]uint32) {
	var even, odd [denseWords]uint64
	for _, off := range offs {
		if dw == denseWords {
			// BILOU: a fixed-size row, so no bounds checks in the loop.
			for k, x := range (*[denseWords]uint64)(dense[off:]) {
				even[k] += x & laneMask
				odd[k] += x >> 16 & laneMask
			}
			continue
		}
		for k, x := range dense[off : int(off)+dw] {
			even[k] += x & laneMask
			odd[k] += x >> 16 & laneMask
		}
	}
	for j := range 4 * dw {
		word := &even
		if j&1 != 0 {
			word = &odd
		}
		lanes[j] += uint32(word[j/4] >> (32 * (j >> 1 & 1)))
	}
}

// flush moves the dense sums into e (a token's sums), less the rows' bias,
// and resets sum.
func (sum *emissionSum) flush(e []int32) {
	if sum.nd == 0 {
		return
	}
	bias := sum.nd * denseBias
	for j := range e {
		e[j] += int32(int64(sum.lanes[j]) - bias)
	}
	*sum = emissionSum{}
}
