package score

import (
	"strings"
	"unicode/utf8"
)

// cueFunctionWords are left out of cues before stems are compared.
var cueFunctionWords = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true,
	"is": true, "are": true, "be": true, "been": true, "will": true, "would": true, "also": true, "not": true,
	"to": true, "that": true, "did": true, "does": true, "do": true, "a": true, "an": true, "the": true}

// irregularStems maps irregular verb forms to their stem.
var irregularStems = map[string]string{"said": "say", "told": "tell", "wrote": "write", "written": "write",
	"thought": "think", "knew": "know", "known": "know", "felt": "feel", "found": "find", "spoke": "speak",
	"spoken": "speak", "meant": "mean", "heard": "hear", "saw": "see", "seen": "see", "gave": "give", "made": "make"}

// stem reduces a cue word to a stem: irregular forms mapped, then -ing,
// -ed, -es or -s removed.
func stem(w string) string {
	if s, ok := irregularStems[w]; ok {
		return s
	}
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// cueRight reports whether the predicted cue overlaps the gold one or
// shares a stem with it (one stem may be a prefix of the other).
func cueRight(text string, g GoldPiece, p QuotePred) bool {
	if p.Cue.End > p.Cue.Start && piecesOverlap([]span{{p.Cue.Start, p.Cue.End}}, g.pieces()) > 0 {
		return true
	}
	if p.Cue.End <= p.Cue.Start || p.Cue.End > len(text) {
		return false
	}
	for _, a := range wordsOf(text[p.Cue.Start:p.Cue.End]) {
		if cueFunctionWords[a] {
			continue
		}
		for _, b := range wordsOf(g.Text) {
			if cueFunctionWords[b] {
				continue
			}
			sa, sb := stem(a), stem(b)
			if strings.HasPrefix(sa, sb) || strings.HasPrefix(sb, sa) {
				return true
			}
		}
	}
	return false
}

// wordSpans returns the maximal runs of word characters of text.
func wordSpans(text string) []span {
	var out []span
	start := -1
	for i, r := range text {
		w := isWordChar(r) || r == '_'
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(text)})
	}
	return out
}

func decodeRune(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

func decodeLastRune(s string, i int) (rune, int) { return utf8.DecodeLastRuneInString(s[:i]) }

// isDirectSpan applies the gold's rule for direct content: every letter and
// digit of the pieces lies inside quotation marks (double marks, and
// single curly marks used as quote marks), a mark just before a piece
// counting; a line break closes open quotes.
func isDirectSpan(text string, pieces []span) bool {
	any := false
	for _, p := range pieces {
		if p.start < 0 || p.end > len(text) || p.start >= p.end {
			return false
		}
		lineStart := strings.LastIndexByte(text[:p.start], '\n') + 1
		dbl, sgl := false, false
		for i, r := range text[lineStart:p.end] {
			off := lineStart + i
			switch {
			case r == '“' || r == '«' || r == '„':
				dbl = true
			case r == '”' || r == '»':
				dbl = false
			case r == '"':
				dbl = !dbl
			case r == '‘' && !wordBefore(text, off):
				sgl = true
			case r == '’' && !wordAfter(text, off+len("’")):
				sgl = false
			case off >= p.start && isWordChar(r):
				if !dbl && !sgl {
					return false
				}
				any = true
			}
		}
	}
	return any
}

func wordBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWordChar(r)
}

func wordAfter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordChar(r)
}
