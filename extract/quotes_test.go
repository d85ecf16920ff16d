package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/model"
)

func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		speaker    string // the speaker mention of the last quote
		record     string // the name of the record it refers to, "" for none
	}{
		{"a name", "Foreign Minister Asaad al-Shibani met the envoy in Paris.\n“We will not accept partition,” Shibani told reporters.",
			"Shibani", "Asaad al-Shibani"},
		{"he after a name", "Foreign Minister Asaad al-Shibani met the envoy in Paris on Tuesday.\n“We will not accept partition,” he said.",
			"he", "Asaad al-Shibani"},
		{"a title", "Foreign Minister Asaad al-Shibani met the envoy in Paris on Tuesday.\n“We will not accept partition,” the minister said.",
			"the minister", "Asaad al-Shibani"},
		{"an organization inside the speaker", "The talks ended on Tuesday, the Syrian Arab News Agency (SANA) reported.",
			"the Syrian Arab News Agency", "Syrian Arab News Agency"},
		{"a spokeswoman for a person is not that person", "Hillary Clinton spoke in Ohio on Monday. The tour goes on, a spokeswoman for Hillary Clinton said.",
			"a spokeswoman for Hillary Clinton", ""},
		{"an anonymous source", "The talks ended on Tuesday, according to a Syrian government source.",
			"a Syrian government source", ""},
		{"a title with the name in apposition", "Portugal’s prime minister, Jorge Quintela, announced last month a plan to build homes.",
			"Portugal’s prime minister", "Jorge Quintela"},
	}
	ex := newTestExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ex.Extract(context.Background(), model.Article{Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Quotes) == 0 {
				t.Fatalf("no quote in %q", tt.text)
			}
			q := res.Quotes[len(res.Quotes)-1]
			if q.Speaker == nil || q.Speaker.Text != tt.speaker {
				t.Fatalf("speaker %+v, want %q", q.Speaker, tt.speaker)
			}
			if tt.record == "" {
				if q.Speaker.ID != "" {
					t.Errorf("speaker refers to %s, want no record", q.Speaker.ID)
				}
				return
			}
			if q.Speaker.Name != tt.record || q.Speaker.ID == "" {
				t.Errorf("speaker refers to %q (%s), want %q", q.Speaker.Name, q.Speaker.ID, tt.record)
			}
			if q.Speaker.Kind == model.KindPerson {
				i := slices.IndexFunc(res.People, func(p model.Person) bool { return p.ID == q.Speaker.ID })
				if i < 0 || !slices.Contains(res.People[i].Quotes, q.ID) {
					t.Errorf("person %s does not list %s", q.Speaker.ID, q.ID)
				}
			}
		})
	}
}
