package text

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPrevRowsAreTheTables checks every row a scratch keeps, of each pair
// of previous tags (the sentinels among them, and tags that are no class),
// each tag alone and each first byte, against the feature in the table:
// when the scratch first makes it and when it gives it back.
func TestPrevRowsAreTheTables(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tg := a.tagger
	start, start2 := tg.sentinelTags()
	tags := []prevTag{start, start2, tg.tagNamed("-"), tg.tagNamed("-LRB-"), tg.tagNamed("")}
	for i, h := range tg.classHashes {
		tags = append(tags, prevTag{h, i})
	}
	want := func(rec int) *denseRow {
		if rec < 0 {
			return nil
		}
		row := tg.denseFeature(rec, 0)
		return &row
	}
	same := func(got, want *denseRow) bool {
		return got == nil && want == nil || got != nil && want != nil && *got == *want
	}
	s := &tagScratch{}
	found := 0
	for pass := range 2 {
		for _, p1 := range tags {
			for _, k := range []int{tmplTag1, tmplTag2} {
				if got, w := s.tagRow(tg, k, p1), want(tg.slots.lookup(featureFP(k, p1.hash, 0))); !same(got, w) {
					t.Fatalf("pass %d: template %d, tag %+v: row %v, table %v", pass, k, p1, got, w)
				}
			}
			for _, p2 := range tags {
				w := want(tg.slots.lookup(featureFP(tmplTag1Tag2, p1.hash, p2.hash)))
				if got := s.pairRow(tg, p1, p2); !same(got, w) {
					t.Fatalf("pass %d: tags %+v, %+v: row %v, table %v", pass, p1, p2, got, w)
				}
				if w != nil {
					found++
				}
			}
		}
		words := []string{""}
		for b := range 256 {
			words = append(words, string([]byte{byte(b), 'x'}))
		}
		for _, word := range words {
			w := want(tg.slots.lookup(featureFP(tmplPref1, partHash(firstByte(word)), 0)))
			if got := s.prefixRow(tg, word); !same(got, w) {
				t.Fatalf("pass %d: first byte of %q: row %v, table %v", pass, word, got, w)
			}
		}
	}
	if found == 0 {
		t.Fatal("no pair of tags has a feature: the test compares only absences")
	}
}

// TestDenseFeature checks a dense row against the feature's classes and
// weights: each weight at its class, 0 elsewhere.
func TestDenseFeature(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tg := a.tagger
	rec := tg.slots.lookup(featureFP(tmplBias, 0, 0))
	ids, weights := tg.slots.feature(rec, 0)
	if len(ids) < 10 {
		t.Fatalf("the bias has %d classes", len(ids))
	}
	row := tg.denseFeature(rec, 0)
	nonzero := 0
	for c, w := range row {
		if w != 0 {
			nonzero++
		}
		if j := slices.Index(ids, byte(c)); j >= 0 && w != weights[j] || j < 0 && w != 0 {
			t.Errorf("class %d: %v", c, w)
		}
	}
	if nonzero == 0 || tg.biasRow != row {
		t.Errorf("bias row %v, the tagger's %v", row, tg.biasRow)
	}
}

// TestAddRow compares the vector kernel with the loop, to the bit, over
// random scores and rows with zeros, infinities and NaN.
func TestAddRow(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	value := func() float32 {
		switch rng.IntN(8) {
		case 0:
			return 0
		case 1:
			return float32(math.Inf(1 - 2*rng.IntN(2)))
		case 2:
			return float32(math.NaN())
		}
		return float32(rng.NormFloat64())
	}
	for trial := range 1000 {
		var scores [256]float32
		var row denseRow
		for c := range scores {
			scores[c] = value()
		}
		for c := range row {
			row[c] = value()
		}
		want := *(*[denseClasses]float32)(scores[:denseClasses])
		addRowWords(&want, &row)
		addRow(&scores, &row)
		for c := range want {
			if math.Float32bits(scores[c]) != math.Float32bits(want[c]) {
				t.Fatalf("trial %d, class %d: %v, want %v (AVX2 used: %v)", trial, c, scores[c], want[c], useAVX2)
			}
		}
		addRow(&scores, nil) // adds nothing
		for c := range want {
			if math.Float32bits(scores[c]) != math.Float32bits(want[c]) {
				t.Fatalf("trial %d: a nil row changed class %d", trial, c)
			}
		}
	}
}

// TestTagNamed checks the indices of the tags prose gives without the
// model: a class's is its index, any other name's noTag.
func TestTagNamed(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tg := a.tagger
	for i, c := range tg.classes {
		if got := tg.tagNamed(c); got.id != i || got.hash != tg.classHashes[i] {
			t.Errorf("tagNamed(%q) = %+v, want index %d", c, got, i)
		}
	}
	if got := tg.tagNamed("-NOT-A-TAG-"); got.id != noTag {
		t.Errorf("tagNamed of a name that is no class = %+v, want index noTag", got)
	}
	start, start2 := tg.sentinelTags()
	if start.id != len(tg.classes) || start2.id != len(tg.classes)+1 || start.hash == start2.hash {
		t.Errorf("sentinels %+v, %+v: want indices %d and %d", start, start2, len(tg.classes), len(tg.classes)+1)
	}
}
