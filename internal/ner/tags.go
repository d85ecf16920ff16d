package ner

// Tag schemes. BILOU marks single-token mentions (U) and mention ends (L);
// BIO only begins (B) and insides (I).
const (
	SchemeBIO   = 0
	SchemeBILOU = 1
)

// Labels are the entity labels in tag order.
var Labels = [...]string{LabelPER, LabelLOC, LabelORG, LabelMISC}

// TagSet describes the tags of one scheme: tag 0 is O, then for each label
// its B, I (and L, U under BILOU) tags.
type TagSet struct {
	Scheme int // SchemeBIO or SchemeBILOU
	N      int // number of tags
	per    int // tags per label
}

// NewTagSet returns the tag set of scheme SchemeBIO or SchemeBILOU.
func NewTagSet(scheme int) TagSet {
	per := 2
	if scheme == SchemeBILOU {
		per = 4
	}
	return TagSet{Scheme: scheme, N: 1 + per*len(Labels), per: per}
}

// Tag parts; position within a label's block.
const (
	partB = 0
	partI = 1
	partL = 2
	partU = 3
)

// label returns the label index of tag t (-1 for O) and its part.
func (ts TagSet) label(t int) (lab, part int) {
	if t == 0 {
		return -1, 0
	}
	return (t - 1) / ts.per, (t - 1) % ts.per
}

func (ts TagSet) tag(lab, part int) int { return 1 + lab*ts.per + part }

// name returns a readable tag name such as "B-PER".
func (ts TagSet) name(t int) string {
	if t == 0 {
		return "O"
	}
	lab, part := ts.label(t)
	return string("BILU"[part]) + "-" + Labels[lab]
}

// allowed reports whether tag cur may follow prev; prev < 0 means the start
// of a sentence, cur < 0 its end.
func (ts TagSet) allowed(prev, cur int) bool {
	pl, pp := -1, 0
	if prev > 0 {
		pl, pp = ts.label(prev)
	}
	cl, cp := -1, 0
	if cur > 0 {
		cl, cp = ts.label(cur)
	}
	// Is the previous tag an open mention that must continue?
	open := pl >= 0 && (pp == partB || pp == partI) && ts.Scheme == SchemeBILOU
	cont := cl >= 0 && (cp == partI || cp == partL)
	if ts.Scheme == SchemeBIO {
		if cont {
			return pl == cl
		}
		return true
	}
	if open {
		return cont && cl == pl
	}
	return !cont
}

// Encode converts token-level mentions (label index, first, last) into tags.
func (ts TagSet) Encode(n int, spans [][3]int) []uint8 {
	tags := make([]uint8, n)
	for _, s := range spans {
		lab, first, last := s[0], s[1], s[2]
		for i := first; i < last; i++ {
			part := partI
			switch {
			case ts.Scheme == SchemeBILOU && last-first == 1:
				part = partU
			case i == first:
				part = partB
			case ts.Scheme == SchemeBILOU && i == last-1:
				part = partL
			}
			tags[i] = uint8(ts.tag(lab, part))
		}
	}
	return tags
}

// Decode turns a tag sequence back into mentions (label index, first, last).
// It tolerates invalid sequences: an I without a B starts a mention.
func (ts TagSet) Decode(tags []uint8, base int, out [][3]int) [][3]int {
	start, cur := -1, -1
	flush := func(end int) {
		if cur >= 0 {
			out = append(out, [3]int{cur, base + start, base + end})
		}
		start, cur = -1, -1
	}
	for i, t := range tags {
		if t == 0 {
			flush(i)
			continue
		}
		lab, part := ts.label(int(t))
		if part == partB || part == partU || lab != cur {
			flush(i)
			start, cur = i, lab
		}
		if part == partL || part == partU {
			flush(i + 1)
		}
	}
	flush(len(tags))
	return out
}

// bilouPart is the BILOU part of the k-th of n tokens of a span: unit,
// begin, inside or last.
func bilouPart(k, n int) uint32 {
	switch {
	case n == 1:
		return partU
	case k == 0:
		return partB
	case k == n-1:
		return partL
	}
	return partI
}
