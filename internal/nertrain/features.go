package nertrain

import (
	"context"
	"slices"

	"github.com/newsextract/newsextract/internal/ner"
)

// baseFeatures hashes every token's observation features and numbers them:
// training features seen at least MinCount times get ids, others (and dev
// features unseen in training) get -1.
func (tr *trainer) baseFeatures(ctx context.Context) {
	all := append(slices.Clone(tr.train.examples), tr.dev.examples...)
	hashes := make([][]uint32, len(all))
	_ = parallel(ctx, len(all), func(i int) {
		ex := all[i]
		var gaz []uint32
		if tr.gaz != nil {
			gaz = tr.gaz.Marks(ex.doc, nil)
		}
		var hs []uint32
		ex.boff = append(ex.boff[:0], 0)
		for _, st := range ex.doc.Sentences {
			var g []uint32
			if gaz != nil {
				g = gaz[st.First:st.Last]
			}
			infos := ex.infos[st.First:st.Last]
			for k := range infos {
				hs = ner.BaseFeatures(hs, ex.doc.Tokens[st.First:st.Last], infos, k, tr.set, g)
				ex.boff = append(ex.boff, int32(len(hs)))
			}
		}
		hashes[i] = hs
	})
	counts := map[uint32]int32{}
	for i := range tr.train.examples {
		for _, h := range hashes[i] {
			counts[h]++
		}
	}
	for i, ex := range all {
		grow := i < len(tr.train.examples)
		ex.base = make([]int32, len(hashes[i]))
		for k, h := range hashes[i] {
			if grow && counts[h] < int32(tr.opts.MinCount) {
				ex.base[k] = -1
				continue
			}
			ex.base[k] = tr.fi.id(h, grow)
			if grow {
				tr.fi.use(ex.base[k])
			}
		}
	}
	tr.wordFeat = make([]bool, len(tr.fi.hashes))
	for _, ex := range tr.train.examples {
		for _, st := range ex.doc.Sentences {
			infos := ex.infos[st.First:st.Last]
			for k := range infos {
				for _, h := range ner.WordFeatures(infos, k) {
					if id := tr.fi.id(h, false); id >= 0 {
						tr.wordFeat[id] = true
					}
				}
			}
		}
	}
}

// docFeatures computes the second-stage features from tags1 and numbers
// them (new ids only from training documents).
func (tr *trainer) docFeatures() {
	var s ner.DocScratch
	var hs []uint32
	var offs []int32
	for set, exs := range [][]*nerExample{tr.train.examples, tr.dev.examples} {
		for _, ex := range exs {
			hs, offs = ner.DocFeatures(tr.ts, ex.infos, ex.doc.Sentences, ex.tags1, &s, hs, offs)
			ex.docf = make([]int32, len(hs))
			for k, h := range hs {
				ex.docf[k] = tr.fi.id(h, set == 0)
				if set == 0 {
					tr.fi.use(ex.docf[k])
				}
			}
			ex.doff = slices.Clone(offs)
		}
	}
}
