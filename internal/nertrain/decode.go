package nertrain

import (
	"context"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// stageFeats calls fn for every feature id of token i of ex in the stage.
func stageFeats(ex *nerExample, stage int, i int, fn func(id int32)) {
	for _, id := range ex.base[ex.boff[i]:ex.boff[i+1]] {
		if id >= 0 {
			fn(id)
		}
	}
	if stage == 1 {
		for _, id := range ex.docf[ex.doff[i]:ex.doff[i+1]] {
			if id >= 0 {
				fn(id)
			}
		}
	}
}

// decodeSentence tags one sentence of ex with w.
func decodeSentence(ex *nerExample, st text.Sentence, stage int, w *weights, emis []float32, vs *ner.ViterbiScratch, out []uint8) []float32 {
	return decodeWith(func(k int, fn func(id int32)) { stageFeats(ex, stage, st.First+k, fn) }, st.Last-st.First, w, emis, vs, out)
}

// decodeWith tags n tokens whose features feats lists with w.
func decodeWith(feats func(k int, fn func(id int32)), n int, w *weights, emis []float32, vs *ner.ViterbiScratch, out []uint8) []float32 {
	T := w.T
	if cap(emis) < n*T {
		emis = make([]float32, n*T)
	}
	emis = emis[:n*T]
	clear(emis)
	for k := 0; k < n; k++ {
		e := emis[k*T : (k+1)*T]
		feats(k, func(id int32) {
			row := w.w[int(id)*T : int(id)*T+T]
			for t := range e {
				e[t] += row[t]
			}
		})
	}
	viterbiFor(T, emis, w, vs, out)
	return emis
}

var tagSetsByT = map[int]ner.TagSet{ner.NewTagSet(ner.SchemeBIO).N: ner.NewTagSet(ner.SchemeBIO), ner.NewTagSet(ner.SchemeBILOU).N: ner.NewTagSet(ner.SchemeBILOU)}

func viterbiFor(T int, emis []float32, w *weights, vs *ner.ViterbiScratch, out []uint8) {
	ner.Viterbi(tagSetsByT[T], emis, w.start, w.trans, w.end, vs, out)
}

// decodeDocs tags every example with w in the stage, on two goroutines,
// and returns the tags per example.
func (tr *trainer) decodeDocs(ctx context.Context, exs []*nerExample, stage int, w *weights) ([][]uint8, error) {
	out := make([][]uint8, len(exs))
	err := parallel(ctx, len(exs), func(i int) { out[i] = decodeDoc(exs[i], stage, w) })
	return out, err
}

// decodeDoc tags every sentence of ex with w in the stage.
func decodeDoc(ex *nerExample, stage int, w *weights) []uint8 {
	tags := make([]uint8, len(ex.doc.Tokens))
	var emis []float32
	var vs ner.ViterbiScratch
	for _, st := range ex.doc.Sentences {
		emis = decodeSentence(ex, st, stage, w, emis, &vs, tags[st.First:st.Last])
	}
	return tags
}
