package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/quotes"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// assembleQuotes turns the quotes the finder found into the result's
// quotes, numbered in text order, with each speaker resolved to a person or
// organization record where one can be: a mention of the record inside the
// speaker's words ("Foreign Minister Quorble", "ZNA"); for "he" or "she"
// the nearest person named before; for a title ("the minister") the person
// of that title named last before; for a description ("the agency") the
// organization whose name holds its noun; for "the source" the speaker it
// repeats. Each person record lists the ids of its quotes.
func assembleQuotes(doc *text.Document, found []quotes.Quote, res *model.Result, ents entities) {
	res.Quotes = make([]model.Quote, 0, len(found))
	ents.ordered = ordered(ents.mentions)
	people := map[string]int{}
	for i, p := range res.People {
		people[p.ID] = i
	}
	for i, q := range found {
		out := model.Quote{ID: "quote-" + strconv.Itoa(i+1), Kind: q.Kind}
		c := q.Content()
		out.Content = span(doc, c.Start, c.End)
		for _, p := range q.Parts {
			out.Parts = append(out.Parts, span(doc, p.Start, p.End))
		}
		out.Cue = span(doc, q.Cue.Start, q.Cue.End)
		if !q.Speaker.IsZero() {
			out.Speaker = resolveSpeaker(doc, q, found, res, ents)
			if out.Speaker.Kind == model.KindPerson {
				if pi, ok := people[out.Speaker.ID]; ok {
					res.People[pi].Quotes = append(res.People[pi].Quotes, out.ID)
				}
			}
		}
		res.Quotes = append(res.Quotes, out)
	}
}

// resolveSpeaker builds the speaker of q and finds its record.
func resolveSpeaker(doc *text.Document, q quotes.Quote, found []quotes.Quote, res *model.Result, ents entities) *model.Speaker {
	sp := &model.Speaker{Span: span(doc, q.Speaker.Start, q.Speaker.End), Form: q.Form}
	sp.Name = sp.Text
	if q.Antecedent >= 0 {
		ant := found[q.Antecedent]
		sp.Name = doc.Text[ant.Speaker.Start:ant.Speaker.End]
		q = ant
	}
	ref, ok := speakerRecord(doc, q, res, ents)
	if ok {
		sp.Name, sp.Kind, sp.ID = ref.Name, ref.Kind, ref.ID
	}
	return sp
}

// speakerRecord finds the record a speaker's mention refers to.
func speakerRecord(doc *text.Document, q quotes.Quote, res *model.Result, ents entities) (model.Ref, bool) {
	if ref, ok := recordInside(headOf(doc, q.Speaker), ents); ok {
		return ref, true
	}
	words := strings.Fields(strings.ToLower(doc.Text[q.Speaker.Start:q.Speaker.End]))
	head := strings.Trim(words[len(words)-1], ".,")
	if q.Form == model.SpeakerTitle || q.Form == model.SpeakerDescription {
		if ref, ok := appositionPerson(doc, q.Speaker, ents); ok {
			return ref, true // "Portugal's prime minister, Luis Montenegro, announced"
		}
	}
	switch q.Form {
	case model.SpeakerPronoun:
		if head == "he" || head == "she" {
			return nearestBefore(q.Speaker.Start, ents, func(m ner.Mention, ref model.Ref) bool { return ref.Kind == model.KindPerson })
		}
	case model.SpeakerTitle:
		titled := map[string]bool{}
		for _, p := range res.People {
			for _, t := range p.Titles {
				if containsWord(strings.ToLower(t.Text), head) {
					titled[p.ID] = true
				}
			}
		}
		return nearestBefore(q.Speaker.Start, ents, func(m ner.Mention, ref model.Ref) bool { return titled[ref.ID] })
	case model.SpeakerDescription:
		if words[0] == "the" || words[0] == "this" {
			return nearestBefore(q.Speaker.Start, ents, func(m ner.Mention, ref model.Ref) bool {
				return ref.Kind == model.KindOrganization && containsWord(strings.ToLower(ref.Name), head)
			})
		}
	}
	return model.Ref{}, false
}

// appositionPerson returns the person named in an apposition right after
// a speaker's description: ", NAME," then the rest of the sentence.
func appositionPerson(doc *text.Document, s quotes.Span, ents entities) (model.Ref, bool) {
	k := doc.TokenAt(s.End)
	if k+2 >= len(doc.Tokens) || doc.Tokens[k].Text != "," {
		return model.Ref{}, false
	}
	i := sort.Search(len(ents.mentions), func(i int) bool { return ents.mentions[i].First >= k+1 })
	if i >= len(ents.mentions) || ents.mentions[i].First != k+1 || ents.mentions[i].Label != ner.LabelPER {
		return model.Ref{}, false
	}
	m := ents.mentions[i]
	if m.Last >= len(doc.Tokens) || doc.Tokens[m.Last].Text != "," {
		return model.Ref{}, false
	}
	ref, ok := ents.refs.At(m.Start)
	return ref, ok && ref.Kind == model.KindPerson
}

// recordInside returns the record of a person or organization mention in
// s: the last person's, else the last organization's.
func recordInside(s quotes.Span, ents entities) (model.Ref, bool) {
	var person, org model.Ref
	ms := ents.mentions
	if ents.ordered {
		// Only mentions starting in s can lie inside it.
		first := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
		last := sort.Search(len(ms), func(i int) bool { return ms[i].Start > s.End })
		ms = ms[first:max(first, last)]
	}
	for _, m := range ms {
		if m.Start < s.Start || m.End > s.End {
			continue
		}
		ref, ok := ents.refs.At(m.Start)
		switch {
		case !ok:
		case ref.Kind == model.KindPerson:
			person = ref
		case ref.Kind == model.KindOrganization:
			org = ref
		}
	}
	if person.ID != "" {
		return person, true
	}
	return org, org.ID != ""
}

// nearestBefore returns the record of the last mention before off that
// keep accepts.
func nearestBefore(off int, ents entities, keep func(ner.Mention, model.Ref) bool) (model.Ref, bool) {
	n := len(ents.mentions)
	if ents.ordered {
		// Mentions ending after off are skipped: start at the last before.
		n = sort.Search(n, func(i int) bool { return ents.mentions[i].End > off })
	}
	for i := n - 1; i >= 0; i-- {
		m := ents.mentions[i]
		if m.End > off {
			continue
		}
		if ref, ok := ents.refs.At(m.Start); ok && keep(m, ref) {
			return ref, true
		}
	}
	return model.Ref{}, false
}

// ordered reports mentions sorted by offset that do not overlap. Looking
// through all of them for each quote's speaker was quadratic in an
// article's length (a 4 MB article of news: 2.5 s of 16).
func ordered(ms []ner.Mention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			return false
		}
	}
	for _, m := range ms {
		if m.End < m.Start {
			return false
		}
	}
	return true
}

// containsWord reports whether word is one of the words of s.
func containsWord(s, word string) bool {
	for _, w := range strings.Fields(s) {
		if w == word {
			return true
		}
	}
	return false
}

// headOf cuts a speaker's words before a preposition that follows a
// common noun: "a spokeswoman for Jane Roe" is the spokeswoman, not
// Roe ("Secretary of State John Kerry" keeps its name).
func headOf(doc *text.Document, s quotes.Span) quotes.Span {
	words := doc.Text[s.Start:s.End]
	for _, link := range []string{" for ", " of ", " at ", " in ", " from "} {
		i := strings.Index(words, link)
		if i <= 0 {
			continue
		}
		before := strings.Fields(words[:i])
		if last := before[len(before)-1]; !text.IsCapitalized(last) {
			return quotes.Span{Start: s.Start, End: s.Start + i}
		}
	}
	return s
}
