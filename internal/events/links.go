package events

import (
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// LinkMeetings points each agreement to the meeting it was reached at: the
// meeting stated or mentioned in the agreement's own sentence ("an outcome
// of the talks was a renewed commitment to ..."), the nearest before the
// trigger when there are several. An agreement that names no parties or
// place takes the meeting's: "both sides agreed" after the talks between
// them.
func LinkMeetings(doc *text.Document, agreements []model.Agreement, meetings []model.Meeting) {
	for i := range agreements {
		a := &agreements[i]
		m := meetingInSentence(doc, a.Trigger.Start, meetings)
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

// meetingInSentence returns the meeting whose evidence or mention stands in
// the sentence holding offset at, preferring the last one before at.
func meetingInSentence(doc *text.Document, at int, meetings []model.Meeting) *model.Meeting {
	sent := doc.SentenceAt(at)
	if sent < 0 {
		return nil
	}
	var best *model.Meeting
	bestStart := -1
	for i := range meetings {
		m := &meetings[i]
		for _, sp := range append([]model.Span{m.Evidence}, m.Mentions...) {
			if doc.SentenceAt(sp.Start) != sent {
				continue
			}
			if best == nil || sp.Start < at && sp.Start > bestStart || bestStart >= at && sp.Start < bestStart {
				best, bestStart = m, sp.Start
			}
		}
	}
	return best
}
