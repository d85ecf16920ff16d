package text

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"os"
	"testing"
	"unsafe"

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
// the committed table, as the tagger does, and wants its weights; checks
// that the entries' fingerprints and the tags' hashes are distinct (so that
// no feature of the model can be taken for another); looks up a few
// features that are not in the model; and bounds the slots a lookup reads:
// a poor hash would cluster the entries.
func TestTaggerSlotsFindEveryFeature(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tg := a.tagger
	for i := range tg.numFeatures() {
		f, ok := parseFeature(tg.feature(i))
		if !ok {
			t.Fatalf("feature %d %q is of no template", i, tg.feature(i))
		}
		lo, hi := u32At(tg.pairOff, i), u32At(tg.pairOff, i+1)
		ids, weights := featureWeights(tg, f)
		if !bytes.Equal(ids, tg.ids[lo:hi]) || !bytes.Equal(float32Bytes(weights), tg.weights[4*lo:4*hi]) {
			t.Fatalf("feature %d %q: weights %v %v, want %v %v", i, tg.feature(i), ids, weights, tg.ids[lo:hi], tg.weights[4*lo:4*hi])
		}
	}
	for _, key := range []string{"i word zzyzx", "i-1 tag+i word NN qwerty", "i-1 tag+i word QQ the", "i-1 tag NN NN", "i suffix "} {
		f, _ := parseFeature([]byte(key))
		if ids, _ := featureWeights(tg, f); ids != nil {
			t.Errorf("%q found, with classes %v", key, ids)
		}
	}
	entries, err := slotEntries(tg)
	if err != nil {
		t.Fatal(err)
	}
	probes := 0
	for _, e := range entries {
		for p := e.fp & tg.slots.mask; uint32(binary.LittleEndian.Uint64(tg.slots.slots[8*p:])) != slotCheck(e.fp); p = (p + 1) & tg.slots.mask {
			probes++
		}
	}
	// Linear probing at this load (under 0.4) averages about 1.3 slots a
	// hit.
	mean := 1 + float64(probes)/float64(len(entries))
	t.Logf("%d entries, %.2f slots a hit", len(entries), mean)
	if mean > 1.5 {
		t.Errorf("a hit reads %.2f slots on average, want under 1.5: is the hash spreading the entries?", mean)
	}
}

// parsedFeature is a feature of the model: its template and its parts.
type parsedFeature struct {
	template      int
	first, second []byte
}

// parseFeature splits a feature's name into its template and parts.
func parseFeature(name []byte) (parsedFeature, bool) {
	for k, prefix := range templateNames {
		if !bytes.HasPrefix(name, []byte(prefix)) {
			continue
		}
		rest := name[len(prefix):]
		switch {
		case k == tmplBias:
			return parsedFeature{template: k}, len(rest) == 0
		case templateTwoParts(k):
			first, second, ok := bytes.Cut(rest, []byte(" "))
			return parsedFeature{k, first, second}, ok
		default:
			return parsedFeature{template: k, first: rest}, true
		}
	}
	return parsedFeature{}, false
}

// entryOf returns the fingerprint of the entry that holds feature f and the
// feature's place in it: its index, or, for "i-1 tag+i word", the hash of
// its tag (index -1).
func entryOf(f parsedFeature) (fp uint64, index int, tag uint64) {
	blockOf := map[int]int{
		tmplWord: blockWord, tmplWord1: blockWord1, tmplWord2: blockWord2,
		tmplWordNext1: blockWordNext1, tmplWordNext2: blockWordNext2,
		tmplSuffix: blockSuffix, tmplSuffix1: blockSuffix1, tmplSuffixNext1: blockSuffixNext1,
	}
	switch f.template {
	case tmplWord, tmplWord1, tmplWord2, tmplWordNext1, tmplWordNext2:
		return wordBlockFP(partHash(f.first)), blockOf[f.template], 0
	case tmplSuffix, tmplSuffix1, tmplSuffixNext1:
		return suffixBlockFP(partHash(f.first)), blockOf[f.template], 0
	case tmplTag1Word:
		return wordBlockFP(partHash(f.second)), -1, partHash(f.first)
	case tmplBias:
		return featureFP(tmplBias, 0, 0), 0, 0
	case tmplTag1Tag2:
		return featureFP(f.template, partHash(f.first), partHash(f.second)), 0, 0
	}
	return featureFP(f.template, partHash(f.first), 0), 0, 0
}

// float32Bytes returns the little-endian bytes of ws.
func float32Bytes(ws []float32) []byte {
	var b []byte
	for _, w := range ws {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	return b
}

// featureWeights returns the weights the table gives feature f.
func featureWeights(tg *tagger, f parsedFeature) (ids []byte, weights []float32) {
	fp, index, tag := entryOf(f)
	off := tg.slots.lookup(fp)
	if index < 0 {
		index = tg.slots.tagFeature(off, tag)
	}
	return tg.slots.feature(off, index)
}

// slotEntry is an entry of the table: a feature, or the features of a
// word or a suffix, with the hashes of the tags of a word's features
// "i-1 tag+i word".
type slotEntry struct {
	fp       uint64
	name     string      // the word, the suffix, or the feature
	features [][2]uint32 // each feature's run of weights in the model
	tags     []uint64
}

// slotEntries groups the features of t that have weights into the
// table's entries, in the order of each entry's first feature, checking
// that fingerprints and tag hashes are distinct.
func slotEntries(t *tagger) ([]*slotEntry, error) {
	var entries []*slotEntry
	byFP := map[uint64]*slotEntry{}
	tagNames := map[uint64]string{}
	for i := range t.numFeatures() {
		lo, hi := u32At(t.pairOff, i), u32At(t.pairOff, i+1)
		if lo == hi {
			continue
		}
		f, ok := parseFeature(t.feature(i))
		if !ok {
			return nil, fmt.Errorf("feature %d %q is of no template", i, t.feature(i))
		}
		fp, index, tag := entryOf(f)
		name := string(t.feature(i))
		switch f.template {
		case tmplWord, tmplWord1, tmplWord2, tmplWordNext1, tmplWordNext2, tmplSuffix, tmplSuffix1, tmplSuffixNext1:
			name = string(f.first)
		case tmplTag1Word:
			name = string(f.second)
		}
		e := byFP[fp]
		if e == nil {
			e = &slotEntry{fp: fp, name: name}
			if f.template == tmplWord1 || f.template == tmplWord2 || f.template == tmplWordNext1 || f.template == tmplWordNext2 || f.template == tmplWord || f.template == tmplTag1Word {
				e.features = make([][2]uint32, blockWordTags)
			}
			if f.template == tmplSuffix || f.template == tmplSuffix1 || f.template == tmplSuffixNext1 {
				e.features = make([][2]uint32, blockSuffixNext1+1)
			}
			byFP[fp] = e
			entries = append(entries, e)
		} else if e.name != name {
			return nil, fmt.Errorf("%q and %q have the same fingerprint", e.name, name)
		}
		if index < 0 {
			if other, ok := tagNames[tag]; ok && other != string(f.first) {
				return nil, fmt.Errorf("tags %q and %q have the same hash", other, f.first)
			}
			tagNames[tag] = string(f.first)
			e.tags = append(e.tags, tag)
			e.features = append(e.features, [2]uint32{lo, hi})
			continue
		}
		if len(e.features) == 0 {
			e.features = make([][2]uint32, 1)
		}
		if e.features[index] != [2]uint32{} {
			return nil, fmt.Errorf("feature %q twice in its entry", t.feature(i))
		}
		e.features[index] = [2]uint32{lo, hi}
	}
	return entries, nil
}

// buildSlots lays out the slot table of t's features (modelLen the
// model's length in bytes): the records in the order of slotEntries, each
// entry in the first free slot from its home, in that order, so that the
// table is the same at every build.
func buildSlots(t *tagger, modelLen int) ([]byte, error) {
	entries, err := slotEntries(t)
	if err != nil {
		return nil, err
	}
	logSize := slotsFor(len(entries))
	slots := make([]uint64, 1<<logSize)
	mask := uint64(len(slots) - 1)
	var records []byte
	for _, e := range entries {
		if len(e.features) > math.MaxUint16 {
			return nil, fmt.Errorf("%q has %d features, a record holds at most %d", e.name, len(e.features), math.MaxUint16)
		}
		p := e.fp & mask
		for slots[p] != 0 {
			p = (p + 1) & mask
		}
		slots[p] = slotValue(e.fp, len(records))
		records = binary.LittleEndian.AppendUint64(records, e.fp)
		records = binary.LittleEndian.AppendUint16(records, uint16(len(e.features)))
		records = binary.LittleEndian.AppendUint16(records, 0)
		var data []byte
		for _, f := range e.features {
			records = binary.LittleEndian.AppendUint32(records, uint32(len(data))|(f[1]-f[0])<<16)
			data = append(data, t.ids[f[0]:f[1]]...)
			data = pad4(data)
			data = append(data, t.weights[4*f[0]:4*f[1]]...)
		}
		if len(data) > math.MaxUint16 {
			return nil, fmt.Errorf("%q has %d bytes of weights, a record holds at most %d", e.name, len(data), math.MaxUint16)
		}
		records = binary.LittleEndian.AppendUint32(records, uint32(len(data)))
		records = append(records, data...)
		for _, tag := range e.tags {
			records = binary.LittleEndian.AppendUint64(records, tag)
		}
		records = pad4(records)
	}
	if uint64(len(records)) >= 1<<32 {
		return nil, fmt.Errorf("%d bytes of records, a slot reaches %d", len(records), uint64(1)<<32)
	}
	out := []byte(slotsMagic)
	for _, v := range []uint32{uint32(modelLen), uint32(t.numFeatures()), uint32(len(t.ids)), logSize, uint32(len(records))} {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	for _, v := range slots {
		out = binary.LittleEndian.AppendUint64(out, v)
	}
	return append(out, records...), nil
}

func pad4(b []byte) []byte {
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
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
	// A feature names each class once: its dense row (denseFeature) holds
	// one weight a class, where a class named twice would have two added.
	for i := range t.numFeatures() {
		var seen [256]bool
		for _, id := range t.ids[u32At(t.pairOff, i):u32At(t.pairOff, i+1)] {
			if seen[id] {
				return fmt.Errorf("feature %d names class %d twice", i, id)
			}
			seen[id] = true
		}
	}
	return nil
}

// TestTaggerSlotsHostRecords checks the copy of the records made for a
// host that cannot read the weights in place, by making it big-endian on
// any host: every weight of every feature, found where the tagger reads
// it, holds the same float32 big-endian, and every other byte is the
// records' own.
func TestTaggerSlotsHostRecords(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tg := a.tagger
	st := tg.slots
	if !hostReadsInPlace(st.records) {
		t.Skip("the tagger reads a copy of the records on this host")
	}
	be := st.recordsIn(binary.BigEndian)
	if len(be) != len(st.records) {
		t.Fatalf("copy of %d bytes, want %d", len(be), len(st.records))
	}
	isWeight := make([]bool, len(st.records))
	base := uintptr(unsafe.Pointer(unsafe.SliceData(st.records)))
	for i := range tg.numFeatures() {
		f, _ := parseFeature(tg.feature(i))
		_, weights := featureWeights(tg, f)
		for j, w := range weights {
			at := int(uintptr(unsafe.Pointer(&weights[j])) - base)
			if got := binary.BigEndian.Uint32(be[at:]); got != math.Float32bits(w) {
				t.Fatalf("feature %d weight %d: %#x in the copy, want %#x", i, j, got, math.Float32bits(w))
			}
			for k := at; k < at+4; k++ {
				isWeight[k] = true
			}
		}
	}
	for k := range be {
		if !isWeight[k] && be[k] != st.records[k] {
			t.Fatalf("byte %d, no weight's, changed in the copy", k)
		}
	}
}
