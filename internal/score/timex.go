package score

// Timex is one temporal expression: its span (offsets in bytes or runes, as
// long as gold and prediction agree, End exclusive), TIMEX3 type and value.
type Timex struct {
	Start, End  int
	Type, Value string
}

// TimexScores are TempEval-3's timex measures as percentages (0-100) with
// the counts behind them.
type TimexScores struct {
	// StrictP, StrictR and StrictF1 count a prediction only when its span is
	// identical to a gold span.
	StrictP, StrictR, StrictF1 float64
	// RelaxedP, RelaxedR and RelaxedF1 count a prediction whose span overlaps
	// a gold span, each gold and prediction matched at most once.
	RelaxedP, RelaxedR, RelaxedF1 float64
	// ValueF1 is the F1 of relaxed matches whose values are equal:
	// precision is correct/Pred, recall correct/Gold.
	ValueF1 float64
	// TypeAcc is the share of relaxed matches whose types are equal.
	TypeAcc float64
	// Gold and Pred are the numbers of gold and predicted timexes.
	Gold, Pred int
}

// TimexCounts accumulates timex matches over any number of documents. The
// zero value is ready to use.
type TimexCounts struct {
	gold, pred, strict, relaxed, value, typ int
}

// Add compares one document's gold and predicted timexes. Matching is one
// to one: identical spans pair first, then every remaining gold timex takes
// the unpaired prediction it overlaps most (the earliest on a tie).
func (c *TimexCounts) Add(gold, pred []Timex) {
	c.gold += len(gold)
	c.pred += len(pred)
	pairOf := make([]int, len(gold))
	used := make([]bool, len(pred))
	for i, g := range gold {
		pairOf[i] = -1
		for j, p := range pred {
			if !used[j] && p.Start == g.Start && p.End == g.End {
				pairOf[i], used[j] = j, true
				c.strict++
				break
			}
		}
	}
	for i, g := range gold {
		if pairOf[i] >= 0 {
			continue
		}
		best, bestLen := -1, 0
		for j, p := range pred {
			if used[j] {
				continue
			}
			if n := min(g.End, p.End) - max(g.Start, p.Start); n > bestLen {
				best, bestLen = j, n
			}
		}
		if best >= 0 {
			pairOf[i], used[best] = best, true
		}
	}
	for i, g := range gold {
		if pairOf[i] < 0 {
			continue
		}
		p := pred[pairOf[i]]
		c.relaxed++
		if p.Value == g.Value {
			c.value++
		}
		if p.Type == g.Type {
			c.typ++
		}
	}
}

// Scores returns the measures over everything added so far.
func (c *TimexCounts) Scores() TimexScores {
	s := TimexScores{Gold: c.gold, Pred: c.pred}
	s.StrictP, s.StrictR, s.StrictF1 = prf(c.strict, c.pred, c.gold)
	s.RelaxedP, s.RelaxedR, s.RelaxedF1 = prf(c.relaxed, c.pred, c.gold)
	_, _, s.ValueF1 = prf(c.value, c.pred, c.gold)
	if c.relaxed > 0 {
		s.TypeAcc = 100 * float64(c.typ) / float64(c.relaxed)
	}
	return s
}

// prf returns precision, recall and F1 as percentages of k correct out of
// pred predictions and gold gold items.
func prf(k, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = 100 * float64(k) / float64(pred)
	}
	if gold > 0 {
		r = 100 * float64(k) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
