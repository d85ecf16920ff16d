package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/model"
)

// entities is the output of entity assembly: mentions grouped into one
// record per person, place, organization and other named thing.
type entities struct {
	people        []model.Person
	places        []model.Place
	organizations []model.Organization
	misc          []model.Misc
	// mentions are the final mentions, labeled, in text order: what the
	// records were built from, and what agreements look for parties in.
	mentions []EntityMention
	// canonical maps a mention's start offset to its record's name.
	canonical map[int]string
}

// assembleEntities turns recognizer mentions into records: it cuts titles
// off names, takes "Name (ABBR)" aliases, joins a person's mentions and types
// places with the gazetteers.
func (e *Extractor) assembleEntities(doc *Document, ms []EntityMention) entities {
	ms = e.refineMentions(doc, ms)
	out := entities{mentions: ms, canonical: map[int]string{}}
	out.people = e.buildPeople(doc, ms, out.canonical)
	out.places = e.buildPlaces(doc, ms, out.canonical)
	out.organizations = e.buildOrganizations(doc, ms, out.canonical)
	out.misc = buildMisc(doc, ms, out.canonical)
	return out
}

// refineMentions applies the rules that beat the model: a person's title is
// not part of the name, and a capitalized "The" inside a sentence belongs to
// an organization's or work's name ("by The Syrian Observer").
func (e *Extractor) refineMentions(doc *Document, ms []EntityMention) []EntityMention {
	out := ms[:0:0]
	for _, m := range ms {
		if m.Label == LabelPER {
			// Strip leading title words the model swallowed: "Minister Shibani".
			for m.First < m.Last-1 && e.isTitleToken(doc.Tokens[m.First]) {
				m.First++
			}
			m.Start = doc.Tokens[m.First].Start
		}
		if (m.Label == LabelORG || m.Label == LabelMISC) && m.First > 0 {
			prev := doc.Tokens[m.First-1]
			if prev.Text == "The" && doc.Sentences[prev.Sent].First != m.First-1 {
				m.First--
				m.Start = prev.Start
			}
		}
		out = append(out, m)
	}
	return out
}

func (e *Extractor) isTitleToken(t Token) bool {
	low := strings.ToLower(t.Text)
	return e.lexicon.IsTitle(low) || e.lexicon.IsTitleModifier(low)
}

func span(doc *Document, start, end int) model.Span {
	return model.Span{Text: doc.Text[start:end], Start: start, End: end}
}

// mentionText is the mention's text with line breaks folded to spaces.
func mentionText(doc *Document, m EntityMention) string {
	return strings.Join(strings.Fields(doc.Text[m.Start:m.End]), " ")
}

// nameKey is a name token normalized for matching mentions of one person:
// "al-Shibani" and "Shibani" match, as do "Al-Shara" and "al-Shara".
func (e *Extractor) nameKey(tok string) string {
	low := strings.ToLower(tok)
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "at-", "az-"} {
		if strings.HasPrefix(low, p) && len(low) > len(p)+1 {
			return low[len(p):]
		}
	}
	return strings.TrimSuffix(strings.TrimSuffix(low, "’s"), "'s")
}

// buildPeople makes one record per person. A mention joins an earlier,
// longer name when all its name words occur in it ("Shibani" joins "Asaad
// al-Shibani"); among several candidates the nearest preceding wins.
func (e *Extractor) buildPeople(doc *Document, ms []EntityMention, canonical map[int]string) []model.Person {
	type cluster struct {
		keys   map[string]bool
		person model.Person
		first  int
	}
	var idx []int
	for i, m := range ms {
		if m.Label == LabelPER {
			idx = append(idx, i)
		}
	}
	// Longest names first, so that short forms find the full one even when
	// the short form comes first in the text.
	order := append([]int(nil), idx...)
	sort.SliceStable(order, func(a, b int) bool {
		return ms[order[a]].Last-ms[order[a]].First > ms[order[b]].Last-ms[order[b]].First
	})
	var clusters []*cluster
	assigned := map[int]*cluster{}
	for _, i := range order {
		m := ms[i]
		keys := e.nameKeys(doc, m)
		if len(keys) == 0 {
			continue
		}
		var best *cluster
		for _, c := range clusters {
			if !containsAll(c.keys, keys) {
				continue
			}
			if best == nil || nearer(c.first, best.first, m.Start) {
				best = c
			}
		}
		if best == nil {
			best = &cluster{keys: map[string]bool{}, first: m.Start,
				person: model.Person{Name: mentionText(doc, m)}}
			for _, k := range keys {
				best.keys[k] = true
			}
			clusters = append(clusters, best)
		}
		assigned[i] = best
	}
	for _, i := range idx {
		c, ok := assigned[i]
		if !ok {
			continue
		}
		m := ms[i]
		canonical[m.Start] = c.person.Name
		c.person.Mentions = append(c.person.Mentions, span(doc, m.Start, m.End))
		if c.first > m.Start {
			c.first = m.Start
		}
		title, aff := e.titleBefore(doc, m)
		if title != nil && !hasSpanText(c.person.Titles, title.Text) {
			c.person.Titles = append(c.person.Titles, *title)
		}
		if aff != nil && c.person.Affiliation == nil {
			c.person.Affiliation = aff
		}
	}
	sort.SliceStable(clusters, func(a, b int) bool { return clusters[a].first < clusters[b].first })
	people := make([]model.Person, 0, len(clusters))
	for _, c := range clusters {
		if len(c.person.Mentions) == 0 {
			continue
		}
		if c.person.Titles == nil {
			c.person.Titles = []model.Span{}
		}
		people = append(people, c.person)
	}
	return people
}

// nearer reports whether a cluster first seen at a is a better antecedent
// for a mention at pos than one first seen at b: the closest preceding one.
func nearer(a, b, pos int) bool {
	if (a <= pos) != (b <= pos) {
		return a <= pos
	}
	if a <= pos {
		return a > b
	}
	return a < b
}

func (e *Extractor) nameKeys(doc *Document, m EntityMention) []string {
	var keys []string
	for _, t := range doc.Tokens[m.First:m.Last] {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		low := strings.ToLower(t.Text)
		if e.lexicon.IsNameParticle(low) {
			continue
		}
		keys = append(keys, e.nameKey(t.Text))
	}
	return keys
}

func containsAll(set map[string]bool, keys []string) bool {
	for _, k := range keys {
		if !set[k] {
			return false
		}
	}
	return true
}

func hasSpanText(spans []model.Span, text string) bool {
	for _, s := range spans {
		if strings.EqualFold(s.Text, text) {
			return true
		}
	}
	return false
}

// titleBefore reads the title and affiliation written just before a
// person's name: "Syrian Foreign Minister Asaad al-Shibani" gives the title
// "Foreign Minister" and the affiliation Syria; "U.S. envoy Thomas Barack"
// gives "envoy" and the United States. The title is the run of title words
// and capitalized words ending in a title word right before the name.
func (e *Extractor) titleBefore(doc *Document, m EntityMention) (*model.Span, *model.Affiliation) {
	toks := doc.Tokens
	sentFirst := doc.Sentences[toks[m.First].Sent].First
	j := m.First - 1
	if j < sentFirst || !e.lexicon.IsTitle(strings.ToLower(toks[j].Text)) {
		return nil, nil
	}
	end := toks[j].End
	start := toks[j].Start
	maxWords := e.lexicon.MaxPhraseWords() + 3
	for k := j - 1; k >= sentFirst && j-k < maxWords; k-- {
		t := toks[k]
		low := strings.ToLower(t.Text)
		if e.isAffiliationToken(t) {
			break
		}
		if e.lexicon.IsTitle(low) || e.lexicon.IsTitleModifier(low) || isCapitalized(t.Text) && !isSentenceInitialFunctionWord(doc, k) {
			start = t.Start
			continue
		}
		break
	}
	title := span(doc, start, end)
	// The affiliation is the word before the title: a demonym, a country or
	// an organization.
	var aff *model.Affiliation
	k := doc.tokenAt(start) - 1
	if k >= sentFirst {
		aff = e.affiliationAt(doc, k)
	}
	return &title, aff
}

// isAffiliationToken reports a word that names a country by demonym or by
// name: the left edge of a title.
func (e *Extractor) isAffiliationToken(t Token) bool {
	if _, ok := e.lexicon.Demonym(t.Text); ok {
		return true
	}
	_, ok := e.lexicon.Country(t.Text)
	return ok
}

func (e *Extractor) affiliationAt(doc *Document, k int) *model.Affiliation {
	t := doc.Tokens[k]
	if c, ok := e.lexicon.Demonym(t.Text); ok {
		return &model.Affiliation{Name: c, Type: "country", Evidence: span(doc, t.Start, t.End)}
	}
	if c, ok := e.lexicon.Country(t.Text); ok {
		return &model.Affiliation{Name: c, Type: "country", Evidence: span(doc, t.Start, t.End)}
	}
	return nil
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isSentenceInitialFunctionWord: "The" or "A" opening a sentence is
// capitalized for grammar, not because it names something.
func isSentenceInitialFunctionWord(doc *Document, k int) bool {
	switch doc.Tokens[k].POS {
	case "DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "TO":
		return true
	}
	return false
}

// tokenAt returns the index of the token starting at byte offset off.
func (d *Document) tokenAt(off int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= off })
}
