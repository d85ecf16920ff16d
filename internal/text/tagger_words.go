package text

import "fmt"

// wordTags is the model's table of words with one tag (prose's tag map,
// which the tagger consults before the perceptron), by fingerprint: an
// open-addressing table of the words' partHash values, read with one probe
// of a few consecutive slots and no string compare, where a Go map of
// strings hashed the word and then compared it with a key stored
// elsewhere. newWordTags refuses words whose fingerprints are not
// distinct, so every word of the table is found as itself; a word not in
// it takes a word's tag only if their 64-bit fingerprints are equal, a
// chance of about 1,549/2^64 per token, the risk the tagger's slot table
// already takes for its features (tagger_slots.go).
type wordTags struct {
	fps []uint64 // a power of two of them; 0 marks an empty slot
	ids []uint8  // the class ID of the word in the same slot
}

// newWordTags builds the table of words and their class IDs, in slots at
// least twice as many as the words.
func newWordTags(words [][]byte, ids []uint8) (wordTags, error) {
	size := 2
	for size < 2*len(words) {
		size <<= 1
	}
	wt := wordTags{fps: make([]uint64, size), ids: make([]uint8, size)}
	mask := uint64(size - 1)
	for i, w := range words {
		fp := partHash(w)
		if fp == 0 {
			return wordTags{}, fmt.Errorf("word %q has the empty slot's fingerprint", w)
		}
		j := fp & mask
		for ; wt.fps[j] != 0; j = (j + 1) & mask {
			if wt.fps[j] == fp {
				return wordTags{}, fmt.Errorf("word %q shares a fingerprint with another", w)
			}
		}
		wt.fps[j], wt.ids[j] = fp, ids[i]
	}
	return wt, nil
}

// lookup returns the class ID of word and whether the table holds it.
func (wt *wordTags) lookup(word string) (uint8, bool) {
	fp := partHash(word)
	mask := uint64(len(wt.fps) - 1)
	for j := fp & mask; ; j = (j + 1) & mask {
		// The empty slot first: a word whose fingerprint is 0 (which no
		// word of the table has) must not match it.
		switch wt.fps[j] {
		case 0:
			return 0, false
		case fp:
			return wt.ids[j], true
		}
	}
}
