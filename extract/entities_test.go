package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

func TestPeopleRules(t *testing.T) {
	ex := newTestExtractor(t)
	tests := []struct {
		name        string
		text        string
		person      string
		mentions    int
		titles      []string
		affiliation string
	}{
		{"demonym and title", "French Foreign Minister Jean Morel arrived in Rome. Morel met students.", "Jean Morel", 2, []string{"Foreign Minister"}, "France"},
		{"country abbreviation and lower-case title", "The meeting was chaired by U.S. envoy Sarah Whitfield, and Whitfield spoke first.", "Sarah Whitfield", 2, []string{"envoy"}, "United States"},
		{"modifier kept in title", "Talks were led by interim President Omar Haddad of the transitional council.", "Omar Haddad", 1, []string{"interim President"}, ""},
		{"organization affiliation", "A Reuters editor said Reuters photographer Maria Lopez was hurt.", "Maria Lopez", 1, []string{"photographer"}, "Reuters"},
		{"title with of", "U.S. Secretary of State Jane Mills arrived in Cairo.", "Jane Mills", 1, []string{"Secretary of State"}, "United States"},
		{"appositive with demonym", "Jane Doe, the French foreign minister, said talks would resume.", "Jane Doe", 1, []string{"foreign minister"}, "France"},
		{"appositive with possessive country", "John Roe, Israel's ambassador to Egypt, left Cairo.", "John Roe", 1, []string{"ambassador"}, "Israel"},
		{"appositive with employer", "Ana Lima, a spokeswoman for Reuters, declined to comment.", "Ana Lima", 1, []string{"spokeswoman"}, "Reuters"},
		{"a clause after a comma is no title", "Paul Smith, who met the minister, left.", "Paul Smith", 1, nil, ""},
		{"common noun in title", "The former energy minister Peter Grant was charged.", "Peter Grant", 1, []string{"former energy minister"}, ""},
		{"particle name joins short form", "Defence Minister Khaled al-Nouri visited troops. Nouri said the army was ready.", "Khaled al-Nouri", 2, []string{"Defence Minister"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ex.Extract(context.Background(), model.Article{Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			var p *model.Person
			for i := range res.People {
				if res.People[i].Name == tt.person {
					p = &res.People[i]
				}
				for _, title := range tt.titles {
					if strings.Contains(res.People[i].Name, title) {
						t.Errorf("title %q inside name %q", title, res.People[i].Name)
					}
				}
			}
			if p == nil {
				t.Fatalf("no person %q in %+v", tt.person, names(res.People))
			}
			if len(p.Mentions) != tt.mentions {
				t.Errorf("%d mentions, want %d: %+v", len(p.Mentions), tt.mentions, p.Mentions)
			}
			var titles []string
			for _, s := range p.Titles {
				titles = append(titles, s.Text)
			}
			if strings.Join(titles, "|") != strings.Join(tt.titles, "|") {
				t.Errorf("titles = %q, want %q", titles, tt.titles)
			}
			got := ""
			if p.Affiliation != nil {
				got = p.Affiliation.Name
			}
			if got != tt.affiliation {
				t.Errorf("affiliation = %q, want %q", got, tt.affiliation)
			}
		})
	}
}

func TestOrganizationAndPlaceRules(t *testing.T) {
	ex := newTestExtractor(t)
	res, err := ex.Extract(context.Background(), model.Article{Text: "NAIROBI, March 3, 2024 - The World Food Programme (WFP) said on Monday that WFP trucks had reached Nairobi and Kisumu. " +
		"Halvorsen Shipping AG said Halvorsen would add ships. The report was published by The Coastal Herald."})
	if err != nil {
		t.Fatal(err)
	}
	orgs := map[string]model.Organization{}
	for _, o := range res.Organizations {
		orgs[o.Name] = o
	}
	if o := orgs["World Food Programme"]; len(o.Aliases) != 1 || o.Aliases[0] != "WFP" || len(o.Mentions) < 2 {
		t.Errorf("WFP alias not joined: %+v (all: %+v)", o, res.Organizations)
	}
	if o, ok := orgs["Halvorsen Shipping AG"]; !ok || len(o.Mentions) != 2 {
		t.Errorf("short form not joined: %+v", res.Organizations)
	}
	if _, ok := orgs["The Coastal Herald"]; !ok {
		t.Errorf("a name written with a capital The keeps it: %+v", res.Organizations)
	}
	places := map[string]model.Place{}
	for _, p := range res.Places {
		places[p.Name] = p
	}
	if p := places["Nairobi"]; p.Type != model.PlaceCity || p.Country != "Kenya" || len(p.Mentions) != 2 {
		t.Errorf("Nairobi (shouted in the dateline, then written normally) = %+v; places %+v", p, res.Places)
	}
	if res.RefDate == nil || res.RefDate.Value != "2024-03-03" {
		t.Errorf("dateline ref date = %+v", res.RefDate)
	}
}

func TestRegionCountry(t *testing.T) {
	ex := newTestExtractor(t)
	res, err := ex.Extract(context.Background(), model.Article{Text: "Fighting in Kenya spread to Marsabit county. Kenya asked Uganda and the Middle East states for help, and Kenya's army moved north."})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range res.Places {
		switch p.Name {
		case "Marsabit":
			found = true
			if p.Type != model.PlaceRegion || p.Country != "Kenya" {
				t.Errorf("Marsabit = %+v, want a region of Kenya, the dominant country", p)
			}
		case "Middle East":
			if p.Country != "" {
				t.Errorf("Middle East got country %q", p.Country)
			}
		}
	}
	if !found {
		t.Errorf("Marsabit not found as a place: %+v", res.Places)
	}
}

func TestTitleCaseShouted(t *testing.T) {
	for in, want := range map[string]string{
		"FRANKFURT": "Frankfurt", "NEW YORK": "New York", "U.S.": "U.S.", "UAE": "UAE", "Paris": "Paris", "EU": "EU",
	} {
		if got := titleCaseShouted(in); got != want {
			t.Errorf("titleCaseShouted(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsAcronym(t *testing.T) {
	for in, want := range map[string]bool{"SANA": true, "WFP": true, "G7": false, "A": false, "Nato": false, "AT&T": true} {
		if got := isAcronym(in); got != want {
			t.Errorf("isAcronym(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestTitleEndingAt holds titleEndingAt, which writes its phrases into a
// fixed buffer, to the phrases built word by word, on titles and on tokens
// too long for the buffer.
func TestTitleEndingAt(t *testing.T) {
	ex := newTestExtractor(t)
	long := strings.Repeat("x", 150)
	for _, text := range []string{
		"The U.S. Secretary of State met the Foreign Minister and a special envoy.",
		"He met the " + long + " Foreign Minister of " + long + " today.",
		long + " envoy " + long + " " + long + " minister",
	} {
		doc := ex.analyzer.Analyze(text)
		for j := range doc.Tokens {
			want := -1
			phrase := ""
			for k := j; k >= 0 && j-k < ex.lexicon.MaxPhraseWords(); k-- {
				if k == j {
					phrase = doc.Lower(k)
				} else {
					phrase = doc.Lower(k) + " " + phrase
				}
				if ex.lexicon.IsTitle(phrase) {
					want = k
				}
			}
			if got := ex.titleEndingAt(doc, 0, j); got != want {
				t.Errorf("%q: titleEndingAt(%d) = %d, want %d", text[:20], j, got, want)
			}
		}
	}
}
