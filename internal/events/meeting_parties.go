package events

import (
	"sort"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// partiesIn returns the parties named in tokens [from, to): people,
// organizations and places, not sources ("according to X"), places of
// the action ("in Paris") or words that qualify a title ("U.S. envoy").
// withMisc keeps national adjectives ("Franco-German talks").
func (r *meetingReader) partiesIn(from, to int, withMisc bool) []model.Party {
	var out []model.Party
	s := r.in.Doc.Sentences[r.in.Doc.Tokens[max(from, 0)].Sent]
	for _, m := range mentionsIn(r.in.Mentions, from, to) {
		if m.First < from || m.Last > to || m.Start < r.in.BodyStart {
			continue
		}
		if m.Label == ner.LabelMISC && !withMisc && !r.sideAdjective(m) || r.isSourceOrPlace(s, m) || r.f.qualifiesTitle(r.in.Doc, m) {
			continue
		}
		if m.Label == ner.LabelLOC && m.First > 0 && strings.EqualFold(r.in.Doc.Tokens[m.First-1].Text, "to") {
			continue // "flew to Quito": where to, not who
		}
		if m.Label == ner.LabelMISC && r.demonymBeforeName(m) {
			continue // "Zedlandic" in "Zedlandic Foreign Minister X" says whom X acts for
		}
		ref, ok := r.in.Refs.At(m.Start)
		if !ok {
			continue
		}
		out = addParties(out, []model.Party{r.party(m, ref)})
	}
	return out
}

// party returns the party a mention names. A person with a national
// adjective before the title ("Zedlandic Foreign Minister X") acts for that
// country when the article has its place record.
func (r *meetingReader) party(m ner.Mention, ref model.Ref) model.Party {
	p := model.Party{Ref: ref, Representatives: []model.Ref{}}
	if m.Label != ner.LabelPER {
		return p
	}
	// The agreements' reading of an official first: a state the article
	// names or only qualifies ("Israeli Minister X"), or the state of the
	// official listed before.
	if _, state, ok := r.f.officeOf(r.in, m); ok && state.ID != "" {
		return model.Party{Ref: state, Representatives: []model.Ref{ref}}
	}
	doc := r.in.Doc
	for k := m.First - 1; k >= 0 && k >= m.First-5; k-- {
		t := doc.Tokens[k]
		if country, ok := r.f.lex.Demonym(t.Text); ok {
			if place, ok := r.places[country]; ok {
				return model.Party{Ref: place, Representatives: []model.Ref{ref}}
			}
			return p
		}
		if !text.IsCapitalized(t.Text) && t.POS() != "JJ" && !r.f.lex.IsTitle(doc.Lower(k)) {
			return p // "Turkish envoy X" reads on over the title, "met X" stops
		}
	}
	return p
}

// demonymBeforeName reports a national adjective that starts a person's
// title: "Zedlandic" in "Zedlandic Foreign Minister X".
func (r *meetingReader) demonymBeforeName(m ner.Mention) bool {
	doc := r.in.Doc
	for k := m.Last; k < len(doc.Tokens) && k < m.Last+5; k++ {
		if n, ok := mentionStarting(r.in.Mentions, k); ok {
			return n.Label == ner.LabelPER
		}
		if !text.IsCapitalized(doc.Tokens[k].Text) && doc.Tokens[k].POS() != "JJ" && doc.Tokens[k].POS() != "NN" {
			return false
		}
	}
	return false
}

// mentionStarting returns the mention that starts at token k.
func mentionStarting(ms []ner.Mention, k int) (ner.Mention, bool) {
	if i := firstAtOrAfter(ms, k); i < len(ms) && ms[i].First == k {
		return ms[i], true
	}
	return ner.Mention{}, false
}

// mentionsIn are the mentions that start at token from or after and
// before token to, the only ones that can lie within [from, to).
func mentionsIn(ms []ner.Mention, from, to int) []ner.Mention {
	lo := firstAtOrAfter(ms, from)
	return ms[lo:max(lo, firstAtOrAfter(ms, to))]
}

// firstAtOrAfter is the index of the first mention starting at or after
// token k (mentions are in text order), found by binary search: the
// meeting rules ask for every token of a window, and a scan from the start
// made long articles quadratic.
func firstAtOrAfter(ms []ner.Mention, k int) int {
	return sort.Search(len(ms), func(i int) bool { return ms[i].First >= k })
}

// firstMentionFrom returns the first token of the first mention at or
// after token from.
func firstMentionFrom(ms []ner.Mention, from int) int {
	if i := firstAtOrAfter(ms, from); i < len(ms) {
		return ms[i].First
	}
	return from
}

// titledStart moves back from a subject's name over its title: "Zedlandic
// Foreign Minister Jane Roe" starts at "Zedlandic".
func (r *meetingReader) titledStart(s text.Sentence, k int) int {
	doc := r.in.Doc
	for k-1 >= s.First && doc.Tokens[k-1].Start >= r.in.BodyStart {
		t := doc.Tokens[k-1]
		if !text.IsCapitalized(t.Text) || t.POS() == "DT" && k-1 == s.First {
			break
		}
		k--
	}
	return k
}

// meetingDate returns the date or time between tokens from and to nearest
// the trigger at i. Durations and sets say how long or how often.
func (r *meetingReader) meetingDate(s text.Sentence, from, to, i int) *model.Date {
	doc := r.in.Doc
	lo, hi := doc.Tokens[from].Start, doc.Tokens[max(to-1, from)].End()
	at := doc.Tokens[i].Start
	best, dist := -1, 0
	// The dates are in text order: only those starting inside [lo, hi)
	// are looked at, so a sentence of many meetings stays linear.
	first := sort.Search(len(r.in.Dates), func(k int) bool { return r.in.Dates[k].Start >= lo })
	for k := first; k < len(r.in.Dates) && r.in.Dates[k].Start < hi; k++ {
		d := r.in.Dates[k]
		if d.End > hi || d.Type != model.TimexDate && d.Type != model.TimexTime || r.saidOn(s, d) {
			continue
		}
		dd := d.Start - at
		if dd < 0 {
			dd = -dd
		}
		if best < 0 || dd < dist {
			best, dist = k, dd
		}
	}
	if best < 0 {
		return nil
	}
	d := r.in.Dates[best]
	return &d
}

// tokenEndingAt returns the index of the sentence token ending at byte
// offset end, or -1.
func (r *meetingReader) tokenEndingAt(s text.Sentence, end int) int {
	toks := r.in.Doc.Tokens
	// Tokens end in text order: a binary search, not a walk from the
	// sentence's start for every date of a long sentence.
	k := s.First + sort.Search(s.Last-s.First, func(j int) bool { return toks[s.First+j].End() >= end })
	if k < s.Last && toks[k].End() == end {
		return k
	}
	return -1
}

// evidenceBounds returns the token range of the evidence: from the
// subject (or the noun phrase) to the last name, place or date the clause
// gave, at least five words, without closing punctuation.
func (r *meetingReader) evidenceBounds(s text.Sentence, c meetingCandidate) (int, int) {
	doc := r.in.Doc
	first, last := min(c.clause.from, c.trig), max(c.clause.used, c.trig+1)
	for r.wordsIn(first, last) < 5 && last < c.clause.end {
		last++
	}
	for r.wordsIn(first, last) < 5 && first > s.First && doc.Tokens[first-1].Start >= r.in.BodyStart {
		first--
	}
	for r.wordsIn(first, last) < 5 && last < s.Last {
		last++
	}
	for last-1 > c.trig && isPunct(doc.Tokens[last-1].Text) {
		last--
	}
	for first < c.trig && isPunct(doc.Tokens[first].Text) {
		first++
	}
	return first, last
}

func isPunct(s string) bool {
	return strings.Trim(s, ",.;:-—–\"“”'’()") == ""
}

// isSourceOrPlace reports a name that gives the source of the report
// ("according to X") or the place of the action ("in Paris"), as the
// agreements' rule does, except after "from": "delegates from X" meet.
func (r *meetingReader) isSourceOrPlace(s text.Sentence, m ner.Mention) bool {
	doc := r.in.Doc
	if m.First > s.First && strings.EqualFold(doc.Tokens[m.First-1].Text, "from") {
		return false
	}
	return r.f.isSourceOrPlace(doc, s, m)
}

// sideAdjective reports a national adjective before a noun that makes it
// a side: "the Chilean government", "Peruvian delegates".
func (r *meetingReader) sideAdjective(m ner.Mention) bool {
	doc := r.in.Doc
	return m.Last < len(doc.Tokens) && r.mv.sideNouns[doc.Lower(m.Last)]
}

// saidOn reports a date that dates a verb of saying: "said on Monday it
// is in talks", "told reporters Friday".
func (r *meetingReader) saidOn(s text.Sentence, d model.Date) bool {
	doc := r.in.Doc
	// k is the first token at or after the date's start (a binary search:
	// walking from the sentence's start was quadratic in a long sentence).
	k := s.First + sort.Search(s.Last-s.First, func(j int) bool { return doc.Tokens[s.First+j].Start >= d.Start })
	for j := k - 1; j >= s.First && j >= k-2; j-- {
		if r.f.vocab.sayingWords[doc.Lower(j)] {
			return true
		}
	}
	return false
}

// wordsIn counts the tokens in [first, last) that are not punctuation.
func (r *meetingReader) wordsIn(first, last int) int {
	n := 0
	for k := first; k < last; k++ {
		if !isPunct(r.in.Doc.Tokens[k].Text) {
			n++
		}
	}
	return n
}
