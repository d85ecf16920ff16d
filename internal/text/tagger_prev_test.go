package text

import "testing"

// TestPrevRecordsAreTheTables checks every record a scratch keeps, of each
// pair of previous tags (the sentinels among them), each tag alone and
// each first byte, against a lookup in the table: when the scratch first
// finds it and when it gives it back.
func TestPrevRecordsAreTheTables(t *testing.T) {
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
	s := &tagScratch{}
	found := 0
	for pass := range 2 {
		for _, p1 := range tags {
			for k, want := range map[int]int{
				tmplTag1: tg.slots.lookup(featureFP(tmplTag1, p1.hash, 0)),
				tmplTag2: tg.slots.lookup(featureFP(tmplTag2, p1.hash, 0)),
			} {
				if got := s.tagRecord(tg, k, p1); got != want {
					t.Fatalf("pass %d: template %d, tag %+v: record %d, table %d", pass, k, p1, got, want)
				}
			}
			for _, p2 := range tags {
				want := tg.slots.lookup(featureFP(tmplTag1Tag2, p1.hash, p2.hash))
				if got := s.pairRecord(tg, p1, p2); got != want {
					t.Fatalf("pass %d: tags %+v, %+v: record %d, table %d", pass, p1, p2, got, want)
				}
				if want >= 0 {
					found++
				}
			}
		}
		for _, w := range []string{"", "a", "Z", "9", "$", "\xe2\x80\x9c", "\xff"} {
			want := tg.slots.lookup(featureFP(tmplPref1, partHash(firstByte(w)), 0))
			if got := s.prefixRecord(tg, w); got != want {
				t.Fatalf("pass %d: first byte of %q: record %d, table %d", pass, w, got, want)
			}
		}
	}
	if found == 0 {
		t.Fatal("no pair of tags has a feature: the test compares only absences")
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
