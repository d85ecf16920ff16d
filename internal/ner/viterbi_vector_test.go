package ner

import (
	"encoding/binary"
	"fmt"
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
	case 4:
		return float32(math.Copysign(0, -1)) // a sum of it and +0 has either sign
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

// TestViterbiStepKernels compares the vector kernel with the loop over
// rows of ties, zeros of both signs, -Inf lanes, a row of nothing but
// -Inf, and scores holding NaN or +Inf: the back pointers and the scores,
// to the bit.
func TestViterbiStepKernels(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := range 2000 {
		var prev [latticeLanes]float32
		for p := range prev {
			prev[p] = latticeValue(rng)
		}
		switch {
		case trial == 0:
			for p := range prev {
				prev[p] = float32(math.Inf(-1))
			}
		case trial%50 == 1:
			prev[rng.IntN(latticeLanes)] = float32(math.NaN())
		case trial%50 == 2:
			prev[rng.IntN(latticeLanes)] = float32(math.Inf(1))
		}
		if err := compareStepKernels(rng, &prev); err != "" {
			t.Fatalf("trial %d: %s (AVX2 used: %v)", trial, err, useAVX2)
		}
	}
}

// compareStepKernels steps prev through viterbiStep and stepPaddedWords
// over random transitions and emission scores, a NaN or an infinity among
// them now and then, and describes the first difference, or returns "".
func compareStepKernels(rng *rand.Rand, prev *[latticeLanes]float32) string {
	ts := NewTagSet(SchemeBILOU)
	odd := []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))}
	value := func() float32 {
		if rng.IntN(20) == 0 {
			return odd[rng.IntN(len(odd))]
		}
		return latticeValue(rng)
	}
	trans := make([]float32, ts.N*ts.N)
	for i := range trans {
		trans[i] = value()
	}
	emis := make([]float32, ts.N)
	for i := range emis {
		emis[i] = value()
	}
	pad := padTransitions(ts, trans)
	var cur, wantCur [latticeLanes]float32
	// The back pointers past the tags are guards, which no step may write.
	const guard = 0xee
	backLanes := slices.Repeat([]uint8{guard}, latticeLanes)
	back, wantBack := backLanes[:ts.N], make([]uint8, ts.N)
	viterbiStep(prev, &cur, emis, pad, back)
	stepPaddedWords(prev, &wantCur, emis, pad, wantBack)
	switch {
	case slices.ContainsFunc(backLanes[ts.N:], func(b uint8) bool { return b != guard }):
		return fmt.Sprintf("back pointers past the tags written: %v", backLanes[ts.N:])
	case !slices.Equal(back, wantBack):
		return fmt.Sprintf("back pointers %v, want %v", back, wantBack)
	case !sameBits(cur[:ts.N], wantCur[:ts.N]):
		return fmt.Sprintf("scores %v, want %v", cur[:ts.N], wantCur[:ts.N])
	case !sameBits(cur[ts.N:], wantCur[ts.N:]):
		return fmt.Sprintf("lanes past the tags written: %v", cur[ts.N:])
	}
	return ""
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

func FuzzViterbiStep(f *testing.F) {
	f.Add(uint64(1))
	f.Add(uint64(1 << 40))
	f.Fuzz(func(t *testing.T, seed uint64) {
		rng := rand.New(rand.NewPCG(seed, ^seed))
		var prev [latticeLanes]float32
		for p := range latticeLanes {
			prev[p] = float32(math.Inf(-1))
			if p < NewTagSet(SchemeBILOU).N {
				prev[p] = latticeValue(rng)
			}
		}
		if err := compareStepKernels(rng, &prev); err != "" {
			t.Fatal(err)
		}
	})
}

// TestScaleSums compares the vector conversion of sums to scores with Go's
// float32 conversion and product, for lengths around the vectors' eight
// lanes and sums near the ends of int32, where conversion rounds.
func TestScaleSums(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for trial := range 3000 {
		sums := make([]int32, rng.IntN(3*8+2))
		for i := range sums {
			switch rng.IntN(4) {
			case 0:
				sums[i] = int32(rng.Uint32())
			case 1:
				sums[i] = math.MaxInt32 - int32(rng.IntN(1000))
			default:
				sums[i] = int32(rng.IntN(200000)) - 100000
			}
		}
		scale := float32(rng.NormFloat64() * 1e-3)
		if trial%10 == 0 {
			scale = float32(math.Copysign(0, -1))
		}
		got, want := make([]float32, len(sums)), make([]float32, len(sums))
		scaleSums(sums, scale, got)
		for i, v := range sums {
			want[i] = float32(v) * scale
		}
		if !sameBits(got, want) {
			t.Fatalf("trial %d: scaleSums(%v, %v) = %v, want %v (AVX2 used: %v)", trial, sums, scale, got, want, useAVX2)
		}
	}
}

func FuzzScaleSums(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, float32(0.5))
	f.Fuzz(func(t *testing.T, raw []byte, scale float32) {
		sums := make([]int32, len(raw)/4)
		for i := range sums {
			sums[i] = int32(binary.LittleEndian.Uint32(raw[4*i:]))
		}
		got := make([]float32, len(sums))
		scaleSums(sums, scale, got)
		for i, v := range sums {
			if want := float32(v) * scale; math.Float32bits(got[i]) != math.Float32bits(want) && !(want != want && got[i] != got[i]) {
				t.Fatalf("sum %d, scale %v: %v, want %v", v, scale, got[i], want)
			}
		}
	})
}

// BenchmarkStepPadded steps a lattice of BILOU tags over random scores, as
// the recognizer does once a token and stage.
func BenchmarkStepPadded(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	ts := NewTagSet(SchemeBILOU)
	trans, start := make([]float32, ts.N*ts.N), make([]float32, ts.N)
	for i := range trans {
		trans[i] = float32(rng.NormFloat64())
	}
	pad := padTransitions(ts, trans)
	emis := make([][]float32, 64)
	for i := range emis {
		emis[i] = make([]float32, ts.N)
		for k := range emis[i] {
			emis[i][k] = float32(rng.NormFloat64() * 4)
		}
	}
	var vs ViterbiScratch
	vs.begin(ts, len(emis))
	b.ResetTimer()
	for i := range b.N {
		k := i % len(emis)
		if k == 0 {
			vs.begin(ts, len(emis))
		}
		vs.stepPadded(emis[k], start, pad)
	}
}
