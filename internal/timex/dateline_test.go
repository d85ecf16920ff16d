package timex

import (
	"testing"
	"time"
)

func TestFindDateline(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // YYYY-MM-DD, "" for none, "yearless" for a dateline with no year
		evidence   string
		fallback   string // the fallback reference date, or ""
	}{
		{"wire with year elsewhere", "Syria talks resume\nPublished 2025\nWASHINGTON, Aug 20 (Reuters) - Ministers met.", "2025-08-20", "WASHINGTON, Aug 20 (Reuters) -", ""},
		{"wire full", "PARIS, August 20, 2025 (AFP) — Ministers met.", "2025-08-20", "PARIS, August 20, 2025 (AFP) —", ""},
		{"wire iso", "LONDON 1996-08-30\nThe Bank of England said...", "1996-08-30", "LONDON 1996-08-30", ""},
		{"labelled", "Headline here\nPublished: 2025-08-20\nBody text.", "2025-08-20", "Published: 2025-08-20", ""},
		{"labelled in a bulleted list", "  • publish: 29 December 2019\n  • time: 1:02 am\nBody text.", "2019-12-29", "• publish: 29 December 2019", ""},
		{"label, clock, date", "Last updated at 11:50 GMT on 22 March 2013\nBody.", "2013-03-22", "Last updated at 11:50 GMT on 22 March 2013", ""},
		{"date, label, clock", "22 March 2013 Last updated at 11:50 GMT\nBody.", "2013-03-22", "22 March 2013", ""},
		{"label word inside another", "Dateless: 22 March 2013\nBody.", "", "", ""},
		{"date line", "Headline here\nAugust 20, 2025\nBody text.", "2025-08-20", "August 20, 2025", ""},
		{"date line with weekday and time", "Wednesday, August 20, 2025 10:30 AM EDT\nBody.", "2025-08-20", "Wednesday, August 20, 2025", ""},
		{"wire with copyright year", "WASHINGTON, Aug 20 (Reuters) - Ministers met.\n© 2025 Reuters", "2025-08-20", "WASHINGTON, Aug 20 (Reuters) -", ""},
		{"headline year is no label", "The 1974 accord\nWASHINGTON, Aug 20 (Reuters) - Ministers met.", "yearless", "WASHINGTON, Aug 20 (Reuters) -", ""},
		{"wire without year", "WASHINGTON, Aug 20 (Reuters) - Ministers met.", "yearless", "WASHINGTON, Aug 20 (Reuters) -", ""},
		{"body sentence", "On August 20, 2025, the minister said talks would resume.", "", "", ""},
		{"date at start of sentence", "August 20, 2025 was the hottest day on record in Paris.", "", "", ""},
		{"too far down", "One\nTwo\nThree\nFour\nFive\nSix\nSeven\nEight\nAugust 20, 2025\n", "", "", ""},
		{"below the body's first line", "A headline\nThe first paragraph of the story ends here, after twelve words or more.\nAugust 20, 2025\n", "", "", ""},
		{"after a wire headline with a full stop", "Iraqi Kurds agree new ceasefire .\nANKARA 1996-08-28\nBody.", "1996-08-28", "ANKARA 1996-08-28", ""},
		{"after headline, standfirst, byline and timestamp", "Talks end without deal\nNegotiators leave after three days\nBy Helen Marsh\nSat 18 May 2024 22.05 BST\nThree days of talks ended.", "2024-05-18", "Sat 18 May 2024", ""},
		{"wire on line five", "Headline here\nBy Ingrid Solberg\nShare\nMarch 4, 2025 2:12 PM UTC\nOSLO, March 4 (Worldwire) - Ministers met.", "2025-03-04", "March 4, 2025", ""},
		{"wire after headline and byline", "Headline here\nBy Ingrid Solberg\n\nOSLO, March 4 (Worldwire) - Ministers met.", "yearless", "OSLO, March 4 (Worldwire) -", ""},
		{"wire without year takes the fallback's", "WASHINGTON, Aug 20 (Reuters) - Ministers met.", "2024-08-20", "WASHINGTON, Aug 20 (Reuters) -", "2024-12-31"},
		{"wire without year takes a later date's", "WASHINGTON, Aug 20 (Reuters) - Ministers met.\nThe deal signed on August 18, 2023 holds.", "2023-08-20", "WASHINGTON, Aug 20 (Reuters) -", ""},
		{"a header year beats the fallback", "Published 2025\nWASHINGTON, Aug 20 (Reuters) - Ministers met.", "2025-08-20", "WASHINGTON, Aug 20 (Reuters) -", "2019-12-31"},
		{"timestamp, then a wire dateline", "Water deal extended\nBy Jane Roe\nAugust 20, 2025 10:30 AM EDT\n\nWASHINGTON, Aug 20 (Reuters) - Ministers met.", "2025-08-20", "August 20, 2025", ""},
		{"Feb 29 of a fallback year without it", "WASHINGTON, Feb 29 (Reuters) - Ministers met.", "", "", "2023-12-31"},
		{"no Feb 30 in any year", "WASHINGTON, Feb 30 (Reuters) - Ministers met.", "", "", ""},
		{"a yearless dateline is not after the fallback", "LONDON, Dec 30 (Reuters) - Ministers met.", "2024-12-30", "LONDON, Dec 30 (Reuters) -", "2025-01-05"},
		{"none", "Ministers met in Paris.", "", "", ""},
		{"empty", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fb time.Time
			if tt.fallback != "" {
				fb, _ = time.Parse(time.DateOnly, tt.fallback)
			}
			dl, ok := FindDateline(tt.text, fb)
			d, ev := dl.Date, dl.Evidence
			if tt.want == "" {
				if ok {
					t.Fatalf("found %v %q, want none", d, ev.Text)
				}
				return
			}
			if !ok {
				t.Fatalf("none found, want %s", tt.want)
			}
			if tt.want == "yearless" && !d.IsZero() || tt.want != "yearless" && d.Format(time.DateOnly) != tt.want {
				got := d.Format(time.DateOnly)
				t.Errorf("date %s, want %s", got, tt.want)
			}
			if ev.Text != tt.evidence || tt.text[ev.Start:ev.End] != ev.Text {
				t.Errorf("evidence %q [%d:%d], want %q", ev.Text, ev.Start, ev.End, tt.evidence)
			}
		})
	}
}

// TestDatelineLast checks where the body starts when a timestamp line
// stands above a wire dateline: after the wire dateline, whose city and
// agency then stay out of the body.
func TestDatelineLast(t *testing.T) {
	text := "Water deal extended\nBy Jane Roe\nAugust 20, 2025 10:30 AM EDT\n\nWASHINGTON, Aug 20 (Reuters) - Ministers met."
	dl, ok := FindDateline(text, time.Time{})
	if !ok {
		t.Fatal("no dateline")
	}
	if dl.Last.Text != "WASHINGTON, Aug 20 (Reuters) -" || text[dl.Last.Start:dl.Last.End] != dl.Last.Text {
		t.Errorf("last %+v, want the wire dateline", dl.Last)
	}
	dl, _ = FindDateline("PARIS, August 20, 2025 (AFP) — Ministers met.", time.Time{})
	if dl.Last != dl.Evidence {
		t.Errorf("one dateline: last %+v, evidence %+v", dl.Last, dl.Evidence)
	}
}

// TestMayHoldDate checks the dateline reader's prefilter: it must pass
// every line in which datelineInLine finds a date or a year, and turns away
// lines without a digit or a spelled ordinal.
func TestMayHoldDate(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"WASHINGTON, Aug 20 (Reuters) - Ministers met.", true},
		{"Published: 2025-08-20", true},
		{"PARIS, the eighth of May (AFP) - Talks resumed.", true},
		{"ROME, May Twenty-First (AP) -", true},
		{"© MMXXV Reuters", false},
		{"Syria talks resume as ministers meet", false},
		{"By Jane Quorble, Staff Writer", false},
		{"Talks resume in Zürich", true}, // a letter beyond ASCII: the lexer decides
		{"“Talks resume,” she says", false},
		{"", false},
	} {
		if got := mayHoldDate(v, tc.line); got != tc.want {
			t.Errorf("mayHoldDate(%q) = %v, want %v", tc.line, got, tc.want)
		}
		_, y, ok := datelineInLine(v, tc.line, 0)
		if (ok || y != 0) && !mayHoldDate(v, tc.line) {
			t.Errorf("datelineInLine finds a date or year in %q, which the prefilter turns away", tc.line)
		}
	}
}
