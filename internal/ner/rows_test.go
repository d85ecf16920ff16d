package ner

import (
	"math/rand/v2"
	"testing"
)

// randomRows returns n dense BILOU rows of random biased lanes, with
// extreme lanes (0 and 0xffff) more often than chance gives them.
func randomRows(rng *rand.Rand, n int) []uint64 {
	dense := make([]uint64, n*denseWords)
	for i := range dense {
		var w uint64
		for lane := range 4 {
			v := uint64(rng.IntN(1 << 16))
			switch rng.IntN(8) {
			case 0:
				v = 0
			case 1:
				v = 0xffff
			}
			w |= v << (16 * lane)
		}
		dense[i] = w
	}
	return dense
}

// wantLanes sums the rows at offs lane by lane, one lane at a time.
func wantLanes(dense []uint64, dw int, offs []uint32) [denseLanes]uint32 {
	var want [denseLanes]uint32
	for _, off := range offs {
		for j := range 4 * dw {
			want[j] += uint32(dense[int(off)+j/4] >> (16 * (j % 4)) & 0xffff)
		}
	}
	return want
}

func TestAddRowsLaneByLane(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	dense := randomRows(rng, 50)
	for trial := range 500 {
		n := rng.IntN(120)
		if trial == 0 {
			n = 0
		}
		offs := make([]uint32, n)
		for i := range offs {
			// Any word may start a row, not only multiples of a row.
			offs[i] = uint32(rng.IntN(len(dense) - denseWords + 1))
		}
		want := wantLanes(dense, denseWords, offs)
		var words, vector [denseLanes]uint32
		addRowsWords(dense, denseWords, offs, &words)
		addRowsVector(dense, offs, &vector)
		if words != want {
			t.Fatalf("trial %d: addRowsWords %v, want %v", trial, words, want)
		}
		if vector != want {
			t.Fatalf("trial %d: addRowsVector %v, want %v (AVX2 used: %v)", trial, vector, want, useAVX2)
		}
		// Narrower rows (BIO's five words) take the words path.
		var bio [denseLanes]uint32
		addRowsWords(dense, 5, offs, &bio)
		if want := wantLanes(dense, 5, offs); bio != want {
			t.Fatalf("trial %d: five-word rows %v, want %v", trial, bio, want)
		}
	}
}

// TestAddRowsFarOffsets sums rows beyond the first 65,536 words, so that
// an offset cut to 16 bits anywhere would show.
func TestAddRowsFarOffsets(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	dense := randomRows(rng, 1<<16/denseWords+40)
	offs := []uint32{uint32(len(dense) - denseWords), 1 << 16, 5, 1<<16 + 17}
	want := wantLanes(dense, denseWords, offs)
	var words, vector [denseLanes]uint32
	addRowsWords(dense, denseWords, offs, &words)
	addRowsVector(dense, offs, &vector)
	if words != want || vector != want {
		t.Fatalf("words %v\nvector %v\nwant %v", words, vector, want)
	}
}

// TestAddRowsAddsToLanes checks that both paths add to what the lanes hold
// rather than overwrite it.
func TestAddRowsAddsToLanes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	dense := randomRows(rng, 4)
	offs := []uint32{0, 9, 27}
	var start [denseLanes]uint32
	for j := range start {
		start[j] = uint32(j) * 1000
	}
	want := wantLanes(dense, denseWords, offs)
	for j := range want {
		want[j] += start[j]
	}
	words, vector := start, start
	addRowsWords(dense, denseWords, offs, &words)
	addRowsVector(dense, offs, &vector)
	if words != want || vector != want {
		t.Fatalf("words %v\nvector %v\nwant %v", words, vector, want)
	}
}

// TestAddRowsOutOfRange checks that a row past the end of the table is a
// panic, as a slice's bounds give, and never a read past it.
func TestAddRowsOutOfRange(t *testing.T) {
	dense := make([]uint64, 2*denseWords)
	defer func() {
		if recover() == nil {
			t.Fatal("no panic for a row past the table's end")
		}
	}()
	var sum emissionSum
	sum.addRows(dense, denseWords, []uint32{0, denseWords + 1}, denseWords+1)
}

func FuzzAddRows(f *testing.F) {
	f.Add(uint64(1), uint8(3))
	f.Add(uint64(0xffff_ffff), uint8(200))
	f.Fuzz(func(t *testing.T, seed uint64, n uint8) {
		rng := rand.New(rand.NewPCG(seed, seed>>7))
		dense := randomRows(rng, 8)
		offs := make([]uint32, n)
		for i := range offs {
			offs[i] = uint32(rng.IntN(len(dense) - denseWords + 1))
		}
		var words, vector [denseLanes]uint32
		addRowsWords(dense, denseWords, offs, &words)
		addRowsVector(dense, offs, &vector)
		if words != vector {
			t.Fatalf("addRowsWords %v, addRowsVector %v", words, vector)
		}
	})
}
