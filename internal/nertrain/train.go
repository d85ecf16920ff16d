package nertrain

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/score"
)

// trainer holds the state of one Train run.
type trainer struct {
	opts      Options
	ts        ner.TagSet
	set       uint32
	fi        featureIndex
	log       io.Writer
	clus      map[uint32][3]uint32
	gaz       *ner.GazMarker
	train     *nerData
	dev       *nerData
	lexiconFP uint64
	// wordFeat marks the feature ids of word-identity features, which
	// WordDropout hides.
	wordFeat []bool
	// lastF1 is the best dev F1 of the last stage trained.
	lastF1 float64
	// epochs2 is the second stage's epoch count when there is no dev data
	// to choose it on (the final train+dev run).
	epochs2 int
}

// Train trains the recognizer on trainPath, selecting epochs on devPath,
// and returns the serialized model (the format of the embedded
// internal/ner/model/ner.bin) and a human-readable report. log receives
// progress. The same data, lexicon and options give the same bytes.
func Train(ctx context.Context, trainPath, devPath string, opts Options, log io.Writer) (model []byte, report string, err error) {
	t0 := time.Now()
	if log == nil {
		log = io.Discard
	}
	log = &syncWriter{w: log}
	tr, err := newTrainer(opts.withDefaults(), log)
	if err != nil {
		return nil, "", err
	}
	var rep strings.Builder
	if err := tr.load(ctx, trainPath, devPath, &rep); err != nil {
		return nil, "", err
	}
	fmt.Fprintf(log, "%s", rep.String())
	fmt.Fprintf(log, "analyzed in %.1fs\n", time.Since(t0).Seconds())
	tr.prepareFeatures(ctx)

	model, rows, e1, e2, err := tr.selectEpochs(ctx, &rep)
	if err != nil {
		return nil, "", err
	}
	if tr.opts.FinalOnTrainDev {
		fmt.Fprintf(log, "retraining on train+dev: stage 1 %d epochs, stage 2 %d epochs\n", e1, e2)
		if model, rows, err = tr.trainFinal(ctx, e1, e2); err != nil {
			return nil, "", err
		}
		fmt.Fprintf(&rep, "final model: trained on train+dev (stage 1 %d epochs, stage 2 %d epochs); the dev scores above are the selection run's\n", e1, e2)
	}
	fmt.Fprintf(&rep, "model: %d feature rows, %d bytes\n", rows, len(model))
	fmt.Fprintf(&rep, "training time: %.1fs\n", time.Since(t0).Seconds())
	return model, rep.String(), nil
}

// withDefaults fills the zero values that have no meaning (no epochs, no
// patience, fewer than two folds) from DefaultOptions.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Epochs <= 0 {
		o.Epochs = d.Epochs
	}
	if o.Patience <= 0 {
		o.Patience = d.Patience
	}
	if o.Folds < 2 {
		o.Folds = d.Folds
	}
	return o
}

// newTrainer sets up a run: tag scheme, feature groups and, with
// gazetteer features, the lexicon and its fingerprint.
func newTrainer(opts Options, log io.Writer) (*trainer, error) {
	tr := &trainer{opts: opts, log: log, fi: featureIndex{ids: map[uint32]int32{}}}
	switch strings.ToLower(opts.Scheme) {
	case "", "bilou":
		tr.ts = ner.NewTagSet(ner.SchemeBILOU)
	case "bio":
		tr.ts = ner.NewTagSet(ner.SchemeBIO)
	default:
		return nil, fmt.Errorf("ner: unknown tag scheme %q (want bilou or bio)", opts.Scheme)
	}
	if opts.Clusters {
		tr.set |= ner.FeatClusters
	}
	if opts.Gazetteer {
		tr.set |= ner.FeatGazetteer
		var err error
		if tr.gaz, err = ner.LoadGazMarker(); err != nil {
			return nil, err
		}
		if tr.lexiconFP, err = gazetteer.Fingerprint(); err != nil {
			return nil, err
		}
	}
	if opts.DocStage {
		tr.set |= ner.FeatDoc
	}
	return tr, nil
}

// load reads and analyzes the training and dev data, and starts the
// report with the options and the data's statistics.
func (tr *trainer) load(ctx context.Context, trainPath, devPath string, rep *strings.Builder) error {
	var err error
	if tr.train, err = loadNERData(ctx, trainPath, tr.ts); err != nil {
		return err
	}
	if tr.dev, err = loadNERData(ctx, devPath, tr.ts); err != nil {
		return err
	}
	fmt.Fprintf(rep, "options: %+v\n", tr.opts)
	for _, x := range []struct {
		name string
		d    *nerData
	}{{"train", tr.train}, {"dev", tr.dev}} {
		fmt.Fprintf(rep, "%s: %d documents, %d tokens, %d gold mentions, %d not on token boundaries\n",
			x.name, len(x.d.examples), x.d.tokens, x.d.spans, x.d.misaligned)
	}
	return nil
}

// prepareFeatures learns the word clusters from the train and dev text
// (with cluster features) and numbers the first stage's features.
func (tr *trainer) prepareFeatures(ctx context.Context) {
	if tr.opts.Clusters {
		tr.clus = learnClusters(append(slices.Clone(tr.train.examples), tr.dev.examples...), tr.log)
		for _, ex := range append(slices.Clone(tr.train.examples), tr.dev.examples...) {
			for i := range ex.infos {
				ex.infos[i].Clus = tr.clus[ex.infos[i].Lower]
			}
		}
	}
	tr.baseFeatures(ctx)
	fmt.Fprintf(tr.log, "%d features (min count %d)\n", len(tr.fi.hashes), tr.opts.MinCount)
}

// selectEpochs trains both stages on train, choosing each one's epochs on
// dev, and scores the resulting model on dev through the runtime path,
// exactly as the embedded model will run. It returns that model, its
// number of feature rows and the chosen epochs.
func (tr *trainer) selectEpochs(ctx context.Context, rep *strings.Builder) (model []byte, rows, e1, e2 int, err error) {
	w1, e1, err := tr.trainStage(ctx, tr.train.examples, tr.dev.examples, 0, tr.opts.Epochs, "stage 1")
	if err != nil {
		return nil, 0, 0, 0, err
	}
	fmt.Fprintf(rep, "stage 1: best epoch %d, dev F1 %.2f\n", e1, tr.lastF1)
	var w2 *weights
	if tr.opts.DocStage {
		if w2, e2, err = tr.trainDocStage(ctx, e1, w1); err != nil {
			return nil, 0, 0, 0, err
		}
		fmt.Fprintf(rep, "stage 2: best epoch %d, dev F1 %.2f\n", e2, tr.lastF1)
	}
	model, rows = tr.writeModel(w1, w2)
	r, err := ner.Parse(model)
	if err != nil {
		return nil, 0, 0, 0, err
	}
	var c score.EntityCounts
	for _, ex := range tr.dev.examples {
		c.Add(ex.gold, mentionsToEntities(r.Recognize(ex.doc)))
	}
	rep.WriteString("dev (runtime path):\n")
	rep.WriteString(FormatScores(c.Scores()))
	if tr.opts.FinalOnTrainDev {
		fmt.Fprintf(rep, "selection model: %d feature rows, %d bytes\n", rows, len(model))
	}
	return model, rows, e1, e2, nil
}

// trainDocStage gives the training documents jackknifed first-stage tags
// (epochs1 epochs per fold), the dev documents w1's tags, and trains the
// second stage, choosing its epochs on dev when there is dev data.
func (tr *trainer) trainDocStage(ctx context.Context, epochs1 int, w1 *weights) (*weights, int, error) {
	if err := tr.jackknife(ctx, epochs1); err != nil {
		return nil, 0, err
	}
	var dev []*nerExample
	if tr.dev != nil && len(tr.dev.examples) > 0 {
		dev = tr.dev.examples
		tags, err := tr.decodeDocs(ctx, dev, 0, w1)
		if err != nil {
			return nil, 0, err
		}
		for i, ex := range dev {
			ex.tags1 = tags[i]
		}
	}
	tr.docFeatures()
	if dev == nil {
		return tr.trainStage(ctx, tr.train.examples, nil, 1, tr.epochs2, "final stage 2")
	}
	return tr.trainStage(ctx, tr.train.examples, dev, 1, tr.opts.Epochs, "stage 2")
}

// trainFinal retrains both stages on the training and dev documents
// together, for exactly the epochs the selection run chose, and returns
// the serialized model. Features are renumbered so that words only dev
// has get weights too.
func (tr *trainer) trainFinal(ctx context.Context, epochs1, epochs2 int) ([]byte, int, error) {
	all := &nerData{examples: append(slices.Clone(tr.train.examples), tr.dev.examples...)}
	tr.train, tr.dev = all, &nerData{}
	tr.fi = featureIndex{ids: map[uint32]int32{}}
	tr.baseFeatures(ctx)
	fmt.Fprintf(tr.log, "%d features on train+dev\n", len(tr.fi.hashes))
	w1, _, err := tr.trainStage(ctx, all.examples, nil, 0, epochs1, "final stage 1")
	if err != nil {
		return nil, 0, err
	}
	var w2 *weights
	if tr.opts.DocStage {
		tr.epochs2 = epochs2
		if w2, _, err = tr.trainDocStage(ctx, epochs1, w1); err != nil {
			return nil, 0, err
		}
	}
	model, rows := tr.writeModel(w1, w2)
	return model, rows, nil
}

// syncWriter serializes writes to w: the jackknife's folds log from two
// goroutines.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
