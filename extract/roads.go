package extract

import (
	"regexp"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// roadNumber matches a road's number as one token: British A, B and M
// roads ("A417", "M25") and US interstates ("I-95").
var roadNumber = regexp.MustCompile(`^(?:[ABM][1-9][0-9]{0,3}|I-[1-9][0-9]{0,2})$`)

// roadContext is how many tokens on each side of a road number are
// searched for a road word.
const roadContext = 4

// roadPlaces makes a road number with a road word near it in its sentence
// ("the A417 southbound", "the M25 motorway") a place: it relabels the
// mention that is the number alone, or adds one where the recognizer found
// none. Mentions stay in text order.
func (e *Extractor) roadPlaces(doc *text.Document, ms []ner.Mention) []ner.Mention {
	var added []ner.Mention
	j := 0 // first mention not ending before token k
	for k, tok := range doc.Tokens {
		for j < len(ms) && ms[j].Last <= k {
			j++
		}
		if !roadNumber.MatchString(tok.Text) || !e.nearRoadWord(doc, k) {
			continue
		}
		switch {
		case j < len(ms) && ms[j].First == k && ms[j].Last == k+1:
			ms[j].Label = ner.LabelLOC
		case j < len(ms) && ms[j].First <= k:
			// part of a longer name: left as it is
		default:
			added = append(added, ner.Mention{Start: tok.Start, End: tok.End, First: k, Last: k + 1, Label: ner.LabelLOC})
		}
	}
	return mergeMentions(ms, added)
}

// nearRoadWord reports a road word within roadContext tokens of token k,
// in its sentence.
func (e *Extractor) nearRoadWord(doc *text.Document, k int) bool {
	sent := doc.Tokens[k].Sent
	for i := max(0, k-roadContext); i <= min(len(doc.Tokens)-1, k+roadContext); i++ {
		if i != k && doc.Tokens[i].Sent == sent && e.words.roadWords[strings.ToLower(doc.Tokens[i].Text)] {
			return true
		}
	}
	return false
}
