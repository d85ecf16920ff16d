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

// partyStateTag matches the party and state that American news writes
// after a lawmaker's name: "R-Utah", "D-N.Y", "I-Vt".
var partyStateTag = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*$`) })

// dropPartyStateTags removes the mentions that are a lawmaker's party and
// state in parentheses or between commas ("Sen. Jane Roe (R-Utah)", "Jane
// Roe, D-N.M., said"): the recognizer reads
// them as places, organizations or misc names, and they name neither the
// party nor the state on their own.
func (e *Extractor) dropPartyStateTags(doc *text.Document, ms []ner.Mention) []ner.Mention {
	out := ms[:0]
	for _, m := range ms {
		if !e.isPartyStateTag(doc, m) {
			out = append(out, m)
		}
	}
	return out
}

// isPartyStateTag reports a mention that is a party and a state, as a
// closed phrase: "(" or "," before it, ")" or "," after it (past the
// state's full stop), the state a postal code, a division the lexicon
// lists ("Utah", "N.Y.") or a place the gazetteer knows ("Newport News").
// "D-Wave Systems, the computer maker," names no state; "D-Day landings"
// is no closed phrase.
func (e *Extractor) isPartyStateTag(doc *text.Document, m ner.Mention) bool {
	name := mentionText(doc, m)
	if m.First == 0 || len(name) < 3 || name[1] != '-' || !partyStateTag().MatchString(name) {
		return false
	}
	if prev := doc.Tokens[m.First-1].Text; prev != "(" && prev != "," {
		return false
	}
	next := m.Last
	if next < len(doc.Tokens) && doc.Tokens[next].Text == "." {
		next++
	}
	if next >= len(doc.Tokens) || doc.Tokens[next].Text != ")" && doc.Tokens[next].Text != "," {
		return false
	}
	state := strings.TrimSuffix(name[2:], ".")
	return isPostalCode(state) || e.isRegionName(state) || e.isRegionName(state+".") || e.resolver.Knows(state)
}

// isPostalCode reports two capital letters ("FL", "NY").
func isPostalCode(s string) bool {
	return len(s) == 2 && isUpperASCIILetter(s[0]) && isUpperASCIILetter(s[1])
}

func isUpperASCIILetter(c byte) bool { return c >= 'A' && c <= 'Z' }

// isRegionName reports a name the lexicon lists as a first-level division.
func (e *Extractor) isRegionName(name string) bool {
	return slices.Contains(e.lexicon.Lists(name), gazetteer.ListRegion)
}
