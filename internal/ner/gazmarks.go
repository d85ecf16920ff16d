package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

// GazMarker marks tokens covered by a phrase of the lexicon's lists, for
// the gazetteer features (FeatGazetteer).
type GazMarker struct {
	lex      *gazetteer.Lexicon
	maxWords int
}

// LoadGazMarker wraps the shared lexicon (internal/gazetteer).
func LoadGazMarker() (*GazMarker, error) {
	l, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	return &GazMarker{lex: l, maxWords: max(1, l.MaxPhraseWords())}, nil
}

// Marks returns per token 0 or a hash of its position (B, I, L or U) in the
// longest lexicon phrase covering it, matched greedily left to right, and
// of the lists holding that phrase. Only phrases that start and end with a
// capitalized token are looked up, which keeps lookups few: titles and
// organization words matter to names when capitalized ("Foreign Minister",
// "Corp"). Capitals sentences are looked up title-cased, since the lists
// are exact-case.
func (g *GazMarker) Marks(doc *text.Document, out []uint32) []uint32 {
	out = resizeUint32(out, len(doc.Tokens))
	var buf []byte
	for _, st := range doc.Sentences {
		toks := doc.Tokens[st.First:st.Last]
		caps := capsSentence(toks)
		for i := 0; i < len(toks); {
			if !startsUpper(toks[i].Text) {
				i++
				continue
			}
			// The run of tokens a phrase starting here could span: single
			// spaces between them, none of them sentence punctuation.
			end := i + 1
			for end < len(toks) && end-i < g.maxWords && toks[end].Start == toks[end-1].End()+1 &&
				doc.Text[toks[end-1].End()] == ' ' && !breaksPhrase(toks[end].Text) {
				end++
			}
			matched := 0
			var lists []string
			for k := end; k > i; k-- {
				if !startsUpper(toks[k-1].Text) {
					continue
				}
				phrase := doc.Text[toks[i].Start:toks[k-1].End()]
				if caps {
					buf = titleCase(buf[:0], phrase)
					phrase = string(buf)
				}
				if ls := g.lex.Lists(phrase); len(ls) > 0 {
					matched, lists = k-i, ls
					break
				}
			}
			if matched == 0 {
				i++
				continue
			}
			h := uint32(fnvOffset)
			for _, l := range lists {
				h = mix(h, hashString(l))
			}
			for k := 0; k < matched; k++ {
				out[st.First+i+k] = mix(h, bilouPart(k, matched))
			}
			i += matched
		}
	}
	return out
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// breaksPhrase reports punctuation no lexicon phrase spans.
func breaksPhrase(s string) bool {
	switch s {
	case ",", ";", ":", "(", ")", "\"", "--", "?", "!":
		return true
	}
	return false
}

// titleCase appends s with every word's first letter upper-case and the
// rest lower-case ("UNITED STATES" → "United States").
func titleCase(buf []byte, s string) []byte {
	start := true
	for _, r := range s {
		if start {
			r = unicode.ToUpper(r)
		} else {
			r = unicode.ToLower(r)
		}
		start = r == ' ' || r == '-'
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}
