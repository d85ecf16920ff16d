package timex

import (
	"testing"
	"time"

	"github.com/newsextract/newsextract/model"
)

var timexFuzzSeeds = []string{
	"WASHINGTON, Aug 20 (Reuters) - Talks lasted four hours on Tuesday.",
	"LONDON 1996-08-30\nThe 1990s, the late 1970s, 5/24/2025, 15:00 GMT, 3 p.m.",
	"2 1/2 years ago, more than 1,500 troops; each Friday; mid-",
	"Aug.", "the", "a", "-", "30/30/3030", "12:", "the year two thousand and", "twenty-",
	"Christmas", "New Year's", "’80s", "'", "9999-99-99",
	"April 24 and 25", "March 21-22", "1900 GMT", "07.00 GMT", "Q4 2012", "10.30am", "13pm",
	"Thu March 21, 2013", "Talks To Resume Next Week\n", "New Year’s Day", "mid‑March",
	"two-and-a-half-", "FY2015", "the first half of the", "St. Patrick's", "for a while", "5 p.m. Eastern", "at 8pm on", "a quarter of a", "'90s", "weeklong", "the 1800s", "March of last", "April Smith", "end-March", "H1 2013", "H2", "a week from today", "two days from Monday", "every few", "12 noon", "on the 22nd,", "on the 31st", "a quarter of the", "today's world", "Easter week", "Labor Day weekend", "the end of the decade", "the start of the century", "our 2017 second", "the 2016 quarters", "Thu 19th December", "at 1600 (1500 GMT)", "p.m. ET\nMarch 22", "the fall in", "scored in the second half",
}

func FuzzTag(f *testing.F) {
	for _, s := range timexFuzzSeeds {
		f.Add(s)
	}
	a, tg := timexTools(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc := a.Analyze(text)
		for _, ref := range []time.Time{timexRef, {}} {
			prev := 0
			for _, d := range tg.Tag(doc, ref) {
				if d.Start < prev || d.End <= d.Start || d.End > len(text) {
					t.Fatalf("bad span %d-%d (prev end %d) in %q", d.Start, d.End, prev, text)
				}
				if text[d.Start:d.End] != d.Text {
					t.Fatalf("text %q != input[%d:%d] %q", d.Text, d.Start, d.End, text[d.Start:d.End])
				}
				if d.Value == "" || d.Type == "" {
					t.Fatalf("empty value or type for %q", d.Text)
				}
				prev = d.End
			}
		}
	})
}

func FuzzDateline(f *testing.F) {
	for _, s := range timexFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		dl, ok := FindDateline(text, time.Time{})
		if !ok {
			return
		}
		for _, ev := range []model.Span{dl.Evidence, dl.Last} {
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End || text[ev.Start:ev.End] != ev.Text {
				t.Fatalf("bad evidence %+v in %q", ev, text)
			}
		}
		if dl.Last.End < dl.Evidence.End {
			t.Fatalf("the last dateline %+v ends before the dated one %+v", dl.Last, dl.Evidence)
		}
	})
}
