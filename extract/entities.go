package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsextract/newsextract/internal/events"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
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
	mentions []ner.Mention
	// refs maps a mention's start offset to a reference to its record.
	refs *events.Refs
	// ordered is set, by assembleQuotes, when the mentions are sorted and
	// do not overlap, so that those inside a span are found by binary
	// search.
	ordered bool
}

// assembleEntities turns recognizer mentions into records: it cuts titles
// off names, takes "Name (ABBR)" aliases, joins a person's mentions and types
// places with the gazetteers.
func (e *Extractor) assembleEntities(doc *text.Document, ms []ner.Mention) entities {
	ms = e.placePairs(doc, e.datelineNames(doc, e.refineMentions(doc, ms)))
	ms = ordinalStreets(doc, e.roadPlaces(doc, e.coordinatedTowns(doc, ms, fullNameSurnames(doc, ms))))
	ms = e.parenthesizedTowns(doc, ms)
	out := entities{mentions: ms, refs: &events.Refs{}}
	out.people = e.buildPeople(doc, ms, out.refs)
	out.places = e.buildPlaces(doc, ms, out.refs)
	out.organizations = e.buildOrganizations(doc, ms, out.refs)
	out.misc = buildMisc(doc, ms, out.refs)
	out.refs.Seal()
	book := newPlaceBook(out.places)
	e.linkPeoplesToPlaces(doc, out.misc, book)
	e.linkOrganizationsToPlaces(out.organizations, book)
	e.linkSitesToPlaces(doc, out.organizations, book)
	out.places = book.list
	return out
}

func (e *Extractor) isTitleToken(doc *text.Document, k int) bool {
	low := doc.Lower(k)
	return e.lexicon.IsTitle(low) || e.lexicon.IsTitleModifier(low)
}

// isGivenName reports whether word is a given name: the lexicon's given
// names, and the title words that are more often one (given-name-titles.txt).
func (e *Extractor) isGivenName(word string) bool {
	return e.lexicon.IsGivenName(word) || e.words.givenTitles[strings.ToLower(word)]
}

// titleIsGivenName reports whether the title word at token k, opening a
// person's name that ends before last, is the person's given name: a word
// the lexicon lists as a given name ("Earl"), or a title word that is more
// often one ("Dean Jones", given-name-titles.txt) unless another given
// name follows it ("Dean John Manning of the law school").
func (e *Extractor) titleIsGivenName(doc *text.Document, k, last int) bool {
	word := doc.Tokens[k].Text
	if e.lexicon.IsGivenName(word) {
		return true
	}
	return e.words.givenTitles[doc.Lower(k)] && (k+1 >= last || !e.lexicon.IsGivenName(doc.Tokens[k+1].Text))
}

// isPlace reports a place mention spanning exactly [start, end).
func (ents entities) isPlace(start, end int) bool {
	i := sort.Search(len(ents.mentions), func(i int) bool { return ents.mentions[i].Start >= start })
	for ; i < len(ents.mentions) && ents.mentions[i].Start == start; i++ {
		if ents.mentions[i].End == end && ents.mentions[i].Label == ner.LabelLOC {
			return true
		}
	}
	return false
}

func span(doc *text.Document, start, end int) model.Span {
	return model.Span{Text: doc.Text[start:end], Start: start, End: end}
}

// mentionText is the mention's text with line breaks folded to spaces.
func mentionText(doc *text.Document, m ner.Mention) string {
	return text.SingleSpaced(doc.Text[m.Start:m.End])
}

// nameKey is a name token normalized for matching mentions of one person:
// "al-Quorbi" and "Quorbi" match, as do "Al-Zedi" and "al-Zedi".
func nameKey(tok string) string {
	return lowerNameKey(strings.ToLower(withoutAccents(tok)))
}

// lowerNameKey is nameKey of a token already lower-cased and without
// accents.
func lowerNameKey(low string) string {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "at-", "az-"} {
		if strings.HasPrefix(low, p) && len(low) > len(p)+1 {
			return low[len(p):]
		}
	}
	return strings.TrimSuffix(strings.TrimSuffix(low, "’s"), "'s")
}

// withoutAccents drops combining marks: "García" and "Garcia" are one
// name. It decomposes, drops the nonspacing marks and composes again, each
// step over a whole string: a chain of x/text transformers does the same
// with 4 KB buffers per step and call, which a process paid some hundred
// times before its first result (the listed aliases' keys).
func withoutAccents(s string) string {
	if isASCII(s) {
		return s
	}
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// cluster is one person's set of name keys, gathered from the longest
// mention down; first is the offset of its earliest mention so far.
type cluster struct {
	keys  []string        // without repeats
	set   map[string]bool // the keys, once there are more than a few
	name  string
	first int
}

// fewKeys is the most keys a cluster looks through in a list.
const fewKeys = 8

// has reports whether k is one of c's keys.
func (c *cluster) has(k string) bool {
	if c.set != nil {
		return c.set[k]
	}
	return slices.Contains(c.keys, k)
}

// add adds key k, and reports whether it was new.
func (c *cluster) add(k string) bool {
	if c.has(k) {
		return false
	}
	c.keys = append(c.keys, k)
	if c.set != nil {
		c.set[k] = true
	} else if len(c.keys) > fewKeys {
		c.set = make(map[string]bool, len(c.keys))
		for _, k := range c.keys {
			c.set[k] = true
		}
	}
	return true
}

// buildPeople makes one record per person. A mention joins an earlier,
// longer name when all its name words occur in it ("Quorbi" joins "Anna
// al-Quorbi"); among several candidates the nearest preceding wins.
func (e *Extractor) buildPeople(doc *text.Document, ms []ner.Mention, refs *events.Refs) []model.Person {
	clusterOf, people := e.clusterPeople(doc, ms)
	var mentionAt mentionIndex // read only around people
	if people > 0 {
		mentionAt = mentionsByToken(doc, ms)
	}
	rs := newRecords(personFields)
	// recordOf maps a person mention's index to its record; titledWithout
	// holds, by mention index, the titles that name no affiliation: those
	// mentions may share one from a list.
	recordOf := map[int]int{}
	titledWithout := map[int]model.Span{}
	for i, m := range ms {
		c := clusterOf[i]
		if c == nil {
			continue
		}
		r := rs.file(doc, m, c.name, func() model.Person { // a name belongs to one cluster: equal names have equal keys
			return model.Person{Name: c.name, Titles: []model.Span{}}
		})
		recordOf[i] = r
		if title := e.addTitles(doc, m, mentionAt, &rs.list[r]); title != nil {
			titledWithout[i] = *title
		}
	}
	shareListAffiliations(doc, ms, rs.list, recordOf, titledWithout)
	return rs.finish(refs)
}

// maxCandidates bounds the clusters a person mention is compared with.
const maxCandidates = 256

// clusterPeople assigns every person mention with name words to a cluster.
// Longest names go first, so that short forms find the full one even when
// the short form comes first in the text. It returns the cluster of each
// mention by index (nil for none) and how many mentions have one.
func (e *Extractor) clusterPeople(doc *text.Document, ms []ner.Mention) ([]*cluster, int) {
	var order []int
	for i, m := range ms {
		if m.Label == ner.LabelPER {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return (ms[b].Last - ms[b].First) - (ms[a].Last - ms[a].First)
	})
	// withKey lists, in the order made, the clusters that hold a key: a
	// cluster that holds all of a mention's keys is in the list of each,
	// so the shortest list is the only one to search, and an article of
	// many different names costs linear time, not quadratic. Of a list
	// longer than maxCandidates (thousands of people sharing a name word:
	// not news, but an input built to be slow) only the last made are
	// searched, so the cost stays linear.
	withKey := map[string][]*cluster{}
	assigned, n := make([]*cluster, len(ms)), 0
	aliases := e.personAliases(doc, ms)
	for _, i := range order {
		m := ms[i]
		keys := e.nameKeys(doc, m)
		if full, ok := aliases.get(mentionText(doc, m)); ok && len(full) > 0 {
			keys = full // "Jokowi" joins "Joko Widodo"
		}
		if len(keys) == 0 {
			continue
		}
		candidates := withKey[keys[0]]
		for _, k := range keys[1:] {
			if len(withKey[k]) < len(candidates) {
				candidates = withKey[k]
			}
		}
		candidates = candidates[max(0, len(candidates)-maxCandidates):]
		var best *cluster
		for _, c := range candidates {
			if c.hasAll(keys) && (best == nil || nearer(c.first, best.first, m.Start)) {
				best = c
			}
		}
		if best == nil {
			best = &cluster{keys: make([]string, 0, len(keys)), name: mentionText(doc, m), first: m.Start}
			for _, k := range keys {
				if best.add(k) {
					withKey[k] = append(withKey[k], best)
				}
			}
		}
		assigned[i] = best
		n++
	}
	return assigned, n
}

// addTitles adds the titles and the affiliation written around mention m
// to person p. It returns the title before the name when that title names
// no affiliation, for shareListAffiliations.
func (e *Extractor) addTitles(doc *text.Document, m ner.Mention, mentionAt mentionIndex, p *model.Person) *model.Span {
	var bare *model.Span
	title, aff := e.titleBefore(doc, m, mentionAt)
	if title != nil && aff == nil {
		bare = title
	}
	if title != nil && !hasTitle(p.Titles, title.Text) {
		p.Titles = append(p.Titles, *title)
	}
	if aff != nil && p.Affiliation == nil {
		p.Affiliation = aff
	}
	if title, aff := e.titleAfter(doc, m, mentionAt); title != nil {
		if !hasTitle(p.Titles, title.Text) {
			p.Titles = append(p.Titles, *title)
		}
		if aff != nil && p.Affiliation == nil {
			p.Affiliation = aff
		}
	}
	return bare
}

// shareListAffiliations lets a person in a list take the affiliation of the
// person before: in "Zedlandic Foreign Minister A, Intelligence Chief B, and
// Quorbian Minister C", B is Zedlandic too. Only a comma-joined, titled person
// without an affiliation of their own inherits.
func shareListAffiliations(doc *text.Document, ms []ner.Mention, people []model.Person, recordOf map[int]int, titled map[int]model.Span) {
	prev := -1
	prevEnd := -1
	for i, m := range ms {
		r, ok := recordOf[i]
		if !ok {
			continue
		}
		title, bare := titled[i]
		if bare && prev >= 0 && people[r].Affiliation == nil && people[prev].Affiliation != nil {
			if k := doc.TokenAt(title.Start) - 1; k == prevEnd && doc.Tokens[k].Text == "," {
				inherited := *people[prev].Affiliation
				people[r].Affiliation = &inherited
			}
		}
		prev, prevEnd = r, m.Last
	}
}

// mentionIndex tells the mention a token is inside: of two that hold it,
// the later in ms.
type mentionIndex struct {
	ms []ner.Mention
	at []int32 // by token, 1 + the mention's index in ms; 0 outside any
}

// mentionsByToken indexes the tokens inside mentions ms of doc.
func mentionsByToken(doc *text.Document, ms []ner.Mention) mentionIndex {
	at := make([]int32, len(doc.Tokens))
	for i, m := range ms {
		for k := max(m.First, 0); k < min(m.Last, len(at)); k++ {
			at[k] = int32(i + 1)
		}
	}
	return mentionIndex{ms: ms, at: at}
}

// get returns the mention holding token k, if any.
func (x mentionIndex) get(k int) (ner.Mention, bool) {
	if k < 0 || k >= len(x.at) || x.at[k] == 0 {
		return ner.Mention{}, false
	}
	return x.ms[x.at[k]-1], true
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

func (e *Extractor) nameKeys(doc *text.Document, m ner.Mention) []string {
	var keys []string
	for k := m.First; k < m.Last; k++ {
		t := doc.Tokens[k].Text
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsLetter(r) {
			continue
		}
		low := doc.Lower(k)
		if e.lexicon.IsNameParticle(low) {
			continue
		}
		if isASCII(t) {
			keys = append(keys, lowerNameKey(low)) // no accents to drop
		} else {
			keys = append(keys, nameKey(t))
		}
	}
	return keys
}

// hasAll reports whether every one of keys is c's.
func (c *cluster) hasAll(keys []string) bool {
	for _, k := range keys {
		if !c.has(k) {
			return false
		}
	}
	return true
}

// hasTitle reports whether title, or a longer title ending in it, is
// already known: "Minister" adds nothing to "Foreign Minister".
func hasTitle(titles []model.Span, title string) bool {
	low := strings.ToLower(title)
	for _, t := range titles {
		have := strings.ToLower(t.Text)
		if have == low || strings.HasSuffix(have, " "+low) {
			return true
		}
	}
	return false
}

// titleBefore reads the title and affiliation written just before a
// person's name: "Zedlandic Foreign Minister Anna al-Quorbi" gives the title
// "Foreign Minister" and the affiliation Zedland; "U.S. envoy John Quorby"
// gives "envoy" and the United States; "Celtica founder Paolo Renzi" gives
// "founder" and the organization Celtica. The title is the run of title
// words, capitalized words and common nouns ("energy minister") that ends
// in a title word right before the name; it stops at a demonym, a country
// or another mention, which is the affiliation.
func (e *Extractor) titleBefore(doc *text.Document, m ner.Mention, mentionAt mentionIndex) (*model.Span, *model.Affiliation) {
	toks := doc.Tokens
	sentFirst := doc.Sentences[toks[m.First].Sent].First
	j := m.First - 1
	if j < sentFirst {
		return nil, nil
	}
	head := e.titleEndingAt(doc, sentFirst, j)
	if head < 0 {
		return nil, nil
	}
	end := toks[j].End()
	start := toks[head].Start
	k := head - 1
	for ; k >= sentFirst && j-k < 8; k-- {
		t := toks[k]
		if _, inMention := mentionAt.get(k); inMention || e.isAffiliationToken(t) {
			break
		}
		low := doc.Lower(k)
		if e.lexicon.IsTitle(low) || e.lexicon.IsTitleModifier(low) ||
			text.IsCapitalized(t.Text) && !doc.IsFunctionWord(k) ||
			t.POS() == "NN" && !text.IsCapitalized(t.Text) && e.lexicon.IsTitle(doc.Lower(k+1)) {
			start = t.Start
			continue
		}
		break
	}
	title := span(doc, start, end)
	var aff *model.Affiliation
	if k >= sentFirst {
		aff = e.affiliationAt(doc, k, mentionAt)
	}
	return &title, aff
}

// titleAfter reads a title in apposition after a name: "Jane Doe, the
// French foreign minister, said" gives "foreign minister" and France; "John
// Roe, Israel's ambassador to Egypt," gives "ambassador" and Israel; "Ana
// Lima, a spokeswoman for the Red Cross," gives "spokeswoman" and the Red
// Cross. The appositive must close with a comma or the sentence's end, and
// hold no verb, so that a clause after a comma is not taken for a title.
func (e *Extractor) titleAfter(doc *text.Document, m ner.Mention, mentionAt mentionIndex) (*model.Span, *model.Affiliation) {
	toks := doc.Tokens
	sentLast := doc.Sentences[toks[m.First].Sent].Last
	k := m.Last
	if k >= sentLast || toks[k].Text != "," {
		return nil, nil
	}
	k++
	if k < sentLast && toks[k].POS() == "DT" {
		k++
	}
	var aff *model.Affiliation
	if k < sentLast {
		if a := e.affiliationAt(doc, k, mentionAt); a != nil {
			aff = a
			if mm, ok := mentionAt.get(k); ok {
				k = mm.Last
			} else {
				k++
			}
			if k < sentLast && (toks[k].Text == "’s" || toks[k].Text == "'s") {
				k++
			}
		}
	}
	start := k
	head := -1
	for ; k < sentLast && k-start < 6; k++ {
		t := toks[k]
		if t.Text == "," || t.Text == "." {
			break
		}
		if strings.HasPrefix(t.POS(), "VB") || t.POS() == "MD" {
			return nil, nil
		}
		if end := e.titleEndingAt(doc, start, k); end >= 0 && (k+1 >= sentLast || !e.lexicon.IsTitle(doc.Lower(k+1))) {
			head = k
			break
		}
	}
	if head < 0 || start > head {
		return nil, nil
	}
	// What follows the head must close the appositive: ",", "." or an
	// "of/for/to X" naming the employer.
	j := head + 1
	if j < sentLast && (toks[j].Text == "of" || toks[j].Text == "for" || toks[j].Text == "to" || toks[j].Text == "at") {
		prep := toks[j].Text
		j++
		if j < sentLast && toks[j].POS() == "DT" {
			j++
		}
		if mm, ok := mentionAt.get(j); ok && mm.First == j {
			// "ambassador to Egypt" names the post, not the employer.
			if aff == nil && prep != "to" {
				aff = e.affiliationAt(doc, mm.Last-1, mentionAt)
			}
			j = mm.Last
		}
	}
	if j < sentLast && toks[j].Text != "," && toks[j].Text != "." {
		return nil, nil
	}
	title := span(doc, toks[start].Start, toks[head].End())
	return &title, aff
}

// titleEndingAt returns the first token of the longest lexicon title that
// ends at token j ("Secretary of State", "Foreign Minister", "envoy"), or -1.
func (e *Extractor) titleEndingAt(doc *text.Document, sentFirst, j int) int {
	best := -1
	// The phrase of tokens k..j, lower case and single-spaced, is written
	// right to left into buf, so that each longer phrase costs only its new
	// word (it was rebuilt from all its words, a string each time). A
	// phrase too long for buf goes on as a string. A phrase longer than
	// any title ends the search: the phrases only grow (a phrase of more
	// than 32 bytes was copied to the heap to be looked up).
	var buf [128]byte
	pos := len(buf)
	long, overflow := "", false
	maxLen := e.lexicon.MaxTitleLen()
	for k := j; k >= sentFirst && j-k < e.lexicon.MaxPhraseWords(); k-- {
		w := doc.Lower(k)
		sep := 0
		if k < j {
			sep = 1
		}
		if !overflow && len(w)+sep <= pos {
			if sep == 1 {
				pos--
				buf[pos] = ' '
			}
			pos -= len(w)
			copy(buf[pos:], w)
			if len(buf)-pos > maxLen {
				break
			}
			if e.lexicon.IsTitle(string(buf[pos:])) {
				best = k
			}
			continue
		}
		if !overflow {
			long, overflow = string(buf[pos:]), true
		}
		if k == j {
			long = w
		} else {
			long = w + " " + long
		}
		if len(long) > maxLen {
			break
		}
		if e.lexicon.IsTitle(long) {
			best = k
		}
	}
	return best
}

// isAffiliationToken reports a word that names a country by demonym or by
// name: the left edge of a title.
func (e *Extractor) isAffiliationToken(t text.Token) bool {
	if _, ok := e.lexicon.Demonym(t.Text); ok {
		return true
	}
	_, ok := e.lexicon.Country(t.Text)
	return ok
}

// affiliationAt reads the affiliation at token k, the word before a
// title: a demonym or country name gives a country, the last token of an
// organization mention gives the organization.
func (e *Extractor) affiliationAt(doc *text.Document, k int, mentionAt mentionIndex) *model.Affiliation {
	t := doc.Tokens[k]
	if c, ok := e.lexicon.Demonym(t.Text); ok {
		return &model.Affiliation{Name: c, Type: model.AffiliationCountry, Evidence: span(doc, t.Start, t.End())}
	}
	if c, ok := e.lexicon.Country(t.Text); ok {
		return &model.Affiliation{Name: c, Type: model.AffiliationCountry, Evidence: span(doc, t.Start, t.End())}
	}
	m, ok := mentionAt.get(k)
	if !ok || m.Last != k+1 {
		return nil
	}
	name := mentionText(doc, m)
	switch m.Label {
	case ner.LabelORG:
		return &model.Affiliation{Name: name, Type: model.AffiliationOrganization, Evidence: span(doc, m.Start, m.End)}
	case ner.LabelLOC:
		if c, ok := e.lexicon.Country(name); ok {
			return &model.Affiliation{Name: c, Type: model.AffiliationCountry, Evidence: span(doc, m.Start, m.End)}
		}
	case ner.LabelMISC:
		if c, ok := e.lexicon.Demonym(name); ok {
			return &model.Affiliation{Name: c, Type: model.AffiliationCountry, Evidence: span(doc, m.Start, m.End)}
		}
	}
	return nil
}
