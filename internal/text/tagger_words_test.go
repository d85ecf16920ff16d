package text

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// atTagMap returns a reader of prose's model at its table of words with
// one tag: at the count of its words.
func atTagMap(t testing.TB) *modelReader {
	t.Helper()
	r := &modelReader{b: aptagmodel.English}
	r.bytes(12)
	for range r.u32() {
		r.str16()
	}
	nFeatures, nPairs, blobLen := r.u32(), r.u32(), r.u32()
	r.bytes(blobLen + 8*(nFeatures+1) + 5*nPairs)
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r
}

// proseTagMap reads prose's table of words with one tag from the model
// into a map, as the tagger read it before the fingerprint table.
func proseTagMap(t testing.TB) map[string]uint8 {
	t.Helper()
	r := atTagMap(t)
	out := map[string]uint8{}
	for range r.u32() {
		w := r.str16()
		out[w] = r.bytes(1)[0]
	}
	if r.err != nil || len(r.b) != 0 || len(out) == 0 {
		t.Fatalf("reading the tag map: %v, %d bytes left, %d words", r.err, len(r.b), len(out))
	}
	return out
}

// TestWordTagsAreTheTagMap: the fingerprint table gives every word of
// prose's tag map its class, and the same answer as the map for other
// spellings of its words, the model's feature strings and random strings.
func TestWordTagsAreTheTagMap(t *testing.T) {
	tg := loadTagger(t)
	m := proseTagMap(t)
	if len(m) < 1000 {
		t.Fatalf("tag map of %d words", len(m))
	}
	check := func(w string) {
		t.Helper()
		id, ok := tg.wordTags.lookup(w)
		want, wantOK := m[w]
		if ok != wantOK || id != want {
			t.Fatalf("%q: %d %v, want %d %v", w, id, ok, want, wantOK)
		}
	}
	for w := range m {
		check(w)
		check(strings.ToUpper(w))
		check(strings.ToLower(w))
		check(w + "s")
		check(w[:len(w)-1])
	}
	for i := range tg.numFeatures() {
		check(string(tg.feature(i)))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100_000 {
		b := make([]byte, rng.IntN(12))
		for k := range b {
			b[k] = byte('a' + rng.IntN(26))
		}
		check(string(b))
	}
}

// TestNewWordTagsRefusesSharedFingerprints: a word twice is refused.
func TestNewWordTagsRefusesSharedFingerprints(t *testing.T) {
	if _, err := newWordTags([][]byte{[]byte("the"), []byte("of"), []byte("the")}, []uint8{1, 2, 3}); err == nil {
		t.Error("a word twice: no error")
	}
	wt, err := newWordTags([][]byte{[]byte("the"), []byte("of")}, []uint8{1, 2})
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]uint8{"the": 1, "of": 2} {
		if id, ok := wt.lookup(w); !ok || id != want {
			t.Errorf("%q: %d %v, want %d", w, id, ok, want)
		}
	}
	if _, ok := wt.lookup("The"); ok {
		t.Error(`"The" found in a table of "the" and "of"`)
	}
}

// TestWordTagsZeroFingerprint: a word whose fingerprint is the empty
// slot's, 0, is in no table. The word was found by search for it, after an
// independent review showed such a word took the first empty slot's class.
func TestWordTagsZeroFingerprint(t *testing.T) {
	const w = "vfhmznhdzevpglwgpjqolilp"
	if fp := partHash(w); fp != 0 {
		t.Fatalf("partHash(%q) = %#x, want 0", w, fp)
	}
	if id, ok := loadTagger(t).wordTags.lookup(w); ok {
		t.Errorf("%q found, class %d", w, id)
	}
	if _, err := newWordTags([][]byte{[]byte(w)}, []uint8{1}); err == nil {
		t.Errorf("%q, of fingerprint 0, entered in a table", w)
	}
}

func FuzzWordTags(f *testing.F) {
	tg := loadTagger(f)
	m := proseTagMap(f)
	f.Add("the")
	f.Add("The")
	f.Add("")
	f.Add("n't")
	f.Fuzz(func(t *testing.T, w string) {
		if !utf8.ValidString(w) {
			return
		}
		id, ok := tg.wordTags.lookup(w)
		if want, wantOK := m[w]; ok != wantOK || id != want {
			t.Fatalf("%q: %d %v, want %d %v", w, id, ok, want, wantOK)
		}
	})
}

// loadTagger returns the analyzer's tagger.
func loadTagger(t testing.TB) *tagger {
	t.Helper()
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return a.tagger
}

// TestReadFlatModelRefusesTruncatedTagMap: a model whose table of words
// with one tag claims more words than its bytes can hold is refused, not
// read into huge lists.
func TestReadFlatModelRefusesTruncatedTagMap(t *testing.T) {
	m := aptagmodel.English
	r := atTagMap(t)
	at := len(m) - len(r.b) // the count of words
	for _, count := range []uint32{0xffffffff, uint32(len(r.b))} {
		bad := append([]byte{}, m[:at]...)
		bad = binary.LittleEndian.AppendUint32(bad, count)
		bad = append(bad, m[at+4:at+64]...)
		if _, err := readFlatModel(bad); err == nil {
			t.Errorf("a tag map of %d words in 60 bytes: no error", count)
		}
	}
}
