package extract

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// listedAliasKeys maps each short name of the list of public figures'
// short names to the name keys of its full name. It is computed once, by
// New: dropping the accents of "Andrés Manuel López Obrador" for every
// article cost more than the rest of grouping people.
func (e *Extractor) listedAliasKeys() map[string][]string {
	keys := make(map[string][]string, len(e.words.personAliases))
	for short, full := range e.words.personAliases {
		keys[short] = e.phraseKeys(full)
	}
	return keys
}

// aliasWords are the words that define a person's other name after the
// full name: "Joko Widodo, known as Jokowi", "nicknamed", "dubbed".
var aliasWords = map[string]bool{"known": true, "nicknamed": true, "dubbed": true, "called": true}

// aliasKeys maps a short name to the name keys of the full name it stands
// for: the article's own definitions over the listed ones.
type aliasKeys struct {
	own, listed map[string][]string
}

func (a aliasKeys) get(short string) ([]string, bool) {
	if keys, ok := a.own[short]; ok {
		return keys, true
	}
	keys, ok := a.listed[short]
	return keys, ok
}

// personAliases maps a short name to the name keys of the full name it
// stands for: from the list of public figures' short names, and from the
// article's own definitions, "Joko Widodo (Jokowi)" and "Joko Widodo,
// popularly known as Jokowi".
func (e *Extractor) personAliases(doc *text.Document, ms []ner.Mention) aliasKeys {
	aliases := aliasKeys{own: map[string][]string{}, listed: e.listedAliases}
	// A word that is already part of a full name ("Yeltsin" in "Boris
	// Yeltsin") is that name's, not an alias the text defines: "Boris
	// Nikolayevich (Yeltsin)" gives the patronymic, not a nickname.
	inFullNames := map[string]bool{}
	for _, m := range ms {
		if m.Label == ner.LabelPER && m.Last-m.First >= 2 {
			for _, k := range e.nameKeys(doc, m) {
				inFullNames[k] = true
			}
		}
	}
	for _, m := range ms {
		if m.Label != ner.LabelPER || m.Last-m.First < 2 {
			continue
		}
		if short, ok := definedAlias(doc, m.Last); ok && !inFullNames[nameKey(short)] {
			aliases.own[short] = e.nameKeys(doc, m)
		}
	}
	return aliases
}

// aliasLabels gives a short name the text defines for a person in an
// apposition ("Delia Marbury, popularly known as Dee, won") the person's
// label wherever the story uses it, so that it joins the person's record.
// Other definitions keep their labels: a name in parentheses after a
// person's is as often a country or a team ("Pete Roe ( U.S. )"), and one
// outside commas is often the object of a verb ("Roe called China").
func aliasLabels(doc *text.Document, ms []ner.Mention) []ner.Mention {
	defined := map[string]bool{}
	for _, m := range ms {
		if m.Label != ner.LabelPER || m.Last-m.First < 2 || m.Last+1 >= len(doc.Tokens) || doc.Tokens[m.Last].Text != "," {
			continue
		}
		if short, ok := definedAlias(doc, m.Last); ok && closesApposition(doc, m.Last, short) {
			defined[short] = true
		}
	}
	for i, m := range ms {
		if m.Label != ner.LabelPER && m.Last-m.First == 1 && defined[doc.Tokens[m.First].Text] {
			ms[i].Label = ner.LabelPER
		}
	}
	return ms
}

// closesApposition reports the alias short, read by definedAlias from token
// k on, followed by a comma, a full stop or a closing quotation mark.
func closesApposition(doc *text.Document, k int, short string) bool {
	for end := min(len(doc.Tokens), k+8); k < end; k++ {
		if doc.Tokens[k].Text == short {
			if k+1 >= len(doc.Tokens) {
				return true
			}
			switch doc.Tokens[k+1].Text {
			case ",", ".", ";", "\"", "”", ")":
				return true
			}
			return false
		}
	}
	return false
}

// definedAlias reads the name a text defines right after a full name at
// token k: "( Jokowi )", ", known as Jokowi", ", also known as Jokowi".
func definedAlias(doc *text.Document, k int) (string, bool) {
	toks := doc.Tokens
	if k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" && text.IsCapitalized(toks[k+1].Text) {
		return toks[k+1].Text, true
	}
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	for n := 0; n < 3 && k < len(toks) && !aliasWords[doc.Lower(k)]; n++ {
		k++ // "popularly", "widely", "also"
	}
	if k >= len(toks) || !aliasWords[doc.Lower(k)] {
		return "", false
	}
	if k++; k < len(toks) && toks[k].Text == "as" {
		k++
	}
	for k < len(toks) && (toks[k].Text == "\"" || toks[k].Text == "“") {
		k++
	}
	if k < len(toks) && text.IsCapitalized(toks[k].Text) {
		return toks[k].Text, true
	}
	return "", false
}

// phraseKeys are the name keys of a name written out.
func (e *Extractor) phraseKeys(name string) []string {
	var keys []string
	for _, w := range strings.Fields(name) {
		if !e.lexicon.IsNameParticle(strings.ToLower(w)) {
			keys = append(keys, nameKey(w))
		}
	}
	return keys
}
