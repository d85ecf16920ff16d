package extract

import (
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// aliasWords are the words that define a person's other name after the
// full name: "Joko Widodo, known as Jokowi", "nicknamed", "dubbed".
var aliasWords = map[string]bool{"known": true, "nicknamed": true, "dubbed": true, "called": true}

// personAliases maps a short name to the name keys of the full name it
// stands for: from the list of public figures' short names, and from the
// article's own definitions, "Joko Widodo (Jokowi)" and "Joko Widodo,
// popularly known as Jokowi".
func (e *Extractor) personAliases(doc *text.Document, ms []ner.Mention) map[string][]string {
	aliases := map[string][]string{}
	for short, full := range e.words.personAliases {
		aliases[short] = e.phraseKeys(full)
	}
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
			aliases[short] = e.nameKeys(doc, m)
		}
	}
	return aliases
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
	for n := 0; n < 3 && k < len(toks) && !aliasWords[strings.ToLower(toks[k].Text)]; n++ {
		k++ // "popularly", "widely", "also"
	}
	if k >= len(toks) || !aliasWords[strings.ToLower(toks[k].Text)] {
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
