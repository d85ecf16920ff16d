package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// afterBlockOf reports a name, whatever its label, right after "block of"
// with a house number before "block": police reports give where things
// happened so ("in the 400 block of Quorble", "the 400-block of N.
// Quorble Drive").
func afterBlockOf(doc *text.Document, m ner.Mention) bool {
	if m.Label == ner.LabelLOC || m.First < 3 || doc.Tokens[m.First-1].Text != "of" {
		return false
	}
	block := doc.Tokens[m.First-2]
	if block.Sent != doc.Tokens[m.First].Sent {
		return false
	}
	if numberedBlock().MatchString(block.Text) {
		return true
	}
	return strings.EqualFold(block.Text, "block") && houseNumber().MatchString(doc.Tokens[m.First-3].Text)
}

// houseNumber matches a house number; numberedBlock a number and "block"
// as one token ("400-block").
var (
	houseNumber   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[1-9][0-9]{1,5}$`) })
	numberedBlock = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)^[1-9][0-9]{1,5}-block$`) })
)

// ordinalStreet matches the ordinal that names a street ("14th",
// "Fifth"); streetWords are the words after it that make the street.
var (
	ordinalStreet = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:[1-9][0-9]{0,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)$`)
	})
	streetWords = map[string]bool{"street": true, "st.": true, "avenue": true, "ave.": true}
)

// ordinalStreets makes an ordinal and a street word a place ("14th St.",
// "Fifth Avenue", "Third street"), with a compass word before it
// ("North Ninth Street"): it relabels the mention that is exactly the
// street or adds one where the recognizer found none. Mentions stay in
// text order.
func ordinalStreets(doc *text.Document, ms []ner.Mention) []ner.Mention {
	var added []ner.Mention
	j := 0 // first mention not ending before token k
	for k := 0; k+1 < len(doc.Tokens); k++ {
		tok := doc.Tokens[k]
		if !isOrdinalStreet(tok.Text) || !streetWords[doc.Lower(k+1)] || doc.Tokens[k+1].Sent != tok.Sent {
			continue
		}
		first := k
		if k > 0 && compassWords[doc.Tokens[k-1].Text] {
			first = k - 1
		}
		street := ner.Mention{Start: doc.Tokens[first].Start, End: doc.Tokens[k+1].End(), First: first, Last: k + 2, Label: ner.LabelLOC}
		for j < len(ms) && ms[j].Last <= first {
			j++
		}
		switch {
		case j < len(ms) && ms[j].First == street.First && ms[j].Last == street.Last:
			ms[j].Label = ner.LabelLOC
		case j < len(ms) && ms[j].First < street.Last:
			// part of another name, or a name of its own: left as it is
		default:
			added = append(added, street)
		}
	}
	return mergeMentions(ms, added)
}

// isOrdinalStreet reports whether ordinalStreet matches s. Almost no token
// is an ordinal, so a look at its first and last byte (a digit or the
// initial of an ordinal word; the last letter of "st", "nd", "rd", "th")
// turns nearly all of them away before the regular expression runs.
func isOrdinalStreet(s string) bool {
	if len(s) < 3 {
		return false
	}
	switch s[len(s)-1] {
	case 't', 'd', 'h':
	default:
		return false
	}
	switch c := s[0]; {
	case c >= '1' && c <= '9', c == 'F', c == 'S', c == 'T', c == 'E', c == 'N':
	default:
		return false
	}
	return ordinalStreet().MatchString(s)
}

// compassWords are the capitalized directions that open or close a
// street's name ("North Quorn Street", "Quorble Avenue West").
var compassWords = map[string]bool{
	"North": true, "South": true, "East": true, "West": true,
	"N.": true, "S.": true, "E.": true, "W.": true,
}
