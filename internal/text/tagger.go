package text

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/token"
)

// tagger is prose v3.2.3's averaged-perceptron part-of-speech tagger over
// prose's English model (tag.New), giving the same tags, with the model's
// features found by hash instead of prose's binary search with string
// compares over its 75,447 sorted feature strings. The model is prose's
// embedded bytes (its "flat" layout, all little-endian: classes, a blob of
// the sorted feature strings with their offsets, each feature's run of
// class IDs and float32 weights, and a table of words with one tag); the
// strings, class IDs, weights and offsets are read in place, as is the hash
// table generated from them (tagger_slots.go), and the word table is built
// at load.
type tagger struct {
	classes  []string
	blob     []byte // feature strings, concatenated
	featOff  []byte // nFeatures+1 little-endian uint32 offsets into blob
	pairOff  []byte // nFeatures+1 little-endian uint32 offsets into ids and weights
	ids      []byte // class ID of each weight
	weights  []byte // little-endian float32s
	tagMap   map[string]string
	slots    slotTable // the features by hash (tagger_slots.go)
	emoticon func(string) bool
}

// prose's tagger leaves Penn Treebank traces ("*-1", "0") and bracket
// tokens ("-LRB-") to these expressions rather than to the model.
var (
	traceRE   = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	bracketRE = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
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
	t.emoticon = emoticon
	return t, nil
}

func (t *tagger) numFeatures() int { return len(t.featOff)/4 - 1 }

func u32At(b []byte, i int) uint32 { return binary.LittleEndian.Uint32(b[4*i:]) }

func (t *tagger) feature(i int) []byte {
	return t.blob[u32At(t.featOff, i):u32At(t.featOff, i+1)]
}

// tagScratch is one call's working space.
type tagScratch struct {
	scores  []float32
	key     []byte
	context []string
}

func (t *tagger) newScratch() *tagScratch {
	return &tagScratch{scores: make([]float32, len(t.classes)), key: make([]byte, 0, 64)}
}

// tagTokens sets the Tag of every token, as prose's Tagger.TagTokens does:
// the tokens are one sentence.
func (t *tagger) tagTokens(s *tagScratch, tokens []token.Token) {
	if len(tokens) == 0 {
		return
	}
	need := len(tokens) + 4
	if cap(s.context) < need {
		s.context = make([]string, need)
	}
	ctx := s.context[:need]
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i := range tokens {
		ctx[i+2] = normalizeWord(tokens[i].Text)
	}
	ctx[need-2], ctx[need-1] = "-END-", "-END2-"
	p1, p2 := "-START-", "-START2-"
	for i := range tokens {
		tag := t.tagOne(s, i+2, ctx, tokens[i].Text, p1, p2)
		tokens[i].Tag = tag
		p2, p1 = p1, tag
	}
}

// tagOne tags the word at ctx[i]: the cases prose settles without the
// model first, then the model's table of words with one tag, then the
// perceptron. The regular expressions run only on words starting with the
// character each needs.
func (t *tagger) tagOne(s *tagScratch, i int, ctx []string, word, p1, p2 string) string {
	switch {
	case word == "-":
		return "-"
	case t.emoticon(word):
		return "SYM"
	case strings.HasPrefix(word, "@"):
		return "NN"
	case word != "" && (word[0] == '0' || word[0] == '*') && traceRE.MatchString(word):
		return "-NONE-"
	case len(word) == 5 && word[0] == '-' && bracketRE.MatchString(word):
		return word
	}
	if tag, ok := t.tagMap[word]; ok {
		return tag
	}
	return t.predict(s, i, ctx, word, p1, p2)
}

// predict sums the weights of the word's features, in prose's order (the
// float32 sums must come out the same), and returns the best class, the
// first of equals.
func (t *tagger) predict(s *tagScratch, i int, ctx []string, word, p1, p2 string) string {
	clear(s.scores)
	t.feat(s, "bias")
	t.feat(s, "i suffix ", lastBytes(word, 3))
	t.feat(s, "i pref1 ", firstByte(word))
	t.feat(s, "i-1 tag ", p1)
	t.feat(s, "i-2 tag ", p2)
	t.feat(s, "i tag+i-2 tag ", p1, " ", p2)
	t.feat(s, "i word ", ctx[i])
	t.feat(s, "i-1 tag+i word ", p1, " ", ctx[i])
	t.feat(s, "i-1 word ", ctx[i-1])
	t.feat(s, "i-1 suffix ", lastBytes(ctx[i-1], 3))
	t.feat(s, "i-2 word ", ctx[i-2])
	t.feat(s, "i+1 word ", ctx[i+1])
	t.feat(s, "i+1 suffix ", lastBytes(ctx[i+1], 3))
	t.feat(s, "i+2 word ", ctx[i+2])
	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range s.scores {
		if v > best {
			best, bestID = v, id
		}
	}
	if bestID < 0 {
		return ""
	}
	return t.classes[bestID]
}

// feat adds the weights of the feature named by the concatenated parts.
func (t *tagger) feat(s *tagScratch, parts ...string) {
	s.key = s.key[:0]
	for _, p := range parts {
		s.key = append(s.key, p...)
	}
	f := t.lookup(s.key)
	if f < 0 {
		return
	}
	lo, hi := u32At(t.pairOff, f), u32At(t.pairOff, f+1)
	weights := t.weights[4*lo : 4*hi]
	for j, id := range t.ids[lo:hi] {
		s.scores[id] += math.Float32frombits(binary.LittleEndian.Uint32(weights[4*j:]))
	}
}

// lastBytes returns the last n bytes of w, or w if shorter; prose's model
// was trained on byte suffixes and prefixes.
func lastBytes(w string, n int) string {
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

// normalizeWord maps a word onto the form prose's model was trained on.
func normalizeWord(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isYear(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; isUpperASCII(c) || c >= utf8.RuneSelf {
			return strings.ToLower(word)
		}
	}
	return word
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

func (r *modelReader) str16() string {
	if b := r.bytes(2); b != nil {
		return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
	}
	return ""
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
	for i := range t.classes {
		t.classes[i] = r.str16()
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
	t.tagMap = make(map[string]string, nTagMap)
	for range nTagMap {
		w := r.str16()
		id := r.bytes(1)
		if r.err != nil {
			return nil, r.err
		}
		if int(id[0]) >= len(t.classes) {
			return nil, fmt.Errorf("word %q has class %d of %d", w, id[0], len(t.classes))
		}
		t.tagMap[w] = t.classes[id[0]]
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
