package events

import (
	"testing"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

func TestMeetingVocabulary(t *testing.T) {
	v, err := loadMeetingVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for name, set := range map[string]map[string]bool{
		"nouns": v.nouns, "mediation": v.mediation, "not-objects": v.notObjects, "other-senses": v.otherSenses,
		"modifiers": v.modifiers, "negators": v.negators, "holding": v.holding, "after-verbs": v.afterVerbs,
		"counterparts": v.counterparts, "openers": v.openers, "distinct": v.distinct,
	} {
		if len(set) == 0 {
			t.Errorf("%s: empty", name)
		}
	}
	if v.verbs["met"] != formPast || v.verbs["meet"] != formBase {
		t.Errorf("verb forms: met %q, meet %q", v.verbs["met"], v.verbs["meet"])
	}
	if v.statusWords["will"] != model.MeetingPlanned || v.statusAfter["postponed"] != model.MeetingCancelled {
		t.Errorf("statuses: will %q, postponed %q", v.statusWords["will"], v.statusAfter["postponed"])
	}
}

// TestMeetingsWithoutNames checks that a meeting word with nobody named
// and no place or date gives nothing, and that an empty result is an
// empty list.
func TestMeetingsWithoutNames(t *testing.T) {
	f := newTestFinder(t)
	for _, s := range []string{
		"The meeting went well.",
		"They will meet again.",
		"Talks are the only way forward.",
	} {
		got := f.Meetings(Input{Doc: analyze(t, s), Refs: nil})
		if got == nil || len(got) != 0 {
			t.Errorf("%q: %+v, want an empty list", s, got)
		}
	}
}

func TestDatelinePlace(t *testing.T) {
	doc := &text.Document{Text: "Head line\nOSLO 2026-03-04\nBody."}
	if got := datelinePlace(Input{Doc: doc, BodyStart: 26}); got != nil {
		t.Errorf("no mentions: %+v, want nil", got)
	}
}

// TestOtherSense checks which sentences read as a meeting of another kind
// (a sports meeting, a market session): a listed word written in lower
// case or in capitals counts, the same word capitalized inside a name does
// not, and the first such word decides.
func TestOtherSense(t *testing.T) {
	f := newTestFinder(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The athletes met in Oslo.", true},
		{"THE ATHLETES MET IN OSLO.", true},
		{"Envoys met at the Athletes Federation.", false},
		{"Envoys met in Oslo.", false},
		{"Envoys of the Athletes Federation met as the athletes waited.", true},
	} {
		doc := analyze(t, tc.text)
		r := meetingReader{f: f, mv: f.meetingVocab, in: Prepare(Input{Doc: doc})}
		for _, s := range doc.Sentences {
			r.sentence(s, nil)
		}
		if r.otherSense != tc.want {
			t.Errorf("%q: other sense %v, want %v", tc.text, r.otherSense, tc.want)
		}
	}
}
