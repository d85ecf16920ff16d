package extract

import (
	"regexp"
	"strings"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// datelineTail matches what follows the place of a wire dateline at the
// start of a line: an optional state or country ("SEVERN, Md."), then the
// agency in parentheses and a dash ("LOS ANGELES (AP) —"), or a date
// ("TIJUANA, MARCH 29, 2018 --").
var datelineTail = regexp.MustCompile(`^(?:,[ \t]*[A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12})?)?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*(?:—|–|-|--)|,{1,2}[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]*\.?[ \t]+\d{1,2}\b)`)

// capitalsDatelineTail matches what may follow a place in capitals that
// opens a line: a dash with or without a state and an agency
// ("WASHINGTON —", "CAMP QUORBLE, Wash. -", "LEEDS --"), or an agency and
// the story's first word ("ATLANTA (AP) An aide").
var capitalsDatelineTail = regexp.MustCompile(`^(?:,[ \t]*[A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12})?)?[ \t]*(?:(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|--|- )|\([A-Z][A-Za-z0-9]{1,15}\)[ \t]+[A-Z])`)

// calendarWord matches a weekday's or a month's name, which opens lines of
// schedules ("FRIDAY , AUGUST 30 SCHEDULE") and is no dateline's place.
var calendarWord = regexp.MustCompile(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$`)

// maxDatelinePlaceWords is the longest run of words in capitals read as a
// dateline's place ("SAN JUAN CAPISTRANO").
const maxDatelinePlaceWords = 4

// datelineNames makes the name that opens a line as a wire dateline's
// place a place, whatever the recognizer called it: "HOUSTON (AP) —",
// "SEVERN, Md. (WXYZ) —", "TIJUANA, MARCH 29 --"; a town in capitals
// that only a dash follows ("WASHINGTON —") too; and where the recognizer
// found nothing there, it adds the place.
func (e *Extractor) datelineNames(doc *text.Document, ms []ner.Mention) []ner.Mention {
	for i, m := range ms {
		if m.Label == ner.LabelLOC || !lineStart(doc, m.First) {
			continue
		}
		if e.isDatelinePlace(doc, m.First, m.Last) {
			ms[i].Label = ner.LabelLOC
		}
	}
	var added []ner.Mention
	j := 0 // first mention not ending before token k
	for k, tok := range doc.Tokens {
		for j < len(ms) && ms[j].Last <= k {
			j++
		}
		if j < len(ms) && ms[j].First <= k || !isCapitalsWord(tok.Text) || !lineStart(doc, k) {
			continue
		}
		last := k + 1
		for last < len(doc.Tokens) && last-k < maxDatelinePlaceWords && isCapitalsWord(doc.Tokens[last].Text) &&
			doc.Tokens[last].Start == doc.Tokens[last-1].End+1 && (j >= len(ms) || ms[j].First > last) {
			last++
		}
		if e.isDatelinePlace(doc, k, last) {
			added = append(added, ner.Mention{Start: tok.Start, End: doc.Tokens[last-1].End, First: k, Last: last, Label: ner.LabelLOC})
		}
	}
	return mergeMentions(ms, added)
}

// isDatelinePlace reports whether tokens [first, last) are followed as a
// dateline's place is: by an agency and a dash or by a date, or, for a
// place in capitals the gazetteer knows, by a dash alone and a story's
// first words (not "CRICKET - LEICESTERSHIRE TAKE OVER", a headline).
func (e *Extractor) isDatelinePlace(doc *text.Document, first, last int) bool {
	start, end := doc.Tokens[first].Start, doc.Tokens[last-1].End
	if start >= maxDatelineOffset {
		return false
	}
	tail := doc.Text[end:min(len(doc.Text), end+64)]
	name := doc.Text[start:end]
	if calendarWord.MatchString(name) {
		return false
	}
	capitals := strings.ToUpper(name) == name && strings.ToLower(name) != name
	if loc := datelineTail.FindStringIndex(tail); loc != nil {
		// "Apple Inc (AAPL) - shares rose": a name not in capitals must be
		// a town's; a list's line ("SMITH (D) — yes") has no story after.
		return (capitals || e.resolver.Knows(name)) && storyFollows(doc.Text[end+loc[1]:])
	}
	if !capitals {
		return false
	}
	loc := capitalsDatelineTail.FindStringIndex(tail)
	return loc != nil && storyStarts(tail[loc[1]-1:]) && storyFollows(doc.Text[end+loc[1]-1:]) && e.resolver.Knows(name)
}

// maxDatelineOffset is how far into an article a dateline may open a line:
// below a headline, a byline and a picture credit, not in the lists and
// tallies further down.
const maxDatelineOffset = 600

// storyFollows reports whether the rest of the line holds a sentence's
// start, three words or more ("— The council met"), not a list entry's
// value ("— yes", "- 25 points").
func storyFollows(s string) bool {
	line, _, _ := strings.Cut(s, "\n")
	return len(strings.Fields(line)) >= 3
}

// storyStarts reports whether the first word of s has a lower-case letter:
// a story's first words after a dateline, not a headline in capitals
// ("CRICKET - LEICESTERSHIRE TAKE OVER").
func storyStarts(s string) bool {
	word, _, _ := strings.Cut(strings.TrimLeft(s, " -—–"), " ")
	return strings.ToUpper(word) != word
}
