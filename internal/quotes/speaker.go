package quotes

import (
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// maxSpeakerTokens bounds a speaker's noun phrase, maxAppositionTokens
// an apposition after it ("X, head of the Y Institute and a lecturer at
// Z, said").
const (
	maxSpeakerTokens    = 12
	maxAppositionTokens = 30
)

// isWordRune reports a letter or digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isNominal reports a token that can be part of a speaker's noun phrase.
func (r *reader) isNominal(k int) bool {
	t := r.doc.Tokens[k]
	if t.Text == "." && k > 0 && len(r.doc.Tokens[k-1].Text) == 1 && text.IsCapitalized(r.doc.Tokens[k-1].Text) {
		return true // the full stop of an initial: "Elijah E. Cummings"
	}
	if isMarkToken(t.Text) || strings.IndexFunc(t.Text, isWordRune) < 0 {
		return false
	}
	switch t.POS() {
	case "NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "CD", "PRP$", "NNP$":
		return true
	case "PRP":
		return r.f.v.pronouns[r.lower(k)]
	}
	// Initials and hyphenated or possessive pieces of names.
	return text.IsCapitalized(t.Text) || t.Text == "’s" || t.Text == "'s"
}

// isHead reports a token that can end a speaker's noun phrase.
func (r *reader) isHead(k int) bool {
	t := r.doc.Tokens[k]
	switch {
	case strings.HasPrefix(t.POS(), "NN"):
		return true
	case t.POS() == "PRP":
		return r.f.v.pronouns[r.lower(k)]
	case t.POS() == "JJ" && k > 0 && (r.doc.Tokens[k-1].POS() == "DT" || r.doc.Tokens[k-1].POS() == "PRP$"):
		// The tagger reads "The official said" as an adjective.
		return true
	}
	return text.IsCapitalized(t.Text) && t.POS() != "DT" && t.POS() != "IN"
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// speakerBefore returns the first and one-past-last token of the noun
// phrase that ends just before token k (after auxiliaries and adverbs:
// "Quorby has also said"), stepping over an apposition set off by commas
// ("The aide, quoted by X, stressed"). ok is false when there is none.
func (r *reader) speakerBefore(k int) (first, last int, ok bool) {
	j := k - 1
	for n := 0; j >= 0 && n < 3 && r.near(j, k) && (r.f.v.auxiliary[r.lower(j)] || r.doc.Tokens[j].POS() == "RB" || r.doc.Tokens[j].POS() == "MD"); n++ {
		j--
	}
	if j >= 0 && r.near(j, k) && isAppositionMark(r.doc.Tokens[j].Text) {
		j = r.beforeApposition(j)
	}
	// "Rep. Jane Roe (R-Fla.) said"
	if j >= 0 && r.doc.Tokens[j].Text == ")" {
		for i := j - 1; i >= 0 && i > j-8 && r.near(i, k); i-- {
			if r.doc.Tokens[i].Text == "(" {
				j = i - 1
				break
			}
		}
	}
	// "The court on Tuesday rejected": a time adjunct is not the speaker.
	if j > 0 && r.f.v.timeWords[r.lower(j)] && r.doc.Tokens[j-1].POS() == "IN" {
		j -= 2
	}
	if j < 0 || !r.near(j, k) || !r.isHead(j) || r.f.v.timeWords[r.lower(j)] {
		return 0, 0, false
	}
	first, last = r.phraseEndingAt(j, k)
	// "X, the attorney general of Y, a state that sued Z, said": the
	// phrase found is a first apposition, and the speaker stands before it.
	if first > 0 && last < k && isAppositionMark(r.doc.Tokens[first-1].Text) && r.doc.Tokens[last].Text == r.doc.Tokens[first-1].Text {
		if j2 := r.beforeApposition(last); j2 != last && j2 < first && r.isHead(j2) {
			first, last = r.phraseEndingAt(j2, k)
		}
	}
	// "Fans walking along the river chanted": the phrase found
	// is a participle's object, and the speaker the noun before the
	// participle.
	if v, ok := r.participleBefore(first, k); ok {
		first, last = r.phraseEndingAt(v-1, k)
	}
	// A lone pronoun is the speaker by itself; an object pronoun is no
	// speaker.
	return first, last, true
}

// participleBefore finds the participle that governs, through a
// preposition, the noun phrase starting at token first ("walking" in
// "Fans walking along the river"), with a noun before it.
func (r *reader) participleBefore(first, k int) (int, bool) {
	if first < 3 || r.doc.Tokens[first-1].POS() != "IN" {
		return 0, false
	}
	v := first - 2
	if p := r.doc.Tokens[v].POS(); (p == "VBG" || p == "VBN") && r.near(v-1, k) && strings.HasPrefix(r.doc.Tokens[v-1].POS(), "NN") {
		return v, true
	}
	return 0, false
}

// phraseEndingAt returns the noun phrase whose head is token j, extended
// leftwards over nominal words and links ("the attorney general of Y"),
// on the line of token k.
func (r *reader) phraseEndingAt(j, k int) (first, last int) {
	last, first = j+1, j
	for first > 0 && last-first < maxSpeakerTokens && r.near(first-1, k) {
		p := first - 1
		if r.isNominal(p) || (r.f.v.npLinks[r.lower(p)] && p > 0 && r.isNominal(p-1) && strings.HasPrefix(r.doc.Tokens[p-1].POS(), "NN")) {
			first = p
			continue
		}
		break
	}
	return first, last
}

// beforeApposition steps back from the comma at j that closes an
// apposition or a participle phrase ("X, a former minister, said"; "The
// aide, quoted by Y, stressed") to the token before the comma that opens
// it; it returns j itself when there is none.
func (r *reader) beforeApposition(j int) int {
	for i := j - 1; i > j-maxAppositionTokens && i > 0 && r.near(i, j); i-- {
		t := r.doc.Tokens[i]
		if isMarkToken(t.Text) {
			return j
		}
		if t.Text != r.doc.Tokens[j].Text {
			continue
		}
		open := r.doc.Tokens[i+1]
		if open.POS() == "VBN" || open.POS() == "WP" || open.POS() == "DT" || open.POS() == "JJ" || strings.HasPrefix(open.POS(), "NN") || open.POS() == "CD" || open.POS() == "IN" || open.POS() == "VBG" {
			if r.isHead(i - 1) {
				return i - 1
			}
		}
		return j
	}
	return j
}

// speakerAfter returns the noun phrase that starts at token k ("said
// Clinton", "according to the Quorble News Agency (QNA)"), to the
// first token that cannot belong to it. A bracketed short name right after
// is part of it.
func (r *reader) speakerAfter(k int) (first, last int, ok bool) {
	if k >= len(r.doc.Tokens) {
		return 0, 0, false
	}
	last = k
	for last < len(r.doc.Tokens) && last-k < maxSpeakerTokens && r.near(k, last) {
		if r.isNominal(last) || (r.lower(last) == "of" && last > k && r.isNominal(last-1) && last+1 < len(r.doc.Tokens) && r.isNominal(last+1)) {
			last++
			continue
		}
		break
	}
	// "(ZNA)"
	if last+2 < len(r.doc.Tokens) && r.doc.Tokens[last].Text == "(" && r.doc.Tokens[last+2].Text == ")" && text.IsCapitalized(r.doc.Tokens[last+1].Text) {
		last += 3
	}
	for last > k && !r.isHead(last-1) && r.doc.Tokens[last-1].Text != ")" {
		last--
	}
	if last == k {
		return 0, 0, false
	}
	return k, last, true
}

// form says how the noun phrase of tokens [first, last) names a speaker.
func (r *reader) form(first, last int) model.SpeakerForm {
	head := last - 1
	if r.doc.Tokens[head].Text == ")" && head-3 >= first {
		head -= 3 // "the Zedlandic News Agency (ZNA)"
	}
	switch {
	case last-first == 1 && r.doc.Tokens[first].POS() == "PRP":
		return model.SpeakerPronoun
	case strings.HasPrefix(r.doc.Tokens[head].POS(), "NNP") ||
		text.IsCapitalized(r.doc.Tokens[head].Text) && head != r.doc.Sentences[r.doc.Tokens[head].Sent].First:
		return model.SpeakerName
	case head == first && r.doc.Tokens[head].POS() == "NN" && text.IsCapitalized(r.doc.Tokens[head].Text):
		// A lone capitalized singular noun opening a sentence is a name
		// the tagger did not know ("Trump has called"); plurals
		// ("Analysts") are descriptions.
		return model.SpeakerName
	case r.f.v.titleNouns[r.lower(head)]:
		return model.SpeakerTitle
	}
	return model.SpeakerDescription
}

// tokensSpan is the byte span of tokens [first, last).
func (r *reader) tokensSpan(first, last int) Span {
	return Span{r.doc.Tokens[first].Start, r.doc.Tokens[last-1].End()}
}

// linkAntecedents points a definite title or description ("the source",
// "the minister") to the latest earlier quote whose speaker has the same
// head noun ("a Zedlandic government source"), and follows that quote's own
// antecedent, so every later mention points to the fullest one.
func linkAntecedents(doc *text.Document, qs []Quote) {
	for i := range qs {
		qs[i].Antecedent = -1
		q := qs[i]
		if q.Speaker.IsZero() || (q.Form != model.SpeakerTitle && q.Form != model.SpeakerDescription) {
			continue
		}
		words := strings.Fields(strings.ToLower(doc.Text[q.Speaker.Start:q.Speaker.End]))
		if len(words) < 2 || (words[0] != "the" && words[0] != "this" && words[0] != "that") {
			continue
		}
		head := words[len(words)-1]
		for j := i - 1; j >= 0; j-- {
			p := qs[j]
			if p.Speaker.IsZero() {
				continue
			}
			pw := strings.Fields(strings.ToLower(doc.Text[p.Speaker.Start:p.Speaker.End]))
			if pw[len(pw)-1] == head && p.Speaker != q.Speaker {
				qs[i].Antecedent = j
				if p.Antecedent >= 0 {
					qs[i].Antecedent = p.Antecedent
				}
				break
			}
		}
	}
}

// near reports tokens a and b of one sentence, or, while an attribution
// after a quotation is read, of one paragraph: the segmenter splits "Mr. |
// King said" and "Rep. Jane Roe (R-Ohio) | said" there.
func (r *reader) near(a, b int) bool {
	if r.doc.Tokens[a].Sent == r.doc.Tokens[b].Sent {
		return true
	}
	if !r.acrossSentences {
		return false
	}
	if a > b {
		a, b = b, a
	}
	return !r.lineBreakIn(r.doc.Tokens[a].End(), r.doc.Tokens[b].Start)
}

// isAppositionMark reports a comma or dash that sets off an apposition
// ("Quorby -- co-author of a book -- said").
func isAppositionMark(s string) bool { return s == "," || s == "--" || s == "—" }
