package quotes

import (
	"testing"

	"github.com/newsextract/newsextract/model"
)

func TestSpeakerForms(t *testing.T) {
	tests := []struct {
		name, text string
		speaker    string
		form       model.SpeakerForm
		antecedent int
	}{
		{"name", "Smith said the talks failed.", "Smith", model.SpeakerName, -1},
		{"title", "The minister said the talks failed.", "The minister", model.SpeakerTitle, -1},
		{"description", "A government source said the talks failed.", "A government source", model.SpeakerDescription, -1},
		{"pronoun", "She said the talks failed.", "She", model.SpeakerPronoun, -1},
		{"a name with an initial", "Elijah E. Cummings said the talks failed.", "Elijah E. Cummings", model.SpeakerName, -1},
		{"a later mention of the same source", "A government source said the talks failed. The source added that the envoy left.", "The source", model.SpeakerDescription, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, f := newTestReader(t)
			doc := a.Analyze(tt.text)
			qs := f.Find(doc)
			if len(qs) == 0 {
				t.Fatalf("no quote in %q", tt.text)
			}
			q := qs[len(qs)-1]
			if got := doc.Text[q.Speaker.Start:q.Speaker.End]; got != tt.speaker || q.Form != tt.form || q.Antecedent != tt.antecedent {
				t.Errorf("speaker %q %s antecedent %d, want %q %s %d", got, q.Form, q.Antecedent, tt.speaker, tt.form, tt.antecedent)
			}
		})
	}
}
