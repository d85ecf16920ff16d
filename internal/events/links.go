package events

import (
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// LinkMeetings points each agreement to the meeting it was reached at: the
// meeting stated or mentioned in the agreement's own sentence ("the talks
// ended in a fresh pledge to ..."), the nearest before the
// trigger when there are several. An agreement that names no parties or
// place takes the meeting's: "both sides agreed" after the talks between
// them.
func LinkMeetings(doc *text.Document, agreements []model.Agreement, meetings []model.Meeting) {
	bySentence := meetingSpansBySentence(doc, meetings)
	for i := range agreements {
		a := &agreements[i]
		m := nearestMeeting(bySentence[doc.SentenceAt(a.Trigger.Start)], a.Trigger.Start, meetings)
		if m == nil {
			continue
		}
		a.Meeting = m.ID
		if len(a.Parties) == 0 {
			a.Parties = append([]model.Party(nil), m.Participants...)
		}
		if a.Place == nil && m.Place != nil {
			place := *m.Place
			a.Place = &place
		}
	}
}

// meetingSpan is where a meeting is stated or mentioned.
type meetingSpan struct {
	meeting, start int
}

// meetingSpansBySentence indexes every evidence and mention of the
// meetings by the sentence it starts in, so linking stays linear in the
// article's length.
func meetingSpansBySentence(doc *text.Document, meetings []model.Meeting) map[int][]meetingSpan {
	out := map[int][]meetingSpan{}
	for i, m := range meetings {
		for _, sp := range append([]model.Span{m.Evidence}, m.Mentions...) {
			s := doc.SentenceAt(sp.Start)
			out[s] = append(out[s], meetingSpan{meeting: i, start: sp.Start})
		}
	}
	return out
}

// nearestMeeting returns the meeting of the span that starts last before
// at, or else of the first span after it.
func nearestMeeting(spans []meetingSpan, at int, meetings []model.Meeting) *model.Meeting {
	best := -1
	for i, sp := range spans {
		switch {
		case best < 0:
			best = i
		case sp.start < at && (spans[best].start >= at || sp.start > spans[best].start):
			best = i
		case sp.start >= at && spans[best].start >= at && sp.start < spans[best].start:
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return &meetings[spans[best].meeting]
}
