package extract

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/model"
)

// TestDatelineNames makes the name opening a wire dateline a place,
// relabeled or added, and leaves names and capitals elsewhere alone.
func TestDatelineNames(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text, place string
		recognized        bool // the recognizer gave an organization there
		want              bool
		mention           string // the recognizer's mention, when longer than the place
	}{
		{"agency and dash", "HOUSTON (AP) — The team won again.", "HOUSTON", true, true, ""},
		{"with a state", "SEVERN, Md. (WXYZ) — A man was hurt.", "SEVERN", true, true, ""},
		{"with a date", "TIJUANA, MARCH 29, 2018 -- The fair opened.", "TIJUANA", true, true, ""},
		{"on a later line", "By Jane Roe\nHOUSTON (AP) — The team won.", "HOUSTON", true, true, ""},
		{"not at a line's start", "Fans of HOUSTON (AP) — cheered.", "HOUSTON", true, false, ""},
		{"a name and its acronym", "Quorble Holdings (QH) said profits rose.", "Quorble Holdings", true, false, ""},
		{"a dash alone, added", "WASHINGTON — The president spoke on Monday.", "WASHINGTON", false, true, ""},
		{"an agency, no dash, added", "ATLANTA (AP) An aide resigned.", "ATLANTA", false, true, ""},
		{"a headline's topic", "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP", "CRICKET", false, false, ""},
		{"a schedule's day", "FRIDAY , AUGUST 30 SCHEDULE", "FRIDAY", false, false, ""},
		{"not a town", "QUORBLEVILLE — The council met.", "QUORBLEVILLE", false, false, ""},
		{"not across a line", "LEEDS\n- The council met.", "LEEDS", false, false, ""},
		{"a tally's line", "Vote tally:\nNancy Quorble (D-Calif.) — yes", "Nancy Quorble", true, false, ""},
		{"a company and its ticker", "Quorble Inc (QRB) - shares rose on Monday.", "Quorble Inc", true, false, ""},
		{"far from the top", strings.Repeat("The council met again. ", 30) + "\nHOUSTON (AP) — The team won.", "HOUSTON", true, false, ""},
		{"far from the top, with a state", strings.Repeat("The council met again. ", 30) + "\nQUORBY, N.J. -- The team won.", "QUORBY", true, true, ""},
		{"a state, no known town", "CAMP QUORBLE, Wash. - Police said a man was hurt.", "CAMP QUORBLE", false, true, ""},
		{"the state after the comma", "QUORBY COUNTY, SC (WXYZ) - A man was hurt.", "SC", true, true, ""},
		{"run into the line before", "The series ended. OAKLAND, Calif. (AP) - The team won.", "OAKLAND", true, true, ""},
		{"after a byline's agency", "By Jane Roe, Associated Press WASHINGTON (AP) — The team won.", "WASHINGTON", true, true, "Associated Press WASHINGTON"},
		{"run into a sentence", "Fans of HOUSTON (AP) — The team won.", "HOUSTON", true, false, ""},
		{"opening the text, its dash lost", "LONDON The council met on Monday.", "LONDON", true, true, "LONDON The"},
		{"its dash lost, the story's words in one name", "SAN ANTONIO Quorble Sports analyst Jane Roe spoke.", "SAN ANTONIO", true, true, "SAN ANTONIO Quorble"},
		{"an acronym opening a headline", "NATO Council meets on Monday.", "NATO", true, false, ""},
		{"a town opening a headline in capitals", "LONDON MEETS PARIS IN FINAL", "LONDON", false, false, ""},
		{"a town opening the text, not first", "Crowds in LONDON The council met on Monday.", "LONDON", false, false, ""},
		{"a town and its region in title case before a dash", "Quorbad, Gaza Strip – Dozens of families fled on Monday.", "Quorbad", true, true, ""},
		{"a person and a description before a dash", "Harlan Quist, Texas Republican - said the bill would pass.", "Harlan Quist", true, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			var ms []ner.Mention
			if tc.recognized {
				name := tc.place
				if tc.mention != "" {
					name = tc.mention
				}
				m := personMention(t, doc, name)
				m.Label = ner.LabelORG
				ms = append(ms, m)
			}
			got := false
			for _, m := range ex.datelineNames(doc, ms) {
				got = got || m.Label == ner.LabelLOC && doc.Text[m.Start:m.End] == tc.place
			}
			if got != tc.want {
				t.Errorf("%q in %q a place: %v, want %v", tc.place, strings.ReplaceAll(tc.text, "\n", `\n`), got, tc.want)
			}
		})
	}
}

// TestColonDateline checks a dateline written with a colon, as Indian
// papers write it: the city is a place, no speaker, and the quote reported
// after it leaves it out; a transcript's speaker in capitals is no place.
func TestColonDateline(t *testing.T) {
	e := newTestExtractor(t)
	res, err := e.Extract(context.Background(), model.Article{Text: "MUMBAI: Quellmark Motors Ltd has signed a supply deal with Varnholt Energy, the company said on Tuesday.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(recordNames(res, "place"), "Mumbai") {
		t.Errorf("no place Mumbai: %q", recordNames(res, "place"))
	}
	for _, q := range res.Quotes {
		if q.Speaker != nil && q.Speaker.Text == "MUMBAI" || strings.HasPrefix(q.Content.Text, "MUMBAI") {
			t.Errorf("quote %q by %+v", q.Content.Text, q.Speaker)
		}
	}
	res, err = e.Extract(context.Background(), model.Article{Text: "QUORNWELL: I think the vote will pass.\nHOST: Why?\n"})
	if err != nil {
		t.Fatal(err)
	}
	if places := recordNames(res, "place"); len(places) != 0 {
		t.Errorf("a transcript's speaker became a place: %q", places)
	}
}

// TestDatelinePlaceRunIntoStory: a place mention that runs from a dateline
// in capitals into the story's first words is cut after the place, and
// the words are no name; a place that is all capitals stays whole.
func TestDatelinePlaceRunIntoStory(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct{ text, mention, want string }{
		{"OKLAHOMA CITY The Latest on the strike.", "OKLAHOMA CITY The Latest", "OKLAHOMA CITY"},
		{"LONDON The council met on Monday.", "LONDON The", "LONDON"},
		// traps
		{"OKLAHOMA CITY (AP) — The strike went on.", "OKLAHOMA CITY", "OKLAHOMA CITY"},
		{"Crowds in Oklahoma City The Latest cheered.", "Oklahoma City The Latest", "Oklahoma City The Latest"}, // not a dateline
	} {
		doc := ex.analyzer.Analyze(tc.text)
		m := personMention(t, doc, tc.mention)
		m.Label = ner.LabelLOC
		var got []string
		for _, m := range ex.datelineNames(doc, []ner.Mention{m}) {
			got = append(got, m.Label+":"+doc.Text[m.Start:m.End])
		}
		if want := []string{"LOC:" + tc.want}; !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, want)
		}
	}
}

// TestAgencyPlaces holds agencyPlaces, which tries its expression line by
// line, to the expression in multi-line mode over the whole head.
func TestAgencyPlaces(t *testing.T) {
	multiLine := regexp.MustCompile(`(?m)^[ \t]*[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}`)
	for _, head := range []string{
		"WASHINGTON (AP) — Talks resumed.",
		"Headline here\n  SAN JUAN, Puerto Rico (Reuters) - A storm.\n\tLONDON 1996-08-30\nBody.",
		"\n\nNEW YORK CITY AND MORE (AP) -\nlower\n\nX",
		"A B C D E F G\nO'NEILL-SMITH J.R. (AP)\n",
		"", "\n", "no capitals at all\nhere",
	} {
		var want [][2]int
		for _, loc := range multiLine.FindAllStringIndex(head, -1) {
			want = append(want, [2]int{loc[0], loc[1]})
		}
		if got := agencyPlaces(head); !slices.Equal(got, want) {
			t.Errorf("agencyPlaces(%q) = %v, want %v", head, got, want)
		}
	}
}
