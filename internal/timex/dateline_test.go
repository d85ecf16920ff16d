package timex

import (
	"testing"
	"time"
)

func TestFindDateline(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // YYYY-MM-DD, "" for none
		evidence   string
	}{
		{"wire with year elsewhere", "Syria talks resume\nPublished 2025\nWASHINGTON, Aug 20 (Reuters) - Ministers met.", "2025-08-20", "WASHINGTON, Aug 20 (Reuters) -"},
		{"wire full", "PARIS, August 20, 2025 (AFP) — Ministers met.", "2025-08-20", "PARIS, August 20, 2025 (AFP) —"},
		{"wire iso", "LONDON 1996-08-30\nThe Bank of England said...", "1996-08-30", "LONDON 1996-08-30"},
		{"labelled", "Headline here\nPublished: 2025-08-20\nBody text.", "2025-08-20", "Published: 2025-08-20"},
		{"labelled in a bulleted list", "  • publish: 29 December 2019\n  • time: 1:02 am\nBody text.", "2019-12-29", "• publish: 29 December 2019"},
		{"label, clock, date", "Last updated at 11:50 GMT on 22 March 2013\nBody.", "2013-03-22", "Last updated at 11:50 GMT on 22 March 2013"},
		{"date, label, clock", "22 March 2013 Last updated at 11:50 GMT\nBody.", "2013-03-22", "22 March 2013"},
		{"label word inside another", "Dateless: 22 March 2013\nBody.", "", ""},
		{"date line", "Headline here\nAugust 20, 2025\nBody text.", "2025-08-20", "August 20, 2025"},
		{"date line with weekday and time", "Wednesday, August 20, 2025 10:30 AM EDT\nBody.", "2025-08-20", "Wednesday, August 20, 2025"},
		{"wire with copyright year", "WASHINGTON, Aug 20 (Reuters) - Ministers met.\n© 2025 Reuters", "2025-08-20", "WASHINGTON, Aug 20 (Reuters) -"},
		{"headline year is no label", "The 1974 accord\nWASHINGTON, Aug 20 (Reuters) - Ministers met.", "", ""},
		{"wire without year", "WASHINGTON, Aug 20 (Reuters) - Ministers met.", "", ""},
		{"body sentence", "On August 20, 2025, the minister said talks would resume.", "", ""},
		{"date at start of sentence", "August 20, 2025 was the hottest day on record in Paris.", "", ""},
		{"too far down", "One.\nTwo.\nThree.\nAugust 20, 2025\n", "", ""},
		{"none", "Ministers met in Paris.", "", ""},
		{"empty", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ev, ok := FindDateline(tt.text)
			if tt.want == "" {
				if ok {
					t.Fatalf("found %v %q, want none", d, ev.Text)
				}
				return
			}
			if !ok {
				t.Fatalf("none found, want %s", tt.want)
			}
			if got := d.Format(time.DateOnly); got != tt.want {
				t.Errorf("date %s, want %s", got, tt.want)
			}
			if ev.Text != tt.evidence || tt.text[ev.Start:ev.End] != ev.Text {
				t.Errorf("evidence %q [%d:%d], want %q", ev.Text, ev.Start, ev.End, tt.evidence)
			}
		})
	}
}
