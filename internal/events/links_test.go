package events

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

func TestLinkMeetings(t *testing.T) {
	text := "The two envoys met in Oslo on Monday. An outcome of the talks was a pledge to reopen the border. Trade rose."
	doc := analyze(t, text)
	span := func(s string) model.Span {
		i := strings.Index(text, s)
		return model.Span{Text: s, Start: i, End: i + len(s)}
	}
	oslo := &model.Ref{Name: "Oslo", Kind: model.KindPlace, ID: "place-1"}
	envoys := []model.Party{{Ref: model.Ref{Name: "Norway", Kind: model.KindPlace, ID: "place-2"}}}
	meetings := []model.Meeting{{ID: "meeting-1", Evidence: span("The two envoys met in Oslo on Monday"),
		Mentions: []model.Span{span("the talks")}, Place: oslo, Participants: envoys}}
	agreements := []model.Agreement{
		{ID: "agreement-1", Trigger: span("pledge")},
		{ID: "agreement-2", Trigger: span("rose")},
	}
	LinkMeetings(doc, agreements, meetings)
	if a := agreements[0]; a.Meeting != "meeting-1" || a.Place == nil || a.Place.ID != "place-1" || len(a.Parties) != 1 {
		t.Errorf("agreement in the sentence of 'the talks': %+v", a)
	}
	if a := agreements[1]; a.Meeting != "" || a.Place != nil || len(a.Parties) != 0 {
		t.Errorf("agreement in a sentence without a meeting: %+v", a)
	}
}
