package extract

import (
	"slices"
	"unicode"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// maxDatelineDateTokens is the most tokens a dateline's date may take
// between its places and the agency: ", Dec 7", ", Aug. 20 2024".
const maxDatelineDateTokens = 6

// datelinePlaces makes the places in capitals that open a line before a
// news agency's name in parentheses ("NIAMEY ( Reuters ) -", "PARIS /
// BERLIN, Dec 7 (AFP) -") places, as wire copy writes them: the
// recognizer, which learned datelines of another form, misses the ones it
// does not know or reads them as organizations.
func datelinePlaces(doc *text.Document, ms []ner.Mention) []ner.Mention {
	var places []ner.Mention
	for i, t := range doc.Tokens {
		if text.IsCapitalsWord(t.Text) && lineStart(doc, i) {
			places = append(places, datelineAt(doc, i, doc.Sentences[t.Sent].Last)...)
		}
	}
	if len(places) == 0 {
		return ms
	}
	cover := coverOf(doc, places)
	out := ms[:0:0]
	for _, m := range ms {
		if !cover.overlaps(m) {
			out = append(out, m)
		}
	}
	out = append(out, places...)
	slices.SortFunc(out, func(a, b ner.Mention) int { return a.First - b.First })
	return out
}

// lineStart reports token i first on its line.
func lineStart(doc *text.Document, i int) bool {
	s := doc.Tokens[i].Start
	for s > 0 && (doc.Text[s-1] == ' ' || doc.Text[s-1] == '\t') {
		s--
	}
	return s == 0 || doc.Text[s-1] == '\n'
}

// datelineAt returns the places of a dateline that starts at token i (the
// sentence ends at last), or none: runs of words in capitals separated by
// "/", an optional date after a comma, then "(", one to three capitalized
// words, ")" and a dash.
func datelineAt(doc *text.Document, i, last int) []ner.Mention {
	toks := doc.Tokens
	var places []ner.Mention
	k := i
	for {
		start := k
		for k < last && text.IsCapitalsWord(toks[k].Text) {
			k++
		}
		if k == start {
			return nil
		}
		places = append(places, ner.Mention{Start: toks[start].Start, End: toks[k-1].End(), First: start, Last: k, Label: ner.LabelLOC})
		if k < last && toks[k].Text == "/" {
			k++
			continue
		}
		break
	}
	if k < last && toks[k].Text == "," {
		end := min(last, k+1+maxDatelineDateTokens)
		for k < end && toks[k].Text != "(" {
			k++
		}
	}
	if k >= last || toks[k].Text != "(" {
		return nil
	}
	k++
	agency := k
	for k < last && k-agency < 3 && startsUpperWord(toks[k].Text) {
		k++
	}
	if k == agency || k+1 >= last || toks[k].Text != ")" || !isDash(toks[k+1].Text) {
		return nil
	}
	// A dateline opens the story near the article's top, and a sentence
	// follows it; a tally's line ("SMITH (D) — yes") is neither.
	if toks[i].Start >= maxDatelineOffset || !storyFollows(doc.Text[toks[k+1].End():]) {
		return nil
	}
	return places
}

// startsUpperWord reports a word that starts with a capital letter.
func startsUpperWord(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// isDash reports the dash after a dateline's agency.
func isDash(s string) bool {
	return s == "-" || s == "--" || s == "–" || s == "—"
}
