package quotes

import (
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/model"
)

// attribution is a cue with its speaker, found next to a quotation.
type attribution struct {
	cue, speaker Span
	form         model.SpeakerForm
	end          int // token index just past the attribution
}

// direct reads every quotation that can stand as a quote, with the
// attribution after it ("...," X said), before it (X said: "...") or, for
// one that has neither, the attribution of the quote before it in the same
// or the previous paragraph. A quote broken by its attribution ("A," he
// said, "B.") is one quote with two parts.
func (r *reader) direct() {
	var prev *Quote
	prevEnd := -1
	for i := 0; i < len(r.qs); i++ {
		if r.used[i] {
			continue
		}
		parts, last := r.chain(i)
		a, ok := r.after(r.qs[last].End, r.qs[last].manyWords)
		if ok {
			// "A," he said, "B." and "A," he said. "B."
			for n := r.nextAfterAttribution(a.end, last); n >= 0; n = r.nextAfterAttribution(a.end, last) {
				more, l := r.chain(n)
				parts = append(parts, more...)
				last = l
				a.end = r.doc.TokenAt(r.qs[last].End)
			}
		} else {
			a, ok = r.before(r.qs[i].Start)
		}
		carried := !ok && prev != nil && r.qs[i].quoteLike(r.doc.Text) && r.opensSentence(r.qs[i].Start)
		if carried && !r.lineBreakIn(prevEnd, r.qs[i].Start) {
			// A quotation later in the paragraph of a quote, with no
			// attribution of its own, is a further part of that quote.
			prev.Parts = append(prev.Parts, parts...)
			for k := i; k <= last; k++ {
				r.used[k] = true
			}
			prevEnd = r.qs[last].End
			continue
		}
		if carried && r.sameOrNextParagraph(prevEnd, r.qs[i].Start) && r.aloneInParagraph(parts) {
			a, ok = attribution{cue: prev.Cue, speaker: prev.Speaker, form: prev.Form}, true
		}
		if !ok || (!r.qs[i].quoteLike(r.doc.Text) && !r.introduced(r.qs[i].Start)) {
			continue
		}
		for k := i; k <= last; k++ {
			r.used[k] = true
		}
		q := Quote{Kind: model.QuoteDirect, Parts: parts, Cue: a.cue, Speaker: a.speaker, Form: a.form}
		r.markTokens(a)
		r.out = append(r.out, q)
		prev, prevEnd = &r.out[len(r.out)-1], r.qs[last].End
		// prev points into r.out; it is taken again after every append.
	}
}

// chain returns the parts of the quotation at i and of the paragraphs it
// runs on into, and the index of the last one.
func (r *reader) chain(i int) ([]Span, int) {
	parts := []Span{r.qs[i].Span}
	for r.qs[i].next >= 0 {
		i = int(r.qs[i].next)
		parts = append(parts, r.qs[i].Span)
	}
	return parts, i
}

// markTokens records the cue and speaker tokens of a so that the pass over
// reported speech does not read them again.
func (r *reader) markTokens(a attribution) {
	for _, s := range []Span{a.cue, a.speaker} {
		if s.IsZero() {
			continue
		}
		for k := r.doc.TokenAt(s.Start); k < len(r.doc.Tokens) && r.doc.Tokens[k].Start < s.End; k++ {
			r.usedCue[k] = true
		}
	}
}

// cueUsed reports token k already a cue or speaker.
func (r *reader) cueUsed(k int) bool {
	return k >= 0 && k < len(r.usedCue) && r.usedCue[k]
}

// sameOrNextParagraph reports whether b lies in the paragraph of a or the
// one after it.
func (r *reader) sameOrNextParagraph(a, b int) bool {
	return a >= 0 && a <= b && strings.Count(strings.TrimSpace(r.doc.Text[a:b]), "\n") <= 1 &&
		!strings.Contains(strings.TrimSpace(r.doc.Text[a:b]), "\n\n") && lineBreaks(r.doc.Text[a:b]) <= 2
}

// lineBreaks counts the paragraph breaks in s (a blank line counts once).
func lineBreaks(s string) int {
	n := 0
	for _, p := range strings.Split(s, "\n") {
		if strings.TrimSpace(p) != "" {
			n++
		}
	}
	return n
}

// nextAfterAttribution returns the quotation that goes on right after the
// attribution ending at token end (after a comma or full stop, in the same
// paragraph), or -1.
func (r *reader) nextAfterAttribution(end, last int) int {
	n := last + 1
	if n >= len(r.qs) || r.used[n] || end >= len(r.doc.Tokens) {
		return -1
	}
	t := r.doc.Tokens[end]
	if t.Text != "," && t.Text != "." && t.Text != ":" || t.End() > r.qs[n].Start {
		return -1
	}
	gap := r.doc.Text[t.End():r.qs[n].Start]
	if strings.TrimSpace(gap) != "" || strings.Contains(gap, "\n") {
		return -1
	}
	return n
}

// isCue reports a verb of saying at token k.
func (r *reader) isCue(k int) bool {
	return r.f.v.cueKindOf(r.doc.Lower(k))&speechCue != 0 && !r.cueUsed(k)
}

// after reads the attribution that follows a quotation ending at byte off:
// "X said", "said X", "X told Reuters", each closing the clause; long says
// the quotation has a few words at least.
func (r *reader) after(off int, long bool) (attribution, bool) {
	k := r.doc.TokenAt(off)
	if k >= len(r.doc.Tokens) || r.lineBreakIn(off, r.doc.Tokens[k].Start) {
		return attribution{}, false
	}
	if r.doc.Tokens[k].Text == "," || r.doc.Tokens[k].Text == "—" {
		k++
	}
	if k >= len(r.doc.Tokens) {
		return attribution{}, false
	}
	r.acrossSentences = true
	defer func() { r.acrossSentences = false }()
	if a, ok := r.dashAttribution(off); ok {
		return a, true
	}
	// A comma inside the closing mark ("...," X said) promises an
	// attribution: what follows the cue need not close the clause.
	inner := trimClosingMarks(r.doc.Text[:off])
	// A title in marks takes a comma too ("On “Fox News Sunday,” X said
	// the ..."), so a short one keeps the stricter rule.
	promised := long && strings.HasSuffix(inner, ",")
	// "said X"
	if r.isCue(k) {
		if f, l, ok := r.speakerAfter(k + 1); ok {
			if end, closed := r.clauseEnd(l, false); closed {
				return attribution{cue: r.tokensSpan(k, k+1), speaker: r.tokensSpan(f, l), form: r.form(f, l), end: end}, true
			}
		}
		return attribution{}, false
	}
	// "X said"
	for c := k + 1; c < len(r.doc.Tokens) && c <= k+maxSpeakerTokens+maxAppositionTokens; c++ {
		if r.lineBreakIn(r.doc.Tokens[k].Start, r.doc.Tokens[c].Start) {
			break
		}
		if !r.isCue(c) || r.doc.Tokens[c-1].POS() == "DT" {
			continue // "the states suing" names no cue
		}
		f, l, ok := r.speakerBefore(c)
		if !ok || f != k {
			return attribution{}, false
		}
		end, closed := r.clauseEnd(c+1, r.f.v.addressee[r.lower(c)])
		if !closed && !promised {
			return attribution{}, false
		}
		return attribution{cue: r.tokensSpan(c, c+1), speaker: r.tokensSpan(f, l), form: r.form(f, l), end: end}, true
	}
	return attribution{}, false
}

// clauseEnd checks that an attribution ends at token k, after an addressee
// when the cue takes one and after adjuncts ("in a statement", "on
// Tuesday"): the clause must close with punctuation or a quotation mark
// before any "that" or verb starts a clause of its own. It returns the
// closing token.
func (r *reader) clauseEnd(k int, addressee bool) (int, bool) {
	for n := 0; k < len(r.doc.Tokens) && n < 10; k, n = k+1, n+1 {
		t := r.doc.Tokens[k]
		switch {
		case t.Text == "." || t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "?" || t.Text == "!" || t.Text == "—":
			return k, true
		case isMarkToken(t.Text):
			return k, true
		case r.lower(k) == "to" && !addressee:
			// "said to the crowd" goes on; "said to be" is a clause.
			if k+1 >= len(r.doc.Tokens) || strings.HasPrefix(r.doc.Tokens[k+1].POS(), "VB") {
				return k, false
			}
		case r.lower(k) == "that":
			return k, false
		case strings.HasPrefix(t.POS(), "VB") && t.POS() != "VBG" && t.POS() != "VBN":
			return k, false
		}
		if k+1 < len(r.doc.Tokens) && r.lineBreakIn(t.End(), r.doc.Tokens[k+1].Start) {
			return k + 1, true
		}
	}
	return k, k >= len(r.doc.Tokens)
}

// before reads the attribution that introduces a quotation starting at
// byte off: "X said: ", "X said, ", "X declared ", "said X:".
func (r *reader) before(off int) (attribution, bool) {
	k := r.doc.TokenAt(off) - 1
	// A paragraph that ends "He said:" introduces the quote that opens the
	// next one.
	if k < 0 || r.doc.Tokens[k].End() > off || r.lineBreakIn(r.doc.Tokens[k].End(), off) && r.doc.Tokens[k].Text != ":" {
		return attribution{}, false
	}
	colon := r.doc.Tokens[k].Text == ":"
	if colon || r.doc.Tokens[k].Text == "," {
		k--
	}
	limit := k - 1
	if colon {
		limit = k - 8
	}
	for c := k; c >= 0 && c >= limit && r.doc.Tokens[c].Sent == r.doc.Tokens[k].Sent; c-- {
		if !r.isCue(c) {
			if strings.HasPrefix(r.doc.Tokens[c].POS(), "VB") || isMarkToken(r.doc.Tokens[c].Text) {
				break
			}
			continue
		}
		if c > 0 && r.doc.Tokens[c].POS() == "VBG" && (r.doc.Tokens[c-1].Text == "," || r.doc.Tokens[c-1].POS() == "IN") {
			// "..., saying, “...”", "while chanting, “...”": the
			// sentence's subject speaks.
			first := r.doc.Sentences[r.doc.Tokens[c].Sent].First
			if f, l, ok := r.sentenceSubject(c, first); ok {
				return attribution{cue: r.tokensSpan(c, c+1), speaker: r.tokensSpan(f, l), form: r.form(f, l)}, true
			}
			break
		}
		if f, l, ok := r.speakerBefore(c); ok {
			return attribution{cue: r.tokensSpan(c, c+1), speaker: r.tokensSpan(f, l), form: r.form(f, l)}, true
		}
		if v, ok := r.coordinated(c); ok {
			// "I smiled and said, “...”": the subject of the first verb.
			if f, l, ok := r.speakerBefore(v); ok {
				return attribution{cue: r.tokensSpan(c, c+1), speaker: r.tokensSpan(f, l), form: r.form(f, l)}, true
			}
		}
		if f, l, ok := r.speakerAfter(c + 1); ok && l-1 <= k {
			return attribution{cue: r.tokensSpan(c, c+1), speaker: r.tokensSpan(f, l), form: r.form(f, l)}, true
		}
		break
	}
	return attribution{}, false
}

// coordinated finds the verb that "and" joins a cue to, with an adverb or
// two between: "laughed" in "laughed and said", "shrugged and then said".
func (r *reader) coordinated(c int) (verb int, ok bool) {
	j := c - 1
	for n := 0; j >= 0 && n < 2 && r.doc.Tokens[j].POS() == "RB"; n++ {
		j--
	}
	if j < 1 || r.lower(j) != "and" || r.doc.Tokens[j-1].Sent != r.doc.Tokens[c].Sent || !strings.HasPrefix(r.doc.Tokens[j-1].POS(), "VB") {
		return 0, false
	}
	return j - 1, true
}

// introduced reports a quotation right after a colon or a comma of
// attribution: short quotations count as quotes there ("He said: “No.”").
func (r *reader) introduced(off int) bool {
	k := r.doc.TokenAt(off) - 1
	return k >= 0 && (r.doc.Tokens[k].Text == ":" || r.doc.Tokens[k].Text == ",")
}

// opensSentence reports a quotation that starts its sentence: one that
// stands alone, as a carried-on quote does, rather than inside a clause.
func (r *reader) opensSentence(off int) bool {
	k := r.doc.TokenAt(off)
	if k >= len(r.doc.Tokens) {
		return false
	}
	s := r.doc.Sentences[r.doc.Tokens[k].Sent]
	return k == s.First || strings.TrimSpace(r.doc.Text[s.Start:off]) == ""
}

// dashAttribution reads a name after a dash that ends the paragraph of a
// quotation: "“...” ― Jane Roe", the way readers' voices are signed.
func (r *reader) dashAttribution(off int) (attribution, bool) {
	rest := strings.TrimLeft(r.doc.Text[off:], " \u00a0")
	dash := off + len(r.doc.Text[off:]) - len(rest)
	var size int
	switch {
	case strings.HasPrefix(rest, "―"):
		size = len("―")
	case strings.HasPrefix(rest, "—"):
		size = len("—")
	default:
		return attribution{}, false
	}
	// The tokenizer may glue the dash to the closing mark ("”―").
	f, l, ok := r.speakerAfter(r.doc.TokenAt(dash + size))
	if !ok || r.form(f, l) != model.SpeakerName {
		return attribution{}, false
	}
	tail := r.doc.Text[r.doc.Tokens[l-1].End():]
	if i := strings.IndexByte(tail, '\n'); i >= 0 {
		tail = tail[:i]
	}
	if strings.TrimFunc(tail, func(c rune) bool { return unicode.IsSpace(c) || c == '.' }) != "" {
		return attribution{}, false
	}
	return attribution{cue: Span{dash, dash + size}, speaker: r.tokensSpan(f, l), form: model.SpeakerName, end: l}, true
}

// aloneInParagraph reports quotation parts that fill their paragraphs:
// a quotation with words of its own around it has an attribution there,
// read or not, and does not go on the previous speaker's account.
func (r *reader) aloneInParagraph(parts []Span) bool {
	for _, p := range parts {
		start := strings.LastIndexByte(r.doc.Text[:p.Start], '\n') + 1
		end := strings.IndexByte(r.doc.Text[p.End:], '\n')
		if end < 0 {
			end = len(r.doc.Text)
		} else {
			end += p.End
		}
		if strings.IndexFunc(r.doc.Text[start:p.Start], isWordRune) >= 0 || strings.IndexFunc(r.doc.Text[p.End:end], isWordRune) >= 0 {
			return false
		}
	}
	return true
}
