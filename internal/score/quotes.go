package score

import (
	"sort"
	"strings"
	"unicode"
)

// Quotes are scored as the shared quotes gold describes (the "How to score"
// section of data/quotes/README.md): per document, predictions are matched
// one to one with gold quotes whose content bytes they overlap (greedily
// by overlap size, then augmenting paths); content detection is precision,
// recall and F1 over those pairs (by overlap and by the same letters and
// digits), and on matched pairs the speaker, the cue and the direct flag
// are checked; a quote is attributed right when it is matched and its
// speaker is right. Every figure is given for all quotes, direct ones and
// indirect ones (mixed included): recall-side counts by the gold's direct
// flag, precision-side counts by the quotation marks around the predicted
// content.

// GoldPiece is a span of a gold quote, speaker or cue, with its parts when
// it is in several pieces.
type GoldPiece struct {
	Start int         `json:"start"`
	End   int         `json:"end"`
	Text  string      `json:"text"`
	Parts []GoldPiece `json:"parts"`
}

// pieces returns the spans of p: its parts, or itself.
func (p GoldPiece) pieces() []span {
	if len(p.Parts) == 0 {
		return []span{{p.Start, p.End}}
	}
	out := make([]span, len(p.Parts))
	for i, q := range p.Parts {
		out[i] = span{q.Start, q.End}
	}
	return out
}

// GoldQuote is one gold attribution in the JSON layout.
type GoldQuote struct {
	GoldPiece
	Speaker *GoldPiece `json:"speaker"`
	Cue     *GoldPiece `json:"cue"`
	Direct  bool       `json:"direct"`
	Kind    string     `json:"kind"`
}

// QuoteGold is one document's quotes as the JSON layout has them; embedded
// in a document type, it reads the quotes key.
type QuoteGold struct {
	Quotes []GoldQuote `json:"quotes"`
}

// Present reports whether the document had the quotes key.
func (g QuoteGold) Present() bool { return g.Quotes != nil }

// QuoteSpan is a byte range of a prediction, End exclusive.
type QuoteSpan struct{ Start, End int }

// QuotePred is one predicted quote: its content pieces, its speaker (the
// spans of its mentions and a name, either may be empty), its cue span and
// its direct flag.
type QuotePred struct {
	Parts       []QuoteSpan
	Speaker     []QuoteSpan
	SpeakerName string
	Cue         QuoteSpan
	Direct      bool
}

func (p QuotePred) pieces() []span {
	out := make([]span, len(p.Parts))
	for i, q := range p.Parts {
		out[i] = span{q.Start, q.End}
	}
	return out
}

func (p QuotePred) hasSpeaker() bool { return len(p.Speaker) > 0 || p.SpeakerName != "" }

// Quote groups.
const (
	QuotesAll      = "all"
	QuotesDirect   = "direct"
	QuotesIndirect = "indirect"
)

// QuoteGroups lists the groups in print order.
func QuoteGroups() []string { return []string{QuotesAll, QuotesDirect, QuotesIndirect} }

// quoteGroupCounts are the sums of one group.
type quoteGroupCounts struct {
	pred, gold, redundant   int
	tpPred, tpGold          int // matched pairs, by the prediction's and the gold's group
	exactPred, exactGold    int
	attrPred, attrGold      int
	tokPredIn, tokPred      int // predicted words inside gold content, all predicted words
	tokGoldIn, tokGold      int
	speaker, cue, directFlg Ratio
	speakerByForm           map[string]*Ratio
}

// QuoteCounts accumulates quote figures over documents. The zero value is
// ready to use.
type QuoteCounts struct {
	groups map[string]*quoteGroupCounts
}

func (c *QuoteCounts) group(g string) *quoteGroupCounts {
	if c.groups == nil {
		c.groups = map[string]*quoteGroupCounts{}
	}
	if c.groups[g] == nil {
		c.groups[g] = &quoteGroupCounts{speakerByForm: map[string]*Ratio{}}
	}
	return c.groups[g]
}

// Add scores one document: its text, gold quotes and predictions.
func (c *QuoteCounts) Add(text string, gold []GoldQuote, pred []QuotePred) {
	predOf := matchQuotes(gold, pred)
	goldOf := make([]int, len(pred))
	for i := range goldOf {
		goldOf[i] = -1
	}
	for g, p := range predOf {
		if p >= 0 {
			goldOf[p] = g
		}
	}
	predGroup := make([]string, len(pred))
	for i, p := range pred {
		predGroup[i] = QuotesIndirect
		if isDirectSpan(text, p.pieces()) {
			predGroup[i] = QuotesDirect
		}
	}
	goldGroup := func(g GoldQuote) string {
		if g.Direct {
			return QuotesDirect
		}
		return QuotesIndirect
	}
	for i, p := range pred {
		g := goldOf[i]
		for _, name := range []string{QuotesAll, predGroup[i]} {
			gc := c.group(name)
			gc.pred++
			if g >= 0 {
				gc.tpPred++
				if sameContent(text, gold[g].pieces(), p.pieces()) {
					gc.exactPred++
				}
				if speakerRight(text, gold[g], p) {
					gc.attrPred++
				}
			} else if overlapsMatched(p, gold, predOf) {
				gc.redundant++
			}
		}
	}
	for gi, g := range gold {
		p := predOf[gi]
		for _, name := range []string{QuotesAll, goldGroup(g)} {
			gc := c.group(name)
			gc.gold++
			if p < 0 {
				continue
			}
			gc.tpGold++
			pr := pred[p]
			if sameContent(text, g.pieces(), pr.pieces()) {
				gc.exactGold++
			}
			right := speakerRight(text, g, pr)
			if right {
				gc.attrGold++
			}
			if g.Speaker != nil {
				gc.speaker.add(right)
				form := speakerForm(g.Speaker.Text)
				if gc.speakerByForm[form] == nil {
					gc.speakerByForm[form] = &Ratio{}
				}
				gc.speakerByForm[form].add(right)
			}
			if g.Cue != nil {
				gc.cue.add(cueRight(text, *g.Cue, pr))
			}
			gc.directFlg.add(pr.Direct == g.Direct)
		}
	}
	c.addTokens(text, gold, pred, predGroup, goldGroup)
}

// addTokens counts the words of predicted and gold content and how many
// of them the other side covers.
func (c *QuoteCounts) addTokens(text string, gold []GoldQuote, pred []QuotePred, predGroup []string, goldGroup func(GoldQuote) string) {
	words := wordSpans(text)
	inAny := func(w span, spans [][]span) bool {
		for _, ss := range spans {
			for _, s := range ss {
				if overlap(w, s) > 0 {
					return true
				}
			}
		}
		return false
	}
	var goldSpans, predSpans [][]span
	for _, g := range gold {
		goldSpans = append(goldSpans, g.pieces())
	}
	for _, p := range pred {
		predSpans = append(predSpans, p.pieces())
	}
	for _, w := range words {
		for i := range pred {
			if inAny(w, predSpans[i:i+1]) {
				in := inAny(w, goldSpans)
				for _, name := range []string{QuotesAll, predGroup[i]} {
					gc := c.group(name)
					gc.tokPred++
					if in {
						gc.tokPredIn++
					}
				}
				break
			}
		}
		for i, g := range gold {
			if inAny(w, goldSpans[i:i+1]) {
				in := inAny(w, predSpans)
				for _, name := range []string{QuotesAll, goldGroup(g)} {
					gc := c.group(name)
					gc.tokGold++
					if in {
						gc.tokGoldIn++
					}
				}
				break
			}
		}
	}
}

// QuoteGroupScores are the figures of one group. Percentages are 0-100.
type QuoteGroupScores struct {
	// Gold and Pred count the quotes; Redundant the unmatched predictions
	// that overlap a matched gold quote.
	Gold, Pred, Redundant int
	// Overlap is content detection by overlap; LenientP leaves redundant
	// predictions out.
	Overlap  PRF
	LenientP float64
	// Exact is content detection by the same letters and digits.
	Exact PRF
	// Token is word overlap of content.
	Token PRF
	// Speaker, Cue and DirectFlag are accuracies on matched pairs;
	// SpeakerByForm splits Speaker by the gold speaker's form (name,
	// pronoun, other).
	Speaker, Cue, DirectFlag Ratio
	SpeakerByForm            map[string]Ratio
	// Attribution counts a quote when it is matched and its speaker right.
	Attribution PRF
}

// Scores returns the figures of every group.
func (c *QuoteCounts) Scores() map[string]QuoteGroupScores {
	out := map[string]QuoteGroupScores{}
	for _, name := range QuoteGroups() {
		gc := c.group(name)
		s := QuoteGroupScores{Gold: gc.gold, Pred: gc.pred, Redundant: gc.redundant,
			Speaker: gc.speaker, Cue: gc.cue, DirectFlag: gc.directFlg, SpeakerByForm: map[string]Ratio{}}
		s.Overlap = splitPRF(gc.tpPred, gc.pred, gc.tpGold, gc.gold)
		if gc.pred-gc.redundant > 0 {
			s.LenientP = 100 * float64(gc.tpPred) / float64(gc.pred-gc.redundant)
		}
		s.Exact = splitPRF(gc.exactPred, gc.pred, gc.exactGold, gc.gold)
		s.Token = splitPRF(gc.tokPredIn, gc.tokPred, gc.tokGoldIn, gc.tokGold)
		s.Attribution = splitPRF(gc.attrPred, gc.pred, gc.attrGold, gc.gold)
		for f, r := range gc.speakerByForm {
			s.SpeakerByForm[f] = *r
		}
		out[name] = s
	}
	return out
}

// splitPRF is precision tpP/pred and recall tpG/gold, with their F1; TP
// is the recall side's, FP and FN what the two sides miss.
func splitPRF(tpP, pred, tpG, gold int) PRF {
	r := PRF{TP: tpG, FP: pred - tpP, FN: gold - tpG}
	r.P, r.R, r.F1 = prfSplit(tpP, pred, tpG, gold)
	return r
}

func prfSplit(tpP, pred, tpG, gold int) (p, r, f float64) {
	if pred > 0 {
		p = 100 * float64(tpP) / float64(pred)
	}
	if gold > 0 {
		r = 100 * float64(tpG) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// piecesOverlap is the number of bytes two lists of pieces share.
func piecesOverlap(a, b []span) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if o := overlap(x, y); o > 0 {
				n += o
			}
		}
	}
	return n
}

// matchQuotes pairs predictions with gold quotes one to one: greedily by
// overlap size (ties: lower prediction, then lower gold index), then by
// augmenting paths for predictions left unmatched. It returns each gold
// quote's prediction index, or -1.
func matchQuotes(gold []GoldQuote, pred []QuotePred) []int {
	type cand struct{ p, g, n int }
	var cands []cand
	adj := make([][]int, len(pred))
	for pi, p := range pred {
		for gi, g := range gold {
			if n := piecesOverlap(p.pieces(), g.pieces()); n > 0 {
				cands = append(cands, cand{pi, gi, n})
				adj[pi] = append(adj[pi], gi)
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.n != b.n {
			return a.n > b.n
		}
		if a.p != b.p {
			return a.p < b.p
		}
		return a.g < b.g
	})
	predOf := make([]int, len(gold))
	goldOf := make([]int, len(pred))
	for i := range predOf {
		predOf[i] = -1
	}
	for i := range goldOf {
		goldOf[i] = -1
	}
	for _, c := range cands {
		if predOf[c.g] < 0 && goldOf[c.p] < 0 {
			predOf[c.g], goldOf[c.p] = c.p, c.g
		}
	}
	var augment func(p int, seen []bool) bool
	augment = func(p int, seen []bool) bool {
		for _, g := range adj[p] {
			if seen[g] {
				continue
			}
			seen[g] = true
			if predOf[g] < 0 || augment(predOf[g], seen) {
				predOf[g], goldOf[p] = p, g
				return true
			}
		}
		return false
	}
	for p := range pred {
		if goldOf[p] < 0 {
			augment(p, make([]bool, len(gold)))
		}
	}
	return predOf
}

// overlapsMatched reports an unmatched prediction that overlaps a matched
// gold quote: a quote split in two.
func overlapsMatched(p QuotePred, gold []GoldQuote, predOf []int) bool {
	for gi, g := range gold {
		if predOf[gi] >= 0 && piecesOverlap(p.pieces(), g.pieces()) > 0 {
			return true
		}
	}
	return false
}

// isWordChar reports a letter or digit.
func isWordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordPieces trims each piece to its letters and digits and joins pieces
// that only such characters separate.
func wordPieces(text string, pieces []span) []span {
	var out []span
	for _, p := range pieces {
		s, e := p.start, p.end
		for s < e {
			r, size := decodeRune(text, s)
			if isWordChar(r) {
				break
			}
			s += size
		}
		for e > s {
			r, size := decodeLastRune(text, e)
			if isWordChar(r) {
				break
			}
			e -= size
		}
		if s >= e {
			continue
		}
		if n := len(out); n > 0 && out[n-1].end <= s && strings.IndexFunc(text[out[n-1].end:s], isWordChar) < 0 {
			out[n-1].end = e
			continue
		}
		out = append(out, span{s, e})
	}
	return out
}

// sameContent reports two contents with the same letters and digits.
func sameContent(text string, a, b []span) bool {
	x, y := wordPieces(text, a), wordPieces(text, b)
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return len(x) > 0
}

// quoteStopWords never make a speaker name match by themselves.
var quoteStopWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "or": true,
	"for": true, "to": true, "in": true, "on": true, "mr": true, "mrs": true, "ms": true, "dr": true, "s": true}

// wordsOf returns the \w+ runs of s, lower-cased.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordChar(r) && r != '_' })
}

// speakerRight reports whether a prediction names the gold quote's
// speaker: for a gold quote without a source, whether the prediction
// gives none.
func speakerRight(text string, g GoldQuote, p QuotePred) bool {
	if g.Speaker == nil {
		return !p.hasSpeaker()
	}
	for _, s := range p.Speaker {
		if piecesOverlap([]span{{s.Start, s.End}}, g.Speaker.pieces()) > 0 {
			return true
		}
	}
	if p.SpeakerName == "" {
		return false
	}
	a, b := wordsOf(p.SpeakerName), wordsOf(g.Speaker.Text)
	return nameMatches(a, b) || nameMatches(b, a)
}

// nameMatches reports whether a is a word-aligned run of b and not made of
// stop words only.
func nameMatches(a, b []string) bool {
	content := false
	for _, w := range a {
		content = content || !quoteStopWords[w]
	}
	if !content || len(a) > len(b) {
		return false
	}
	for i := 0; i+len(a) <= len(b); i++ {
		ok := true
		for j := range a {
			if b[i+j] != a[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// speakerForm classifies a gold speaker: name (capitalised), pronoun or
// other noun phrase.
func speakerForm(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their":
		return "pronoun"
	}
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			return "name"
		}
	}
	return "other"
}
