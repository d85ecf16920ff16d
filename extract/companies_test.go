package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// TestCompanyShortForms checks that a company's name without its suffixes,
// read as a person's, becomes an organization, and what stays.
func TestCompanyShortForms(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text  string
		names []string // the mentions, in text order, each a run of tokens
		in    []string // their labels as the recognizer gave them
		want  []string
	}{
		{"Fennick chief Ingrid Solbakk spoke. Fennick ASA agreed.", []string{"Fennick", "Ingrid Solbakk", "Fennick ASA"}, []string{"PER", "PER", "ORG"}, []string{"ORG", "PER", "ORG"}},
		{"Fennick Holdings Plc rose. Fennick said so.", []string{"Fennick Holdings Plc", "Fennick"}, []string{"ORG", "PER"}, []string{"ORG", "ORG"}},
		{"Fennick Ferries rose. Fennick said so.", []string{"Fennick Ferries", "Fennick"}, []string{"ORG", "PER"}, []string{"ORG", "PER"}},                                            // no company suffix
		{"Harlan Fennick founded Fennick Inc. Fennick said so.", []string{"Harlan Fennick", "Fennick Inc.", "Fennick"}, []string{"PER", "ORG", "PER"}, []string{"PER", "ORG", "PER"}}, // a person's surname
		{"Miss Varn Inc sells the Miss Varn contest.", []string{"Miss Varn Inc", "Miss Varn"}, []string{"ORG", "MISC"}, []string{"ORG", "MISC"}},                                      // misc names stay
	} {
		doc := e.analyzer.Analyze(tc.text)
		ms := labeledRuns(t, doc, tc.names, tc.in)
		var got []string
		for _, m := range e.companyShortForms(doc, ms) {
			got = append(got, m.Label)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// labeledRuns returns mentions of the token runs names, in text order,
// with the labels given: the recognizer's output a rule test starts from.
func labeledRuns(t *testing.T, doc *text.Document, names, labels []string) []ner.Mention {
	t.Helper()
	var ms []ner.Mention
	from := 0
	for i, name := range names {
		m, ok := findRun(doc.Tokens, name, from)
		if !ok {
			t.Fatalf("%q: no %q", doc.Text, name)
		}
		m.Label = labels[i]
		ms = append(ms, m)
		from = m.Last
	}
	return ms
}

// findRun finds the first run of tokens from token from whose words are
// name's, as a mention.
func findRun(toks []text.Token, name string, from int) (ner.Mention, bool) {
	words := strings.Fields(name)
	for k := from; k+len(words) <= len(toks); k++ {
		ok := true
		for i, w := range words {
			if toks[k+i].Text != w {
				ok = false
				break
			}
		}
		if ok {
			last := k + len(words)
			return ner.Mention{Start: toks[k].Start, End: toks[last-1].End(), First: k, Last: last}, true
		}
	}
	return ner.Mention{}, false
}

// TestCompanyApposition checks which appositions call a name a company.
func TestCompanyApposition(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Quellmark, one of the world's top producers of lithium, said so.", "Quellmark", true},
		{"Quellmark , one of the world ’s top producers of lithium , said so .", "Quellmark", true},
		{"Quellmark, a Dutch lender, said so.", "Quellmark", true},
		{"Quellmark, its biggest supplier, said so.", "Quellmark", true},
		{"Harlan Quist, the company's co-founder, said so.", "Harlan Quist", false}, // the head is "co-founder"
		{"Harlan Quist, a bank manager, said so.", "Harlan Quist", false},           // "bank" modifies "manager"
		{"Harlan Quist, who runs a bank, said so.", "Harlan Quist", false},
		{"Quellmark said it was a lender.", "Quellmark", false},
		{"Quincy Jones, the record producer, died.", "Quincy Jones", false}, // a person with a job
		{"Maria Quist, a coal miner, spoke.", "Maria Quist", false},
	} {
		doc := e.analyzer.Analyze(tc.text)
		m, ok := findRun(doc.Tokens, tc.name, 0)
		if !ok {
			t.Fatalf("%q: no %q", tc.text, tc.name)
		}
		if got := e.companyApposition(doc, m); got != tc.want {
			t.Errorf("%q: companyApposition = %v, want %v", tc.text, got, tc.want)
		}
	}
}
