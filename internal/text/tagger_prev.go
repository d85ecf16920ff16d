package text

// The features of the two tags before a word (the tag, the tag before it,
// and the pair) and of its first byte are a few hundred, and every word
// the perceptron tags looks up four of them. Each scratch keeps the
// records it has found, by the tags' indices and the byte, so that only
// the first word of a document with those tags looks in the 3 MB table.
// The records, and so the weights added and their order, are the ones the
// table gives: the tags come out the same.

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

// maxTagIDs bounds the indices of prevTag: the model's classes, at most 256
// (readFlatModel), and the two sentinels.
const maxTagIDs = 256 + 2

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

// prevRecords are a scratch's records of the previous tags' features and
// of the first bytes', each kept as its offset plus 2 (0: not looked up
// yet; the offset is -1 for a feature the model lacks).
type prevRecords struct {
	tag1, tag2 [maxTagIDs]int32
	pairs      []int32 // by id1*(len(classes)+2)+id2, made on first use
	prefix     [257]int32
}

// kept returns the offset a cache entry holds, looking it up with find
// first if it holds none.
func kept(c *int32, find func() int) int {
	if *c == 0 {
		*c = int32(find() + 2)
	}
	return int(*c) - 2
}

// tagRecord returns the record of the feature of template k (tmplTag1 or
// tmplTag2) for tag p.
func (s *tagScratch) tagRecord(t *tagger, k int, p prevTag) int {
	find := func() int { return t.slots.lookup(featureFP(k, p.hash, 0)) }
	if p.id == noTag {
		return find()
	}
	c := &s.prev.tag1[p.id]
	if k == tmplTag2 {
		c = &s.prev.tag2[p.id]
	}
	return kept(c, find)
}

// pairRecord returns the record of the feature of the two tags p1, p2.
func (s *tagScratch) pairRecord(t *tagger, p1, p2 prevTag) int {
	find := func() int { return t.slots.lookup(featureFP(tmplTag1Tag2, p1.hash, p2.hash)) }
	if p1.id == noTag || p2.id == noTag {
		return find()
	}
	n := len(t.classes) + 2
	if s.prev.pairs == nil {
		s.prev.pairs = make([]int32, n*n)
	}
	return kept(&s.prev.pairs[p1.id*n+p2.id], find)
}

// prefixRecord returns the record of the feature of word's first byte.
func (s *tagScratch) prefixRecord(t *tagger, word string) int {
	i := 256 // the empty word
	if word != "" {
		i = int(word[0])
	}
	return kept(&s.prev.prefix[i], func() int {
		return t.slots.lookup(featureFP(tmplPref1, partHash(firstByte(word)), 0))
	})
}
