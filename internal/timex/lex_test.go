package timex

import (
	"strings"
	"testing"

	textpkg "github.com/newsextract/newsextract/internal/text"
)

// TestLexing covers lex.go: typographic apostrophes and hyphens, dashes, and
// headlines where capitals mark no name.
func TestLexing(t *testing.T) {
	applyFixtures(t, []fixture{
		{"curly apostrophe holiday", "Shops close on New Year’s Day.", []string{"New Year’s Day|DATE|2026-01-01|"}},
		{"curly apostrophe clock", "They met at 4 o’clock.", []string{"4 o’clock|TIME|2025-08-20T04:00|"}},
		{"non-breaking hyphen", "Talks resume in mid‑September for a three‑day visit.", []string{"mid‑September|DATE|2025-09|MID", "three‑day|DURATION|P3D|"}},
		{"em dash joins nothing", "The talks—held Tuesday—ended.", []string{"Tuesday|DATE|2025-08-19|"}},
		{"title-case headline", "Cyprus Bailout Talks To Resume Next Week\n\nThe talks went on.", []string{"Next Week|DATE|2025-W35|"}},
		{"capitals headline", "TALKS TO RESUME NEXT WEEK AFTER TWO DAYS OF DEADLOCK\n\nThe talks went on.", []string{"NEXT WEEK|DATE|2025-W35|", "TWO DAYS|DURATION|P2D|"}},
		{"headline verb may", "Bank May Cut Rates Next Month\n\nThe bank said so.", []string{"Next Month|DATE|2025-09|"}},
	})
}

// TestLexWordsLower holds every word's lower form to strings.ToLower of its
// text, in text with capitals, capitals beyond ASCII and none.
func TestLexWordsLower(t *testing.T) {
	for _, text := range []string{
		"On MONDAY, 24th March 2025, the ÉCOLE met at 10am.",
		"nothing upper here at all",
		"İstanbul, KELVIN\u212A, Zürich and ZÜRICH",
	} {
		// The lower-cased copy is made by lexWords, or given (as Tag gives
		// the Document's).
		for _, lowered := range []string{"", textpkg.LowerASCII(text)} {
			for _, w := range lexWords(text, lowered) {
				if w.kind == kindPunct {
					continue
				}
				if want := strings.ToLower(text[w.start:w.end]); w.lower != want {
					t.Errorf("%q: word %q lower %q, want %q", text, text[w.start:w.end], w.lower, want)
				}
			}
		}
	}
}
