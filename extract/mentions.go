package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// refineMentions applies the rules that beat the model: a person's title is
// not part of the name, and a capitalized "The" inside a sentence belongs to
// an organization's or work's name ("by The Zedland Observer"). It and
// the rules after it (documentRules) rewrite ms in place: the list is
// theirs, and a copy per rule was a good part of the article's garbage.
func (e *Extractor) refineMentions(doc *text.Document, ms []ner.Mention) []ner.Mention {
	out := ms[:0] // one mention out per mention in: never ahead of the reading
	surnames, placedAlways := fullNameSurnames(doc, ms), e.placedAlways(doc, ms)
	regions := map[string]bool{}
	for _, m := range ms {
		// "A High Court judge": a determiner opening a sentence is not
		// part of the name the model found after it.
		for m.First < m.Last-1 && doc.Tokens[m.First].Text != "The" && isLeadingArticle(doc, m.First) {
			m.First++
			m.Start = doc.Tokens[m.First].Start
		}
		if m.Label == ner.LabelPER {
			// Strip leading title words the model swallowed: "Minister Quorble".
			for m.First < m.Last-1 && e.isTitleToken(doc, m.First) && !e.titleIsGivenName(doc, m.First, m.Last) {
				m.First++
			}
			m.Start = doc.Tokens[m.First].Start
		}
		if m.Label == ner.LabelLOC && e.isCitedSource(doc, m) {
			m.Label = ner.LabelORG
		}
		if (m.Label == ner.LabelORG || m.Label == ner.LabelLOC) && e.namesRegion(doc, m) {
			regions[mentionText(doc, m)] = true
		}
		if m.Label == ner.LabelPER && e.resolver.IsLandmark(mentionText(doc, m)) || e.beforeRegionNoun(doc, m) || e.endsInPlaceHead(doc, m) || afterBlockOf(doc, m) || e.locatedFacility(doc, m) || e.townAfterPreposition(doc, m, surnames, placedAlways) || e.startsWithPlacePrefix(doc, m) || e.beforeSiteNoun(doc, m) {
			m.Label = ner.LabelLOC
		}
		if e.endsInMiscHead(doc, m) {
			m.Label = ner.LabelMISC
		}
		out = append(out, e.withHonorific(doc, m))
	}
	// "the restive Quorby province": the region is a place wherever else
	// the story names it too. So is a country's name that the story uses
	// as a place once ("US officials", "the US imposed sanctions").
	places := e.countriesAsPlaces(doc, out)
	for i, m := range out {
		if m.Label == ner.LabelORG && (regions[mentionText(doc, m)] || places[mentionText(doc, m)]) {
			out[i].Label = ner.LabelLOC
		}
	}
	return e.documentRules(doc, out)
}

// documentRules runs the rules that read a mention against the rest of the
// article, in this order: spans first (names cut at a title or a particle
// joined, runs merged), then labels from the whole story (majorities,
// headlines, companies, teams, names of today, short forms), then the
// wire's own lines (datelines, picture credits, bylines), which overrule
// what came before on their lines.
func (e *Extractor) documentRules(doc *text.Document, ms []ner.Mention) []ner.Mention {
	// Spans.
	ms = e.splitTitledNames(doc, ms)
	ms = e.joinPatronymics(doc, ms)
	ms = e.joinBridgedNames(doc, ms)
	ms = e.mergeOrgRuns(doc, ms)
	ms = e.countryInstitutions(doc, ms)
	ms = e.formalCountryNames(doc, ms)
	// Labels from the whole story.
	ms = e.majorityLabels(doc, ms)
	ms = e.dropPartyStateTags(doc, ms)
	ms = e.companyShortForms(doc, ms)
	ms = e.headlineMentions(doc, ms)
	ms = e.companyNounLabels(doc, ms)
	ms = e.teamLabels(doc, ms)
	ms = e.knownNameLabels(doc, ms)
	ms = shortFormLabels(doc, ms)
	ms = aliasLabels(doc, ms)
	ms = personOrOrganization(doc, ms)
	// The wire's own lines.
	ms = datelinePlaces(doc, ms)
	ms = e.creditMentions(doc, ms)
	return e.bylinePeople(doc, ms)
}

// countriesAsPlaces lists the names of the mentions ms reads as places
// that the lexicon lists as a country's, as written ("US", "Germany"): a
// story that names a country as a place means the country wherever it
// names it, however the recognizer reads the other mentions. (A country's
// name that is only ever an organization, a club's "Monaco" in a league
// table, stays one.)
func (e *Extractor) countriesAsPlaces(doc *text.Document, ms []ner.Mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		if m.Label != ner.LabelLOC {
			continue
		}
		if _, ok := e.lexicon.Country(mentionText(doc, m)); ok {
			out[mentionText(doc, m)] = true
		}
	}
	return out
}

// teamLabels makes a place's name other than a country's a team, an
// organization, where the text
// gives it a win-loss record ("Nebraska ( 4-2 )") or makes it win or
// lose against another name ("Oregon beat Utah"), and so
// wherever else the story names it.
func (e *Extractor) teamLabels(doc *text.Document, ms []ner.Mention) []ner.Mention {
	teams := map[string]bool{}
	for i, m := range ms {
		if m.Label != ner.LabelLOC {
			continue
		}
		name := mentionText(doc, m)
		if _, country := e.lexicon.Country(name); country || e.words.homeNations[strings.ToLower(name)] {
			continue // national sides keep their country's label, as CoNLL has it
		}
		if hasWinLossRecord(doc, m.Last) || e.playsAgainst(doc, ms, i) {
			teams[name] = true
		}
	}
	for i, m := range ms {
		if m.Label == ner.LabelLOC && teams[mentionText(doc, m)] {
			ms[i].Label = ner.LabelORG
		}
	}
	return ms
}

// recordRE matches a win-loss record: "6-6", "4-0-1".
var recordRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d{1,3}-\d{1,3}(?:-\d{1,3})?$`) })

// hasWinLossRecord reports a win-loss record in parentheses at token k.
func hasWinLossRecord(doc *text.Document, k int) bool {
	return k+2 < len(doc.Tokens) && doc.Tokens[k].Text == "(" && recordRE().MatchString(doc.Tokens[k+1].Text) && doc.Tokens[k+2].Text == ")"
}

// playsAgainst reports a place mention right before a match verb that
// another name follows, or right after one that another name precedes.
func (e *Extractor) playsAgainst(doc *text.Document, ms []ner.Mention, i int) bool {
	m := ms[i]
	if k := m.Last; k < len(doc.Tokens) && e.words.matchVerbs[doc.Tokens[k].Text] && i+1 < len(ms) && ms[i+1].First == k+1 {
		return true
	}
	k := m.First - 1
	return k > 0 && e.words.matchVerbs[doc.Tokens[k].Text] && i > 0 && ms[i-1].Last == k
}

// afterCompanyNoun reports a mention right after a company noun of its
// sentence ("sportswear maker X").
func (e *Extractor) afterCompanyNoun(doc *text.Document, m ner.Mention) bool {
	if m.First == 0 {
		return false
	}
	prev := doc.Tokens[m.First-1]
	return prev.Sent == doc.Tokens[m.First].Sent && strings.HasPrefix(prev.POS(), "NN") && e.words.companyNouns[prev.Text]
}

// companyNounLabels makes a name that a company noun introduces ("maker
// X" in "sportswear maker X", "the lender X") an organization,
// in that sentence and wherever else the story names it: the recognizer
// reads an unknown one-word company as a person.
func (e *Extractor) companyNounLabels(doc *text.Document, ms []ner.Mention) []ner.Mention {
	orgs := map[string]bool{}
	for _, m := range ms {
		if m.Label == ner.LabelLOC {
			continue
		}
		if e.afterCompanyNoun(doc, m) || m.Label == ner.LabelPER && e.companyApposition(doc, m) {
			orgs[mentionText(doc, m)] = true
		}
	}
	for i, m := range ms {
		if orgs[mentionText(doc, m)] && m.Label != ner.LabelLOC {
			ms[i].Label = ner.LabelORG
		}
	}
	return ms
}

// personOrOrganization gives one name one of the two labels when the
// recognizer read it as a person in one sentence and an organization in
// another: the label most of its mentions have, else its first mention's.
// A person and a company that share a name in one story are rare; a
// recognizer unsure of a name is not.
func personOrOrganization(doc *text.Document, ms []ner.Mention) []ner.Mention {
	type tally struct {
		per, org int
		first    string
	}
	tallies := map[string]tally{}
	mixed := false // a name has both labels
	for _, m := range ms {
		if m.Label != ner.LabelPER && m.Label != ner.LabelORG {
			continue
		}
		k := mentionText(doc, m)
		t, ok := tallies[k]
		if !ok {
			t.first = m.Label
		}
		if m.Label == ner.LabelPER {
			t.per++
		} else {
			t.org++
		}
		tallies[k] = t
		mixed = mixed || t.per > 0 && t.org > 0
	}
	if !mixed {
		return ms // as in most articles: no name has both labels
	}
	for i, m := range ms {
		t, ok := tallies[mentionText(doc, m)]
		if !ok || t.per == 0 || t.org == 0 {
			continue
		}
		switch {
		case t.per > t.org:
			ms[i].Label = ner.LabelPER
		case t.org > t.per:
			ms[i].Label = ner.LabelORG
		default:
			ms[i].Label = t.first
		}
	}
	return ms
}

// knownNameLabels gives a mention whose whole text is a name of today
// ("Brexit", "Airbnb", "Obama") the label of the known-names list, and adds
// a mention for such a name the recognizer missed: it learned its labels
// from news of 1996.
func (e *Extractor) knownNameLabels(doc *text.Document, ms []ner.Mention) []ner.Mention {
	covered := make([]bool, len(doc.Tokens))
	for i, m := range ms {
		if label, ok := e.words.knownNames[mentionText(doc, m)]; ok {
			ms[i].Label = label
		}
		for k := m.First; k < m.Last; k++ {
			covered[k] = true
		}
	}
	var added []ner.Mention
	for i := 0; i < len(doc.Tokens); i++ {
		if m, ok := e.knownNameAt(doc, i, covered); ok {
			added = append(added, m)
			i = m.Last - 1
		}
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	slices.SortFunc(ms, func(a, b ner.Mention) int { return a.First - b.First })
	return ms
}

// knownNameAt finds the longest known name of up to four capitalized
// tokens, none inside a mention, that starts at token i.
func (e *Extractor) knownNameAt(doc *text.Document, i int, covered []bool) (ner.Mention, bool) {
	if w := doc.Tokens[i].Text; !e.words.knownFirstWords.MayHold(w) || !e.words.knownFirst[w] {
		return ner.Mention{}, false
	}
	for n := 4; n > 0; n-- {
		last := i + n
		if last > len(doc.Tokens) || doc.Tokens[last-1].Sent != doc.Tokens[i].Sent || slices.Contains(covered[i:last], true) {
			continue
		}
		m := ner.Mention{Start: doc.Tokens[i].Start, End: doc.Tokens[last-1].End(), First: i, Last: last}
		if label, ok := e.words.knownNames[mentionText(doc, m)]; ok {
			m.Label = label
			return m, true
		}
	}
	return ner.Mention{}, false
}

// shortFormLabels gives a one-word mention that is the surname of a person
// the article names in full the person's label: after "Barack Obama",
// "Obama" is the person even where the recognizer read an organization. A
// word that also begins or ends another kind of name ("Henry Ford" and
// "Ford Motor") is left alone.
func shortFormLabels(doc *text.Document, ms []ner.Mention) []ner.Mention {
	surnames, otherWords := map[string]bool{}, map[string]bool{}
	for _, m := range ms {
		if m.Last-m.First < 2 {
			continue
		}
		first, last := doc.Tokens[m.First].Text, doc.Tokens[m.Last-1].Text
		if m.Label == ner.LabelPER {
			surnames[last] = true
		} else {
			otherWords[first], otherWords[last] = true, true
		}
	}
	for i, m := range ms {
		if m.Last-m.First != 1 || m.Label == ner.LabelPER {
			continue
		}
		if w := doc.Tokens[m.First].Text; surnames[w] && !otherWords[w] {
			ms[i].Label = ner.LabelPER
		}
	}
	return ms
}

// beforeRegionNoun reports an organization name written right before a
// strong region noun that ends its noun phrase: in "Sylhet and Sunamganj
// districts" Sunamganj is a place. Acronyms ("the NATO region"), other
// labels ("Republican districts") and a noun that goes on ("a region
// office") are left alone. The noun is matched as written: a capitalized
// "District" belongs to a name the recognizer has seen whole.
func (e *Extractor) beforeRegionNoun(doc *text.Document, m ner.Mention) bool {
	return m.Label == ner.LabelORG && e.namesRegion(doc, m)
}

// namesRegion reports a name, not an acronym or a people's name, right
// before a strong region noun that ends its noun phrase ("Sunamganj
// districts"), whatever its label.
func (e *Extractor) namesRegion(doc *text.Document, m ner.Mention) bool {
	if m.Last >= len(doc.Tokens) || isAcronym(mentionText(doc, m)) {
		return false
	}
	next := doc.Tokens[m.Last]
	if next.Sent != doc.Tokens[m.First].Sent || !strings.HasPrefix(next.POS(), "NN") || !e.words.strongRegion[next.Text] {
		return false
	}
	if k := m.Last + 1; k < len(doc.Tokens) && doc.Tokens[k].Sent == next.Sent && strings.HasPrefix(doc.Tokens[k].POS(), "NN") {
		return false
	}
	_, demonym := e.lexicon.Demonym(mentionText(doc, m))
	return !demonym
}

// endsInPlaceHead reports an organization or person name of two words or
// more whose capitalized last word names a kind of place: "Quorn Street",
// "Quorby Cathedral", "Zedrock Lagoon" are places; so is one with a
// compass word after that word ("Quorble Avenue West").
func (e *Extractor) endsInPlaceHead(doc *text.Document, m ner.Mention) bool {
	if m.Label != ner.LabelORG && m.Label != ner.LabelPER || m.Last-m.First < 2 {
		return false
	}
	k := m.Last - 1
	if compassWords[doc.Tokens[k].Text] && k-m.First >= 2 {
		k--
	}
	return text.IsCapitalized(doc.Tokens[k].Text) && e.words.placeHeads[doc.Lower(k)]
}

// endsInMiscHead reports a name of two words or more other than MISC
// whose capitalized last word names a law, a treaty or an event: "Clean
// Rivers Act", "Harbour Festival" are MISC.
func (e *Extractor) endsInMiscHead(doc *text.Document, m ner.Mention) bool {
	if m.Label == ner.LabelMISC || m.Last-m.First < 2 {
		return false
	}
	return text.IsCapitalized(doc.Tokens[m.Last-1].Text) && e.words.miscHeads[doc.Lower(m.Last-1)]
}

// locatedFacility reports an organization named for a building ("Quorby
// Park Elementary School", "Zedville District Court") that the text puts
// something at, in or near: there it is a place. "The school said" stays
// an organization.
func (e *Extractor) locatedFacility(doc *text.Document, m ner.Mention) bool {
	if m.Label != ner.LabelORG || m.Last-m.First < 2 || m.First == 0 {
		return false
	}
	if !text.IsCapitalized(doc.Tokens[m.Last-1].Text) || !e.words.facilityHeads[doc.Lower(m.Last-1)] {
		return false
	}
	k := m.First - 1
	if strings.EqualFold(doc.Tokens[k].Text, "the") && k > 0 {
		k--
	}
	return doc.Tokens[k].Sent == doc.Tokens[m.First].Sent && e.words.locativePreps[doc.Lower(k)]
}

// withHonorific puts an honorific back into a one-word person name when
// another title stands before it: in "Prime Minister Sheikh Hasina" the
// person is Sheikh Hasina and the title Prime Minister.
func (e *Extractor) withHonorific(doc *text.Document, m ner.Mention) ner.Mention {
	if m.Label != ner.LabelPER || m.Last-m.First != 1 || m.First < 2 {
		return m
	}
	h, before := doc.Tokens[m.First-1], doc.Tokens[m.First-2]
	if h.Sent != doc.Tokens[m.First].Sent || before.Sent != h.Sent || !text.IsCapitalized(h.Text) ||
		!e.words.nameHonorifics[doc.Lower(m.First-1)] || !e.isTitleToken(doc, m.First-2) {
		return m
	}
	m.First--
	m.Start = h.Start
	return m
}

// joinBridgedNames joins two mentions of one sentence that a lower-case
// name particle separates: "Estadio" "del" "Sol" is one name the
// recognizer split. Such place and organization names put the head noun
// first, so the first part's label wins. People are left alone: the
// recognizer reads "X da Y" whole when it is one person, and a person next
// to another name ("Leonardo" "da" "Vinci Foundation") is no sign of one.
func (e *Extractor) joinBridgedNames(doc *text.Document, ms []ner.Mention) []ner.Mention {
	if !slices.ContainsFunc(ms, func(m ner.Mention) bool {
		return m.Last < len(doc.Tokens) && e.words.nameBridges[doc.Tokens[m.Last].Text]
	}) {
		return ms // nothing to join: the common case costs no copy
	}
	out := ms[:0:0]
	for _, m := range ms {
		if n := len(out); n > 0 {
			prev := out[n-1]
			if m.First == prev.Last+1 && e.words.nameBridges[doc.Tokens[prev.Last].Text] &&
				doc.Tokens[m.First].Sent == doc.Tokens[prev.First].Sent &&
				m.Label != ner.LabelPER && prev.Label != ner.LabelPER {
				out[n-1] = ner.Mention{Start: prev.Start, End: m.End, First: prev.First, Last: m.Last, Label: prev.Label}
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// majorityLabels gives every mention of the same text the label the
// document uses most for it, when one label has a clear majority: a name
// is rarely a person in one sentence and a place in the next. A place
// right after a place preposition keeps its label: "the game at Chicago"
// names where, however often the story's Chicago is a team
// (venue-prepositions.txt).
func (e *Extractor) majorityLabels(doc *text.Document, ms []ner.Mention) []ner.Mention {
	counts := make(map[string]labelCounts, len(ms))
	for _, m := range ms {
		k := doc.Text[m.Start:m.End]
		counts[k] = counts[k].add(m.Label)
	}
	for i, m := range ms {
		c := counts[doc.Text[m.Start:m.End]]
		own := c.of(m.Label)
		best, bestN, total := m.Label, own, 0
		for _, lc := range c {
			total += lc.n
			if lc.n > bestN {
				best, bestN = lc.label, lc.n
			}
		}
		// When the tests hold, the name has only two labels, so the
		// order the loop met them in does not matter.
		if own == 1 && bestN >= 3 && bestN == total-1 && best != m.Label && !e.placeAfterPreposition(doc, m) {
			ms[i].Label = best
		}
	}
	return ms
}

// labelCounts counts the labels of one name's mentions, in the order met:
// a short list rather than a map per name.
type labelCounts []labelCount

type labelCount struct {
	label string
	n     int
}

func (c labelCounts) add(label string) labelCounts {
	for i := range c {
		if c[i].label == label {
			c[i].n++
			return c
		}
	}
	return append(c, labelCount{label, 1})
}

func (c labelCounts) of(label string) int {
	for _, lc := range c {
		if lc.label == label {
			return lc.n
		}
	}
	return 0
}

// placeAfterPreposition reports whether m is a place the text puts right
// after a venue's preposition in its sentence ("at Chicago"), a name the
// gazetteers know as a place.
func (e *Extractor) placeAfterPreposition(doc *text.Document, m ner.Mention) bool {
	if m.Label != ner.LabelLOC || m.First == 0 {
		return false
	}
	prev := doc.Tokens[m.First-1]
	if prev.Sent != doc.Tokens[m.First].Sent || !e.words.venuePreps[doc.Lower(m.First-1)] {
		return false
	}
	name := titleCaseShouted(mentionText(doc, m))
	return e.known(name) || e.resolver.Knows(name) // "analysts at Quorvex": a company the model took for a place
}

// mergeOrgRuns joins the pieces of an organization's name that the model
// split or mislabeled: a run of capitalized words ending in an
// organization word ("The Zedland Observer", "Zedlandic News Agency")
// that holds an ORG or MISC mention becomes one ORG mention. The "The"
// stays out of the mention, as in CoNLL-2003, but buildOrganizations puts
// it in the name.
func (e *Extractor) mergeOrgRuns(doc *text.Document, ms []ner.Mention) []ner.Mention {
	out := ms[:0] // in place: out never passes the mention being read
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Label != ner.LabelORG && m.Label != ner.LabelMISC {
			out = append(out, m)
			continue
		}
		s := doc.Sentences[doc.Tokens[m.First].Sent]
		first, last := m.First, m.Last
		for first > s.First && text.IsCapitalized(doc.Tokens[first-1].Text) && doc.Tokens[first-1].POS() == "NNP" {
			first--
		}
		for last < s.Last && text.IsCapitalized(doc.Tokens[last].Text) && doc.Tokens[last].POS() == "NNP" {
			last++
		}
		// Only a name that carries its own capitalized "The" inside a
		// sentence is taken: elsewhere the model is the better judge.
		if !e.lexicon.IsOrgWord(doc.Lower(last-1)) || last-first < 2 ||
			first <= s.First || doc.Tokens[first-1].Text != "The" {
			out = append(out, m)
			continue
		}
		// Drop the mentions the run swallows, before and after this one.
		for len(out) > 0 && out[len(out)-1].First >= first {
			out = out[:len(out)-1]
		}
		for i+1 < len(ms) && ms[i+1].Last <= last {
			i++
		}
		if len(out) > 0 && out[len(out)-1].Last > first || i+1 < len(ms) && ms[i+1].First < last {
			out = append(out, m) // a run that cuts another mention in two: keep the model's reading
			continue
		}
		out = append(out, ner.Mention{Start: doc.Tokens[first].Start, End: doc.Tokens[last-1].End(), First: first, Last: last, Label: ner.LabelORG})
	}
	return out
}

// countryInstitutions joins a country's name and the organization right
// after it that is nothing but organization words into one organization:
// "U.S. Senate", "Kenyan Navy" are an institution of the country, which the
// recognizer splits into a place and an organization.
func (e *Extractor) countryInstitutions(doc *text.Document, ms []ner.Mention) []ner.Mention {
	out := ms[:0] // in place: out never passes the mention being read
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && a.Label == ner.LabelLOC && ms[i+1].Label == ner.LabelORG && ms[i+1].First == a.Last &&
			doc.Tokens[a.First].Sent == doc.Tokens[a.Last].Sent && e.isCountry(mentionText(doc, a)) && e.allOrgWords(doc, ms[i+1]) {
			b := ms[i+1]
			out = append(out, ner.Mention{Start: a.Start, End: b.End, First: a.First, Last: b.Last, Label: ner.LabelORG})
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

// isCountry reports a country's name or alias.
func (e *Extractor) isCountry(name string) bool {
	_, ok := e.lexicon.Country(name)
	return ok
}

// allOrgWords reports a mention whose every word is an organization word
// ("Senate", "Supreme Court").
func (e *Extractor) allOrgWords(doc *text.Document, m ner.Mention) bool {
	for k := m.First; k < m.Last; k++ {
		if !e.lexicon.IsOrgWord(doc.Lower(k)) {
			return false
		}
	}
	return true
}

// isCitedSource reports a place-labeled mention that is the source of a
// report ("cited by X", "according to X", "reported by X") and that the
// gazetteers do not know as a place: a news outlet or agency, not a place.
func (e *Extractor) isCitedSource(doc *text.Document, m ner.Mention) bool {
	if m.First < 2 {
		return false
	}
	prev, prev2 := doc.Lower(m.First-1), doc.Lower(m.First-2)
	if !(prev == "by" && e.words.citingVerbs[prev2] || prev == "to" && prev2 == "according") {
		return false
	}
	return !e.known(mentionText(doc, m))
}

// isLeadingArticle: "A", "An" or "The" opening a sentence or following a
// dateline's dash, capitalized for grammar and not part of a name.
// refineMentions trims only "A" and "An": a mention the model begins with
// "The" ("The Hague") keeps it.
func isLeadingArticle(doc *text.Document, k int) bool {
	if k+1 < len(doc.Tokens) && !text.IsCapitalized(doc.Tokens[k+1].Text) {
		return false // "A. Stewart": an initial, not an article
	}
	switch doc.Tokens[k].Text {
	case "A", "An", "The":
		if doc.Sentences[doc.Tokens[k].Sent].First == k {
			return true
		}
		switch doc.Tokens[k-1].Text {
		case "-", "—", "–", "--":
			return true
		}
	}
	return false
}
