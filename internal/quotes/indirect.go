package quotes

import (
	"math"
	"strings"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// indirect reads reported speech in every sentence: "X said (that) ...",
// "..., X said.", "..., said X." and "according to X", for cues outside
// quotations that no direct quote took. Quoted words inside the content
// make it mixed; a content wholly in quotation marks is direct.
func (r *reader) indirect() {
	quoted := r.walkQuotations()
	for _, s := range r.doc.Sentences {
		for k := s.First; k < s.Last; k++ {
			if r.cueUsed(k) || quoted.holds(r.doc.Tokens[k].Start) {
				continue
			}
			w := r.lower(k)
			if q, ok := r.markedQuote(k, w, s); ok {
				r.add(q)
				continue
			}
			if !strings.HasPrefix(r.doc.Tokens[k].POS(), "VB") {
				continue
			}
			if !r.f.v.isCueVerb(w) {
				continue
			}
			if q, ok := r.reportedAfter(k, s.First, s.Last); ok {
				r.add(q)
			} else if !r.f.v.isReportingVerb(w) {
				continue
			} else if q, ok := r.reportedBefore(k, s.First, s.Last); ok {
				r.add(q)
			}
		}
	}
}

// markedQuote reads the quote that "according" (w, token k's lower case)
// or a colon at token k of sentence s opens. The words are tested here,
// not only inside accordingTo and colon: a call for every token zeroed a
// Quote to return.
func (r *reader) markedQuote(k int, w string, s text.Sentence) (Quote, bool) {
	switch {
	case w == "according":
		return r.accordingTo(k, s.First, s.Last)
	case r.doc.Tokens[k].Text == ":":
		return r.colon(k, s.First, s.Last)
	}
	return Quote{}, false
}

// add records a reported quote, classifying its kind, unless its content
// lies inside a quote already found.
func (r *reader) add(q Quote) {
	c := q.Content()
	if c.End-c.Start <= 0 {
		return
	}
	if r.covered(c) {
		// Inside a quote already found, or over a direct one: the clause
		// reads another attribution as its content.
		return
	}
	q.Kind = r.kindOf(q.Parts)
	q.Antecedent = -1
	r.markUsed(q.Parts)
	r.markTokens(attribution{cue: q.Cue, speaker: q.Speaker})
	r.out = append(r.out, q)
}

// covered reports a quote found already whose content holds c, or a
// direct one whose content overlaps it. With many quotes found it asks
// r.found instead of looking at each: looking at every quote for every
// new one was quadratic in an article's quotes.
func (r *reader) covered(c Span) bool {
	if len(r.out) <= linearQuotes || len(r.doc.Text) >= math.MaxInt32-1 {
		for _, o := range r.out {
			oc := o.Content()
			if oc.Start <= c.Start && c.End <= oc.End || o.Kind == model.QuoteDirect && oc.Start < c.End && c.Start < oc.End {
				return true
			}
		}
		return false
	}
	if r.found == nil {
		r.found = &endsByStart{all: make([]int32, len(r.doc.Text)+2), direct: make([]int32, len(r.doc.Text)+2)}
	}
	f := r.found
	for ; f.n < len(r.out); f.n++ {
		o := r.out[f.n]
		oc := o.Content()
		f.add(f.all, oc.Start, oc.End)
		if o.Kind == model.QuoteDirect {
			f.add(f.direct, oc.Start, oc.End)
		}
	}
	return f.reach(f.all, c.Start) >= c.End || f.reach(f.direct, c.End-1) > c.Start
}

// linearQuotes is how many quotes covered looks at one by one, before it
// builds its index (two integers per byte of the text).
const linearQuotes = 64

// endsByStart answers, for the contents of the first n quotes found, the
// greatest end among those starting at or before an offset: a Fenwick
// tree of maxima over the byte offsets, one over all the quotes and one
// over the direct ones. A stored value is an end plus one; 0 is none.
type endsByStart struct {
	n           int
	all, direct []int32
}

func (f *endsByStart) add(tree []int32, start, end int) {
	for i := start + 1; i < len(tree); i += i & -i {
		tree[i] = max(tree[i], int32(end+1))
	}
}

// reach returns the greatest end of a content starting at or before off,
// or -1.
func (f *endsByStart) reach(tree []int32, off int) int {
	best := int32(0)
	for i := min(off+1, len(tree)-1); i > 0; i -= i & -i {
		best = max(best, tree[i])
	}
	return int(best) - 1
}

// reportedAfter reads "X said (that) CONTENT": the speaker before the cue,
// the content after it (after an addressee, "told reporters", and up to a
// "that" a few adjuncts on) to the end of the sentence.
func (r *reader) reportedAfter(k, first, last int) (Quote, bool) {
	f, l, ok := r.speakerBefore(k)
	if !ok || f < first {
		if f, l, ok = r.sentenceSubject(k, first); !ok {
			return Quote{}, false
		}
	}
	cue := r.f.v.cueKindOf(r.lower(k))
	attitude := cue&attitudeCue != 0 && cue&(speechCue|beliefCue) == 0
	start := k + 1
	if attitude && start < last && r.f.v.attitudeParticles[r.lower(start)] &&
		!(start+1 < last && strings.HasPrefix(r.doc.Tokens[start+1].POS(), "VB")) {
		// "called for", "called on": the particle is part of the cue.
		start++
	}
	if r.f.v.addressee[r.lower(k)] {
		start = r.addresseeEnd(start, last)
	}
	if cue&intentionCue != 0 && start < last && r.doc.Tokens[start].POS() != "TO" {
		// "urged Congress to ...": the one asked comes before the content.
		if e := r.addresseeEnd(start, last); e < last && r.doc.Tokens[e].POS() == "TO" {
			start = e
		}
	}
	start = r.skipAdjunct(r.thatAhead(start, last), last)
	infinitive := start < last && r.doc.Tokens[start].POS() == "TO" && cue&intentionCue != 0
	if start >= last || !r.opensClause(start) && !infinitive {
		return Quote{}, false
	}
	if end, closed := r.clauseEnd(start, false); closed && end >= last-1 && r.doc.Tokens[start].POS() == "IN" && r.lower(start) != "that" {
		// "..., officials said on Friday.": only adjuncts follow.
		return Quote{}, false
	}
	end := r.contentEnd(start, last)
	if end-start < 2 && !(attitude && end-start == 1 && strings.HasPrefix(r.doc.Tokens[start].POS(), "NN")) {
		// One noun is content enough for a stance ("vow consequences").
		return Quote{}, false
	}
	return Quote{Parts: []Span{r.tokensSpan(start, end)}, Cue: r.tokensSpan(k, k+1),
		Speaker: r.tokensSpan(f, l), Form: r.form(f, l)}, true
}

// sentenceSubject returns the speaker of a cue that has no subject of its
// own: the relative "who" right before it ("callers who said ..."), or the
// noun phrase opening the sentence when the cue is coordinated with an
// earlier verb ("Cruz exhorted ... and said ...") or is a participle after
// a comma ("..., saying ...").
func (r *reader) sentenceSubject(k, first int) (int, int, bool) {
	if k-1 < first {
		return 0, 0, false
	}
	prev := r.doc.Tokens[k-1]
	switch {
	case r.lower(k-1) == "who":
		return k - 1, k, true
	case prev.Text == "," && r.doc.Tokens[k].POS() == "VBG":
		// "...," the chief said, adding that ...": the speaker of the
		// attribution before it in the sentence.
		for i := len(r.out) - 1; i >= 0; i-- {
			q := r.out[i]
			if !q.Speaker.IsZero() && q.Cue.End <= prev.Start && q.Cue.Start >= r.doc.Tokens[first].Start {
				fi, la := r.doc.TokenAt(q.Speaker.Start), r.doc.TokenAt(q.Speaker.End)
				return fi, la, true
			}
		}
	case prev.POS() == "CC", prev.POS() == "IN" && r.doc.Tokens[k].POS() == "VBG":
		// "and said", "while chanting", "before asking": the sentence's
		// subject below.
	default:
		return 0, 0, false
	}
	// The subject: the first noun phrase not governed by a preposition
	// that a verb follows.
	for j := first; j < k-1; j++ {
		f, l, ok := r.speakerAfter(j)
		if !ok {
			continue
		}
		if f > first && r.doc.Tokens[f-1].POS() == "IN" {
			j = l - 1
			continue
		}
		for v := l; v < l+3 && v < k; v++ {
			if strings.HasPrefix(r.doc.Tokens[v].POS(), "VB") {
				return f, l, true
			}
		}
		j = l - 1
	}
	return 0, 0, false
}

// thatAhead returns the index of a "that" within a few adjunct tokens of
// k ("said on Tuesday that", "said in a statement that"), else k.
func (r *reader) thatAhead(k, last int) int {
	for j := k; j < last && j < k+8; j++ {
		t := r.doc.Tokens[j]
		if r.lower(j) == "that" && t.POS() == "IN" || r.lower(j) == "that" && j == k {
			return j
		}
		if strings.HasPrefix(t.POS(), "VB") || t.Text == "," {
			break
		}
	}
	return k
}

// opensClause reports a token that can open reported content: "that", a
// subject, a quotation mark.
func (r *reader) opensClause(k int) bool {
	t := r.doc.Tokens[k]
	switch {
	case r.lower(k) == "that" || isMarkToken(t.Text):
		return true
	case t.Text == "," || t.Text == "." || t.Text == ":" || t.Text == ";" || t.Text == "to" || t.Text == "(":
		return false
	}
	switch t.POS() {
	case "DT", "PRP", "NNP", "NNPS", "NN", "NNS", "JJ", "CD", "PRP$", "EX", "RB", "VBG", "WP", "WRB", "IN":
		return true
	}
	return false
}

// skipAdjunct steps over a short prepositional phrase between a cue and
// its content ("said on Monday it had agreed"): from a preposition at k to
// the subject pronoun or determiner that opens the clause, within a few
// tokens; else it returns k.
func (r *reader) skipAdjunct(k, last int) int {
	if k >= last || r.doc.Tokens[k].POS() != "IN" || r.lower(k) == "that" {
		return k
	}
	for j := k + 1; j < last && j <= k+5; j++ {
		t := r.doc.Tokens[j]
		if t.POS() == "PRP" || t.POS() == "EX" || r.lower(j) == "that" {
			return j
		}
		if strings.HasPrefix(t.POS(), "VB") || t.Text == "," {
			break
		}
	}
	return k
}

// contentEnd returns the end (exclusive, a token index) of content that
// starts at token k and runs to the end of its sentence, without the
// closing full stop, or to a trailing ", according to".
func (r *reader) contentEnd(k, last int) int {
	for j := k + 1; j+2 < last; j++ {
		if r.doc.Tokens[j].Text == "," && r.lower(j+1) == "according" && r.lower(j+2) == "to" {
			return j
		}
		if b, ok := r.nextAttribution(j, k, last); ok {
			return b
		}
		if r.doc.Tokens[j].POS() == "CC" && j > k+1 && r.coordinatedCue(j+1, last) {
			// "thanked the crowd and said ...": the next cue starts a
			// content of its own.
			return j
		}
	}
	end := last
	for end > k {
		t := r.doc.Tokens[end-1].Text
		if t == "." || t == "?" || t == "!" || t == ";" {
			end--
			continue
		}
		break
	}
	return end
}

// reportedBefore reads "CONTENT, X said." and "CONTENT, said X.": a cue
// near the end of the sentence, after a comma, with the content before
// the comma.
func (r *reader) reportedBefore(k, first, last int) (Quote, bool) {
	var f, l int
	var ok bool
	comma := -1
	if k-1 >= first && r.doc.Tokens[k-1].Text == "," {
		// ", said X."
		if f, l, ok = r.speakerAfter(k + 1); !ok {
			return Quote{}, false
		}
		comma = k - 1
		if end, closed := r.clauseEnd(l, false); !closed || end < last-1 && r.doc.Tokens[end].Text != "." {
			return Quote{}, false
		}
	} else {
		if f, l, ok = r.speakerBefore(k); !ok || f-1 < first || r.doc.Tokens[f-1].Text != "," {
			return Quote{}, false
		}
		comma = f - 1
		end, closed := r.clauseEnd(k+1, r.f.v.addressee[r.lower(k)])
		if !closed {
			return Quote{}, false
		}
		if end < last-1 && r.doc.Tokens[end].Text == "," && comma-first >= 1 {
			// "CONTENT, X said, CONTENT.": the content runs round the
			// attribution.
			return Quote{Parts: []Span{r.tokensSpan(r.afterDateline(first, comma), r.contentEnd(end+1, last))}, Cue: r.tokensSpan(k, k+1),
				Speaker: r.tokensSpan(f, l), Form: r.form(f, l)}, true
		}
		if end < last-1 && r.doc.Tokens[end].Text != "." {
			return Quote{}, false
		}
	}
	if comma-first < 3 {
		return Quote{}, false
	}
	start := r.afterDateline(first, comma)
	for start < comma && r.doc.Tokens[start].Text == "—" {
		start++
	}
	return Quote{Parts: []Span{r.tokensSpan(start, comma)}, Cue: r.tokensSpan(k, k+1),
		Speaker: r.tokensSpan(f, l), Form: r.form(f, l)}, true
}

// accordingTo reads "according to X, CONTENT" and "CONTENT, according to
// X".
func (r *reader) accordingTo(k, first, last int) (Quote, bool) {
	if r.lower(k) != "according" || k+1 >= last || r.lower(k+1) != "to" {
		return Quote{}, false
	}
	f, l, ok := r.speakerAfter(k + 2)
	if !ok {
		return Quote{}, false
	}
	q := Quote{Cue: r.tokensSpan(k, k+2), Speaker: r.tokensSpan(f, l), Form: r.form(f, l)}
	switch {
	case k == first || k == first+1 && !r.isNominal(first):
		// "According to X, CONTENT."
		start := l
		if start < last && r.doc.Tokens[start].Text == "," {
			start++
		}
		end := r.contentEnd(start, last)
		if end-start < 2 {
			return Quote{}, false
		}
		q.Parts = []Span{r.tokensSpan(start, end)}
	case r.doc.Tokens[k-1].Text == ",":
		// "CONTENT, according to X."
		start := r.afterDateline(first, k-1)
		if k-1-start < 2 {
			return Quote{}, false
		}
		q.Parts = []Span{r.tokensSpan(start, k-1)}
	default:
		return Quote{}, false
	}
	return q, true
}

// addresseeEnd returns the token after the one spoken to, which starts at
// k: a name ("told Reuters"), a pronoun ("told him") or a short noun
// phrase ("told reporters", "told the council").
func (r *reader) addresseeEnd(k, last int) int {
	if k >= last {
		return k
	}
	t := r.doc.Tokens[k]
	switch {
	case t.POS() == "PRP":
		return k + 1
	case t.POS() == "NNP" || t.POS() == "NNPS":
		for k < last && (r.doc.Tokens[k].POS() == "NNP" || r.doc.Tokens[k].POS() == "NNPS") {
			k++
		}
		return k
	case t.POS() == "DT" || t.POS() == "PRP$" || t.POS() == "JJ" || strings.HasPrefix(t.POS(), "NN"):
		j := k + 1
		for j < last && (r.doc.Tokens[j].POS() == "JJ" || strings.HasPrefix(r.doc.Tokens[j].POS(), "NN")) && !(r.doc.Tokens[j].POS() == "DT") {
			j++
			if strings.HasPrefix(r.doc.Tokens[j-1].POS(), "NN") && j < last && r.doc.Tokens[j].POS() == "DT" {
				break
			}
		}
		return j
	}
	return k
}

// nextAttribution reports a new attributed clause at token j, inside
// content that starts at k: "..., but Quorby said ...", "...; officials
// said ...". It returns the boundary where the content before it ends.
func (r *reader) nextAttribution(j, k, last int) (int, bool) {
	t := r.doc.Tokens[j]
	if t.Text != "," && t.Text != ";" && t.Text != "―" && t.Text != "—" && t.Text != "--" {
		return 0, false
	}
	f := j + 1
	if f < last && r.doc.Tokens[f].POS() == "CC" {
		f++
	}
	for c := f + 1; c < last && c <= f+4; c++ {
		w := r.lower(c)
		if !strings.HasPrefix(r.doc.Tokens[c].POS(), "VB") || !r.f.v.isReportingVerb(w) {
			continue
		}
		sf, _, ok := r.speakerBefore(c)
		if ok && sf == f && j > k {
			next := c + 1
			if next < last && (r.lower(next) == "that" || r.opensClause(next)) && !r.closesAt(next, last) {
				return j, true
			}
		}
		break
	}
	return 0, false
}

// closesAt reports an attribution that ends its sentence at token k
// (", officials said." has nothing after the cue).
func (r *reader) closesAt(k, last int) bool {
	end, closed := r.clauseEnd(k, false)
	return closed && end >= last-1
}

// colon reads "Name: CONTENT" at the start of a paragraph, the way
// transcripts and headlines give a speaker's words ("WALLACE: ...",
// "Quorby: Zedman needs to ...").
func (r *reader) colon(k, first, last int) (Quote, bool) {
	if r.doc.Tokens[k].Text != ":" || k == first || k-first > 5 {
		return Quote{}, false
	}
	start := r.doc.Tokens[first].Start
	if start > 0 && r.doc.Text[start-1] != '\n' && strings.TrimLeft(r.doc.Text[strings.LastIndexByte(r.doc.Text[:start], '\n')+1:start], "\"“ ") != "" {
		return Quote{}, false
	}
	f := first
	if isMarkToken(r.doc.Tokens[f].Text) {
		f++
	}
	sf, sl, ok := r.speakerAfter(f)
	if !ok || sf != f || sl != k || !text.IsCapitalized(r.doc.Tokens[sl-1].Text) {
		return Quote{}, false
	}
	if r.isPlace != nil && r.isPlace(r.doc.Tokens[sf].Start, r.doc.Tokens[sl-1].End()) {
		return Quote{}, false // "MUMBAI: Tata Motors said": a dateline
	}
	end := r.contentEnd(k+1, last)
	if end-(k+1) < 3 {
		return Quote{}, false
	}
	return Quote{Parts: []Span{r.tokensSpan(k+1, end)}, Cue: r.tokensSpan(k, k+1),
		Speaker: r.tokensSpan(sf, sl), Form: model.SpeakerName}, true
}

// coordinatedCue reports a cue at token k, or after an auxiliary or adverb
// there, that a conjunction joins to the clause before ("and said").
func (r *reader) coordinatedCue(k, last int) bool {
	for j := k; j < last && j < k+3; j++ {
		w := r.lower(j)
		if strings.HasPrefix(r.doc.Tokens[j].POS(), "VB") && r.f.v.isCueVerb(w) {
			return true
		}
		if !r.f.v.auxiliary[w] && r.doc.Tokens[j].POS() != "RB" {
			return false
		}
	}
	return false
}
