package text

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// tagger is prose v3.2.3's averaged-perceptron part-of-speech tagger over
// prose's English model (tag.New), giving the same tags, with the model's
// features found by a fingerprint in a hash table instead of prose's binary
// search with string compares over its 75,447 sorted feature strings. The
// model is prose's embedded bytes (its "flat" layout, all little-endian:
// classes, a blob of the sorted feature strings with their offsets, each
// feature's run of class IDs and float32 weights, and a table of words with
// one tag); the tagger takes its classes and word table from it (the word
// table is built at load) and the weights from the hash table generated
// from it (tagger_slots.go), which holds them beside each fingerprint and
// is read in place. The model's strings, offsets and weights are read in
// place too, for the test that generates the table.
type tagger struct {
	classes     []string
	classHashes []uint64  // partHash of each class
	classCodes  []uint8   // the part-of-speech code of each class (pos.go)
	blob        []byte    // feature strings, concatenated
	featOff     []byte    // nFeatures+1 little-endian uint32 offsets into blob
	pairOff     []byte    // nFeatures+1 little-endian uint32 offsets into ids and weights
	ids         []byte    // class ID of each weight
	weights     []byte    // little-endian float32s
	wordTags    wordTags  // the words with one tag (tagger_words.go)
	slots       slotTable // the features by fingerprint (tagger_slots.go)
	biasRow     denseRow  // the weights of the feature "bias"
	emoticon    func(string) bool
	// scratches holds working spaces between documents, so that a
	// document's sentences reuse what earlier documents grew.
	scratches sync.Pool
}

// prose's tagger leaves Penn Treebank traces ("*-1", "0") and bracket
// tokens ("-LRB-") to these expressions rather than to the model.
var (
	traceRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	})
	bracketRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\-[A-Z]{3}\-$`) })
)

// newTagger reads prose's English model and the slot table built from it.
func newTagger(emoticon func(string) bool) (*tagger, error) {
	t, err := readFlatModel(aptagmodel.English)
	if err != nil {
		return nil, fmt.Errorf("prose tagger model: %w", err)
	}
	if t.slots, err = readSlots(taggerSlots, aptagmodel.English, t); err != nil {
		return nil, fmt.Errorf("prose tagger model: %w", err)
	}
	if len(t.classes) > denseClasses {
		return nil, fmt.Errorf("prose tagger model: %d classes, more than the %d of a dense row", len(t.classes), denseClasses)
	}
	t.biasRow = t.denseFeature(t.slots.lookup(featureFP(tmplBias, 0, 0)), 0)
	t.classCodes = make([]uint8, len(t.classes))
	for i, c := range t.classes {
		code, ok := posCode(c)
		if !ok {
			return nil, fmt.Errorf("prose tagger model: class %q has no part-of-speech code", c)
		}
		t.classCodes[i] = code
	}
	t.emoticon = emoticon
	return t, nil
}

func (t *tagger) numFeatures() int { return len(t.featOff)/4 - 1 }

func u32At(b []byte, i int) uint32 { return binary.LittleEndian.Uint32(b[4*i:]) }

func (t *tagger) feature(i int) []byte {
	return t.blob[u32At(t.featOff, i):u32At(t.featOff, i+1)]
}

// tagScratch is the working space of one document's tagging, kept in the
// tagger's pool for the next document (newScratch, putScratch).
type tagScratch struct {
	scores [256]float32 // by class ID, a byte
	// words and suffixes are the hashes of the normalized words of the
	// sentence, two sentinels padding each end, and of their last 3 bytes;
	// wordRecs and suffixRecs the offsets of their blocks' records, or -1.
	words, suffixes      []uint64
	wordRecs, suffixRecs []int
	homes                []uint64 // slot values, two a position, for findBlocks
	lower                []byte   // a lower-cased word
	touched              byte     // the bytes findBlocks reads, kept so that they are read
	prev                 prevRows
}

// newScratch returns a working space for one document, from those that
// earlier documents gave back (putScratch) when there is one.
func (t *tagger) newScratch() *tagScratch {
	if s, ok := t.scratches.Get().(*tagScratch); ok {
		return s
	}
	return &tagScratch{}
}

// putScratch gives s back for a later document.
func (t *tagger) putScratch(s *tagScratch) {
	t.scratches.Put(s)
}

// tagWindow is how many tokens tagTokens tags at a time: the scratch
// space of a sentence of a million dots would be some 50 bytes a token.
const tagWindow = 4096

// minScratch is the fewest positions a scratch space is made for: most
// sentences of news fit.
const minScratch = 64

// tagTokens sets the part-of-speech code of every token, as prose's
// Tagger.TagTokens tags them: the tokens are one sentence. A long sentence
// is tagged a window at a time, each with the two positions on each side
// that a token's features read.
func (t *tagger) tagTokens(s *tagScratch, tokens []Token) {
	n := len(tokens)
	if n == 0 {
		return
	}
	w := min(n, tagWindow)
	if need := w + 4; cap(s.words) < need {
		// Grown by half again at least, so that a document's sentences,
		// each a little longer, do not each allocate.
		size := min(max(need, cap(s.words)*3/2, minScratch), tagWindow+4)
		s.words, s.suffixes = make([]uint64, size), make([]uint64, size)
		s.wordRecs, s.suffixRecs = make([]int, size), make([]int, size)
		s.homes = make([]uint64, 2*size)
	}
	p1, p2 := t.sentinelTags()
	for lo := 0; lo < n; lo += w {
		hi := min(n, lo+w)
		// Position j of the window is position lo+j of the sentence padded
		// with two sentinels at each end: token lo+j-2.
		need := hi - lo + 4
		words, suffixes := s.words[:need], s.suffixes[:need]
		for j := range need {
			var h wordHashes
			switch k := lo + j - 2; {
			case k == -2:
				h = startHashes
			case k == -1:
				h = start2Hashes
			case k == n:
				h = endHashes
			case k == n+1:
				h = end2Hashes
			default:
				h = s.normalizedHashes(tokens[k].Text)
			}
			words[j], suffixes[j] = h.word, h.suffix
		}
		t.findBlocks(s, need)
		for k := lo; k < hi; k++ {
			code, tag := t.tagOne(s, k-lo+2, tokens[k].Text, p1, p2)
			tokens[k].pos = code
			p2, p1 = p1, tag
		}
	}
}

// findBlocks finds the blocks of the sentence's words and suffixes (the
// first need of s.words and s.suffixes) before any is tagged, in passes
// that let the processor overlap their cache misses: the home slots of all
// are read first, with no branch between the loads; then the few that need
// it are probed further, and the first byte of each record is read; the
// fingerprints in the records are compared last.
func (t *tagger) findBlocks(s *tagScratch, need int) {
	words, suffixes := s.words[:need], s.suffixes[:need]
	homes := s.homes[:2*need]
	for j := range words {
		homes[2*j] = t.slots.home(wordBlockFP(words[j]))
		homes[2*j+1] = t.slots.home(suffixBlockFP(suffixes[j]))
	}
	var touched byte
	for j := range words {
		homes[2*j] = t.slots.probe(wordBlockFP(words[j]), homes[2*j])
		homes[2*j+1] = t.slots.probe(suffixBlockFP(suffixes[j]), homes[2*j+1])
		// A byte inside the record (the start of the records if none).
		touched ^= t.slots.records[4*(homes[2*j]>>32)] ^ t.slots.records[4*(homes[2*j+1]>>32)]
	}
	s.touched = touched
	for j := range words {
		s.wordRecs[j] = t.slots.record(wordBlockFP(words[j]), homes[2*j])
		s.suffixRecs[j] = t.slots.record(suffixBlockFP(suffixes[j]), homes[2*j+1])
	}
}

// tagOne tags the word at position i of the sentence (p1 and p2 the hashes
// of the two tags before) and returns the tag's code and its hash: the cases prose
// settles without the model first, then the model's table of words with one
// tag, then the perceptron. The regular expressions run only on words
// starting with the character each needs.
func (t *tagger) tagOne(s *tagScratch, i int, word string, p1, p2 prevTag) (uint8, prevTag) {
	switch {
	case word == "-":
		return posDash, t.tagNamed("-")
	case t.emoticon(word):
		return posSYM, t.tagNamed("SYM")
	case strings.HasPrefix(word, "@"):
		return posNN, t.tagNamed("NN")
	case word != "" && (word[0] == '0' || word[0] == '*') && traceRE().MatchString(word):
		return posNone, t.tagNamed("-NONE-")
	case len(word) == 5 && word[0] == '-' && bracketRE().MatchString(word):
		return posOwnText, t.tagNamed(word)
	}
	if id, ok := t.wordTags.lookup(word); ok {
		return t.classCodes[id], prevTag{t.classHashes[id], int(id)}
	}
	if id := t.predict(s, i, word, p1, p2); id >= 0 {
		return t.classCodes[id], prevTag{t.classHashes[id], id}
	}
	return 0, t.tagNamed("")
}

// predict sums the weights of the word's features, in prose's order (the
// float32 sums must come out the same), and returns the best class, the
// first of equals, or -1. The features of words and suffixes come from the
// blocks findBlocks found; the others, few and read often, are looked up
// here. Adding the weights in place, as float32s read from the table, is
// most of the tagger's instructions.
func (t *tagger) predict(s *tagScratch, i int, word string, p1, p2 prevTag) int {
	scores := &s.scores
	clear(scores[:len(t.classes)])
	add := func(ids []byte, weights []float32) {
		weights = weights[:len(ids)]
		for j, id := range ids {
			scores[id] += weights[j]
		}
	}
	sl := &t.slots
	wr, sr := s.wordRecs, s.suffixRecs
	addRow(scores, &t.biasRow)
	suffixRec := sr[i]
	if h := partHash(lastBytes(word, 3)); h != s.suffixes[i] {
		suffixRec = sl.lookup(suffixBlockFP(h))
	}
	add(sl.feature(suffixRec, blockSuffix))
	addRow(scores, s.prefixRow(t, word))
	addRow(scores, s.tagRow(t, tmplTag1, p1))
	addRow(scores, s.tagRow(t, tmplTag2, p2))
	addRow(scores, s.pairRow(t, p1, p2))
	add(sl.feature(wr[i], blockWord))
	add(sl.feature(wr[i], sl.tagFeature(wr[i], p1.hash)))
	add(sl.feature(wr[i-1], blockWord1))
	add(sl.feature(sr[i-1], blockSuffix1))
	add(sl.feature(wr[i-2], blockWord2))
	add(sl.feature(wr[i+1], blockWordNext1))
	add(sl.feature(sr[i+1], blockSuffixNext1))
	add(sl.feature(wr[i+2], blockWordNext2))
	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range scores[:len(t.classes)] {
		if v > best {
			best, bestID = v, id
		}
	}
	return bestID
}

// lastBytes returns the last n bytes of w, or w if shorter; prose's model
// was trained on byte suffixes and prefixes.
func lastBytes[S ~string | ~[]byte](w S, n int) S {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

func firstByte(w string) string {
	if w == "" {
		return ""
	}
	return w[:1]
}

// wordHashes are the hashes of a normalized word and of its last 3 bytes.
type wordHashes struct{ word, suffix uint64 }

func hashesOf[S ~string | ~[]byte](w S) wordHashes {
	return wordHashes{partHash(w), partHash(lastBytes(w, 3))}
}

// The hashes of the sentinels that pad a sentence and of the forms
// normalizeWord maps words onto.
var (
	startHashes  = hashesOf("-START-")
	start2Hashes = hashesOf("-START2-")
	endHashes    = hashesOf("-END-")
	end2Hashes   = hashesOf("-END2-")
	hyphenHashes = hashesOf("!HYPHEN")
	yearHashes   = hashesOf("!YEAR")
	digitHashes  = hashesOf("!DIGITS")
)

// normalizedHashes returns the hashes of normalizeWord(word) without
// building it: an ASCII word with capitals is lower-cased into s.lower.
func (s *tagScratch) normalizedHashes(word string) wordHashes {
	if word == "" {
		return hashesOf(word)
	}
	first := word[0]
	switch {
	case first != '-' && strings.IndexByte(word, '-') >= 0:
		return hyphenHashes
	case len(word) == 4 && isYear(word):
		return yearHashes
	case first >= '0' && first <= '9':
		return digitHashes
	}
	upper := false
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return hashesOf(strings.ToLower(word))
		}
		upper = upper || isUpperASCII(c)
	}
	if !upper {
		return hashesOf(word)
	}
	s.lower = s.lower[:0]
	for i := 0; i < len(word); i++ {
		c := word[i]
		if isUpperASCII(c) {
			c += 'a' - 'A'
		}
		s.lower = append(s.lower, c)
	}
	return hashesOf(s.lower)
}

// isYear reports a four-byte word that strconv.Atoi accepts: an optional
// sign and digits.
func isYear(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// modelReader reads prose's flat model format.
type modelReader struct {
	b   []byte
	err error
}

func (r *modelReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = errors.New("truncated model")
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *modelReader) u32() int {
	if b := r.bytes(4); b != nil {
		return int(binary.LittleEndian.Uint32(b))
	}
	return 0
}

func (r *modelReader) str16() string { return string(r.bytes16()) }

// bytes16 reads a string of a 16-bit length in place.
func (r *modelReader) bytes16() []byte {
	if b := r.bytes(2); b != nil {
		return r.bytes(int(binary.LittleEndian.Uint16(b)))
	}
	return nil
}

// readFlatModel reads the model, checking what lookups rely on.
func readFlatModel(data []byte) (*tagger, error) {
	r := &modelReader{b: data}
	if string(r.bytes(8)) != "PROSETAG" || r.u32() != 1 {
		return nil, errors.New("not a version 1 prose flat model")
	}
	t := &tagger{classes: make([]string, r.u32())}
	if r.err != nil || len(t.classes) > 256 {
		return nil, errors.New("bad class count")
	}
	t.classHashes = make([]uint64, len(t.classes))
	for i := range t.classes {
		t.classes[i] = r.str16()
		t.classHashes[i] = partHash(t.classes[i])
	}
	nFeatures, nPairs, blobLen := r.u32(), r.u32(), r.u32()
	t.blob = r.bytes(blobLen)
	t.featOff = r.bytes(4 * (nFeatures + 1))
	t.pairOff = r.bytes(4 * (nFeatures + 1))
	t.ids = r.bytes(nPairs)
	t.weights = r.bytes(4 * nPairs)
	nTagMap := r.u32()
	if r.err != nil {
		return nil, r.err
	}
	if nTagMap > len(r.b)/3 { // a word takes 3 bytes or more
		return nil, errors.New("truncated model")
	}
	words, ids := make([][]byte, nTagMap), make([]uint8, nTagMap)
	for i := range words {
		words[i] = r.bytes16()
		id := r.bytes(1)
		if r.err != nil {
			return nil, r.err
		}
		if int(id[0]) >= len(t.classes) {
			return nil, fmt.Errorf("word %q has class %d of %d", words[i], id[0], len(t.classes))
		}
		ids[i] = id[0]
	}
	var err error
	if t.wordTags, err = newWordTags(words, ids); err != nil {
		return nil, err
	}
	// The numbers are read in place, a little-endian load each (unaligned
	// loads cost nothing extra on the hosts that matter), rather than
	// copied out at every start-up. The model is a pinned module's bytes:
	// checkFlatModel, run by the slot table's test, checks every offset
	// and class ID once rather than at every start.
	if int(u32At(t.featOff, nFeatures)) != blobLen || int(u32At(t.pairOff, nFeatures)) != nPairs {
		return nil, errors.New("offsets do not match the arrays")
	}
	return t, nil
}
