// Package score measures extraction against gold data. Entities are scored
// the CoNLL way: a predicted mention counts only when its span and label
// both match a gold mention exactly, and precision, recall and F1 are
// micro-averaged over all labels. Timexes are scored the TempEval-3 way
// (timex.go), agreements and meetings as the shared events gold describes
// (events.go).
package score

import "sort"

// AllLabels is the key Scores uses for the micro average over every label.
const AllLabels = "ALL"

// Entity is one labelled span. Start and End are offsets (bytes or tokens,
// as long as gold and prediction agree), End exclusive.
type Entity struct {
	Start, End int
	Label      string
}

// PRF is precision, recall and F1 as percentages, with the counts behind them.
type PRF struct {
	P, R, F1   float64
	TP, FP, FN int
}

// EntityCounts accumulates true positives, false positives and false
// negatives per label over any number of documents. The zero value is ready
// to use.
type EntityCounts struct {
	tp, fp, fn map[string]int
}

// Add compares one document's gold and predicted entities. Duplicates within
// either list count once each, as CoNLL's conlleval would see them.
func (c *EntityCounts) Add(gold, pred []Entity) {
	if c.tp == nil {
		c.tp, c.fp, c.fn = map[string]int{}, map[string]int{}, map[string]int{}
	}
	golds := make(map[Entity]int, len(gold))
	for _, g := range gold {
		golds[g]++
	}
	for _, p := range pred {
		if golds[p] > 0 {
			golds[p]--
			c.tp[p.Label]++
		} else {
			c.fp[p.Label]++
		}
	}
	for g, n := range golds {
		c.fn[g.Label] += n
	}
}

// Scores returns PRF per label plus the micro average under AllLabels.
func (c *EntityCounts) Scores() map[string]PRF {
	out := map[string]PRF{}
	var all PRF
	for _, l := range c.Labels() {
		p := newPRF(c.tp[l], c.fp[l], c.fn[l])
		out[l] = p
		all.TP += p.TP
		all.FP += p.FP
		all.FN += p.FN
	}
	out[AllLabels] = newPRF(all.TP, all.FP, all.FN)
	return out
}

// Labels returns every label seen in gold or prediction, sorted.
func (c *EntityCounts) Labels() []string {
	seen := map[string]bool{}
	for _, m := range []map[string]int{c.tp, c.fp, c.fn} {
		for l := range m {
			seen[l] = true
		}
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	return labels
}

func newPRF(tp, fp, fn int) PRF {
	r := PRF{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		r.P = 100 * float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r.R = 100 * float64(tp) / float64(tp+fn)
	}
	if r.P+r.R > 0 {
		r.F1 = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}
