package events

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestClassifyLikeEachStem: classify, which reads a subject once, gives
// what trying each stem in turn with startsWord gives, for every stem
// inside, at the start and end of words and clauses.
func TestClassifyLikeEachStem(t *testing.T) {
	f := newTestFinder(t)
	each := func(subject string) model.AgreementType {
		for _, ts := range f.vocab.types {
			if startsWord(subject, ts.stem) {
				return ts.typ
			}
		}
		return model.AgreementOther
	}
	subjects := []string{"", "a", "-", "said the aid", "the extension's tension", "über-truce", "déjà vu"}
	for _, ts := range f.vocab.types {
		stem := strings.TrimSuffix(ts.stem, "$")
		for _, s := range []string{stem, stem + "s", "x" + stem, "-" + stem, "the " + stem + " of", "re" + stem + "-" + stem, "é" + stem, stem + "é", "a " + stem + "’s deal"} {
			subjects = append(subjects, s, "a trade "+s, s+" ceasefire")
		}
	}
	for _, s := range subjects {
		if got, want := f.classify(s), each(s); got != want {
			t.Errorf("classify(%q) = %q, each stem in turn %q", s, got, want)
		}
	}
}
