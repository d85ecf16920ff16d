package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// headlineLine is one line of the text written in title case or capitals
// ("Hamas Negotiators Agree to Hostage Deal", "FLOODS HIT DHAKA"): there
// every word looks like a name to the recognizer.
type headlineLine struct{ start, end int }

// minHeadlineWords is how many words a line needs to be read as a
// headline; shorter capitalized lines are names, bylines or labels.
// maxHeadlineWords is the most it may have: a longer line is text.
const (
	minHeadlineWords = 4
	maxHeadlineWords = 30
)

// maxVouchedWords is the longest run of a headline mention's words looked
// up in the body: names run to a few words.
const maxVouchedWords = 6

// headlineLines finds the title-case and capitalized lines that open the
// text, before its first other line: lines of at least minHeadlineWords
// words, every word of four letters or more capitalized, that do not end a
// sentence. Capitalized lines further down are tables and lists, not
// headlines.
func (e *Extractor) headlineLines(doc *text.Document) []headlineLine {
	var out []headlineLine
	for start := 0; start < len(doc.Text); {
		end := strings.IndexByte(doc.Text[start:], '\n')
		if end < 0 {
			end = len(doc.Text)
		} else {
			end += start
		}
		line := doc.Text[start:end]
		switch {
		case e.isHeadline(line):
			out = append(out, headlineLine{start, end})
		case strings.TrimSpace(line) != "":
			return out // the body has begun
		}
		start = end + 1
	}
	return out
}

// isHeadline reports a line written in title case or capitals.
func (e *Extractor) isHeadline(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || strings.HasSuffix(line, ".") {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(line) {
		if n++; n > maxHeadlineWords {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(w) < 4 {
			continue
		}
		if !unicode.IsUpper(r) && !hasUpper(w) {
			return false // "iPhone" and "eBay" are written capitalized
		}
	}
	return n >= minHeadlineWords
}

// hasUpper reports whether w holds an upper-case letter.
func hasUpper(w string) bool {
	return strings.IndexFunc(w, unicode.IsUpper) >= 0
}

// headlineMentions keeps a mention inside a headline only where the rest
// of the text or the gazetteers vouch for it: the longest run of its words
// that the body names ("Hamas" in "Hamas Negotiators Agree"), with the
// body's label, else the mention itself when the gazetteers or the names
// of today know it. The headline's names thus join the body's records.
func (e *Extractor) headlineMentions(doc *text.Document, ms []ner.Mention) []ner.Mention {
	lines := e.headlineLines(doc)
	if len(lines) == 0 {
		return ms
	}
	// The lines are in text order and do not overlap: the one that could
	// hold m is the first ending at or after m's end.
	inHeadline := func(m ner.Mention) bool {
		i := sort.Search(len(lines), func(i int) bool { return lines[i].end >= m.End })
		return i < len(lines) && m.Start >= lines[i].start
	}
	body := e.bodyNames(doc, ms, inHeadline)
	out := ms[:0]
	for _, m := range ms {
		if !inHeadline(m) {
			out = append(out, m)
			continue
		}
		if v, ok := e.vouchedRun(doc, m, body); ok {
			out = append(out, v)
		}
	}
	return missedHeadlineNames(doc, lines, out, body)
}

// missedHeadlineNames adds the names of the body that a shouted headline
// repeats where the recognizer found none ("MERKEL MEETS MACRON": words in
// capitals it does not read as names), with the body's labels, so the
// headline's mentions join the body's records; not a one-word name the
// body also writes in lower case as a word ("HOPE FADES" and "Mark Hope").
// ms stays in text order.
func missedHeadlineNames(doc *text.Document, lines []headlineLine, ms []ner.Mention, body map[string]string) []ner.Mention {
	covered := map[int]bool{}
	for _, m := range ms {
		for k := m.First; k < m.Last; k++ {
			covered[k] = true
		}
	}
	var added []ner.Mention
	var lower map[string]bool // the body's lower-case words, when a line is shouted
	for _, line := range lines {
		if !isShouted(doc.Text[line.start:line.end]) {
			continue // in title case the recognizer reads names well enough
		}
		if lower == nil {
			lower = lowerCaseWords(doc)
		}
		first := sort.Search(len(doc.Tokens), func(k int) bool { return doc.Tokens[k].Start >= line.start })
		last := first
		for last < len(doc.Tokens) && doc.Tokens[last].End() <= line.end {
			last++
		}
		for k := first; k < last; {
			m, ok := bodyNameAt(doc, k, last, covered, body, lower)
			if !ok {
				k++
				continue
			}
			added = append(added, m)
			k = m.Last
		}
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// bodyNameAt finds the longest run of uncovered capitalized tokens from k
// (before last) that the body names, as a mention with the body's label.
func bodyNameAt(doc *text.Document, k, last int, covered map[int]bool, body map[string]string, lower map[string]bool) (ner.Mention, bool) {
	if covered[k] || !text.IsCapitalized(doc.Tokens[k].Text) {
		return ner.Mention{}, false
	}
	end := k
	for end < last && end-k < maxVouchedWords && !covered[end] {
		end++
	}
	for ; end > k; end-- {
		run := ner.Mention{Start: doc.Tokens[k].Start, End: doc.Tokens[end-1].End(), First: k, Last: end}
		if end-k == 1 && lower[doc.Lower(k)] {
			continue // "HOPE FADES" when the body says "hope": a word, whoever Mark Hope is
		}
		if label, ok := bodyLabel(body, mentionText(doc, run)); ok {
			run.Label = label
			return run, true
		}
	}
	return ner.Mention{}, false
}

// lowerCaseWords returns the words the text writes in lower case.
func lowerCaseWords(doc *text.Document) map[string]bool {
	out := map[string]bool{}
	for _, t := range doc.Tokens {
		if t.Text != "" && strings.ToLower(t.Text) == t.Text && unicode.IsLetter([]rune(t.Text)[0]) {
			out[t.Text] = true
		}
	}
	return out
}

// bodyLabel looks a headline's words up among the body's names, as
// written or, when shouted, in title case ("MACRON" for "Macron").
func bodyLabel(body map[string]string, words string) (string, bool) {
	if label, ok := body[words]; ok {
		return label, true
	}
	label, ok := body[titleCaseShouted(words)]
	return label, ok
}

// bodyNames maps the names the text outside the headlines gives to their
// labels, with the short forms a headline uses for them where no body
// name is just that: an organization's name without the company suffixes
// at its end ("Apple" for "Apple Inc") and a person's last word
// ("Marbury" for "Delia Marbury").
func (e *Extractor) bodyNames(doc *text.Document, ms []ner.Mention, inHeadline func(ner.Mention) bool) map[string]string {
	body := map[string]string{}
	for _, m := range ms {
		if !inHeadline(m) {
			body[mentionText(doc, m)] = m.Label
		}
	}
	short := map[string]string{}
	for _, m := range ms {
		if inHeadline(m) || m.Last-m.First < 2 {
			continue
		}
		switch m.Label {
		case ner.LabelORG: // only company suffixes cut: "Apple Inc", "ING Group"
			for _, name := range e.namesWithoutSuffixes(doc, m) {
				short[name] = m.Label
			}
		case ner.LabelPER:
			short[doc.Tokens[m.Last-1].Text] = m.Label
		}
	}
	for name, label := range short {
		if _, ok := body[name]; !ok {
			body[name] = label
		}
	}
	return body
}

// vouchedRun is the longest run of a headline mention's tokens that the
// body names, with the body's label, or the whole mention when the
// gazetteers or the names of today know it.
func (e *Extractor) vouchedRun(doc *text.Document, m ner.Mention, body map[string]string) (ner.Mention, bool) {
	for n := min(m.Last-m.First, maxVouchedWords); n > 0; n-- {
		for i := m.First; i+n <= m.Last; i++ {
			run := ner.Mention{Start: doc.Tokens[i].Start, End: doc.Tokens[i+n-1].End(), First: i, Last: i + n}
			if label, ok := bodyLabel(body, mentionText(doc, run)); ok {
				run.Label = label
				return run, true
			}
		}
	}
	for _, name := range []string{mentionText(doc, m), titleCaseShouted(mentionText(doc, m))} {
		if _, ok := e.words.knownNames[name]; ok || len(e.lexicon.Lists(name)) > 0 {
			return m, true
		}
	}
	return ner.Mention{}, false
}
