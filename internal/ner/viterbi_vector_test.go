package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// latticeValue returns a random score, often one of a few values so that
// ties between predecessors are common, now and then -Inf.
func latticeValue(rng *rand.Rand) float32 {
	switch rng.IntN(10) {
	case 0:
		return float32(math.Inf(-1))
	case 1, 2, 3:
		return float32(rng.IntN(3)) - 1
	}
	return float32(rng.NormFloat64() * 4)
}

// TestStepPaddedIsStep runs sentences through step and through stepPadded
// side by side, for both schemes: the rows of scores must be the same bits
// after every token, and the back pointers the same.
func TestStepPaddedIsStep(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, scheme := range []int{SchemeBIO, SchemeBILOU} {
		ts := NewTagSet(scheme)
		T := ts.N
		for trial := range 300 {
			trans := make([]float32, T*T)
			start := make([]float32, T)
			for i := range trans {
				trans[i] = latticeValue(rng)
			}
			for i := range start {
				start[i] = latticeValue(rng)
			}
			pad := padTransitions(ts, trans)
			n := 1 + rng.IntN(30)
			var a, b ViterbiScratch
			a.begin(ts, n)
			b.begin(ts, n)
			emis := make([]float32, T)
			for i := range n {
				for k := range emis {
					emis[k] = latticeValue(rng)
				}
				a.step(emis, start, trans)
				b.stepPadded(emis, start, pad)
				if !sameBits(a.prev, b.prev) {
					t.Fatalf("scheme %d trial %d token %d: scores %v, padded %v", scheme, trial, i, a.prev, b.prev)
				}
			}
			if !slices.Equal(a.back, b.back) {
				t.Fatalf("scheme %d trial %d: back pointers differ", scheme, trial)
			}
		}
	}
}

// TestStepPaddedIsStepWithNaN is TestStepPaddedIsStep with NaN and
// infinite emission scores now and then, which no model Parse accepts
// gives: the lattices must still be the same.
func TestStepPaddedIsStepWithNaN(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	odd := []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))}
	for _, scheme := range []int{SchemeBIO, SchemeBILOU} {
		ts := NewTagSet(scheme)
		T := ts.N
		for trial := range 300 {
			trans := make([]float32, T*T)
			start := make([]float32, T)
			for i := range trans {
				trans[i] = latticeValue(rng)
			}
			pad := padTransitions(ts, trans)
			n := 1 + rng.IntN(12)
			var a, b ViterbiScratch
			a.begin(ts, n)
			b.begin(ts, n)
			emis := make([]float32, T)
			for i := range n {
				for k := range emis {
					emis[k] = latticeValue(rng)
					if rng.IntN(6) == 0 {
						emis[k] = odd[rng.IntN(len(odd))]
					}
				}
				a.step(emis, start, trans)
				b.stepPadded(emis, start, pad)
				if !sameBits(a.prev, b.prev) {
					t.Fatalf("scheme %d trial %d token %d: scores %v, padded %v", scheme, trial, i, a.prev, b.prev)
				}
			}
			if !slices.Equal(a.back, b.back) {
				t.Fatalf("scheme %d trial %d: back pointers differ", scheme, trial)
			}
		}
	}
}

// TestViterbiBackKernels compares the vector kernel with the loop over
// rows of ties, -Inf lanes and a row of nothing but -Inf.
func TestViterbiBackKernels(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	ts := NewTagSet(SchemeBILOU)
	for trial := range 2000 {
		var prev [latticeLanes]float32
		for p := range prev {
			prev[p] = latticeValue(rng)
		}
		trans := make([]float32, ts.N*ts.N)
		for i := range trans {
			trans[i] = latticeValue(rng)
		}
		if trial == 0 {
			for p := range prev {
				prev[p] = float32(math.Inf(-1))
			}
		}
		pad := padTransitions(ts, trans)
		got, want := make([]uint8, ts.N), make([]uint8, ts.N)
		viterbiBack(&prev, pad, got)
		viterbiBackWords(&prev, pad, want)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: viterbiBack %v, want %v (AVX2 used: %v)", trial, got, want, useAVX2)
		}
	}
}

func sameBits(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

func FuzzViterbiBack(f *testing.F) {
	f.Add(uint64(1))
	f.Add(uint64(1 << 40))
	f.Fuzz(func(t *testing.T, seed uint64) {
		rng := rand.New(rand.NewPCG(seed, ^seed))
		ts := NewTagSet(SchemeBILOU)
		var prev [latticeLanes]float32
		for p := range ts.N {
			prev[p] = latticeValue(rng)
		}
		for p := ts.N; p < latticeLanes; p++ {
			prev[p] = float32(math.Inf(-1))
		}
		trans := make([]float32, ts.N*ts.N)
		for i := range trans {
			trans[i] = latticeValue(rng)
		}
		pad := padTransitions(ts, trans)
		got, want := make([]uint8, ts.N), make([]uint8, ts.N)
		viterbiBack(&prev, pad, got)
		viterbiBackWords(&prev, pad, want)
		if !slices.Equal(got, want) {
			t.Fatalf("viterbiBack %v, want %v", got, want)
		}
	})
}
