package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// TestPeoplesPointToPlaces checks that a nationality or a people's name in
// misc points to its place record, adding one when the text names the
// place only that way.
func TestPeoplesPointToPlaces(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		name, text string
		misc       string
		place      string // "" when the misc record points nowhere
		mentions   int    // of the place record
		feature    model.FeatureClass
	}{
		{"demonym of a named country", "Syrian troops entered Syria on Monday.", "Syrian", "Syria", 1, model.FeatureCountry},
		{"demonym alone adds the country", "Israeli officials declined to comment.", "Israeli", "Israel", 0, model.FeatureCountry},
		{"a state's people", "Thousands of Texans lost power on Tuesday.", "Texans", "Texas", 0, model.FeatureAdmin1},
		{"a continent's adjective", "The European markets fell on Friday.", "European", "Europe", 0, model.FeatureContinent},
		{"a people with no place", "The Bedouin tribes met on Sunday.", "Bedouin", "", 0, ""},
		{"a compound names a country", "The U.S.-led coalition struck again.", "U.S.-led", "United States", 0, model.FeatureCountry},
		{"a compound's first people", "The Austro-Hungarian empire collapsed.", "Austro-Hungarian", "Hungary", 0, model.FeatureCountry},
		{"a league named for a country", "He won the Indian Premier League title in May.", "Indian Premier League", "India", 0, model.FeatureCountry},
		{"a city-based compound", "The Berlin-based group said it would appeal.", "Berlin-based", "Berlin", 0, model.FeatureCity},
		{"a compound of two words", "The Los Angeles-based group said it would appeal.", "Los Angeles-based", "Los Angeles", 0, model.FeatureCity},
		{"a region's people", "The Bavarian government raised taxes.", "Bavarian", "Bavaria", 0, model.FeatureAdmin1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := e.Extract(context.Background(), model.Article{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var m *model.Misc
			for i := range res.Misc {
				if res.Misc[i].Name == tc.misc {
					m = &res.Misc[i]
				}
			}
			if m == nil {
				t.Fatalf("no misc record %q in %+v", tc.misc, res.Misc)
			}
			if tc.place == "" {
				if m.Place != nil {
					t.Fatalf("%s points to %+v, want nothing", tc.misc, m.Place)
				}
				return
			}
			if m.Place == nil || m.Place.Name != tc.place || m.Place.Kind != model.KindPlace {
				t.Fatalf("%s points to %+v, want place %s", tc.misc, m.Place, tc.place)
			}
			for _, p := range res.Places {
				if p.ID != m.Place.ID {
					continue
				}
				if p.Name != tc.place || len(p.Mentions) != tc.mentions || p.FeatureClass != tc.feature || p.Lat == nil {
					t.Errorf("place record %+v, want %s with %d mentions, %s, a point", p, tc.place, tc.mentions, tc.feature)
				}
				return
			}
			t.Errorf("no place record %s", m.Place.ID)
		})
	}
}

// TestOrganizationsPointToPlaces checks that an organization named for a
// place points to that place's record.
func TestOrganizationsPointToPlaces(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, org, place string // place "" when the organization points nowhere
		feature          model.FeatureClass
	}{
		{"The Pakistan Army said two soldiers died.", "Pakistan Army", "Pakistan", model.FeatureCountry},
		{"The Abuja Chamber of Commerce welcomed the budget.", "Abuja Chamber of Commerce", "Abuja", model.FeatureCity},
		{"The Philippine Sports Commission approved the grant.", "Philippine Sports Commission", "Philippines", model.FeatureCountry},
		{"Shares of Quorble Securities fell on Monday.", "Quorble Securities", "", ""},
		{"The EU imposed new tariffs on Monday.", "EU", "Europe", model.FeatureContinent},
		{"Officials in Tarvik County said the road would reopen.", "Tarvik County", "Tarvik County", ""},
		{"The Central Bank of Malta raised rates.", "Central Bank of Malta", "Malta", model.FeatureCountry},
		{"Air Zimbabwe cancelled its flights on Monday.", "Air Zimbabwe", "Zimbabwe", model.FeatureCountry},
		{"Floods struck homes in Slidell on Monday. The Slidell Quorble Trust said it would help.", "Slidell Quorble Trust", "Slidell", model.FeatureCity},
		{"The Quorble Trust of Varnholt said it would help.", "Quorble Trust of Varnholt", "", ""},
		{"A lawyer from Legal Aid Ontario said the rules would change.", "Legal Aid Ontario", "Ontario", model.FeatureAdmin1},
		{"Owners can ask Small Business BC for help, the minister in Vancouver said.", "Small Business BC", "BC", model.FeatureAdmin1},
		{"Owners in Canada can ask Small Business BC for help.", "Small Business BC", "BC", model.FeatureAdmin1},
		{"A lawyer from Legal Aid Victoria said the rules would change in Melbourne.", "Legal Aid Victoria", "Victoria", model.FeatureAdmin1},
		// traps: clubs end in a division's abbreviation or in a name
		// that is a given name too
		{"Owners can ask Partizan BC for help, the minister said.", "Partizan BC", "", ""},
		{"A lawyer from Maccabi Victoria said the rules would change.", "Maccabi Victoria", "", ""},
		{"A report by Quorble Europe said sales fell.", "Quorble Europe", "", ""}, // a world region: no place of its own
	} {
		t.Run(tc.org, func(t *testing.T) {
			res, err := e.Extract(context.Background(), model.Article{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var o *model.Organization
			for i := range res.Organizations {
				if res.Organizations[i].Name == tc.org {
					o = &res.Organizations[i]
				}
			}
			if o == nil {
				t.Fatalf("no organization %q in %+v", tc.org, res.Organizations)
			}
			if tc.place == "" {
				if o.Place != nil {
					t.Errorf("%s points to %+v, want nothing", tc.org, o.Place)
				}
				return
			}
			if o.Place == nil || o.Place.Name != tc.place {
				t.Fatalf("%s points to %+v, want %s", tc.org, o.Place, tc.place)
			}
			for _, p := range res.Places {
				if p.ID == o.Place.ID && tc.feature != "" && (p.FeatureClass != tc.feature || p.Lat == nil) {
					t.Errorf("place record %+v, want a %s with a point", p, tc.feature)
				}
			}
		})
	}
}

// TestTownAsMisc checks when a misc name that is a town's points to a
// place: after a place preposition, or modifying a noun in an article
// that names the town as a place.
func TestTownAsMisc(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		name, text, misc string
		placed           bool // the article has a place record of that name with mentions
		want             bool
	}{
		{"after in", "They could not sell a house in Dewsbury this year.", "Dewsbury", false, true},
		{"a modifier, the town named", "A Dewsbury councillor spoke on Monday.", "Dewsbury", true, true},
		{"a modifier, the town not named", "A Dewsbury councillor spoke on Monday.", "Dewsbury", false, false},
		{"a modifier after in", "Cracks appeared in Dewsbury unity on Monday.", "Dewsbury", false, false},
		{"the head of a longer name", "He visited the Dewsbury of old.", "Dewsbury", true, false},
		{"no such town", "They sold a house in Quorblesby this year.", "Quorblesby", false, false},
		{"a people's name", "Cracks appeared in Syrian ranks.", "Syrian", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := e.analyzer.Analyze(tc.text)
			start := strings.Index(doc.Text, tc.misc)
			m := model.Misc{Name: tc.misc, Mentions: []model.Span{span(doc, start, start+len(tc.misc))}}
			var places []model.Place
			if tc.placed {
				places = append(places, model.Place{ID: "place-1", Name: tc.misc, Mentions: []model.Span{{Text: tc.misc}}})
			}
			if got := e.townAsMisc(doc, m, newPlaceBook(places)); got != tc.want {
				t.Errorf("%q in %q a town: %v, want %v", tc.misc, tc.text, got, tc.want)
			}
		})
	}
}

// TestOrganizationNamedAsPlace checks that an organization whose whole
// name the article gives a place elsewhere points to that place: not for
// a place record without mentions of its own, nor for an acronym.
func TestOrganizationNamedAsPlace(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		name, org string
		mentioned bool // the place record has mentions of its own
		want      bool
	}{
		{"a place of the article", "Quorby Vale", true, true},
		{"a place record with no mention", "Quorby Vale", false, false},
		{"an acronym", "QVB", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			place := model.Place{ID: "place-1", Name: tc.org, Type: model.PlaceCity, Mentions: []model.Span{}}
			if tc.mentioned {
				place.Mentions = []model.Span{{Text: tc.org}}
			}
			orgs := []model.Organization{{ID: "org-1", Name: tc.org}}
			e.linkOrganizationsToPlaces(orgs, newPlaceBook([]model.Place{place}))
			if got := orgs[0].Place != nil; got != tc.want {
				t.Errorf("%s points to a place: %v, want %v", tc.org, got, tc.want)
			}
		})
	}
}

// TestNamesOfRecords checks the names a place with no mention of its own may
// take from misc and organization records: whole names, and the place in
// a hyphened name ("Quorby-based"); an organization's longer name gives
// none of its words.
func TestNamesOfRecords(t *testing.T) {
	names := namesOfRecords(
		[]model.Misc{{Name: "Quorby-based"}, {Name: "pro-Varnholt"}, {Name: "Tarvik"}, {Name: "Anglo-Quorblish"}},
		[]model.Organization{{Name: "Quorble University"}, {Name: "Slidell"}},
	)
	for name, want := range map[string]bool{
		"Quorby": true, "Varnholt": true, "Tarvik": true, "Slidell": true, "Quorble University": true,
		"Quorble": false, "Anglo": false, "Quorblish": false, "based": false,
	} {
		if names[name] != want {
			t.Errorf("namesOfRecords has %q: %v, want %v", name, names[name], want)
		}
	}
}

// TestShortFormNamesNoPlace: an organization's short form ("the Oxford
// team" of "Oxford University") does not name its town alone, so the
// article's context does not move the town to a namesake.
func TestShortFormNamesNoPlace(t *testing.T) {
	e := newTestExtractor(t)
	res, err := e.Extract(context.Background(), model.Article{Text: "Oxford University scientists joined a study in California. The Oxford team said the vaccine worked."})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Places {
		if p.Name == "Oxford" && p.CountryCode != "GB" {
			t.Errorf("Oxford resolved to %s %+v, want the English city", p.CountryCode, p.Admin1)
		}
	}
}
