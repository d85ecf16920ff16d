package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/newsextract/newsextract/internal/score"
	"github.com/newsextract/newsextract/model"
)

// TestMeetingsDev scores meetings on the shared events development set
// when NEWSEXTRACT_EVENTS_DEV names its file; with -v it lists each
// prediction. It reports figures, it asserts nothing.
func TestMeetingsDev(t *testing.T) {
	file := os.Getenv("NEWSEXTRACT_EVENTS_DEV")
	if file == "" {
		t.Skip("NEWSEXTRACT_EVENTS_DEV not set")
	}
	f, err := os.Open(file)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	ex := newTestExtractor(t)
	var counts score.EventCounts
	var dump *os.File
	if out := os.Getenv("NEWSEXTRACT_EVENTS_DUMP"); out != "" {
		if dump, err = os.Create(out); err != nil {
			t.Fatal(err)
		}
		defer dump.Close()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var doc struct {
			ID   string `json:"id"`
			DCT  string `json:"dct"`
			Text string `json:"text"`
			score.EventGold
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		res, err := ex.Extract(context.Background(), model.Article{Text: doc.Text, RefDate: doc.DCT})
		if err != nil {
			t.Fatal(err)
		}
		var preds []score.EventPred
		for _, m := range res.Meetings {
			preds = append(preds, meetingPred(m))
			t.Logf("%s %s %q parts=%v place=%v date=%v med=%v", doc.ID, m.Status, m.Evidence.Text, meetingPartyNames(m.Participants), m.Place, m.Date, m.Mediator)
		}
		if dump != nil {
			line, _ := json.Marshal(map[string]any{"id": doc.ID, "meetings": res.Meetings})
			fmt.Fprintf(dump, "%s\n", line)
		}
		counts.Add(score.EventGold{Meetings: doc.Meetings, Agreements: []score.GoldAgreement{}}, nil, preds)
	}
	s := counts.Scores().Meetings
	fmt.Printf("meetings: gold %d pred %d TP %d FP %d FN %d redundant %d ignored %d P %.1f R %.1f F1 %.1f\n",
		s.Gold, s.Pred, s.TP, s.FP, s.FN, s.Redundant, s.Ignored, s.P, s.R, s.F1)
	fmt.Printf("participants recall %d/%d precision %d/%d place %d/%d date %d/%d mediator %d/%d\n",
		s.PartiesRecall.Correct, s.PartiesRecall.Total, s.PartiesPrecision.Correct, s.PartiesPrecision.Total,
		s.Place.Correct, s.Place.Total, s.DateText.Correct, s.DateText.Total, s.Mediator.Correct, s.Mediator.Total)
}

func meetingPred(m model.Meeting) score.EventPred {
	p := score.EventPred{Start: m.Evidence.Start, End: m.Evidence.End, Parties: meetingPartyNames(m.Participants)}
	if m.Place != nil {
		p.Places = []string{m.Place.Name}
	}
	if m.Date != nil {
		p.DateTexts = []string{m.Date.Text}
	}
	if m.Mediator != nil {
		p.Mediators = meetingPartyNames([]model.Party{*m.Mediator})
	}
	return p
}

func meetingPartyNames(ps []model.Party) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
		for _, r := range p.Representatives {
			out = append(out, r.Name)
		}
	}
	return out
}
