package events

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// objectParties names the parties in an agreement's object, tokens
// [first, last): "a deal with B", "to sell its unit to B", "between A and
// B", "was acquired by A". Places of the action ("in Paris") and sources
// ("according to X") are left out.
func (f *Finder) objectParties(in Input, s text.Sentence, first, last int) []model.Party {
	var parties []model.Party
	asides := f.asidesOf(in, s)
	// Only mentions starting in [first, last] can count (one may end just
	// past last at a full stop); a long sentence stays linear.
	for _, m := range inRange(in.Mentions, first, last+1, func(m ner.Mention) int { return m.First }) {
		if m.First < first || m.Last > last && !endsAtStop(in.Doc, m, last) || m.Label == ner.LabelMISC && !orgAlias(in, m) {
			continue
		}
		if ref, ok := f.capitalMetonym(in, s, m); ok {
			parties = withParty(parties, model.Party{Ref: ref})
			continue
		}
		if f.isObjectPlace(in, s, m) {
			continue
		}
		if _, ok := enclosing(asides, m.Start); ok {
			continue // "its mill, which supplies the Acme bakeries,"
		}
		parties = f.addParty(in, parties, m)
	}
	return parties
}

// capitalMetonym returns the party a city stands for in "a pact between
// Canberra and Washington": a city right after "between" (or after "and"
// in such a pair) that follows an agreement noun names its government, the
// country's record when the article has one, else the city's.
func (f *Finder) capitalMetonym(in Input, s text.Sentence, m ner.Mention) (model.Ref, bool) {
	ref, ok := in.Refs.At(m.Start)
	if !ok || ref.Kind != model.KindPlace {
		return model.Ref{}, false
	}
	country, city := f.lex.City(ref.Name)
	if !city {
		return model.Ref{}, false
	}
	doc := in.Doc
	k := m.First - 1
	if k > s.First && strings.EqualFold(doc.Tokens[k].Text, "and") {
		k = cityBefore(in, k)
	}
	if k <= s.First || !strings.EqualFold(doc.Tokens[k].Text, "between") || !f.vocab.objectNouns[doc.Lower(k-1)] {
		return model.Ref{}, false
	}
	if state, ok := in.states[country]; ok {
		return state, true
	}
	return ref, true
}

// cityBefore returns the token before the place mention that ends just
// before token k, or -1 when there is none.
func cityBefore(in Input, k int) int {
	for _, m := range in.Mentions {
		if m.Last == k {
			if ref, _ := in.Refs.At(m.Start); ref.Kind == model.KindPlace {
				return m.First - 1
			}
		}
	}
	return -1
}

// orgAlias reports a misc name that is the first word or words of an
// organization's record: "Quorbtech" for Quorbtech Corp.
func orgAlias(in Input, m ner.Mention) bool {
	_, ok := orgNamed(in, in.Doc.Text[m.Start:m.End])
	return ok
}

// orgNamed returns the organization record whose name starts with the
// words of name ("Dataproducts": Dataproducts Corp.), the shortest such
// name when several do.
func orgNamed(in Input, name string) (model.Ref, bool) {
	var best model.Ref
	var candidates []model.Ref
	if in.orgs == nil {
		for _, ref := range in.Refs.All() {
			candidates = append(candidates, ref)
		}
	} else {
		// The names that start with name are a run of the sorted list:
		// scanning every record for every misc name was quadratic in
		// an article's length.
		i, _ := slices.BinarySearchFunc(in.orgs, name+" ", func(r model.Ref, p string) int { return strings.Compare(r.Name, p) })
		j := i
		for j < len(in.orgs) && strings.HasPrefix(in.orgs[j].Name, name+" ") {
			j++
		}
		candidates = in.orgs[i:j]
	}
	for _, ref := range candidates {
		if ref.Kind != model.KindOrganization || !strings.HasPrefix(ref.Name, name+" ") {
			continue
		}
		if best.ID == "" || len(ref.Name) < len(best.Name) || len(ref.Name) == len(best.Name) && ref.ID < best.ID {
			best = ref
		}
	}
	return best, best.ID != ""
}

// ownedInList reports a name later in a list that "its" or "their"
// opens: "its Velmo, Brandt and Ostmark food units".
func ownedInList(doc *text.Document, s text.Sentence, first int) bool {
	k := first - 1
	if k < s.First || doc.Tokens[k].Text != "," && !strings.EqualFold(doc.Tokens[k].Text, "and") {
		return false
	}
	for ; k >= s.First && k >= first-10; k-- {
		t := doc.Tokens[k]
		switch low := doc.Lower(k); {
		case low == "its" || low == "their":
			return true
		case t.POS() != "NNP" && low != "," && low != "and":
			return false
		}
	}
	return false
}

// endsAtStop reports a name whose last token, just past the object's end
// at token last, is the sentence's full stop: "by Quorble Corp."
func endsAtStop(doc *text.Document, m ner.Mention, last int) bool {
	return m.Last == last+1 && last < len(doc.Tokens) && doc.Tokens[last].Text == "."
}

// isObjectPlace reports a mention of an object that places the action
// ("in Paris", "at the border") or gives a source ("cited by X").
func (f *Finder) isObjectPlace(in Input, s text.Sentence, m ner.Mention) bool {
	doc := in.Doc
	prev := ""
	if m.First > s.First {
		prev = doc.Lower(m.First - 1)
	}
	if prev == "its" || prev == "their" || ownedInList(doc, s, m.First) { // "its Quorb unit": what is sold
		return true
	}
	if ref, _ := in.Refs.At(m.Start); ref.Kind == model.KindPlace {
		// A place is a party of the object only as a partner: "a deal
		// with Israel", "with neighbouring Hungary", "between Kenya and
		// Uganda"; never a city.
		_, city := f.lex.City(ref.Name)
		k := m.First - 1
		for k > s.First && doc.Tokens[k].POS() == "JJ" {
			k--
		}
		if k >= s.First {
			prev = doc.Lower(k)
		}
		return city || prev != "with" && prev != "between" && prev != "and" && prev != "by"
	}
	for k := m.First - 1; k >= s.First && k >= m.First-3; k-- {
		switch low := doc.Lower(k); low {
		case "in":
			return k == 0 || !f.vocab.assetNouns[doc.Lower(k-1)] // "a stake in X"
		case "at", "near", "outside", "into", "across", "throughout", "according", "cited":
			return true
		case ",", ".", "and", "with", "to", "by", "from", "between", "for", "of":
			return false
		}
	}
	return false
}

// addParty adds the party a mention names to parties: its record, or for a
// national adjective ("Colombian") the country's record, or for an official
// of a state ("Zedlandic Foreign Minister X") the state, with the official as
// its representative. Misc names that name no state, people who only
// report or judge, and titles' qualifiers are no parties.
func (f *Finder) addParty(in Input, parties []model.Party, m ner.Mention) []model.Party {
	doc := in.Doc
	if m.Start < in.BodyStart || f.qualifiesTitle(doc, m) {
		return parties
	}
	ref, ok := in.Refs.At(m.Start)
	if m.Label == ner.LabelMISC {
		if ref, ok = orgNamed(in, doc.Text[m.Start:m.End]); !ok {
			if modifiesOrganization(in, m) {
				return parties // "Norwegian shipping group Quellmark ASA": the company is the party
			}
			if ref, ok = f.stateOf(in, doc.Text[m.Start:m.End]); !ok {
				return parties
			}
		}
	}
	if !ok {
		return parties
	}
	if m.Label == ner.LabelPER {
		title, state, isState := f.officeOf(in, m)
		if f.vocab.nonPartyTitles[title] {
			return parties
		}
		if isState && f.vocab.stateTitles[title] {
			return withRepresentative(parties, state, ref)
		}
	}
	for _, p := range parties {
		if p.ID == ref.ID {
			return parties
		}
	}
	return append(parties, model.Party{Ref: ref})
}

// withRepresentative adds rep as a representative of state, adding state
// when it is not a party yet.
func withRepresentative(parties []model.Party, state, rep model.Ref) []model.Party {
	for i := range parties {
		if parties[i].ID == state.ID {
			for _, r := range parties[i].Representatives {
				if r.ID == rep.ID {
					return parties
				}
			}
			parties[i].Representatives = append(slices.Clip(parties[i].Representatives), rep)
			return parties
		}
	}
	return append(parties, model.Party{Ref: state, Representatives: []model.Ref{rep}})
}

// officeOf reads the title before a person's name ("minister" in
// "Zedlandic Foreign Minister X"), and the state the person serves when a
// national adjective or a country's name comes before the title ("U.S.
// envoy X") and the article has a record of that country.
func (f *Finder) officeOf(in Input, m ner.Mention) (string, model.Ref, bool) {
	doc := in.Doc
	first := doc.Sentences[doc.Tokens[m.First].Sent].First
	k := m.First - 1
	if k < first || !f.lex.IsTitle(doc.Lower(k)) {
		return "", model.Ref{}, false
	}
	title := doc.Lower(k)
	for k--; k >= first && k >= m.First-6; k-- {
		tok := doc.Tokens[k]
		if state, ok := f.stateOf(in, tok.Text); ok {
			return title, state, true
		}
		if ref, ok := f.demonymParty(in, tok.Text, tok.Start); ok {
			return title, ref, true // "Israeli Minister X", no record of Israel
		}
		if ref, ok := placeEndingAt(in, k+1); ok {
			return title, ref, true
		}
		low := doc.Lower(k)
		if !f.lex.IsTitle(low) && !f.lex.IsTitleModifier(low) && tok.POS() != "NNP" {
			break
		}
	}
	if prev, ok := listedBefore(in, k); ok {
		// "Zedlandic Foreign Minister X, Intelligence Chief Y": Y serves the
		// state of the official listed before.
		if _, state, ok := f.officeOf(in, prev); ok {
			return title, state, true
		}
	}
	return title, model.Ref{}, false
}

// maxModifierWords is the most common nouns and adjectives looked past
// between a national adjective and the organization it describes
// ("Norwegian state-owned shipping group Quellmark").
const maxModifierWords = 4

// modifiesOrganization reports a national adjective that describes the
// organization named a few words on in its noun phrase ("Swedish rival
// Varnholt AB", "the French carmaker Renault"): the adjective says where
// the company is from, not that the country takes part.
func modifiesOrganization(in Input, m ner.Mention) bool {
	doc := in.Doc
	sent := doc.Tokens[m.First].Sent
	for k := m.Last; k < len(doc.Tokens) && k <= m.Last+maxModifierWords && doc.Tokens[k].Sent == sent; k++ {
		if ref, ok := in.Refs.At(doc.Tokens[k].Start); ok && mentionStartsAt(in, k) {
			return ref.Kind == model.KindOrganization
		}
		pos := doc.Tokens[k].POS()
		if !strings.HasPrefix(pos, "NN") && !strings.HasPrefix(pos, "JJ") || text.IsCapitalized(doc.Tokens[k].Text) {
			return false
		}
	}
	return false
}

// mentionStartsAt reports a mention whose first token is k.
func mentionStartsAt(in Input, k int) bool {
	i, ok := slices.BinarySearchFunc(in.Mentions, k, func(m ner.Mention, k int) int { return m.First - k })
	return ok && in.Mentions[i].First == k
}

// listedBefore returns the person named just before the comma at token k.
func listedBefore(in Input, k int) (ner.Mention, bool) {
	if k < 1 || in.Doc.Tokens[k].Text != "," {
		return ner.Mention{}, false
	}
	for _, m := range in.Mentions {
		if m.Last == k && m.Label == ner.LabelPER {
			return m, true
		}
	}
	return ner.Mention{}, false
}

// placeEndingAt returns the place record of a mention whose tokens end just
// before token end.
func placeEndingAt(in Input, end int) (model.Ref, bool) {
	for _, m := range in.Mentions {
		if m.Last == end {
			ref, ok := in.Refs.At(m.Start)
			return ref, ok && ref.Kind == model.KindPlace
		}
	}
	return model.Ref{}, false
}

// stateOf returns the article's record of the country a national
// adjective names ("Syrian": Syria).
func (f *Finder) stateOf(in Input, word string) (model.Ref, bool) {
	country, ok := f.lex.Demonym(word)
	if !ok {
		return model.Ref{}, false
	}
	ref, ok := in.states[country]
	return ref, ok
}

// demonymParty returns the party a national adjective names when the
// article has no record of the country: the adjective's own misc record,
// under the country's name ("Israeli" stands for Israel).
func (f *Finder) demonymParty(in Input, word string, start int) (model.Ref, bool) {
	country, ok := f.lex.Demonym(word)
	if !ok {
		return model.Ref{}, false
	}
	ref, ok := in.Refs.At(start)
	if !ok || ref.Kind != model.KindMisc {
		return model.Ref{}, false
	}
	ref.Name = country
	return ref, true
}

// collectivePartner reports a collective phrase after "by", "between" or
// "with" in the object, tokens [first, last): "signed by the two
// countries", "a deal between both sides" refer to the sides of the
// agreement before.
func (f *Finder) collectivePartner(doc *text.Document, first, last int) bool {
	for k := first; k < last; k++ {
		switch doc.Lower(k) {
		case "by", "between", "with":
			if f.collective(doc, k+1, min(last, k+4)) {
				return true
			}
		}
	}
	return false
}

// collective reports a subject that refers to the sides of an earlier
// agreement: "both sides", "the two countries", "they".
func (f *Finder) collective(doc *text.Document, start, trig int) bool {
	for k := start; k < trig; k++ {
		if f.vocab.collectiveWords[doc.Lower(k)] {
			return true
		}
	}
	return false
}

// objectEnd returns where the parties of an object stop: for an agreement
// noun, at the first verb or relative pronoun ("an agreement that will
// allow X": X is no party) other than a participle right after the noun
// that does not broker ("a ceasefire arranged by X": X is a side; "a
// truce brokered by X": X mediates); for a verb, at the end of its object.
func (f *Finder) objectEnd(doc *text.Document, first, last int, t trigger) int {
	if !t.noun {
		return last
	}
	for k := first; k < last; k++ {
		tok := doc.Tokens[k]
		if k == first && tok.POS() == "VBN" && !f.vocab.brokeringVerbs[doc.Lower(k)] {
			continue // "a ceasefire sealed in talks with X", "arranged by X": X is a side
		}
		if strings.HasPrefix(tok.POS(), "VB") || tok.POS() == "MD" || tok.POS() == "WDT" || f.vocab.relativePronouns[doc.Lower(k)] {
			return k
		}
	}
	return last
}
