package events

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/internal/vocab"
	"github.com/newsextract/newsextract/model"
)

func newTestFinder(t testing.TB) *Finder {
	t.Helper()
	lex, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	f, err := New(lex)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// analyze returns text analyzed into a document.
func analyze(t testing.TB, s string) *text.Document {
	t.Helper()
	a, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	return a.Analyze(s)
}

func TestClassify(t *testing.T) {
	f := newTestFinder(t)
	for subject, want := range map[string]model.AgreementType{
		"a ceasefire in the north":               model.AgreementCeasefire,
		"humanitarian corridors":                 model.AgreementHumanitarianAid,
		"reduce military escalation":             model.AgreementDeEscalation,
		"de-escalating the conflict":             model.AgreementDeEscalation,
		"troop withdrawals from the border":      model.AgreementSecurity,
		"syria's territorial integrity":          model.AgreementDiplomatic,
		"lower tariffs on cars":                  model.AgreementTrade,
		"an appeal against the verdict":          model.AgreementLegalSettlement,
		"buy the rival for $2 billion":           model.AgreementMergerAcquisition,
		"restore diplomatic relations":           model.AgreementDiplomatic,
		"something unrelated":                    model.AgreementOther,
		"what the minister said about the plan":  model.AgreementOther, // "said" is no aid
		"an extension of the lease":              model.AgreementOther, // "extension" is no tension
		"a cease-fire along the line of contact": model.AgreementCeasefire,
		"mutual recognition within the borders":  model.AgreementDiplomatic, // recognition before borders
		"a friendship treaty with the neighbour": model.AgreementDiplomatic,
		// a percentage is a stake only when nothing else names the purpose
		"the airline's offer of a 3 percent raise":   model.AgreementEconomic,
		"a 12 percent stake in the ferry line":       model.AgreementMergerAcquisition,
		"buy 40 percent of the bakery":               model.AgreementMergerAcquisition,
		"the winger on loan from the city club":      model.AgreementContract,
		"a loan of $3 million to the republic":       model.AgreementEconomic,
		"a joint venture to build turbines":          model.AgreementContract,
		"a rescue of the shipyard by the two states": model.AgreementEconomic,
		"keep the bankrupt smelter running":          model.AgreementEconomic,
	} {
		if got := f.classify(subject); got != want {
			t.Errorf("classify(%q) = %q, want %q", subject, got, want)
		}
	}
}

func TestSubjectRange(t *testing.T) {
	f := newTestFinder(t)
	tests := []struct {
		sentence, trigger, want string
	}{
		{"Kenya and Uganda agreed to reopen the border crossing.", "agreed", "reopen the border crossing"},
		{"They made a renewed commitment to the 1994 border treaty.", "commitment", "the 1994 border treaty"},
		{"Kenya agreed with the World Bank to restructure its debt.", "agreed", "restructure its debt"},
		{"Hamas rejected the ceasefire proposal, officials said.", "rejected", "the ceasefire proposal"},
		{"The two sides agreed to talk and reaffirmed their commitment to peace.", "agreed", "talk"},
		{"Both reaffirmed a strong commitment to the accord.", "reaffirmed", "the accord"},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			doc := analyze(t, tt.sentence)
			i := tokenIndex(t, doc, tt.trigger)
			trig := f.vocab.triggers[tt.trigger]
			first, last := f.subjectRange(doc, doc.Sentences[0], i, trig, nil)
			if first >= last {
				t.Fatalf("no subject, want %q", tt.want)
			}
			if got := doc.Text[doc.Tokens[first].Start:doc.Tokens[last-1].End()]; got != tt.want {
				t.Errorf("subject %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRelativeClauses(t *testing.T) {
	f := newTestFinder(t)
	for sentence, want := range map[string][]string{
		"Ferreira, who joined last year, signed a contract.": {", who joined last year,"},
		"The plan, which was agreed in May, failed.":         {", which was agreed in May,"},
		"Berg said, on Monday, that the deal stands.":        nil,
		"The plan, which failed":                             nil, // never closed
	} {
		doc := analyze(t, sentence)
		var got []string
		for _, r := range f.relativeClauses(doc, doc.Sentences[0]) {
			got = append(got, doc.Text[r[0]:r[1]])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: relative clauses %q, want %q", sentence, got, want)
		}
	}
}

func tokenIndex(t *testing.T, doc *text.Document, word string) int {
	t.Helper()
	for i, tok := range doc.Tokens {
		if tok.Text == word {
			return i
		}
	}
	t.Fatalf("no token %q", word)
	return -1
}

func TestVocabularyFiles(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.triggers) < 30 || len(v.types) < 50 {
		t.Errorf("%d triggers, %d type stems", len(v.triggers), len(v.types))
	}
	for word, trig := range v.triggers {
		if trig.status == "" || word != strings.ToLower(word) {
			t.Errorf("trigger %q: %+v", word, trig)
		}
	}
}

func TestVocabularyErrors(t *testing.T) {
	tests := []struct {
		name, data, reason string
		types              bool // read as agreement-types.tsv, else as triggers.tsv
	}{
		{"unknown status", "agreed\tsettled\tverb\n", "unknown status", false},
		{"bad part", "agreed\tagreed\tadverb\n", "want noun, verb", false},
		{"trigger twice", "agreed\tagreed\tverb\nagreed\tsigned\tverb\n", "listed twice", false},
		{"unknown type", "peacekeeping\tblue\n", "unknown type", true},
		{"other has no stems", "other\tmisc\n", "unknown type", true},
		{"stem twice", "trade\ttrade\neconomic\ttrade\n", "listed twice", true},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{"x.tsv": {Data: []byte("# test\n" + tt.data)}}
		var err error
		if tt.types {
			_, err = readTypes(fsys, "x.tsv")
		} else {
			_, err = readTriggers(fsys, "x.tsv")
		}
		var ve *vocab.Error
		if !errors.As(err, &ve) || !strings.Contains(err.Error(), tt.reason) || ve.Line == 0 {
			t.Errorf("%s: err = %v, want a vocab.Error with a line and %q", tt.name, err, tt.reason)
		}
	}
}

// FuzzVocabularyReaders: any file gives a vocabulary or a vocab.Error,
// never a panic, and what is read holds only known statuses and types.
func FuzzVocabularyReaders(f *testing.F) {
	f.Add("agreed\tagreed\tverb\n")
	f.Add("trade\ttrade\nlegal\tcourt\n")
	f.Fuzz(func(t *testing.T, data string) {
		fsys := fstest.MapFS{"x.tsv": {Data: []byte(data)}}
		triggers, err := readTriggers(fsys, "x.tsv")
		var ve *vocab.Error
		if err != nil && !errors.As(err, &ve) {
			t.Fatalf("readTriggers: error of type %T: %v", err, err)
		}
		for w, trig := range triggers {
			if !slices.Contains(model.AgreementStatuses(), trig.status) {
				t.Fatalf("trigger %q: status %q", w, trig.status)
			}
		}
		types, err := readTypes(fsys, "x.tsv")
		if err != nil && !errors.As(err, &ve) {
			t.Fatalf("readTypes: error of type %T: %v", err, err)
		}
		for _, ts := range types {
			if !slices.Contains(model.AgreementTypes(), ts.typ) || ts.stem == "" {
				t.Fatalf("type %q with stem %q", ts.typ, ts.stem)
			}
		}
	})
}

// TestStatesOfTakesTheFirstMentioned: of two place records with one name,
// the country map holds the one mentioned first, on every run (a map's
// order changes from run to run, so the test builds it many times).
func TestStatesOfTakesTheFirstMentioned(t *testing.T) {
	for range 50 {
		refs := map[int]model.Ref{
			90: {Kind: model.KindPlace, ID: "place-2", Name: "Georgia"},
			12: {Kind: model.KindPlace, ID: "place-1", Name: "Georgia"},
			40: {Kind: model.KindOrganization, ID: "org-1", Name: "Georgia"},
			60: {Kind: model.KindPlace, ID: "place-3", Name: "Chad"},
		}
		states := statesOf(refsOf(refs))
		if got := states["Georgia"].ID; got != "place-1" {
			t.Fatalf("Georgia maps to %s, want place-1 (mentioned at 12)", got)
		}
		if len(states) != 2 || states["Chad"].ID != "place-3" {
			t.Fatalf("states %v, want Georgia and Chad", states)
		}
	}
}
