package text

import (
	"embed"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/vocab"
)

//go:embed emoticons.txt short-abbreviations.txt
var dataFS embed.FS

// Token is one word or punctuation mark of an analyzed document, 32 bytes:
// a long article of a token per byte (a million dots) keeps a Token per
// byte of text.
type Token struct {
	// Text is the token verbatim from the source.
	Text string
	// Start is the token's byte offset into the source; End (a method) is
	// Start+len(Text).
	Start int
	// Sent is the index of the token's sentence in Document.Sentences.
	Sent int32
	// pos is the part-of-speech tag's code (pos.go; the POS method).
	pos uint8
}

// Sentence is one sentence of an analyzed document.
type Sentence struct {
	// Start and End are byte offsets into the source, End exclusive.
	Start, End int
	// First and Last are the indices of the sentence's first token and one
	// past its last in Document.Tokens.
	First, Last int
}

// Document is an article's text after tokenizing, sentence splitting and
// part-of-speech tagging: what every later stage reads.
type Document struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	// lowerText is Text with its ASCII capitals lowered: an ASCII token's
	// lower case is its span of it. wide marks, a bit a token, the tokens
	// with a byte beyond ASCII, whose lower cases wideLower holds. lowered
	// counts the tokens these cover: 0 in a Document built by hand.
	lowerText string
	wide      []uint64
	wideLower map[int]string
	lowered   int
}

// Lower returns token k's text in lower case, as strings.ToLower gives it.
// The stages ask for it many times per token; Analyze computes it once,
// keeping a bit a token rather than a string (16 bytes) a token.
func (d *Document) Lower(k int) string {
	if k < d.lowered {
		if d.wide[k>>6]&(1<<(k&63)) != 0 {
			return d.wideLower[k]
		}
		t := &d.Tokens[k]
		return d.lowerText[t.Start:t.End()]
	}
	return strings.ToLower(d.Tokens[k].Text)
}

// LowerASCII returns the text with its ASCII capitals lower-cased, as
// LowerASCII(d.Text) gives it, with the same byte offsets: the copy that
// Analyze made for Lower, or "" when there is none (a Document built by
// hand, or one without tokens).
func (d *Document) LowerASCII() string {
	if d.lowered == 0 {
		return ""
	}
	return d.lowerText
}

// setLower prepares Lower: one lower-cased copy of the text for the ASCII
// tokens (a token is the text between its offsets), and the lower case of
// each other token, so that only those allocate.
func (d *Document) setLower() {
	d.lowerText = LowerASCII(d.Text)
	d.wide = make([]uint64, (len(d.Tokens)+63)/64)
	for k, t := range d.Tokens {
		if !isASCII(t.Text) {
			if d.wideLower == nil {
				d.wideLower = map[int]string{}
			}
			d.wide[k>>6] |= 1 << (k & 63)
			d.wideLower[k] = strings.ToLower(t.Text)
		}
	}
	d.lowered = len(d.Tokens)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Analyzer holds a sentence splitter that gives prose's sentences, a
// tokenizer that gives prose's tokens in linear time and a tagger that
// gives prose's tags faster. Their models are read-only once loaded, so one
// analyzer serves every goroutine.
type Analyzer struct {
	tokenizer *tokenizer
	// punkt is the sentence splitter's model.
	punkt  *punktModel
	tagger *tagger
	// abbreviations are the short ones a sentence may end with
	// (short-abbreviations.txt, for splitFinalStop).
	abbreviations map[string]bool
}

// Load returns the process's Analyzer, loading prose's models on the
// first call only.
var Load = sync.OnceValues(func() (*Analyzer, error) {
	pm, err := loadPunkt()
	if err != nil {
		return nil, err
	}
	lines, err := vocab.Read(dataFS, "emoticons.txt", 1, 1)
	if err != nil {
		return nil, err
	}
	emoticons := make(map[string]bool, len(lines))
	for _, l := range lines {
		emoticons[l.Fields[0]] = true
	}
	z := newTokenizer(emoticons)
	tg, err := newTagger(z.isEmoticon)
	if err != nil {
		return nil, err
	}
	abbrevs, err := vocab.Words(dataFS, "short-abbreviations.txt")
	if err != nil {
		return nil, err
	}
	return &Analyzer{tokenizer: z, punkt: pm, tagger: tg, abbreviations: abbrevs}, nil
})

// Analyze tokenizes, sentence-splits and tags text with prose. A line
// break ends a sentence, as news files put headlines, datelines and
// paragraphs on lines of their own; inside each paragraph sentences are
// split as prose's segmenter splits them (sentences.go). A hard-wrapped line (no closing punctuation, next
// line starting in lower case) continues on the next. A sentence of more
// than maxSentenceTokens tokens is cut into sentences of that many.
func (a *Analyzer) Analyze(text string) *Document {
	var bounds, sents [][2]int
	for _, p := range paragraphs(text) {
		first := len(bounds)
		sents = a.punkt.sentences(text[p[0]:p[1]], sents[:0])
		for _, b := range sents {
			b[0], b[1] = p[0]+b[0], p[0]+b[1]
			if len(bounds) > first && continuesSentence(text[bounds[len(bounds)-1][0]:bounds[len(bounds)-1][1]], text[b[0]:b[1]]) {
				bounds[len(bounds)-1][1] = b[1]
				continue
			}
			bounds = append(bounds, b)
		}
	}
	return a.analyzeWithSentences(text, bounds)
}

// segment splits a paragraph into sentences as prose's segmenter does, as
// [start, end) ranges trimmed of white space (sentences.go).
func (a *Analyzer) segment(p string) [][2]int {
	return a.punkt.sentences(p, nil)
}

// continuesSentence corrects two splits prose's segmenter (and so
// segment) makes: after a
// name's initial ("George W." | "Bush said"), and before a lone closing
// quote or bracket, which belongs to the sentence it closes.
func continuesSentence(prev, next string) bool {
	if strings.Trim(next, "\"'”’)]» ") == "" {
		return true
	}
	n := len(prev)
	return n >= 2 && prev[n-1] == '.' && prev[n-2] >= 'A' && prev[n-2] <= 'Z' &&
		(n == 2 || prev[n-3] == ' ' || prev[n-3] == '.')
}

// byteOrderMark opens some UTF-8 files; it is not part of the text.
const byteOrderMark = "\uFEFF"

// BOMLen is the length of the byte-order mark opening text, or 0.
func BOMLen(text string) int {
	if strings.HasPrefix(text, byteOrderMark) {
		return len(byteOrderMark)
	}
	return 0
}

// paragraphs splits text at line breaks into [start, end) ranges, joining a
// line with the next when the break looks like a hard wrap.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := BOMLen(text)
	for i := start; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		if isHardWrap(text[start:i], text[i+1:]) {
			continue
		}
		if strings.TrimSpace(text[start:i]) != "" {
			out = append(out, [2]int{start, i})
		}
		start = i + 1
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// isHardWrap reports a line break inside a sentence: the line does not end
// a sentence and the next line goes on in lower case.
func isHardWrap(line, rest string) bool {
	line = strings.TrimRight(line, " \t\r")
	if line == "" {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ':', '"', ')':
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// AnalyzeLines treats every line as one sentence: the layout of the CoNLL
// training data, where sentence boundaries are given.
func (a *Analyzer) AnalyzeLines(text string) *Document {
	var bounds [][2]int
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				bounds = append(bounds, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return a.analyzeWithSentences(text, bounds)
}

func (a *Analyzer) analyzeWithSentences(text string, bounds [][2]int) *Document {
	// The tokens are made in their final list, at about its final size
	// (tokenSizeGuess): growing it copied it and left the old ones behind,
	// and a list per sentence copied into it doubled a long sentence.
	doc := &Document{Text: text, Tokens: make([]Token, 0, tokenSizeGuess(text))}
	var parts []Token
	scratch := a.tagger.newScratch()
	defer a.tagger.putScratch(scratch)
	for _, b := range bounds {
		first := len(doc.Tokens)
		doc.Tokens = a.tokenizer.tokenize(text[b[0]:b[1]], b[0], doc.Tokens)
		doc.Tokens, parts = splitDashes(doc.Tokens, first, parts)
		doc.Tokens = splitFinalStop(doc.Tokens, first, a.abbreviations)
		a.addSentences(doc, b, first, scratch)
	}
	if cap(doc.Tokens) > 2*len(doc.Tokens)+64 {
		// The guess counts punctuation inside words, which prose keeps
		// whole ("a-b-c-d"): a list reserved far too large is let go, not
		// kept as long as the document.
		doc.Tokens = slices.Clone(doc.Tokens)
	}
	doc.setLower()
	// What a long article left behind (the tokenizer's lists, and the
	// tagger's beyond its pooled working space, at most some 200 KB) goes
	// before the recognizer adds its lists.
	CollectAfter(len(doc.Tokens))
	return doc
}

// addSentences tags the tokens from first on, those of the sentence
// spanning bytes b, and adds the sentence to doc. A sentence of more than
// maxSentenceTokens is cut into sentences of that many, each from its first
// token's start to its last's end.
func (a *Analyzer) addSentences(doc *Document, b [2]int, first int, scratch *tagScratch) {
	n := len(doc.Tokens)
	for lo := first; ; lo += maxSentenceTokens {
		hi := min(n, lo+maxSentenceTokens)
		st := Sentence{Start: b[0], End: b[1], First: lo, Last: hi}
		if lo > first {
			st.Start = doc.Tokens[lo].Start
		}
		if hi < n {
			st.End = doc.Tokens[hi-1].End()
		}
		sent := doc.Tokens[lo:hi]
		a.tagger.tagTokens(scratch, sent)
		for k := range sent {
			sent[k].Sent = int32(len(doc.Sentences))
		}
		doc.Sentences = append(doc.Sentences, st)
		if hi == n {
			return
		}
	}
}

// maxSentenceTokens is the most tokens a sentence holds. No sentence of
// news comes near it; a megabyte of dots, or a list without a full stop,
// would be one sentence, and what the later stages keep per token of a
// sentence (the recognizer's lattice: 17 bytes) would be kept for all of
// it.
const maxSentenceTokens = 1 << 12

// tokenSizeGuess returns about how many tokens text has, a little more
// rather than less: its white-space-delimited pieces, plus one for each
// punctuation mark, which prose's tokenizer mostly splits off (ASCII ones,
// and the general punctuation of U+2000 to U+206F: curly quotes, dashes),
// but no more than 2*markRun marks in a row: a longer run is one token at
// each end of a word (see markRun).
//
// Each byte is counted without a branch on its class (the class's bits
// are added and masked in): spaces and words alternate every few
// bytes, and a branch on them was mispredicted at most of their borders.
func tokenSizeGuess(text string) int {
	n, afterSpace, marks := 1, 1, 0
	for i := 0; i < len(text); i++ {
		class := guessClasses[text[i]]
		space, mark, word := int(class&guessSpace), int(class&guessMark)>>1, int(class&guessWord)>>2
		n += afterSpace &^ space // a piece starts
		afterSpace = space
		// A run of marks ends at a space or a word byte (not at the other
		// bytes of a multi-byte rune).
		marks = (marks + mark) & -(1 - space - word)
		n += mark & atMost(marks, 2*markRun)
	}
	return n
}

// atMost is 1 if a <= b, else 0.
func atMost(a, b int) int {
	if a <= b {
		return 1
	}
	return 0
}

// The classes of bytes tokenSizeGuess counts by: white space, a
// punctuation mark (an ASCII byte neither letter nor digit, or 0xE2, which
// opens curly quotes and dashes), an ASCII letter or digit, and any other
// byte of a multi-byte rune.
// Each class is a bit of its own, for tokenSizeGuess's arithmetic.
const (
	guessOther = 0
	guessSpace = 1
	guessMark  = 2
	guessWord  = 4
)

// guessClasses is the class of each byte, looked up rather than found by
// a chain of compares: tokenSizeGuess reads every byte of every article.
var guessClasses = func() (classes [256]uint8) {
	for c := range classes {
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			classes[c] = guessSpace
		case c >= 0x80 && c != 0xE2:
			classes[c] = guessOther
		case '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z':
			classes[c] = guessWord
		default:
			classes[c] = guessMark
		}
	}
	return classes
}()

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// TokenAt returns the index of the first token starting at or after byte
// offset off.
func (d *Document) TokenAt(off int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= off })
}

// IsFunctionWord reports a determiner, preposition, conjunction or pronoun:
// capitalized ("The", "In") only because it opens a sentence, never part of
// a title.
func (d *Document) IsFunctionWord(k int) bool {
	switch d.Tokens[k].POS() {
	case "DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "TO":
		return true
	}
	return false
}

// IsCapitalized reports whether s starts with an upper-case letter.
// IsCapitalsWord reports a word written in capitals, of two letters or
// more, with only dots, hyphens and apostrophes besides ("WASHINGTON",
// "U.S.", "O'HARE"): how datelines write places.
func IsCapitalsWord(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters >= 2
}

func IsCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
