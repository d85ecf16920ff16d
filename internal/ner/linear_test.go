package ner

import (
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/internal/text"
)

// TestDocFeaturesLinear checks that the document features take linear
// time when the first stage reads a repeated phrase as one long mention
// per sentence ("Paris Paris Paris ..." in two sentences):
// matching each occurrence of such a mention's words cost its length.
func TestDocFeaturesLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times the document features of made-up documents")
	}
	ts := NewTagSet(SchemeBILOU)
	words := strings.Fields("Paris")
	type doc struct {
		infos []TokenInfo
		tags  []uint8
		sents []text.Sentence
	}
	docs := map[string]doc{}
	// input is a document of n tokens (the string is n bytes long): two
	// sentences, each one mention.
	input := func(n int) string {
		d := doc{infos: make([]TokenInfo, n), tags: make([]uint8, n)}
		d.sents = []text.Sentence{{First: 0, Last: n / 2}, {First: n / 2, Last: n}}
		for _, st := range d.sents {
			for k := st.First; k < st.Last; k++ {
				analyzeToken(&d.infos[k], nil, words[k%len(words)], false, k == st.First)
				d.tags[k] = uint8(ts.tag(0, partI))
			}
			d.tags[st.First], d.tags[st.Last-1] = uint8(ts.tag(0, partB)), uint8(ts.tag(0, partL))
		}
		key := strings.Repeat("x", n)
		docs[key] = d
		return key
	}
	var s DocScratch
	var feats []uint32
	var offs []int32
	testcorpus.Linear(t, 2_000, input, func(in string) {
		d := docs[in]
		feats, offs = DocFeatures(ts, d.infos, d.sents, d.tags, &s, feats, offs)
	}, 5*time.Second)
}
