package text

// The features of the two tags before a word (the tag, the tag before it,
// and the pair) and of its first byte are a few hundred, and every word
// the perceptron tags adds four of them, some twenty weights each. Each
// scratch keeps them by the tags' indices and the byte, on first use, as
// dense rows of every class's weight (0 for a class the feature lacks),
// which addRow adds with vector instructions instead of one class at a
// time; only the first word of a document with those tags looks in the 3 MB
// table. The sums come out the same: a class's weights are added in the
// same order, and adding 0 leaves a score as it was (a score starts at +0
// and is never -0, the one value 0 would change).

// prevTag is a tag before the word being tagged: the hash the features'
// fingerprints are made of, and its index among the model's classes, or
// len(classes) and len(classes)+1 for the two sentinels before a sentence,
// or noTag for a tag that is neither (one prose gives without the model).
type prevTag struct {
	hash uint64
	id   int
}

// noTag is the index of a tag that is not a class of the model.
const noTag = -1

// maxTagIDs bounds the indices of prevTag: the model's classes, at most
// denseClasses (newTagger refuses more), and the two sentinels.
const maxTagIDs = denseClasses + 2

// tagNamed returns the tag named name, with its index if it is a class.
// It runs only for the words prose tags without the model.
func (t *tagger) tagNamed(name string) prevTag {
	h := partHash(name)
	for i, c := range t.classHashes {
		if c == h {
			return prevTag{h, i}
		}
	}
	return prevTag{h, noTag}
}

// sentinelTags returns the two tags before a sentence's first word.
func (t *tagger) sentinelTags() (start, start2 prevTag) {
	n := len(t.classes)
	return prevTag{startHashes.word, n}, prevTag{start2Hashes.word, n + 1}
}

// prevRows are a scratch's dense rows of the previous tags' features and
// of the first bytes': each entry is 0 before the feature is looked up,
// 1 when the model lacks it, and otherwise 2 plus the row's index in rows.
type prevRows struct {
	tag1, tag2 [maxTagIDs]int32
	pairs      []int32 // by id1*(len(classes)+2)+id2, made on first use
	prefix     [257]int32
	rows       []denseRow
	loose      denseRow // the row of a tag that is no class, made at each use
}

// row returns the row entry c names, making it first from the record find
// returns (-1: none) if the entry is empty; nil when the model lacks the
// feature.
func (s *tagScratch) row(t *tagger, c *int32, find func() int) *denseRow {
	if *c == 0 {
		rec := find()
		if rec < 0 {
			*c = 1
		} else {
			s.prev.rows = append(s.prev.rows, t.denseFeature(rec, 0))
			*c = int32(len(s.prev.rows) + 1)
		}
	}
	if *c == 1 {
		return nil
	}
	return &s.prev.rows[*c-2]
}

// tagRow returns the row of the feature of template k (tmplTag1 or
// tmplTag2) for tag p, or nil.
func (s *tagScratch) tagRow(t *tagger, k int, p prevTag) *denseRow {
	find := func() int { return t.slots.lookup(featureFP(k, p.hash, 0)) }
	if p.id == noTag {
		return s.looseRow(t, find())
	}
	c := &s.prev.tag1[p.id]
	if k == tmplTag2 {
		c = &s.prev.tag2[p.id]
	}
	return s.row(t, c, find)
}

// pairRow returns the row of the feature of the two tags p1, p2, or nil.
func (s *tagScratch) pairRow(t *tagger, p1, p2 prevTag) *denseRow {
	find := func() int { return t.slots.lookup(featureFP(tmplTag1Tag2, p1.hash, p2.hash)) }
	if p1.id == noTag || p2.id == noTag {
		return s.looseRow(t, find())
	}
	n := len(t.classes) + 2
	if s.prev.pairs == nil {
		s.prev.pairs = make([]int32, n*n)
	}
	return s.row(t, &s.prev.pairs[p1.id*n+p2.id], find)
}

// prefixRow returns the row of the feature of word's first byte, or nil.
func (s *tagScratch) prefixRow(t *tagger, word string) *denseRow {
	i := 256 // the empty word
	if word != "" {
		i = int(word[0])
	}
	return s.row(t, &s.prev.prefix[i], func() int {
		return t.slots.lookup(featureFP(tmplPref1, partHash(firstByte(word)), 0))
	})
}

// looseRow returns the row of feature 0 of the record at rec, or nil for
// none, in the scratch's row for one use.
func (s *tagScratch) looseRow(t *tagger, rec int) *denseRow {
	if rec < 0 {
		return nil
	}
	s.prev.loose = t.denseFeature(rec, 0)
	return &s.prev.loose
}
