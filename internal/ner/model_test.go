package ner

import (
	"encoding/binary"
	"errors"
	"math"
	"runtime"
	"slices"
	"testing"
	"unsafe"

	"github.com/newsextract/newsextract/internal/text"
)

// tinyModel returns a made-up model with dense and sparse rows, a row
// without weights, and clusters, encoded.
func tinyModel() (*ModelData, []byte) {
	T := NewTagSet(SchemeBILOU).N
	m := &ModelData{Scheme: SchemeBILOU, Set: FeatClusters | FeatDoc, LexiconFP: 42, Scale: [2]float32{0.5, 0.25}}
	for s := 0; s < 2; s++ {
		m.Start[s], m.Trans[s], m.End[s] = make([]float32, T), make([]float32, T*T), make([]float32, T)
		m.Trans[s][3] = float32(s + 1)
	}
	for i := range 40 {
		w := make([]int16, 2*T)
		for k := 0; k < i%(2*T); k++ {
			w[(k*7+i)%(2*T)] = int16(k - i*100)
		}
		// A third of the rows unused, the others in the hot table.
		m.Rows = append(m.Rows, ModelRow{Key: uint32(i) * 0x01000193, W: w, Uses: uint32(i % 3)})
	}
	m.Clusters = map[uint32][3]uint32{7: {1, 2, 3}, 8: {0, 0, 9}, 0: {4, 5, 6}, 9: {}}
	return m, EncodeModel(m)
}

// rowOf returns the weights the recognizer adds for feature key.
func rowOf(r *Recognizer, key uint32) []int32 {
	e := make([]int32, 2*r.tags.N)
	var sum emissionSum
	var found []uint32
	r.addAll(&sum, e, []uint32{key}, &found)
	sum.flush(e)
	return e
}

// TestParseRefusesNonFiniteWeights damages a transition weight, a start
// weight and a scale of a good model: Parse must refuse each, as Viterbi's
// choices (and the vector kernel's) are only defined over numbers.
func TestParseRefusesNonFiniteWeights(t *testing.T) {
	_, data := tinyModel()
	for name, at := range map[string]int{"start": headerSize, "transition": headerSize + 4*20, "scale": 24} {
		for _, bad := range []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))} {
			d := slices.Clone(data)
			binary.LittleEndian.PutUint32(d[at:], math.Float32bits(bad))
			if _, err := Parse(d); !errors.Is(err, errModelWeights) {
				t.Errorf("%s %v: Parse gave %v, want %v", name, bad, err, errModelWeights)
			}
		}
	}
	if _, err := Parse(data); err != nil {
		t.Fatalf("the undamaged model: %v", err)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, data := tinyModel()
	r, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if r.tags.Scheme != m.Scheme || r.set != m.Set || r.lexiconFP != m.LexiconFP || r.scale != m.Scale {
		t.Errorf("header: got %v %d %d %v", r.tags, r.set, r.lexiconFP, r.scale)
	}
	for s := 0; s < 2; s++ {
		if !slices.Equal(r.trans[s], m.Trans[s]) || !slices.Equal(r.start[s], m.Start[s]) {
			t.Errorf("stage %d: transition weights differ", s)
		}
	}
	for _, row := range m.Rows {
		want := make([]int32, len(row.W))
		for k, v := range row.W {
			want[k] = int32(v)
		}
		if got := rowOf(r, row.Key); !slices.Equal(got, want) {
			t.Errorf("row %#x: got %v, want %v", row.Key, got, want)
		}
	}
	for key, want := range m.Clusters {
		if got := r.clusters.Lookup(key); got != want {
			t.Errorf("clusters of %d: got %v, want %v", key, got, want)
		}
	}
	if got := r.clusters.Lookup(12345); got != [3]uint32{} {
		t.Errorf("clusters of an unknown word: %v", got)
	}
	hot, used := 0, 0
	for _, s := range r.hot {
		if s.v != 0 {
			hot++
		}
	}
	for _, row := range m.Rows {
		if row.Uses > 0 && slices.ContainsFunc(row.W, func(v int16) bool { return v != 0 }) {
			used++
			if probe(r.hot, r.hotMask, row.Key) == 0 {
				t.Errorf("row %#x, used %d times, is not in the hot table", row.Key, row.Uses)
			}
		}
	}
	if hot != used {
		t.Errorf("hot table holds %d rows, want the %d used ones", hot, used)
	}
}

// TestParseCorrupt checks that every truncation of a model is an error
// and that no corruption makes Parse or Recognize panic.
func TestParseCorrupt(t *testing.T) {
	_, data := tinyModel()
	for n := range len(data) {
		if _, err := Parse(data[:n]); err == nil {
			t.Fatalf("a model cut to %d of %d bytes parses", n, len(data))
		}
	}
	if _, err := Parse(append(slices.Clone(data), 0, 0, 0, 0)); err == nil {
		t.Error("a model with trailing bytes parses")
	}
	for i := 0; i < len(data); i += 7 {
		for _, x := range []byte{0x01, 0x80, 0xff} {
			bad := slices.Clone(data)
			bad[i] ^= x
			recognizeAny(t, bad)
		}
	}
}

// recognizeAny parses data and, if it is accepted, recognizes a short
// document with it: neither may panic.
func recognizeAny(t *testing.T, data []byte) {
	r, err := Parse(data)
	if err != nil {
		return
	}
	a, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	r.Recognize(a.Analyze("Mr. Smith of Acme flew to Paris on Monday. Smith said so."))
}

func FuzzParse(f *testing.F) {
	_, data := tinyModel()
	f.Add(data)
	f.Add(data[:headerSize])
	f.Fuzz(recognizeAny)
}

// TestEmbeddedModelInPlace checks the embedded model's tables, which Load
// trusts, and that loading it decodes nothing large: its tables are the
// embedded bytes themselves on a little-endian host, and parsing it
// allocates no more than the transition weights and the Recognizer (3.3
// KB in 9 allocations measured).
func TestEmbeddedModelInPlace(t *testing.T) {
	if _, err := Load(); err != nil { // loads the gazetteer marks once
		t.Fatal(err)
	}
	// The fewest bytes of five parses: the count is the process's, and a
	// goroutine of the runtime or of another test can allocate meanwhile.
	var r *Recognizer
	least := uint64(1 << 62)
	for range 5 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		p, err := Parse(nerModel)
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		r, least = p, min(least, after.TotalAlloc-before.TotalAlloc)
	}
	if err := r.checkTables(); err != nil {
		t.Errorf("the embedded model: %v", err)
	}
	// What it may allocate: the Recognizer, both stages' transition
	// weights (2.6 KB with BILOU) and their rows padded for the vector
	// step (3.3 KB); the 6.3 MB of tables are read in place.
	if least > 8192 {
		t.Errorf("parsing the model allocated %d bytes, want at most 8192", least)
	}
	if !littleEndian {
		return
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(nerModel)))
	hi := lo + uintptr(len(nerModel))
	for name, p := range map[string]unsafe.Pointer{
		"hot":      unsafe.Pointer(unsafe.SliceData(r.hot)),
		"slots":    unsafe.Pointer(unsafe.SliceData(r.slots)),
		"dense":    unsafe.Pointer(unsafe.SliceData(r.dense)),
		"weights":  unsafe.Pointer(unsafe.SliceData(r.weights)),
		"clusters": unsafe.Pointer(unsafe.SliceData(r.clusters.tab)),
	} {
		if a := uintptr(p); a < lo || a >= hi {
			t.Errorf("the %s table is a copy, not the embedded model read in place", name)
		}
	}
}

// TestDenseSums checks the dense rows' lane arithmetic for both tag
// schemes: rows of extreme weights, many added for one token, sum as the
// weights do, whichever table (hot or main) holds them; and the hot table
// takes only the hotRows most used.
func TestDenseSums(t *testing.T) {
	for _, scheme := range []int{SchemeBIO, SchemeBILOU} {
		T := NewTagSet(scheme).N
		m := &ModelData{Scheme: scheme, Scale: [2]float32{1, 1}}
		for s := 0; s < 2; s++ {
			m.Start[s], m.Trans[s], m.End[s] = make([]float32, T), make([]float32, T*T), make([]float32, T)
		}
		extremes := []int16{32767, -32768, -1, 1, 12345, -23456, 2, -3}
		n := hotRows + 904
		for i := range n {
			w := make([]int16, 2*T)
			for k := range w {
				w[k] = extremes[(i+k)%len(extremes)]
			}
			m.Rows = append(m.Rows, ModelRow{Key: uint32(i)*0x9e3779b1 + 1, W: w, Uses: uint32(n - i)})
		}
		r, err := Parse(EncodeModel(m))
		if err != nil {
			t.Fatal(err)
		}
		hot := 0
		for _, s := range r.hot {
			if s.v != 0 {
				hot++
			}
		}
		if hot != hotRows {
			t.Errorf("scheme %d: hot table holds %d rows, want %d", scheme, hot, hotRows)
		}
		// Sixty rows for one token, half of them from each table.
		var keys []uint32
		want := make([]int32, 2*T)
		for i := hotRows - 30; i < hotRows+30; i++ {
			keys = append(keys, m.Rows[i].Key)
			for k, v := range m.Rows[i].W {
				want[k] += int32(v)
			}
		}
		got := make([]int32, 2*T)
		var sum emissionSum
		var found []uint32
		r.addAll(&sum, got, keys, &found)
		sum.flush(got)
		if !slices.Equal(got, want) {
			t.Errorf("scheme %d: sums %v, want %v", scheme, got, want)
		}
	}
}
