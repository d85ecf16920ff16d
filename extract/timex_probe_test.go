package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestTimexProbe(t *testing.T) {
	if os.Getenv("TIMEX_PROBE") == "" {
		t.Skip()
	}
	for _, s := range []string{
		"Sales were flat over the weekend.",
		"Prices will rise in the coming days.",
		"Output doubled over the past few years.",
		"This time the market shrugged it off.",
		"At that time the company had no debt.",
		"The deal should close by the end of the year.",
		"The bridge was built at the turn of the century.",
		"It is the biggest merger of the 21st century.",
		"Shares have lagged in recent years.",
		"He has been gone for a while.",
		"At the moment there is no plan.",
		"Nowadays few people write letters.",
		"These days few people write letters.",
		"Sales rose 5 percent from the same period a year earlier.",
		"Sales rose 5 percent in the same period.",
		"The following year the plant closed.",
		"Earnings fell in the fiscal year ended June 30.",
		"The company's fiscal 1996 results were weak.",
		"The strike entered its third week on Monday.",
		"The talks lasted 10 days.",
		"He was jailed for life two decades ago.",
		"The index hit a five-year high.",
		"It was the first time in 10 years that rates rose.",
		"Trading was thin ahead of the Christmas holiday.",
		"The ceasefire took effect at midnight on Sunday.",
		"The minister said on Tuesday that talks would resume within weeks.",
		"It ended the season with a loss.",
		"Police said late on Thursday the suspect had fled.",
		"The market closed early on Friday.",
		"The team won its first title since 1985.",
		"He will serve a three-year term.",
		"The plan runs until the end of March.",
		"Profits in the first half of 1996 doubled.",
		"The firm expects growth in the second half.",
		"He arrived in the early hours of Sunday.",
		"Rain fell overnight.",
		"The vote is scheduled for next Tuesday.",
		"In the past two weeks prices fell.",
		"Over the next five years the plan will cost $1 billion.",
		"The law was passed last month.",
		"The year-earlier period showed a loss.",
		"The government has until Friday to respond.",
		"For the time being rates will stay.",
		"The project is still years away.",
		"He left the company earlier this year.",
		"The company will report later this month.",
		"Last year's results were better.",
		"The year before, it lost money.",
		"The previous day, rebels attacked.",
		"One day, he will return.",
		"The day after the vote, markets rallied.",
		"Shares fell on the day.",
		"The rally continued for a second day.",
		"The war ended in 1945, half a century ago.",
		"The two sides met for three hours on Wednesday.",
		"The 1996/97 season starts soon.",
		"Estimates for 1996/97 were cut.",
		"The ruling came in mid-August.",
		"The accord expires at the end of 1997.",
		"He spent the summer of 1995 in Paris.",
		"Matches will be played every two weeks.",
		"Interest is paid twice a year.",
		"He won the race for the third year running.",
		"It was the lowest level since early 1993.",
		"Unemployment hit its highest in more than a decade.",
		"The stock hit a 52-week high.",
		"Tomorrow's meeting was cancelled.",
		"Wednesday's talks were cancelled.",
	} {
		fmt.Printf("%-70s %q\n", s, tagString(t, s, timexRef))
	}
}

func TestTimexConllProbe(t *testing.T) {
	p := os.Getenv("TIMEX_CONLL")
	if p == "" {
		t.Skip()
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, _ := sharedAnalyzer()
	tt, _ := newTimeTagger()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	words := regexp.MustCompile(`(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|years?|weeks?|days?|months?|ago|quarter|season|century|decade|hours?|minutes?|night|morning|afternoon|evening|weekend|today|yesterday|tomorrow|time|period|era|moment|while|soon|recently|now|currently|overnight|dawn|dusk|[12][09]\d\d)\b`)
	n := 0
	for sc.Scan() {
		var d struct{ Text string }
		json.Unmarshal(sc.Bytes(), &d)
		ref := time.Date(1996, 8, 22, 0, 0, 0, 0, time.UTC)
		got := tt.Tag(a.Analyze(d.Text), ref)
		for _, m := range words.FindAllStringIndex(d.Text, -1) {
			covered := false
			for _, g := range got {
				if g.Start <= m[0] && m[1] <= g.End {
					covered = true
				}
			}
			if covered {
				continue
			}
			s, e := max(0, m[0]-50), min(len(d.Text), m[1]+30)
			fmt.Printf("MISS %s\t%s\n", strings.ToLower(d.Text[m[0]:m[1]]), strings.ReplaceAll(d.Text[s:m[0]]+"[["+d.Text[m[0]:m[1]]+"]]"+d.Text[m[1]:e], "\n", " / "))
		}
		n++
		if n > 3000 {
			break
		}
	}
}
