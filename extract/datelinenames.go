package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// datelineTail matches what follows the place of a wire dateline at the
// start of a line: an optional state or country ("QUORBY, Md."), then the
// agency in parentheses and a dash ("LOS ANGELES (AP) —"), or a date
// ("QUORBY, MARCH 29, 2018 --").
var datelineTail = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:,[ \t]*[A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12})?)?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*(?:—|–|-|--)|,{1,2}[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]*\.?[ \t]+\d{1,2}\b)`)
})

// capitalsDatelineTail matches what may follow a place in capitals that
// opens a line: a dash or a colon with or without a state and an agency
// ("WASHINGTON —", "CAMP QUORBLE, Wash. -", "LEEDS --", "MUMBAI: "), or an
// agency and the story's first word ("QUORBY (AP) An aide").
var capitalsDatelineTail = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:,[ \t]*[A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12})?)?[ \t]*(?:(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|--|- |: )|\([A-Z][A-Za-z0-9]{1,15}\)[ \t]+[A-Z])`)
})

// regionDashTail matches what follows a town in a dateline written in
// title case, as Al Jazeera and others write it: a comma, the region or
// country in capitalized words and a dash ("Khan Younis, Gaza Strip –").
var regionDashTail = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^,[ \t]*([A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3})[ \t]+(?:—|–|--|-)[ \t]`)
})

// The bytes each tail pattern can go on with after its leading spaces and
// tabs: a tail that goes on otherwise (most: a name is mostly followed by
// a word) skips the regular expression, which is then not even compiled
// (an article's first dateline check would otherwise compile it, about
// half a millisecond of a one-article process). "—" and "–" start with
// 0xE2.
const (
	datelineTailFirst         = ",("
	capitalsDatelineTailFirst = ",(-:\xe2"
)

// findTail is re().FindStringIndex(tail), for a pattern that after any
// spaces and tabs can go on only with a byte of first.
func findTail(re func() *regexp.Regexp, first, tail string) []int {
	rest := strings.TrimLeft(tail, " \t")
	if rest == "" || strings.IndexByte(first, rest[0]) < 0 {
		return nil
	}
	return re().FindStringIndex(tail)
}

// regionDashTailAt is regionDashTail().FindStringSubmatchIndex(tail).
func regionDashTailAt(tail string) []int {
	if !strings.HasPrefix(tail, ",") {
		return nil
	}
	return regionDashTail().FindStringSubmatchIndex(tail)
}

// isCalendarWord reports whether name is a weekday's or a month's name
// (words/calendar-words.txt) in any case, by Unicode's simple folding, as
// a case-insensitive regular expression reads it.
func (w *assemblyWords) isCalendarWord(name string) bool {
	for c := range w.calendarWords {
		if strings.EqualFold(name, c) {
			return true
		}
	}
	return false
}

// maxDatelinePlaceWords is the longest run of words in capitals read as a
// dateline's place ("SAN JUAN CAPISTRANO").
const maxDatelinePlaceWords = 4

// datelineNames makes the name that opens a line as a wire dateline's
// place a place, whatever the recognizer called it: "HOUSTON (AP) —",
// "QUORBY, Md. (WXYZ) —", "VARNHOLT, MARCH 29 --"; a town in capitals
// that only a dash follows ("WASHINGTON —") too; and where the recognizer
// found nothing there, it adds the place. The state after the comma is a
// place too ("TARVIK COUNTY, SC (WXYZ) -"). A mention that runs from the
// place into the story's first words ("LEEDS Fans cheered" read as one
// name) is cut after the place; the rest keeps its label, unless the
// whole run was read as a place ("QUORBY CITY Crews worked..."): the
// story's first words are then no name.
func (e *Extractor) datelineNames(doc *text.Document, ms []ner.Mention) []ner.Mention {
	var added []ner.Mention
	for i, m := range ms {
		if m.Label == ner.LabelLOC {
			if last, ok := e.datelinePrefix(doc, m); ok && last < m.Last {
				ms[i].Last, ms[i].End = last, doc.Tokens[last-1].End()
			}
			continue
		}
		if last, ok := e.datelinePrefix(doc, m); ok {
			if last < m.Last {
				added = append(added, ner.Mention{Start: doc.Tokens[last].Start, End: m.End, First: last, Last: m.Last, Label: m.Label})
				ms[i].Last, ms[i].End = last, doc.Tokens[last-1].End()
			}
			ms[i].Label = ner.LabelLOC
		} else if first, ok := e.datelineSuffix(doc, m); ok {
			added = append(added, ner.Mention{Start: doc.Tokens[first].Start, End: m.End, First: first, Last: m.Last, Label: ner.LabelLOC})
			ms[i].Last, ms[i].End = first, doc.Tokens[first-1].End()
		}
	}
	ms = mergeMentions(ms, added)
	added = added[:0]
	j := 0 // first mention not ending before token k
	for k, tok := range doc.Tokens {
		for j < len(ms) && ms[j].Last <= k {
			j++
		}
		if j < len(ms) && ms[j].First <= k || !text.IsCapitalsWord(tok.Text) || !e.mayOpenDateline(doc, k) {
			continue
		}
		last := k + 1
		for last < len(doc.Tokens) && last-k < maxDatelinePlaceWords && text.IsCapitalsWord(doc.Tokens[last].Text) &&
			doc.Tokens[last].Start == doc.Tokens[last-1].End()+1 && (j >= len(ms) || ms[j].First > last) {
			last++
		}
		if e.isDatelinePlace(doc, k, last) {
			added = append(added, ner.Mention{Start: tok.Start, End: doc.Tokens[last-1].End(), First: k, Last: last, Label: ner.LabelLOC})
		}
	}
	return e.datelineStates(doc, mergeMentions(ms, added))
}

// datelinePrefix reports a mention that opens a dateline, and the token
// after its place: the whole mention, or the run of words in capitals
// that begins it when the story's first words follow in the mention.
func (e *Extractor) datelinePrefix(doc *text.Document, m ner.Mention) (int, bool) {
	if !e.mayOpenDateline(doc, m.First) {
		return 0, false
	}
	if e.isDatelinePlace(doc, m.First, m.Last) {
		return m.Last, true
	}
	last := m.First
	for last < m.Last && last-m.First < maxDatelinePlaceWords && text.IsCapitalsWord(doc.Tokens[last].Text) {
		last++
	}
	if last == m.First || last == m.Last || text.IsCapitalsWord(doc.Tokens[last].Text) {
		return 0, false
	}
	return last, e.isDatelinePlace(doc, m.First, last)
}

// datelineSuffix reports a mention that ends in an agency's dateline
// place run into the line before it ("Associated Press WASHINGTON (AP) —"
// read as one name), and the first token of the place.
func (e *Extractor) datelineSuffix(doc *text.Document, m ner.Mention) (int, bool) {
	first := m.Last
	for first > m.First+1 && m.Last-first < maxDatelinePlaceWords && text.IsCapitalsWord(doc.Tokens[first-1].Text) {
		first--
	}
	if first == m.Last || text.IsCapitalsWord(doc.Tokens[first-1].Text) || lineStart(doc, first) {
		return 0, false
	}
	return first, e.mayOpenDateline(doc, first) && e.isDatelinePlace(doc, first, m.Last)
}

// mayOpenDateline reports a token where a dateline may start: first on
// its line, or, for an agency's dateline run into the line before it
// ("... with Quorby. ZEDTOWN, Calif. (AP) -", "Associated Press
// QUORBY (AP) —"), after a sentence's end or a capitalized word.
func (e *Extractor) mayOpenDateline(doc *text.Document, k int) bool {
	if lineStart(doc, k) {
		return true
	}
	if k == 0 || !text.IsCapitalsWord(doc.Tokens[k].Text) {
		return false
	}
	prev := doc.Tokens[k-1].Text
	if !strings.Contains(".!?\"”", prev) && !text.IsCapitalized(prev) {
		return false
	}
	last := k + 1
	for last < len(doc.Tokens) && last-k < maxDatelinePlaceWords && text.IsCapitalsWord(doc.Tokens[last].Text) {
		last++
	}
	tail := doc.Text[doc.Tokens[last-1].End():min(len(doc.Text), doc.Tokens[last-1].End()+64)]
	return agencyDatelineTail().MatchString(tail)
}

// agencyDatelineTail matches an agency's dateline after its place: an
// optional state, the agency in parentheses and a dash ("OAKLAND, Calif.
// (AP) -").
var agencyDatelineTail = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:,[ \t]*[A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12})?)?[ \t]*\([A-Z][^()\n]{0,29}\)[ \t]*(?:—|–|-|--)[ \t]+\S`)
})

// datelineStates makes the state or country after a dateline place's
// comma a place ("QUORBY, Md. (WXYZ) —", "TARVIK COUNTY, SC (WXYZ) -"),
// relabeling the mention that is exactly it or adding one where the
// recognizer found none.
func (e *Extractor) datelineStates(doc *text.Document, ms []ner.Mention) []ner.Mention {
	var added []ner.Mention
	j := 0
	for _, m := range ms {
		if m.Label != ner.LabelLOC || m.Last+2 > len(doc.Tokens) || doc.Tokens[m.Last].Text != "," ||
			!e.mayOpenDateline(doc, m.First) || !e.isDatelinePlace(doc, m.First, m.Last) {
			continue
		}
		first, last := m.Last+1, m.Last+1
		for last < len(doc.Tokens) && last-first < 2 && startsUpperWord(doc.Tokens[last].Text) && doc.Tokens[last].Text != "(" {
			last++
		}
		if last == first || last < len(doc.Tokens) && doc.Tokens[last].Text != "(" && !isDash(doc.Tokens[last].Text) {
			continue // a date, or no state
		}
		for j < len(ms) && ms[j].Last <= first {
			j++
		}
		switch {
		case j < len(ms) && ms[j].First == first && ms[j].Last == last:
			ms[j].Label = ner.LabelLOC
		case j < len(ms) && ms[j].First < last:
			// part of another name: left as it is
		default:
			added = append(added, ner.Mention{Start: doc.Tokens[first].Start, End: doc.Tokens[last-1].End(), First: first, Last: last, Label: ner.LabelLOC})
		}
	}
	return mergeMentions(ms, added)
}

// isDatelinePlace reports whether tokens [first, last) are followed as a
// dateline's place is: by an agency and a dash or by a date, or, for a
// place in capitals the gazetteer knows, by a dash alone and a story's
// first words (not "CRICKET - ZEDSHIRE WIN AGAIN", a headline); at
// the very start of the text, a town in capitals the gazetteer knows may
// lose its dash ("LEEDS The council met"). Past the article's top only a
// place with a state or province the lexicon knows is read ("QUORBY,
// N.J. -- The council met").
func (e *Extractor) isDatelinePlace(doc *text.Document, first, last int) bool {
	start, end := doc.Tokens[first].Start, doc.Tokens[last-1].End()
	tail := doc.Text[end:min(len(doc.Text), end+64)]
	if start >= maxDatelineOffset && !e.statedDateline(tail) {
		return false
	}
	name := doc.Text[start:end]
	if e.words.isCalendarWord(name) {
		return false
	}
	capitals := strings.ToUpper(name) == name && strings.ToLower(name) != name
	if loc := findTail(datelineTail, datelineTailFirst, tail); loc != nil {
		// "Apple Inc (AAPL) - shares rose": a name not in capitals must be
		// a town's; a list's line ("SMITH (D) — yes") has no story after.
		return (capitals || e.resolver.Knows(name)) && storyFollows(doc.Text[end+loc[1]:])
	}
	if m := regionDashTailAt(tail); m != nil && (e.resolver.Knows(name) || e.resolver.Knows(tail[m[2]:m[3]])) && storyStarts(tail[m[1]-1:]) {
		return storyFollows(doc.Text[end+m[1]-1:]) // "Khan Younis, Gaza Strip – Dozens": the town or its region known
	}
	if !capitals {
		return false
	}
	if first == 0 && e.openingTown(name, tail) {
		return true
	}
	loc := findTail(capitalsDatelineTail, capitalsDatelineTailFirst, tail)
	if loc != nil && strings.HasSuffix(tail[:loc[1]], ": ") && !e.isListedCity(titleCaseShouted(name)) {
		return false // "JEWELL: I think...": a transcript's speaker, unless a city the lexicon lists
	}
	return loc != nil && storyStarts(tail[loc[1]-1:]) && storyFollows(doc.Text[end+loc[1]-1:]) && (e.resolver.Knows(name) || e.statedDateline(tail))
}

// isListedCity reports a city the lexicon lists (major cities: "Mumbai",
// "New Delhi").
func (e *Extractor) isListedCity(name string) bool {
	return slices.Contains(e.lexicon.Lists(name), gazetteer.ListCity)
}

// openingTown reports a town's name in capitals that opens the text, a
// story's first sentence after it on the line, where a dateline lost its
// dash ("LEEDS The council met on Monday"): not an organization the
// lexicon lists ("NATO", "U.N." open headlines), and the next word
// capitalized, not in capitals.
func (e *Extractor) openingTown(name, tail string) bool {
	if titleCaseShouted(name) == name || !strings.HasPrefix(tail, " ") || !storyFollows(tail) {
		return false
	}
	if _, org := e.lexicon.Organization(name); org {
		return false
	}
	next := strings.Fields(tail)[0]
	return text.IsCapitalized(next) && !text.IsCapitalsWord(next) && e.resolver.Knows(name)
}

// statedDateline reports a dateline tail that opens with a comma and a
// state or province the lexicon knows (", N.J.", ", Wash.").
func (e *Extractor) statedDateline(tail string) bool {
	m := datelineState().FindStringSubmatch(tail)
	if m == nil {
		return false
	}
	_, ok := e.lexicon.Region(m[1])
	return ok
}

// datelineState matches the comma and state that may follow a dateline's
// place.
var datelineState = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^,[ \t]*([A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12})?)[ \t]*(?:\(|—|–|-)`)
})

// maxDatelineOffset is how far into an article a dateline may open a line:
// below a headline, a byline and a picture credit, not in the lists and
// tallies further down.
const maxDatelineOffset = 600

// storyFollows reports whether the rest of the line holds a sentence's
// start, three words or more ("— The council met"), not a list entry's
// value ("— yes", "- 25 points").
func storyFollows(s string) bool {
	line, _, _ := strings.Cut(s, "\n")
	n := 0
	for range strings.FieldsSeq(line) {
		if n++; n == 3 {
			return true
		}
	}
	return false
}

// storyStarts reports whether the first word of s has a lower-case letter:
// a story's first words after a dateline, not a headline in capitals
// ("CRICKET - ZEDSHIRE WIN AGAIN").
func storyStarts(s string) bool {
	word, _, _ := strings.Cut(strings.TrimLeft(s, " -—–"), " ")
	return strings.ToUpper(word) != word
}

// agencyPlace matches a dateline's place in capitals at the start of a
// line ("WASHINGTON", "SAN JUAN"), given from there on.
var agencyPlace = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[ \t]*[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}`) })

// agencyPlaces returns the spans of head where agencyPlace matches at a
// line's start: what the expression in multi-line mode, `(?m)^...`, finds
// over head, as its matches never cross a line. It is tried only on a line
// whose first byte after blanks is a capital: searching for `(?m)^` tried
// every byte of the article's head, some 150,000 instructions an article.
func agencyPlaces(head string) [][2]int {
	var out [][2]int
	for p := 0; p < len(head); {
		q := p
		for q < len(head) && (head[q] == ' ' || head[q] == '\t') {
			q++
		}
		if q < len(head) && 'A' <= head[q] && head[q] <= 'Z' {
			if m := agencyPlace().FindStringIndex(head[p:]); m != nil {
				out = append(out, [2]int{p + m[0], p + m[1]})
			}
		}
		nl := strings.IndexByte(head[p:], '\n')
		if nl < 0 {
			break
		}
		p += nl + 1
	}
	return out
}

// agencySpans returns the byte spans of the agencies in parentheses of the
// wire datelines in the article's first maxDatelineOffset bytes ("AP" in
// "WASHINGTON (AP) —", "Reuters" in "LONDON ( Reuters ) -"). Datelines
// with a date are also read by the temporal tagger; this reads the agency.
func agencySpans(text string) [][2]int {
	var out [][2]int
	head := text[:min(len(text), maxDatelineOffset)]
	for _, loc := range agencyPlaces(head) {
		tail := text[loc[1]:min(len(text), loc[1]+64)]
		m := findTail(datelineTail, datelineTailFirst, tail)
		if m == nil {
			continue
		}
		open, closing := strings.IndexByte(tail[:m[1]], '('), strings.IndexByte(tail[:m[1]], ')')
		if open >= 0 && closing > open {
			out = append(out, [2]int{loc[1] + open + 1, loc[1] + closing})
		}
	}
	return out
}

// withoutAgencies returns the mentions that lie in none of the spans.
func withoutAgencies(ms []ner.Mention, spans [][2]int) []ner.Mention {
	if len(spans) == 0 {
		return ms
	}
	out := make([]ner.Mention, 0, len(ms))
	for _, m := range ms {
		if !slices.ContainsFunc(spans, func(s [2]int) bool { return m.Start >= s[0] && m.End <= s[1] }) {
			out = append(out, m)
		}
	}
	return out
}
