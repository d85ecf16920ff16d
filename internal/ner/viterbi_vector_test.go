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
	compareSteps(t, rng, 30, func() float32 { return latticeValue(rng) })
}

// TestStepPaddedIsStepWithNaN is TestStepPaddedIsStep with NaN and
// infinite emission scores now and then, which no model Parse accepts
// gives: the lattices must still be the same.
func TestStepPaddedIsStepWithNaN(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	odd := []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))}
	compareSteps(t, rng, 12, func() float32 {
		if rng.IntN(6) == 0 {
			return odd[rng.IntN(len(odd))]
		}
		return latticeValue(rng)
	})
}

// compareSteps steps 300 random sentences of up to maxLen tokens a scheme
// through step and stepPadded, with transitions and start weights from
// latticeValue and emission scores from emission, and fails at the first
// token whose scores differ in any bit, or sentence whose back pointers
// differ.
func compareSteps(t *testing.T, rng *rand.Rand, maxLen int, emission func() float32) {
	t.Helper()
	for _, scheme := range []int{SchemeBIO, SchemeBILOU} {
		ts := NewTagSet(scheme)
		T := ts.N
		for trial := range 300 {
			trans, start := make([]float32, T*T), make([]float32, T)
			for i := range trans {
				trans[i] = latticeValue(rng)
			}
			for i := range start {
				start[i] = latticeValue(rng)
			}
			pad := padTransitions(ts, trans)
			n := 1 + rng.IntN(maxLen)
			var a, b ViterbiScratch
			a.begin(ts, n)
			b.begin(ts, n)
			emis := make([]float32, T)
			for i := range n {
				for k := range emis {
					emis[k] = emission()
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
