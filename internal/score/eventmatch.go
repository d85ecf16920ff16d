package score

import "sort"

// The one-to-one matching of predicted events to required gold items:
// candidates by byte overlap, a greedy pass by key, then augmenting paths.

// span is a byte range, End exclusive.
type span struct{ start, end int }

// overlap is the number of bytes a and b share (0 or less when none).
func overlap(a, b span) int { return min(a.end, b.end) - max(a.start, b.start) }

// eventItem is one gold agreement or meeting, in the form both kinds share.
type eventItem struct {
	spans    []span // the evidence, then every also span
	optional bool
	status   string
	typ      string
	parties  []string // agreement parties or meeting participants
	name     string   // agreements; "" when null
	place    string   // meetings; "" when null
	dateText string
	mediator string
}

// overlaps reports whether p shares a byte with the item's evidence or any
// also span.
func (it eventItem) overlaps(p span) bool {
	_, most := it.overlapKey(p)
	return most > 0
}

// overlapKey returns 1 when p overlaps the evidence (else 0), and the most
// bytes p shares with one of the item's spans.
func (it eventItem) overlapKey(p span) (evidence, most int) {
	for k, s := range it.spans {
		n := overlap(p, s)
		if n > 0 && k == 0 {
			evidence = 1
		}
		most = max(most, n)
	}
	return evidence, most
}

// candidate is a (prediction, required gold item) pair that overlap, with
// its key: evidence overlap, affinity, overlap bytes, larger first.
type candidate struct {
	pred, gold int
	evidence   int
	affinity   float64
	bytes      int
}

// before orders candidates best key first, then by lower prediction index,
// then by lower gold index.
func (a candidate) before(b candidate) bool {
	switch {
	case a.evidence != b.evidence:
		return a.evidence > b.evidence
	case a.affinity != b.affinity:
		return a.affinity > b.affinity
	case a.bytes != b.bytes:
		return a.bytes > b.bytes
	case a.pred != b.pred:
		return a.pred < b.pred
	}
	return a.gold < b.gold
}

// matching pairs predictions and gold items; -1 means unmatched.
type matching struct {
	goldOf []int // per prediction
	predOf []int // per gold item
	byPred [][]candidate
}

// usable reports whether a predicted span can overlap anything.
func usable(p span) bool { return p.start >= 0 && p.end > p.start }

// matchEvents matches predictions to the required items one to one, the
// pair count maximal, preferring pairs by key.
func matchEvents(items []eventItem, preds []EventPred, affinity func(eventItem, EventPred) float64) matching {
	var cands []candidate
	for j, p := range preds {
		ps := span{p.Start, p.End}
		if !usable(ps) {
			continue
		}
		for i, it := range items {
			if it.optional {
				continue
			}
			if ev, most := it.overlapKey(ps); most > 0 {
				cands = append(cands, candidate{j, i, ev, affinity(it, p), most})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool { return cands[a].before(cands[b]) })
	m := matching{goldOf: filled(len(preds)), predOf: filled(len(items)), byPred: make([][]candidate, len(preds))}
	for _, c := range cands {
		m.byPred[c.pred] = append(m.byPred[c.pred], c)
		if m.goldOf[c.pred] < 0 && m.predOf[c.gold] < 0 {
			m.goldOf[c.pred], m.predOf[c.gold] = c.gold, c.pred
		}
	}
	for j := range preds {
		if m.goldOf[j] < 0 {
			m.augment(j, make([]bool, len(items)))
		}
	}
	return m
}

// augment looks depth-first, over j's candidates in key order, for a gold
// item that is free or whose prediction can move to another of its
// candidates, and applies the path it finds.
func (m *matching) augment(j int, seen []bool) bool {
	for _, c := range m.byPred[j] {
		if seen[c.gold] {
			continue
		}
		seen[c.gold] = true
		if k := m.predOf[c.gold]; k < 0 || m.augment(k, seen) {
			m.predOf[c.gold], m.goldOf[j] = j, c.gold
			return true
		}
	}
	return false
}

func filled(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}
