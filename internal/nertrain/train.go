package nertrain

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/score"
	"github.com/newsextract/newsextract/internal/text"
)

// Options configures TrainNER. DefaultTrainOptions gives the settings
// the embedded model was trained with.
type Options struct {
	// Scheme is the tag scheme, "bilou" or "bio".
	Scheme string
	// Epochs is the most passes over the training data per stage; the
	// epoch with the best dev F1 is kept.
	Epochs int
	// Patience stops a stage after this many epochs without a better dev F1.
	Patience int
	// MinCount drops features seen fewer times in the training data.
	MinCount int
	// Clusters adds word-cluster features learnt from the training and dev
	// text (never the test text).
	Clusters bool
	// Gazetteer adds the lexicon's list-membership features.
	Gazetteer bool
	// DocStage adds the second, document-level stage.
	DocStage bool
	// Folds is the number of jackknife folds that give the second stage
	// honest first-stage labels on the training data.
	Folds int
	// Prune drops quantized weights (out of ±32767 for the largest) smaller
	// in magnitude: they barely move scores but cost memory and time.
	Prune int16
	// Seed fixes the shuffling, so the same data gives the same model.
	Seed uint64
	// FinalOnTrainDev retrains, once the epochs of both stages are chosen
	// on dev, on the training and dev data together with those epoch
	// counts, and returns that model. The usual last step after model
	// selection: a fifth more labelled text, mostly names the training
	// data lacks. The report's dev scores are then those of the selection
	// run (the returned model has seen dev).
	FinalOnTrainDev bool
	// WordDropout is the probability with which a token's word-identity
	// features are hidden in one training pass over its sentence.
	WordDropout float64
	// Restarts is how many perceptrons, on different sentence orders, each
	// stage averages.
	Restarts int
}

// DefaultOptions returns the settings chosen on the dev set.
func DefaultOptions() Options {
	return Options{
		Scheme:    "bilou",
		Epochs:    20,
		Patience:  4,
		MinCount:  1,
		Clusters:  true,
		Gazetteer: true,
		DocStage:  true,
		Folds:     5,
		Seed:      1,

		WordDropout:     0.2,
		Restarts:        3,
		FinalOnTrainDev: true,
	}
}

// nerExample is one training or evaluation document.
type nerExample struct {
	doc   *text.Document
	gold  []score.Entity // byte spans
	infos []ner.TokenInfo
	tags  []uint8 // gold tags
	base  []int32 // feature ids, -1 for unknown; boff[i]:boff[i+1] per token
	boff  []int32
	docf  []int32 // second-stage feature ids
	doff  []int32
	tags1 []uint8 // first-stage tags (jackknifed on training data)
}

// nerData is a loaded data set plus the alignment statistics of its gold
// spans against prose's tokens.
type nerData struct {
	examples   []*nerExample
	spans      int
	misaligned int
	tokens     int
}

type jsonlDoc struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Entities []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Label string `json:"label"`
	} `json:"entities"`
}

// loadNERData reads a CoNLL-style JSONL file, analyzes every document with
// AnalyzeLines (one sentence a line) and maps gold spans onto tokens.
func loadNERData(ctx context.Context, path string, ts ner.TagSet) (*nerData, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []jsonlDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d jsonlDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	a, err := text.Load()
	if err != nil {
		return nil, err
	}
	data := &nerData{examples: make([]*nerExample, len(docs))}
	var mu sync.Mutex
	err = parallel(ctx, len(docs), func(i int) {
		d := docs[i]
		doc := a.AnalyzeLines(d.Text)
		ex := &nerExample{doc: doc}
		var spans [][3]int
		mis := 0
		for _, e := range d.Entities {
			lab := slices.Index(ner.Labels[:], e.Label)
			if lab < 0 {
				continue
			}
			ex.gold = append(ex.gold, score.Entity{Start: e.Start, End: e.End, Label: e.Label})
			first, last, exact := tokenSpan(doc.Tokens, e.Start, e.End)
			if !exact {
				mis++
			}
			if first < last {
				spans = append(spans, [3]int{lab, first, last})
			}
		}
		ex.tags = ts.Encode(len(doc.Tokens), spans)
		ex.infos = ner.PrepareInfos(doc, nil, nil, new([]int32))
		data.examples[i] = ex
		mu.Lock()
		data.spans += len(ex.gold)
		data.misaligned += mis
		data.tokens += len(doc.Tokens)
		mu.Unlock()
	})
	return data, err
}

// tokenSpan maps a byte span onto the tokens it covers; exact reports that
// it starts and ends on token boundaries.
func tokenSpan(toks []text.Token, start, end int) (first, last int, exact bool) {
	first = sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	last = first
	for last < len(toks) && toks[last].Start < end {
		last++
	}
	exact = first < last && toks[first].Start == start && toks[last-1].End == end
	return first, last, exact
}

// parallel runs fn(0..n-1) on two goroutines (the machine's cores); results
// must go to per-index slots so the order of completion does not matter.
func parallel(ctx context.Context, n int, fn func(i int)) error {
	const workers = 2
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	var err error
	for i := 0; i < n; i++ {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return err
}

// featureIndex numbers feature hashes densely.
type featureIndex struct {
	ids    map[uint32]int32
	hashes []uint32
}

func (fi *featureIndex) id(h uint32, grow bool) int32 {
	if id, ok := fi.ids[h]; ok {
		return id
	}
	if !grow {
		return -1
	}
	id := int32(len(fi.hashes))
	fi.ids[h] = id
	fi.hashes = append(fi.hashes, h)
	return id
}

// weights is one stage's linear model over feature ids.
type weights struct {
	T                 int
	w                 []float32 // [id*T+tag]
	start, trans, end []float32 // trans is [cur*T+prev]
}

func newWeights(T, nFeat int) *weights {
	return &weights{T: T, w: make([]float32, nFeat*T), start: make([]float32, T), trans: make([]float32, T*T), end: make([]float32, T)}
}

// perceptron trains weights with the averaged structured perceptron; the
// sums of c×update make averaging lazy (Daumé's trick).
type perceptron struct {
	cur    *weights
	u      []float64 // Σ c·Δ per weight, in float64 so the sums stay exact
	us, ut []float64
	ue     []float64
	c      float64
}

func newPerceptron(T, nFeat int) *perceptron {
	return &perceptron{
		cur: newWeights(T, nFeat),
		u:   make([]float64, nFeat*T),
		us:  make([]float64, T), ut: make([]float64, T*T), ue: make([]float64, T),
		c: 1,
	}
}

func (p *perceptron) grow(nFeat int) {
	T := p.cur.T
	if n := nFeat * T; n > len(p.cur.w) {
		p.cur.w = append(p.cur.w, make([]float32, n-len(p.cur.w))...)
		p.u = append(p.u, make([]float64, n-len(p.u))...)
	}
}

// average returns the averaged weights.
func (p *perceptron) average() *weights {
	T := p.cur.T
	a := newWeights(T, len(p.cur.w)/T)
	avg := func(dst, w []float32, u []float64) {
		for i := range dst {
			dst[i] = float32(float64(w[i]) - u[i]/p.c)
		}
	}
	avg(a.w, p.cur.w, p.u)
	avg(a.start, p.cur.start, p.us)
	avg(a.trans, p.cur.trans, p.ut)
	avg(a.end, p.cur.end, p.ue)
	return a
}

// update moves the weights toward gold and away from pred for one sentence.
func (p *perceptron) update(feats func(i int, fn func(id int32)), gold, pred []uint8) {
	T := p.cur.T
	c := p.c
	bump := func(w []float32, u []float64, i int, d float32) {
		w[i] += d
		u[i] += c * float64(d)
	}
	n := len(gold)
	for i := 0; i < n; i++ {
		g, q := int(gold[i]), int(pred[i])
		if g != q {
			feats(i, func(id int32) {
				bump(p.cur.w, p.u, int(id)*T+g, 1)
				bump(p.cur.w, p.u, int(id)*T+q, -1)
			})
		}
		if i == 0 {
			if g != q {
				bump(p.cur.start, p.us, g, 1)
				bump(p.cur.start, p.us, q, -1)
			}
		} else if g != q || gold[i-1] != pred[i-1] {
			bump(p.cur.trans, p.ut, g*T+int(gold[i-1]), 1)
			bump(p.cur.trans, p.ut, q*T+int(pred[i-1]), -1)
		}
	}
	if g, q := int(gold[n-1]), int(pred[n-1]); g != q {
		bump(p.cur.end, p.ue, g, 1)
		bump(p.cur.end, p.ue, q, -1)
	}
}

// trainer holds the state of one TrainNER run.
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

// sentRef names one sentence of one example.
type sentRef struct{ ex, sent int32 }

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

// decodeDocs tags every example with w, writing stage-1 tags to tags1 or
// returning stage-2 tags per example.
func (tr *trainer) decodeDocs(ctx context.Context, exs []*nerExample, stage int, w *weights) [][]uint8 {
	out := make([][]uint8, len(exs))
	_ = parallel(ctx, len(exs), func(i int) {
		ex := exs[i]
		tags := make([]uint8, len(ex.doc.Tokens))
		var emis []float32
		var vs ner.ViterbiScratch
		for _, st := range ex.doc.Sentences {
			emis = decodeSentence(ex, st, stage, w, emis, &vs, tags[st.First:st.Last])
		}
		out[i] = tags
	})
	return out
}

// scoreTags compares tag sequences with the gold spans of exs.
func (tr *trainer) scoreTags(exs []*nerExample, tags [][]uint8) map[string]score.PRF {
	var c score.EntityCounts
	for i, ex := range exs {
		c.Add(ex.gold, tr.entities(ex, tags[i]))
	}
	return c.Scores()
}

func (tr *trainer) entities(ex *nerExample, tags []uint8) []score.Entity {
	var spans [][3]int
	for _, st := range ex.doc.Sentences {
		spans = tr.ts.Decode(tags[st.First:st.Last], st.First, spans)
	}
	out := make([]score.Entity, len(spans))
	for k, s := range spans {
		out[k] = score.Entity{Start: ex.doc.Tokens[s[1]].Start, End: ex.doc.Tokens[s[2]-1].End, Label: ner.Labels[s[0]]}
	}
	return out
}

// trainStage runs the perceptron over the sentences of exs. With dev
// examples it evaluates after every epoch and keeps the best averaged
// weights (early stopping); without, it runs exactly epochs passes. With
// Restarts > 1 it trains that many perceptrons on different sentence orders
// side by side and averages them: the scores are linear in the weights, so
// this is an ensemble that costs nothing at run time.
func (tr *trainer) trainStage(ctx context.Context, exs []*nerExample, dev []*nerExample, stage, epochs int, name string) (*weights, int, error) {
	T := tr.ts.N
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
			p:    newPerceptron(T, len(tr.fi.hashes)),
			refs: slices.Clone(refs),
			rng:  rand.New(rand.NewPCG(seed, uint64(stage))),
			drng: rand.New(rand.NewPCG(seed, uint64(stage)+1000)),
		}
	}
	average := func() *weights {
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
		errs := make([]int, len(runs))
		if len(runs) == 1 {
			errs[0] = tr.epoch(runs[0], exs, stage)
		} else {
			_ = parallel(ctx, len(runs), func(k int) { errs[k] = tr.epoch(runs[k], exs, stage) })
		}
		if dev == nil {
			continue
		}
		avg := average()
		f := tr.scoreTags(dev, tr.decodeDocs(ctx, dev, stage, avg))[score.AllLabels].F1
		fmt.Fprintf(tr.log, "%s epoch %d: %d/%d sentences wrong, dev F1 %.2f (%.1fs)\n", name, epoch, errs[0], len(refs), f, time.Since(t0).Seconds())
		if f > bestF {
			best, bestF, bestEpoch = avg, f, epoch
			tr.lastF1 = f
		} else if epoch-bestEpoch >= tr.opts.Patience {
			break
		}
	}
	if dev == nil {
		return average(), epochs, nil
	}
	return best, bestEpoch, nil
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

// Train trains the recognizer on trainPath, selecting epochs on devPath,
// and returns the serialized model (the format the embedded
// extract/model/ner.bin has) and a human-readable report.
func Train(ctx context.Context, trainPath, devPath string, opts Options, log io.Writer) (model []byte, report string, err error) {
	t0 := time.Now()
	if log == nil {
		log = io.Discard
	}
	d := DefaultOptions()
	if opts.Epochs <= 0 {
		opts.Epochs = d.Epochs
	}
	if opts.Patience <= 0 {
		opts.Patience = d.Patience
	}
	if opts.Folds < 2 {
		opts.Folds = d.Folds
	}
	tr := &trainer{opts: opts, log: log, fi: featureIndex{ids: map[uint32]int32{}}}
	switch strings.ToLower(opts.Scheme) {
	case "", "bilou":
		tr.ts = ner.NewTagSet(ner.SchemeBILOU)
	case "bio":
		tr.ts = ner.NewTagSet(ner.SchemeBIO)
	default:
		return nil, "", fmt.Errorf("ner: unknown tag scheme %q (want bilou or bio)", opts.Scheme)
	}
	if opts.Clusters {
		tr.set |= ner.FeatClusters
	}
	if opts.Gazetteer {
		tr.set |= ner.FeatGazetteer
		if tr.gaz, err = ner.LoadGazMarker(); err != nil {
			return nil, "", err
		}
		if tr.lexiconFP, err = gazetteer.Fingerprint(); err != nil {
			return nil, "", err
		}
	}
	if opts.DocStage {
		tr.set |= ner.FeatDoc
	}
	if tr.train, err = loadNERData(ctx, trainPath, tr.ts); err != nil {
		return nil, "", err
	}
	if tr.dev, err = loadNERData(ctx, devPath, tr.ts); err != nil {
		return nil, "", err
	}
	var rep strings.Builder
	fmt.Fprintf(&rep, "options: %+v\n", opts)
	for _, x := range []struct {
		name string
		d    *nerData
	}{{"train", tr.train}, {"dev", tr.dev}} {
		fmt.Fprintf(&rep, "%s: %d documents, %d tokens, %d gold mentions, %d not on token boundaries\n",
			x.name, len(x.d.examples), x.d.tokens, x.d.spans, x.d.misaligned)
	}
	fmt.Fprintf(log, "%s", rep.String())
	fmt.Fprintf(log, "analyzed in %.1fs\n", time.Since(t0).Seconds())

	if opts.Clusters {
		tr.clus = learnClusters(append(slices.Clone(tr.train.examples), tr.dev.examples...), log)
		for _, ex := range append(slices.Clone(tr.train.examples), tr.dev.examples...) {
			for i := range ex.infos {
				ex.infos[i].Clus = tr.clus[ex.infos[i].Lower]
			}
		}
	}
	tr.baseFeatures(ctx)
	fmt.Fprintf(log, "%d features (min count %d)\n", len(tr.fi.hashes), opts.MinCount)

	w1, e1, err := tr.trainStage(ctx, tr.train.examples, tr.dev.examples, 0, opts.Epochs, "stage 1")
	if err != nil {
		return nil, "", err
	}
	fmt.Fprintf(&rep, "stage 1: best epoch %d, dev F1 %.2f\n", e1, tr.lastF1)
	w2, e2 := (*weights)(nil), 0
	if opts.DocStage {
		if w2, e2, err = tr.trainDocStage(ctx, e1, w1); err != nil {
			return nil, "", err
		}
		fmt.Fprintf(&rep, "stage 2: best epoch %d, dev F1 %.2f\n", e2, tr.lastF1)
	}
	model, rows := tr.writeModel(w1, w2)

	// Score dev through the runtime path, exactly as the embedded model will
	// run.
	r, err := ner.Parse(model)
	if err != nil {
		return nil, "", err
	}
	var c score.EntityCounts
	for _, ex := range tr.dev.examples {
		c.Add(ex.gold, mentionsToEntities(r.Recognize(ex.doc)))
	}
	rep.WriteString("dev (runtime path):\n")
	rep.WriteString(FormatScores(c.Scores()))

	if opts.FinalOnTrainDev {
		fmt.Fprintf(&rep, "selection model: %d feature rows, %d bytes\n", rows, len(model))
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
		tags := tr.decodeDocs(ctx, dev, 0, w1)
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

// FormatScores renders per-label scores as a small table.
func FormatScores(s map[string]score.PRF) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  %-5s %6s %6s %6s %6s %6s %6s\n", "label", "P", "R", "F1", "TP", "FP", "FN")
	for _, l := range append(ner.Labels[:], score.AllLabels) {
		p := s[l]
		fmt.Fprintf(&b, "  %-5s %6.2f %6.2f %6.2f %6d %6d %6d\n", l, p.P, p.R, p.F1, p.TP, p.FP, p.FN)
	}
	return b.String()
}

func mentionsToEntities(ms []ner.Mention) []score.Entity {
	out := make([]score.Entity, len(ms))
	for i, m := range ms {
		out[i] = score.Entity{Start: m.Start, End: m.End, Label: m.Label}
	}
	return out
}

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
				hs = ner.BaseFeatures(hs, infos, k, tr.set, g)
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
			tags := make([]uint8, len(ex.doc.Tokens))
			var emis []float32
			var vs ner.ViterbiScratch
			for _, st := range ex.doc.Sentences {
				emis = decodeSentence(ex, st, 0, w, emis, &vs, tags[st.First:st.Last])
			}
			ex.tags1 = tags
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
			}
			ex.doff = slices.Clone(offs)
		}
	}
}

// writeModel serializes both stages' weights, quantized to int16 with a
// per-stage scale, with features sorted by hash and delta-coded.
func (tr *trainer) writeModel(w1, w2 *weights) ([]byte, int) {
	T := tr.ts.N
	stages := []*weights{w1, w2}
	if w2 == nil {
		stages[1] = newWeights(T, len(w1.w)/T)
	}
	var scales [2]float32
	for s, w := range stages {
		m := float32(0)
		for _, v := range w.w {
			m = max(m, float32(math.Abs(float64(v))))
		}
		if m == 0 {
			m = 1
		}
		scales[s] = m / 32767
	}
	type row struct {
		key uint32
		q   []int16
	}
	var rows []row
	for id, h := range tr.fi.hashes {
		q := make([]int16, 2*T)
		nz := false
		for s, w := range stages {
			if (id+1)*T > len(w.w) {
				continue
			}
			for t := 0; t < T; t++ {
				v := int16(math.Round(float64(w.w[id*T+t] / scales[s])))
				if abs16(v) < tr.opts.Prune {
					v = 0
				}
				q[s*T+t] = v
				nz = nz || v != 0
			}
		}
		if nz {
			rows = append(rows, row{h, q})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].key < rows[j].key })
	var b []byte
	b = append(b, ner.ModelMagic...)
	b = binary.AppendUvarint(b, uint64(tr.ts.Scheme))
	b = binary.AppendUvarint(b, uint64(tr.set))
	b = binary.AppendUvarint(b, tr.lexiconFP)
	for _, sc := range scales {
		b = binary.AppendUvarint(b, uint64(math.Float32bits(sc)))
	}
	for _, w := range stages {
		for _, v := range [][]float32{w.start, w.trans, w.end} {
			for _, x := range v {
				b = binary.AppendUvarint(b, uint64(math.Float32bits(x)))
			}
		}
	}
	ckeys := make([]uint32, 0, len(tr.clus))
	for k := range tr.clus {
		ckeys = append(ckeys, k)
	}
	slices.Sort(ckeys)
	b = binary.AppendUvarint(b, uint64(len(ckeys)))
	prev := uint32(0)
	for _, k := range ckeys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
		for _, c := range tr.clus[k] {
			b = binary.AppendUvarint(b, uint64(c))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(rows)))
	prev = 0
	for _, r := range rows {
		b = binary.AppendUvarint(b, uint64(r.key-prev))
		prev = r.key
		for _, v := range r.q {
			b = binary.AppendVarint(b, int64(v))
		}
	}
	// Stored uncompressed: gunzipping took 43 ms of a 70 ms load, a fixed
	// cost every run pays before its first article. git compresses it anyway.
	return b, len(rows)
}

// clusterSizes are the granularities of the word clusters, coarse to fine.
var clusterSizes = [3]int{64, 256, 1024}

// learnClusters groups the words of exs (lowercased, digits folded) into
// classes of a class-bigram language model with the exchange algorithm
// (Kneser and Ney 1993; Martin, Liermann and Ney 1998), once per size in
// clusterSizes: words used in like contexts, say surnames or towns, end up
// together, which lets the tagger generalize from words it saw labelled to
// words it only saw in context. Cluster ids start at 1; 0 means unknown.
func learnClusters(exs []*nerExample, log io.Writer) map[uint32][3]uint32 {
	t0 := time.Now()
	// Number the words by falling frequency (ties by key) so the result does
	// not depend on map order. Word 0 is the sentence boundary.
	counts := map[uint32]int{}
	for _, ex := range exs {
		for i := range ex.infos {
			counts[ex.infos[i].Lower]++
		}
	}
	keys := make([]uint32, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b uint32) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		if a < b {
			return -1
		}
		return 1
	})
	ids := make(map[uint32]int32, len(keys))
	V := len(keys) + 1
	freq := make([]int, V)
	for i, k := range keys {
		ids[k] = int32(i + 1)
		freq[i+1] = counts[k]
	}
	bigrams := map[uint64]int{}
	for _, ex := range exs {
		for _, st := range ex.doc.Sentences {
			prev := int32(0)
			freq[0]++
			for i := st.First; i < st.Last; i++ {
				w := ids[ex.infos[i].Lower]
				bigrams[uint64(prev)<<32|uint64(w)]++
				prev = w
			}
			bigrams[uint64(prev)<<32]++
		}
	}
	// Adjacency lists, in a stable order.
	type edge struct {
		w int32
		n int
	}
	right := make([][]edge, V)
	left := make([][]edge, V)
	bkeys := make([]uint64, 0, len(bigrams))
	for k := range bigrams {
		bkeys = append(bkeys, k)
	}
	slices.Sort(bkeys)
	total := 0
	for _, k := range bkeys {
		u, v, n := int32(k>>32), int32(uint32(k)), bigrams[k]
		right[u] = append(right[u], edge{v, n})
		left[v] = append(left[v], edge{u, n})
		total += n
	}
	xlogx := make([]float64, total+1)
	for i := 1; i <= total; i++ {
		xlogx[i] = float64(i) * math.Log(float64(i))
	}

	out := make(map[uint32][3]uint32, len(keys))
	for g, C := range clusterSizes {
		class := make([]int32, V)
		nc := make([]int, C)
		nb := make([]int, C*C)
		for w := 0; w < V; w++ {
			class[w] = int32(w % C)
			nc[w%C] += freq[w]
		}
		for _, k := range bkeys {
			nb[int(class[k>>32])*C+int(class[uint32(k)])] += bigrams[k]
		}
		R, L := make([]int, C), make([]int, C)
		var rt, lt []int32
		iters := 12
		if C > 512 {
			iters = 8
		}
		for it := 0; it < iters; it++ {
			moved := 0
			for w := 1; w < V; w++ {
				a := int(class[w])
				self := 0
				rt, lt = rt[:0], lt[:0]
				for _, e := range right[w] {
					if int(e.w) == w {
						self = e.n
						continue
					}
					c := class[e.w]
					if R[c] == 0 {
						rt = append(rt, c)
					}
					R[c] += e.n
				}
				for _, e := range left[w] {
					if int(e.w) == w {
						continue
					}
					c := class[e.w]
					if L[c] == 0 {
						lt = append(lt, c)
					}
					L[c] += e.n
				}
				// Take w out of its class.
				for _, c := range rt {
					nb[a*C+int(c)] -= R[c]
				}
				for _, c := range lt {
					nb[int(c)*C+a] -= L[c]
				}
				nb[a*C+a] -= self
				nc[a] -= freq[w]
				// The gain of putting it into b, up to a constant.
				best, bestGain := a, math.Inf(-1)
				for b := 0; b < C; b++ {
					gain := 0.0
					for _, c := range rt {
						if int(c) == b {
							continue
						}
						x := nb[b*C+int(c)]
						gain += xlogx[x+R[c]] - xlogx[x]
					}
					for _, c := range lt {
						if int(c) == b {
							continue
						}
						x := nb[int(c)*C+b]
						gain += xlogx[x+L[c]] - xlogx[x]
					}
					x := nb[b*C+b]
					gain += xlogx[x+R[b]+L[b]+self] - xlogx[x]
					gain -= 2 * (xlogx[nc[b]+freq[w]] - xlogx[nc[b]])
					if gain > bestGain+1e-9 || (b == a && gain >= bestGain-1e-9) {
						best, bestGain = b, gain
					}
				}
				if best != a {
					moved++
				}
				b := best
				for _, c := range rt {
					nb[b*C+int(c)] += R[c]
				}
				for _, c := range lt {
					nb[int(c)*C+b] += L[c]
				}
				nb[b*C+b] += self
				nc[b] += freq[w]
				class[w] = int32(b)
				for _, c := range rt {
					R[c] = 0
				}
				for _, c := range lt {
					L[c] = 0
				}
			}
			fmt.Fprintf(log, "clusters %d: iteration %d moved %d words (%.1fs)\n", C, it+1, moved, time.Since(t0).Seconds())
			if moved < V/200 {
				break
			}
		}
		for i, k := range keys {
			c := out[k]
			c[g] = uint32(class[i+1]) + 1
			out[k] = c
		}
	}
	return out
}

// Evaluate scores the embedded recognizer on a CoNLL-style JSONL file
// the CoNLL way (exact span and label, micro-averaged).
func Evaluate(ctx context.Context, path string) (map[string]score.PRF, error) {
	r, err := ner.Load()
	if err != nil {
		return nil, err
	}
	data, err := loadNERData(ctx, path, r.TagSet())
	if err != nil {
		return nil, err
	}
	var c score.EntityCounts
	for _, ex := range data.examples {
		c.Add(ex.gold, mentionsToEntities(r.Recognize(ex.doc)))
	}
	return c.Scores(), nil
}

func abs16(v int16) int16 {
	if v < 0 {
		return -v
	}
	return v
}
