package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// personMention is the last mention of name in doc, labeled as a person's.
func personMention(t *testing.T, doc *text.Document, name string) ner.Mention {
	t.Helper()
	start := strings.LastIndex(doc.Text, name)
	if start < 0 {
		t.Fatalf("%q not in %q", name, doc.Text)
	}
	first := doc.TokenAt(start)
	last := first
	for last < len(doc.Tokens) && doc.Tokens[last].End() <= start+len(name) {
		last++
	}
	return ner.Mention{Start: start, End: start + len(name), First: first, Last: last, Label: ner.LabelPER}
}

// TestTownAfterPreposition checks each guard of the rule on a mention labeled as
// a person's, whatever the recognizer would say of the sentence.
func TestTownAfterPreposition(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text, mention string
		fullName            string // another person mention of the text, or ""
		want                bool
		label               string // the mention's label, PER when ""
	}{
		{"a town after in", "They rented a cottage in Dewsbury last year.", "Dewsbury", "", true, ""},
		{"after near", "The well is near Dewsbury, the council said.", "Dewsbury", "", true, ""},
		{"two words the gazetteer holds", "He was arrested in Beverly Hills on Monday.", "Beverly Hills", "", true, ""},
		{"no place preposition", "Dewsbury said the well was dry.", "Dewsbury", "", false, ""},
		{"at takes people too", "Fans jeered at Dewsbury after the match.", "Dewsbury", "", false, ""},
		{"a possessive", "The memo in Dewsbury's office was signed.", "Dewsbury", "", false, ""},
		{"a full name's surname", "Carl Dewsbury spoke. Critics put their faith in Dewsbury.", "Dewsbury", "Carl Dewsbury", false, ""},
		{"a deity", "They put their faith in God.", "God", "", false, ""},
		{"no such place", "They put their faith in Quorblesby.", "Quorblesby", "", false, ""},
		{"an organization after in", "Crowds in Gloucester cheered the team.", "Gloucester", "", true, ner.LabelORG},
		{"shares in a company", "He bought shares in Gloucester last year.", "Gloucester", "", false, ner.LabelORG},
		{"an acronym", "A vote in U.N. bodies failed.", "U.N.", "", false, ner.LabelORG},
		{"a legislature", "The bill stalled in Congress on Monday.", "Congress", "", false, ner.LabelORG},
		{"before a state", "The race moved to Knaresborough, Yorkshire, in June.", "Knaresborough", "", true, ""},
		{"a byline's city", "Dewsbury, Mexico City, wrote the report.", "Dewsbury", "", false, ""},
		{"a list of county sides", "Essex, Derbyshire and Surrey all won.", "Essex", "", false, ner.LabelORG},
		{"a listed surname alone", "Democrats united around Sanders on Monday.", "Sanders", "", false, ""},
		{"a region that modifies a noun", "The bill was backed by Dewsbury, Texas senator.", "Dewsbury", "", false, ""},
		{"a region that ends the phrase", "Storms hit Dewsbury, Yorkshire, on Monday.", "Dewsbury", "", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			m := personMention(t, doc, tc.mention)
			if tc.label != "" {
				m.Label = tc.label
			}
			ms := []ner.Mention{m}
			if tc.fullName != "" {
				ms = append(ms, personMention(t, doc, tc.fullName))
			}
			if got := ex.townAfterPreposition(doc, m, fullNameSurnames(doc, ms), ex.placedAlways(doc, ms)); got != tc.want {
				t.Errorf("townAfterPreposition(%q in %q) = %v, want %v", tc.mention, tc.text, got, tc.want)
			}
		})
	}
}

// TestListedSurnameAsTown checks that a lone surname the lexicon lists is
// a town after a place preposition only when the article names it there
// every time, twice or more.
func TestListedSurnameAsTown(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text string
		mentions   []string // "name/LABEL" in text order; the last is judged
		want       bool
	}{
		{"always after a preposition", "Wells dot the land around Hinton. Shops open in Hinton.", []string{"Hinton/PER", "Hinton/PER"}, true},
		{"once only", "Shops open in Hinton on Monday.", []string{"Hinton/PER"}, false},
		{"also named otherwise", "Hinton spoke. Democrats united around Hinton.", []string{"Hinton/PER", "Hinton/PER"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			ms := mentionsOf(t, doc, tc.mentions...)
			m := ms[len(ms)-1]
			if got := ex.townAfterPreposition(doc, m, fullNameSurnames(doc, ms), ex.placedAlways(doc, ms)); got != tc.want {
				t.Errorf("%q in %q a town: %v, want %v", mentionText(doc, m), tc.text, got, tc.want)
			}
		})
	}
}

// TestLinkSitesToPlaces checks that an institution the text puts something
// at keeps its organization label and points to a place record of its
// site, which has a point.
func TestLinkSitesToPlaces(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text, org string
		linked          bool
	}{
		{"a school located", "Students at Quorbridge Academy in Leeds were evacuated.", "Quorbridge Academy", true},
		{"an institute located", "A fire broke out at the Quorbridge Institute in Leeds.", "Quorbridge Institute", true},
		{"a school that acts", "Quorbridge Academy said classes would resume in Leeds.", "Quorbridge Academy", false},
		{"an institution without its town", "Jane Roe, a professor at Quorbridge University, said so.", "Quorbridge University", false},
		{"no site word, in a town", "Protesters gathered at Quorble Holdings in Leeds.", "Quorble Holdings", true},
		{"no site word, no town", "Protesters gathered at Quorble Holdings on Monday.", "Quorble Holdings", false},
		{"in a town, not located", "Quorble Holdings in Leeds said profits rose.", "Quorble Holdings", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ex.Extract(context.Background(), model.Article{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var org *model.Organization
			for i := range res.Organizations {
				if res.Organizations[i].Name == tc.org {
					org = &res.Organizations[i]
				}
			}
			if org == nil {
				if tc.linked {
					t.Fatalf("no organization %q in %+v", tc.org, res.Organizations)
				}
				return
			}
			if (org.Place != nil) != tc.linked {
				t.Fatalf("%s place = %+v, want linked %v", tc.org, org.Place, tc.linked)
			}
			if !tc.linked {
				return
			}
			for _, p := range res.Places {
				if p.ID == org.Place.ID && (p.Name != tc.org || p.Lat == nil || p.CountryCode != "GB") {
					t.Errorf("site record %+v, want %s with a point in GB", p, tc.org)
				}
			}
		})
	}
}

// TestPlaceWordsInNames checks the place words that open or end a name the
// recognizer gave to a person or an organization.
func TestPlaceWordsInNames(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct {
		name, text, mention string
		want                bool
	}{
		{"a lake", "Lake Quorble froze over last week.", "Lake Quorble", true},
		{"a mountain, abbreviated", "Climbers left Mt. Quorble at dawn.", "Mt. Quorble", true},
		{"one word only", "Lake said nothing.", "Lake", false},
		{"a college named for a mountain", "Mount Quorble College raised fees.", "Mount Quorble College", false},
		{"a racecourse", "Crowds filled Quorble Racecourse.", "Quorble Racecourse", true},
		{"a person", "Rita Quorble said nothing.", "Rita Quorble", false},
		{"a street with a compass word", "Police closed Quorble Avenue West.", "Quorble Avenue West", true},
		{"a compass word alone after a name", "Jane Quorble West spoke.", "Jane Quorble West", false},
		{"a rue", "The house stands on Rue Quorble Calvo.", "Rue Quorble Calvo", true},
		{"a faubourg", "Crowds filled the Faubourg Quorble.", "Faubourg Quorble", true},
		{"before a site noun", "Traffic backed up at the Quorble roundabout.", "Quorble", true},
		{"a people before a site noun", "Thai airport staff went on strike.", "Thai", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ex.analyzer.Analyze(tc.text)
			m := personMention(t, doc, tc.mention)
			if got := ex.startsWithPlacePrefix(doc, m) || ex.endsInPlaceHead(doc, m) || ex.beforeSiteNoun(doc, m); got != tc.want {
				t.Errorf("%q in %q a place: %v, want %v", tc.mention, tc.text, got, tc.want)
			}
		})
	}
}
