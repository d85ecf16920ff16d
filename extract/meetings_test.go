package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// meetingsOf extracts the meetings of a made-up article.
func meetingsOf(t *testing.T, ex *Extractor, article string) []model.Meeting {
	t.Helper()
	res, err := ex.Extract(context.Background(), model.Article{Text: article, RefDate: "2026-03-04"})
	if err != nil {
		t.Fatal(err)
	}
	return res.Meetings
}

// TestMeetingPatterns checks each pattern on made-up sentences: the
// status, the participants' names (a country a person acts for is listed
// with the person after it), place, date text and mediator.
func TestMeetingPatterns(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text                      string
		status                          model.MeetingStatus
		parties                         []string
		place, date, mediator, evidence string
		mentions                        []string
		sides                           []string // when set: each participant as meetingSides renders it
	}{
		{name: "visit with an ordinal", text: "Premier Jan Kowalski began a state visit on Monday, his first to Peru since 2019.",
			status: model.MeetingHeld, parties: []string{"Jan Kowalski"}, place: "Peru", date: "Monday"},
		{name: "met", text: "Foreign Minister Jan Kowalski met his Austrian counterpart Karl Huber in Vienna on Monday.",
			status: model.MeetingHeld, parties: []string{"Jan Kowalski", "Karl Huber"}, place: "Vienna", date: "Monday",
			evidence: "Foreign Minister Jan Kowalski met his Austrian counterpart Karl Huber in Vienna on Monday"},
		{name: "will meet", text: "President Maria Lopez will meet Chancellor Otto Weber in Lisbon on Friday, her office said.",
			status: model.MeetingPlanned, parties: []string{"Maria Lopez", "Otto Weber"}, place: "Lisbon", date: "Friday",
			evidence: "President Maria Lopez will meet Chancellor Otto Weber in Lisbon on Friday"},
		{name: "offered to host talks is planned", text: "Norway offered to host talks between Chile and Peru next week.",
			status: model.MeetingPlanned, parties: []string{"Norway", "Chile", "Peru"}, date: "next week"},
		{name: "agreed to hold a summit is planned", text: "Chile and Peru agreed to hold a summit in Lima.",
			status: model.MeetingPlanned, parties: []string{"Chile", "Peru"}, place: "Lima"},
		{name: "in talks", text: "Nordbank AG is in talks with Westfield Holdings about a possible merger.",
			status: model.MeetingOngoing, parties: []string{"Nordbank AG", "Westfield Holdings"},
			evidence: "Nordbank AG is in talks with Westfield Holdings"},
		{name: "held talks, mediated, mention", text: "Armenia and Georgia held talks in Tbilisi on Tuesday, mediated by the European Union. The talks lasted five hours.",
			status: model.MeetingHeld, parties: []string{"Armenia", "Georgia"}, place: "Tbilisi", date: "Tuesday", mediator: "European Union",
			mentions: []string{"The talks"}},
		{name: "cancelled", text: "The planned summit between Chile and Peru was cancelled after the floods.",
			status: model.MeetingCancelled, parties: []string{"Chile", "Peru"}},
		{name: "pronoun subject, date of saying left out", text: "Acme Corp said on Monday it is holding merger talks with Nordbank.",
			status: model.MeetingOngoing, parties: []string{"Acme Corp", "Nordbank"},
			evidence: "it is holding merger talks with Nordbank"},
		{name: "visit and a meeting on it", text: "Defence Minister Karl Huber will visit Chile next week. Huber hopes to meet President Maria Lopez there.",
			status: model.MeetingPlanned, parties: []string{"Karl Huber", "Maria Lopez"}, place: "Chile", date: "next week",
			mentions: []string{"Huber hopes to meet President Maria Lopez"}},
		{name: "agency dateline places a held meeting", text: "QUITO, Ecuador (AP) _ Foreign Minister Jan Kowalski met Ecuadorean officials on Monday.",
			status: model.MeetingHeld, parties: []string{"Jan Kowalski"}, place: "Quito", date: "Monday",
			evidence: "Foreign Minister Jan Kowalski met Ecuadorean officials on Monday"},
		{name: "after a meeting with", text: "Chancellor Otto Weber said on Friday after a meeting with President Maria Lopez that ties were strong.",
			status: model.MeetingHeld, parties: []string{"Otto Weber", "Maria Lopez"}},
		{name: "place inside a title", text: "Jan Kowalski held talks with the special envoy to Sudan, Karl Huber, in Geneva.",
			status: model.MeetingHeld, parties: []string{"Jan Kowalski", "Karl Huber"}, place: "Geneva"},
		{name: "intermediary", text: "Nordbank and Acme Corp are in talks about a merger. Westfield Holdings acted as an intermediary in the talks, a source said.",
			status: model.MeetingOngoing, parties: []string{"Nordbank", "Acme Corp"}, mediator: "Westfield Holdings",
			mentions: []string{"the talks"}},
		{name: "representatives", text: "Syrian Foreign Minister Omar Haddad met Turkish envoy Mehmet Yilmaz in Ankara. Syria and Turkey share a long border.",
			status: model.MeetingHeld, parties: []string{"Syria", "Omar Haddad", "Turkey", "Mehmet Yilmaz"}, place: "Ankara",
			sides: []string{"Syria (place): Omar Haddad", "Turkey (place): Mehmet Yilmaz"}},
		// grouping by side: each official under the state they act for
		{name: "sides: a minister each", text: "Syrian Foreign Minister Omar Haddad and Israeli minister Avi Levin met in Paris on Tuesday. Syria lies to the north.",
			status: model.MeetingHeld, parties: []string{"Syria", "Omar Haddad", "Israel", "Avi Levin"}, place: "Paris", date: "Tuesday",
			sides: []string{"Syria (place): Omar Haddad", "Israel (misc): Avi Levin"}},
		{name: "sides: two officials of one side", text: "Syrian Foreign Minister Omar Haddad and Syrian Interior Minister Samir Nassar met Turkish envoy Mehmet Yilmaz in Ankara. Syria and Turkey share a long border.",
			status: model.MeetingHeld, parties: []string{"Syria", "Omar Haddad", "Samir Nassar", "Turkey", "Mehmet Yilmaz"}, place: "Ankara",
			sides: []string{"Syria (place): Omar Haddad, Samir Nassar", "Turkey (place): Mehmet Yilmaz"}},
		{name: "sides: people acting for nobody named", text: "Foreign Minister Jan Kowalski met Defence Minister Karl Huber in Vienna on Monday.",
			status: model.MeetingHeld, parties: []string{"Jan Kowalski", "Karl Huber"}, place: "Vienna", date: "Monday",
			sides: []string{"Jan Kowalski (person)", "Karl Huber (person)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := meetingsOf(t, ex, tc.text)
			if len(ms) != 1 {
				t.Fatalf("%d meetings, want 1: %+v", len(ms), ms)
			}
			m := ms[0]
			if m.ID != "meeting-1" || m.Status != tc.status {
				t.Errorf("id %q status %q, want meeting-1 %q", m.ID, m.Status, tc.status)
			}
			if got := meetingNames(m.Participants); !slices.Equal(got, tc.parties) {
				t.Errorf("participants %q, want %q", got, tc.parties)
			}
			checkMeetingField(t, "place", m.Place != nil, func() string { return m.Place.Name }, tc.place)
			checkMeetingField(t, "date", m.Date != nil, func() string { return m.Date.Text }, tc.date)
			checkMeetingField(t, "mediator", m.Mediator != nil, func() string { return m.Mediator.Name }, tc.mediator)
			if tc.evidence != "" && m.Evidence.Text != tc.evidence {
				t.Errorf("evidence %q, want %q", m.Evidence.Text, tc.evidence)
			}
			if tc.text[m.Evidence.Start:m.Evidence.End] != m.Evidence.Text {
				t.Errorf("evidence offsets %d-%d do not give %q", m.Evidence.Start, m.Evidence.End, m.Evidence.Text)
			}
			var mentions []string
			for _, s := range m.Mentions {
				mentions = append(mentions, s.Text)
			}
			if !slices.Equal(mentions, tc.mentions) {
				t.Errorf("mentions %q, want %q", mentions, tc.mentions)
			}
			if got := meetingSides(m.Participants); tc.sides != nil && !slices.Equal(got, tc.sides) {
				t.Errorf("sides %q, want %q", got, tc.sides)
			}
		})
	}
}

func checkMeetingField(t *testing.T, what string, ok bool, get func() string, want string) {
	t.Helper()
	switch {
	case !ok && want != "":
		t.Errorf("%s missing, want %q", what, want)
	case ok && want == "":
		t.Errorf("%s %q, want none", what, get())
	case ok && get() != want:
		t.Errorf("%s %q, want %q", what, get(), want)
	}
}

// meetingSides renders each participant as one side: "Syria (place):
// Omar Haddad, Samir Nassar", its name, kind and the people acting for it.
func meetingSides(ps []model.Party) []string {
	var out []string
	for _, p := range ps {
		side := p.Name + " (" + string(p.Kind) + ")"
		var reps []string
		for _, r := range p.Representatives {
			reps = append(reps, r.Name)
		}
		if len(reps) > 0 {
			side += ": " + strings.Join(reps, ", ")
		}
		out = append(out, side)
	}
	return out
}

func meetingNames(ps []model.Party) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
		for _, r := range p.Representatives {
			out = append(out, r.Name)
		}
	}
	return out
}

// TestMeetingTraps checks that words of meetings in other senses give no
// meeting: one made-up sentence per kind of trap.
func TestMeetingTraps(t *testing.T) {
	ex := newTestExtractor(t)
	for name, text := range map[string]string{
		"sports meeting":    "Ana Silva won the 200 metres at the Zurich grand prix meeting on Friday.",
		"meet expectations": "Acme Corp failed to meet analysts' expectations in the second quarter.",
		"meet targets":      "The utility said it would meet its emission targets by 2030.",
		"news conference":   "Minister Jan Kowalski told a news conference in Warsaw that prices would fall.",
		"negated":           "No meeting between Jan Kowalski and Karl Huber has taken place, an aide said.",
		"no time":           "It is not clear when talks between the unions and Acme Corp will resume.",
		"call for talks":    "The United Nations called on Armenia and Georgia to hold talks.",
		"yet to":            "Acme Corp has yet to open discussions with its lenders.",
		"visit permits":     "Residents need special visit permits to enter Gibraltar.",
		"private visit":     "Jan Kowalski flew to Madrid on a private visit.",
		"market session":    "Shares of Acme Corp hit session lows in Frankfurt.",
		"travel, no one":    "Prime Minister Maria Lopez visited a flooded village in Galicia on Sunday.",
		"sports meets":      "Top-seeded Jan Kowalski meets titleholder Karl Huber in the semifinal on Sunday.",
		"visit, no one":     "A visit to Peru is planned for May.",
		"unrelated to":      "Shares of Fennick AG rose. The visit was unrelated to Fennick, its chairman said.",
	} {
		t.Run(name, func(t *testing.T) {
			if ms := meetingsOf(t, ex, text); len(ms) != 0 {
				t.Errorf("%d meetings, want none: %+v", len(ms), ms)
			}
		})
	}
}
