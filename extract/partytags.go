package extract

import (
	"regexp"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// partyStateTag matches the party and state that American news writes
// after a lawmaker's name: "R-Utah", "D-N.Y", "I-Vt".
var partyStateTag = regexp.MustCompile(`^[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*$`)

// dropPartyStateTags removes the mentions that are a lawmaker's party and
// state in parentheses or between commas ("Sen. Jane Roe (R-Utah)", "Jane
// Roe, D-N.M., said"): the recognizer reads
// them as places, organizations or misc names, and they name neither the
// party nor the state on their own.
func dropPartyStateTags(doc *text.Document, ms []ner.Mention) []ner.Mention {
	out := ms[:0]
	for _, m := range ms {
		if m.First > 0 && (doc.Tokens[m.First-1].Text == "(" || doc.Tokens[m.First-1].Text == ",") && partyStateTag.MatchString(mentionText(doc, m)) {
			continue
		}
		out = append(out, m)
	}
	return out
}
