package text

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"os"
	"testing"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// TestTaggerSlotsAreTheModels rebuilds the tagger's slot table from
// prose's model and wants the committed one byte for byte; -update
// rewrites it. It checks the model's offsets and class IDs first, which
// the tagger reads in place without checking at every start.
func TestTaggerSlotsAreTheModels(t *testing.T) {
	tg, err := readFlatModel(aptagmodel.English)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkFlatModel(tg); err != nil {
		t.Fatal(err)
	}
	want, err := buildSlots(tg, len(aptagmodel.English))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("tagger-slots.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(taggerSlots, want) {
		t.Errorf("tagger-slots.bin (%d bytes) is not the table of prose's model (%d bytes): go test ./internal/text -run TaggerSlots -update", len(taggerSlots), len(want))
	}
}

// TestTaggerSlotsFindEveryFeature looks every feature of the model up in
// the committed table by its fingerprint and wants its weights, checks that
// the fingerprints are distinct (so that no feature of the model can be
// taken for another), looks up a few features that are not in the model,
// and bounds the slots a lookup reads: a poor hash would cluster the
// features.
func TestTaggerSlotsFindEveryFeature(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tg := a.tagger
	seen := make(map[uint64]int, tg.numFeatures())
	probes, stored := 0, 0
	for i := range tg.numFeatures() {
		key := tg.feature(i)
		fp, ok := fingerprintOf(key)
		if !ok {
			t.Fatalf("feature %d %q is of no template", i, key)
		}
		if j, dup := seen[fp]; dup {
			t.Fatalf("features %q and %q have the same fingerprint", tg.feature(j), key)
		}
		seen[fp] = i
		lo, hi := u32At(tg.pairOff, i), u32At(tg.pairOff, i+1)
		ids, weights := tg.slots.weights(fp, tg.slots.probe(fp))
		if !bytes.Equal(ids, tg.ids[lo:hi]) || !bytes.Equal(weights, tg.weights[4*lo:4*hi]) {
			t.Fatalf("feature %d %q: weights %v %v, want %v %v", i, key, ids, weights, tg.ids[lo:hi], tg.weights[4*lo:4*hi])
		}
		if lo == hi {
			continue
		}
		stored++
		for p := fp & tg.slots.mask; uint32(binary.LittleEndian.Uint64(tg.slots.slots[8*p:])) != slotCheck(fp); p = (p + 1) & tg.slots.mask {
			probes++
		}
	}
	for _, key := range []string{"i word zzyzx", "i-1 tag+i word NN qwerty", "i-1 tag NN NN", "i suffix "} {
		fp, _ := fingerprintOf([]byte(key))
		if ids, _ := tg.slots.weights(fp, tg.slots.probe(fp)); ids != nil {
			t.Errorf("%q found, with classes %v", key, ids)
		}
	}
	// Linear probing at this load (0.58) averages about 1.7 slots a hit.
	mean := 1 + float64(probes)/float64(stored)
	t.Logf("%.2f slots a hit", mean)
	if mean > 2 {
		t.Errorf("a hit reads %.2f slots on average, want under 2: is the hash spreading the features?", mean)
	}
}

// fingerprintOf returns the fingerprint of a feature given by its name, as
// the tagger computes it from the feature's parts.
func fingerprintOf(name []byte) (uint64, bool) {
	for k, prefix := range templateNames {
		if !bytes.HasPrefix(name, []byte(prefix)) {
			continue
		}
		rest := name[len(prefix):]
		switch {
		case k == tmplBias:
			return featureFP(k, 0, 0), len(rest) == 0
		case templateTwoParts(k):
			first, second, ok := bytes.Cut(rest, []byte(" "))
			return featureFP(k, partHash(first), partHash(second)), ok
		default:
			return featureFP(k, partHash(rest), 0), true
		}
	}
	return 0, false
}

// buildSlots lays out the slot table of t's features (modelLen the
// model's length in bytes), leaving out those without weights: the records
// in feature order, each feature in the first free slot from its home, in
// feature order, so that the table is the same at every build.
func buildSlots(t *tagger, modelLen int) ([]byte, error) {
	n := t.numFeatures()
	logSize := slotsFor(n)
	slots := make([]uint64, 1<<logSize)
	mask := uint64(len(slots) - 1)
	var records []byte
	for i := range n {
		lo, hi := u32At(t.pairOff, i), u32At(t.pairOff, i+1)
		if lo == hi {
			continue
		}
		if hi-lo > maxSlotWeights {
			return nil, fmt.Errorf("feature %d has %d weights, a slot holds at most %d", i, hi-lo, maxSlotWeights)
		}
		fp, ok := fingerprintOf(t.feature(i))
		if !ok {
			return nil, fmt.Errorf("feature %d %q is of no template", i, t.feature(i))
		}
		p := fp & mask
		for slots[p] != 0 {
			p = (p + 1) & mask
		}
		slots[p] = slotValue(fp, len(records), int(hi-lo))
		records = binary.LittleEndian.AppendUint64(records, fp)
		records = append(records, t.ids[lo:hi]...)
		for len(records)%4 != 0 {
			records = append(records, 0)
		}
		records = append(records, t.weights[4*lo:4*hi]...)
	}
	if len(records) >= 4<<slotOffsetBits {
		return nil, fmt.Errorf("%d bytes of records, a slot reaches %d", len(records), 4<<slotOffsetBits)
	}
	out := []byte(slotsMagic)
	for _, v := range []uint32{uint32(modelLen), uint32(n), uint32(len(t.ids)), logSize, uint32(len(records))} {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	for _, v := range slots {
		out = binary.LittleEndian.AppendUint64(out, v)
	}
	return append(out, records...), nil
}

// slotsFor returns the log2 of the slot count of a table of n features:
// at least 1.7 slots a feature, so that a lookup of a name that is not a
// feature ends within a few slots of its home.
func slotsFor(n int) uint32 {
	return uint32(bits.Len(uint(n + n*7/10)))
}

// checkFlatModel checks what the tagger's lookups rely on: offsets that
// never decrease and class IDs in range.
func checkFlatModel(t *tagger) error {
	for i := range t.numFeatures() {
		if u32At(t.featOff, i) > u32At(t.featOff, i+1) || u32At(t.pairOff, i) > u32At(t.pairOff, i+1) {
			return fmt.Errorf("offsets of feature %d decrease", i)
		}
	}
	for _, id := range t.ids {
		if int(id) >= len(t.classes) {
			return fmt.Errorf("class ID %d of %d", id, len(t.classes))
		}
	}
	return nil
}
