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
	want := buildSlots(tg, len(aptagmodel.English))
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

// TestTaggerSlotsFindEveryFeature looks every feature up in the committed
// table, and a few names that are not features, and bounds the slots a
// lookup reads: a poor hash would cluster the features.
func TestTaggerSlotsFindEveryFeature(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tg := a.tagger
	probes := 0
	for i := range tg.numFeatures() {
		key := tg.feature(i)
		if got := tg.lookup(key); got != i {
			t.Fatalf("feature %d %q found at %d", i, key, got)
		}
		h := featureHash(key)
		for p := tg.slots.slotHome(h); u32At(tg.slots.slots, int(p)) != slotValue(i, h); p = (p + 1) & tg.slots.mask {
			probes++
		}
	}
	for _, key := range []string{"", "i word zzyzx", "i-1 tag+i word NN qwerty", "bias "} {
		if got := tg.lookup([]byte(key)); got != -1 {
			t.Errorf("%q found at %d, want -1", key, got)
		}
	}
	// Linear probing at this load (0.58) averages about 1.7 slots a hit.
	mean := 1 + float64(probes)/float64(tg.numFeatures())
	t.Logf("%.2f slots a hit", mean)
	if mean > 2 {
		t.Errorf("a hit reads %.2f slots on average, want under 2: is the hash spreading the features?", mean)
	}
}

// buildSlots lays out the slot table of t's features (modelLen the
// model's length in bytes): each feature in the first free slot from its
// home, in feature order, so that the table is the same at every build.
func buildSlots(t *tagger, modelLen int) []byte {
	n := t.numFeatures()
	logSize := slotsFor(n)
	out := []byte(slotsMagic)
	for _, v := range []uint32{uint32(modelLen), uint32(n), uint32(len(t.ids)), logSize} {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	slots := make([]uint32, 1<<logSize)
	mask := uint64(len(slots) - 1)
	for i := range n {
		h := featureHash(t.feature(i))
		p := h & mask
		for slots[p] != 0 {
			p = (p + 1) & mask
		}
		slots[p] = slotValue(i, h)
	}
	for _, v := range slots {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	return out
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
	if t.numFeatures() > maxSlotFeatures {
		return fmt.Errorf("%d features, the slot table holds at most %d", t.numFeatures(), maxSlotFeatures)
	}
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
