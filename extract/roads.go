package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// roadNumber matches a road's number as one token: British A, B and M
// roads ("A417", "M25") and US interstates ("I-95").
var roadNumber = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:[ABM][1-9][0-9]{0,3}|I-[1-9][0-9]{0,2})$`) })

// isRoadNumber reports whether roadNumber matches s. It runs on every
// token, so a look at the length and the first and last bytes turns nearly
// all of them away before the regular expression does.
func isRoadNumber(s string) bool {
	if len(s) < 2 || len(s) > 5 || !strings.ContainsRune("ABMI", rune(s[0])) || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return false
	}
	return roadNumber().MatchString(s)
}

// roadContext is how many tokens on each side of a road number are
// searched for a road word.
const roadContext = 4

// roadPlaces makes a road number a place where the article shows it is a
// road's: a road word near one of its mentions ("the B9876 southbound",
// "the M25 motorway"), or a list that holds such a road ("via the B4070,
// A98 and B9876"); every mention of that number is then the road ("The
// B9876 heading north"). It relabels the mention that is the number alone,
// cuts it off a longer name the number opens ("the B9877 Quorby junction",
// the rest a place when the gazetteer knows it), or adds one where the
// recognizer found none. Mentions stay in text order.
func (e *Extractor) roadPlaces(doc *text.Document, ms []ner.Mention) []ner.Mention {
	roads := e.articleRoads(doc)
	if len(roads) == 0 {
		return ms
	}
	var added []ner.Mention
	j := 0 // first mention not ending before token k
	for k, tok := range doc.Tokens {
		for j < len(ms) && ms[j].Last <= k {
			j++
		}
		if !roads[tok.Text] {
			continue
		}
		switch {
		case j < len(ms) && ms[j].First == k && ms[j].Last == k+1:
			ms[j].Label = ner.LabelLOC
		case j < len(ms) && ms[j].First == k:
			rest := ner.Mention{Start: doc.Tokens[k+1].Start, End: ms[j].End, First: k + 1, Last: ms[j].Last, Label: ms[j].Label}
			if e.resolver.Knows(mentionText(doc, rest)) {
				rest.Label = ner.LabelLOC
			}
			added = append(added, rest)
			ms[j] = ner.Mention{Start: tok.Start, End: tok.End(), First: k, Last: k + 1, Label: ner.LabelLOC}
		case j < len(ms) && ms[j].First <= k:
			// inside a longer name: left as it is
		default:
			added = append(added, ner.Mention{Start: tok.Start, End: tok.End(), First: k, Last: k + 1, Label: ner.LabelLOC})
		}
	}
	return mergeMentions(ms, added)
}

// articleRoads lists the road numbers the article shows to be roads': one
// with a road word near it, and the others of a list that holds one.
func (e *Extractor) articleRoads(doc *text.Document) map[string]bool {
	var roads map[string]bool
	for k, tok := range doc.Tokens {
		if isRoadNumber(tok.Text) && e.nearRoadWord(doc, k) {
			if roads == nil {
				roads = map[string]bool{}
			}
			roads[tok.Text] = true
		}
	}
	if roads == nil {
		return nil
	}
	for k := 0; k < len(doc.Tokens); k++ {
		list := roadList(doc, k)
		if len(list) < 2 || !slices.ContainsFunc(list, func(i int) bool { return roads[doc.Tokens[i].Text] }) {
			continue
		}
		for _, i := range list {
			roads[doc.Tokens[i].Text] = true
		}
		k = list[len(list)-1]
	}
	return roads
}

// roadList returns the tokens of a list of road numbers that starts at
// token k ("B9876, A98 and B9877"), or fewer than two.
func roadList(doc *text.Document, k int) []int {
	if !isRoadNumber(doc.Tokens[k].Text) {
		return nil
	}
	list := []int{k}
	for {
		last := list[len(list)-1]
		next := -1
		for n := 2; n <= 3 && last+n < len(doc.Tokens); n++ {
			if _, ok := listJoint(doc, last+1, last+n); ok && isRoadNumber(doc.Tokens[last+n].Text) {
				next = last + n
				break
			}
		}
		if next < 0 {
			return list
		}
		list = append(list, next)
	}
}

// nearRoadWord reports a road word within roadContext tokens of token k,
// in its sentence.
func (e *Extractor) nearRoadWord(doc *text.Document, k int) bool {
	sent := doc.Tokens[k].Sent
	for i := max(0, k-roadContext); i <= min(len(doc.Tokens)-1, k+roadContext); i++ {
		if i != k && doc.Tokens[i].Sent == sent && e.words.roadWords[doc.Lower(i)] {
			return true
		}
	}
	return false
}
