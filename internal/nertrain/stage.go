package nertrain

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/score"
)

// sentRef names one sentence of one example.
type sentRef struct{ ex, sent int32 }

// trainStage runs the perceptron over the sentences of exs. With dev
// examples it evaluates after every epoch and keeps the best averaged
// weights (early stopping); without, it runs exactly epochs passes. With
// Restarts > 1 it trains that many perceptrons on different sentence orders
// side by side and averages them: the scores are linear in the weights, so
// this is an ensemble that costs nothing at run time.
func (tr *trainer) trainStage(ctx context.Context, exs []*nerExample, dev []*nerExample, stage, epochs int, name string) (*weights, int, error) {
	runs := tr.newStageRuns(exs, stage)
	var (
		best      *weights
		bestF     = -1.0
		bestEpoch = 0
	)
	for epoch := 1; epoch <= epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		t0 := time.Now()
		wrong, err := tr.runEpoch(ctx, runs, exs, stage)
		if err != nil {
			return nil, 0, err
		}
		if dev == nil {
			continue
		}
		avg := averageRuns(runs)
		tags, err := tr.decodeDocs(ctx, dev, stage, avg)
		if err != nil {
			return nil, 0, err
		}
		f := tr.scoreTags(dev, tags)[score.AllLabels].F1
		fmt.Fprintf(tr.log, "%s epoch %d: %d/%d sentences wrong, dev F1 %.2f (%.1fs)\n", name, epoch, wrong, len(runs[0].refs), f, time.Since(t0).Seconds())
		if f > bestF {
			best, bestF, bestEpoch = avg, f, epoch
			tr.lastF1 = f
		} else if epoch-bestEpoch >= tr.opts.Patience {
			break
		}
	}
	if dev == nil {
		return averageRuns(runs), epochs, nil
	}
	return best, bestEpoch, nil
}

// newStageRuns makes the Restarts perceptrons of a stage over the
// sentences of exs, each with its own seeded sentence order and dropout.
func (tr *trainer) newStageRuns(exs []*nerExample, stage int) []*stageRun {
	var refs []sentRef
	for i, ex := range exs {
		for s := range ex.doc.Sentences {
			refs = append(refs, sentRef{int32(i), int32(s)})
		}
	}
	runs := make([]*stageRun, max(1, tr.opts.Restarts))
	for k := range runs {
		// Restart 0 keeps the seeds of a single run.
		seed := tr.opts.Seed + uint64(k)*0x9e3779b97f4a7c15
		runs[k] = &stageRun{
			p:    newPerceptron(tr.ts.N, len(tr.fi.hashes)),
			refs: slices.Clone(refs),
			rng:  rand.New(rand.NewPCG(seed, uint64(stage))),
			drng: rand.New(rand.NewPCG(seed, uint64(stage)+1000)),
		}
	}
	return runs
}

// runEpoch makes one pass of every run, side by side, and returns how many
// sentences the first tagged wrong.
func (tr *trainer) runEpoch(ctx context.Context, runs []*stageRun, exs []*nerExample, stage int) (int, error) {
	if len(runs) == 1 {
		return tr.epoch(runs[0], exs, stage), nil
	}
	wrong := make([]int, len(runs))
	err := parallel(ctx, len(runs), func(k int) { wrong[k] = tr.epoch(runs[k], exs, stage) })
	return wrong[0], err
}

// averageRuns returns the mean of the runs' averaged weights.
func averageRuns(runs []*stageRun) *weights {
	if len(runs) == 1 {
		return runs[0].p.average()
	}
	sum := runs[0].p.average()
	for _, r := range runs[1:] {
		a := r.p.average()
		for _, v := range [][2][]float32{{sum.w, a.w}, {sum.start, a.start}, {sum.trans, a.trans}, {sum.end, a.end}} {
			for i, x := range v[1] {
				v[0][i] += x
			}
		}
	}
	inv := 1 / float32(len(runs))
	for _, v := range [][]float32{sum.w, sum.start, sum.trans, sum.end} {
		for i := range v {
			v[i] *= inv
		}
	}
	return sum
}

// stageRun is one perceptron of trainStage with its own sentence order.
type stageRun struct {
	p         *perceptron
	refs      []sentRef
	rng, drng *rand.Rand
	emis      []float32
	vs        ner.ViterbiScratch
	pred      []uint8
	hide      []bool
}

// epoch makes one pass of r over its shuffled sentences and returns how
// many it tagged wrong.
func (tr *trainer) epoch(r *stageRun, exs []*nerExample, stage int) int {
	p := r.p
	r.rng.Shuffle(len(r.refs), func(i, j int) { r.refs[i], r.refs[j] = r.refs[j], r.refs[i] })
	errs := 0
	for _, ref := range r.refs {
		ex := exs[ref.ex]
		st := ex.doc.Sentences[ref.sent]
		n := st.Last - st.First
		if n == 0 {
			continue
		}
		r.pred = slices.Grow(r.pred[:0], n)[:n]
		feats := func(k int, fn func(id int32)) { stageFeats(ex, stage, st.First+k, fn) }
		if tr.opts.WordDropout > 0 {
			// Hide the word-identity features of some tokens, so the
			// other features learn to recognize names as if unseen.
			hide := slices.Grow(r.hide[:0], n)[:n]
			r.hide = hide
			for k := range hide {
				hide[k] = r.drng.Float64() < tr.opts.WordDropout
			}
			feats = func(k int, fn func(id int32)) {
				if !hide[k] {
					stageFeats(ex, stage, st.First+k, fn)
					return
				}
				stageFeats(ex, stage, st.First+k, func(id int32) {
					if int(id) >= len(tr.wordFeat) || !tr.wordFeat[id] {
						fn(id)
					}
				})
			}
		}
		r.emis = decodeWith(feats, n, p.cur, r.emis, &r.vs, r.pred)
		gold := ex.tags[st.First:st.Last]
		if !bytes.Equal(gold, r.pred) {
			errs++
			p.update(feats, gold, r.pred)
		}
		p.c++
	}
	return errs
}

// jackknife gives every training document first-stage tags from a model
// that did not see it, so the second stage learns how far to trust them.
func (tr *trainer) jackknife(ctx context.Context, epochs int) error {
	K := tr.opts.Folds
	exs := tr.train.examples
	errs := make([]error, K)
	_ = parallel(ctx, K, func(k int) {
		var in, out []*nerExample
		for i, ex := range exs {
			if i%K == k {
				out = append(out, ex)
			} else {
				in = append(in, ex)
			}
		}
		w, _, err := tr.trainStage(ctx, in, nil, 0, epochs, fmt.Sprintf("fold %d", k))
		if err != nil {
			errs[k] = err
			return
		}
		// decodeDocs is parallel itself; run it serially here instead.
		for _, ex := range out {
			ex.tags1 = decodeDoc(ex, 0, w)
		}
		fmt.Fprintf(tr.log, "fold %d done\n", k)
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}
