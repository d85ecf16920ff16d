package geo

import (
	"strconv"
	"strings"
	"testing"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// TestContainerRule gives sites the gazetteer lacks the point of the place
// that contains them, in made-up sentences; the first place listed is
// checked.
func TestContainerRule(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name, text string
		places     []string
		dateline   int
		within     string // name of the container, "" for unresolved
	}{
		{"a town its name embeds", "Patients at Colchester General Hospital waited.", []string{"Colchester General Hospital"}, 0, "Colchester"},
		{"a site named before its town", "A fire at the Quorble Arena in Seville, and later in Madrid and Madrid.", []string{"Quorble Arena", "Seville/city", "Madrid/city"}, 0, "Seville"},
		{"a site after a comma", "He lived on Quorble Street, Leeds, then moved to York and York.", []string{"Quorble Street", "Leeds/city", "York/city"}, 0, "Leeds"},
		{"the article's most named town", "Leeds votes today. Queues formed on Quorble Street as Leeds woke; York was quiet.", []string{"Quorble Street", "Leeds/city", "York/city"}, 0, "Leeds"},
		{"the dateline's town first", "LEEDS, May 2 - Queues formed on Quorble Street; York and York were quiet.", []string{"Quorble Street", "LEEDS/city", "York/city"}, 6, "LEEDS"},
		{"a modifier is not a town", "Fighting in Eastern Quorble spread; Leeds watched.", []string{"Eastern Quorble", "Leeds/city"}, 0, "Leeds"},
		{"a wide region stays unresolved", "Oil from the Quorble Sea reached Leeds.", []string{"Quorble Sea", "Leeds/city"}, 0, ""},
		{"a union is no town", "Trade with the Quorble Union fell; Leeds watched.", []string{"Quorble Union", "Leeds/city"}, 0, ""},
		{"a street with a wide word is a site", "Shots on North Quorble Street alarmed Leeds.", []string{"North Quorble Street", "Leeds/city"}, 0, "Leeds"},
		{"a street named for another town is in the article's", "Shops on London Road in Leeds shut; Leeds and Leeds mourned.", []string{"London Road", "Leeds/city"}, 0, "Leeds"},
		{"a hospital named for its town", "Staff at the Bristol Royal Infirmary Hospital met in Leeds.", []string{"Bristol Royal Infirmary Hospital", "Leeds/city"}, 0, "Bristol"},
		// Counties of the county table resolve themselves (TestCountyRule):
		// these are names it lacks.
		{"a county not in a namesake town elsewhere", "Leeds County deputies patrolled Riverdale, New Jersey, and Riverdale slept.", []string{"Leeds County", "Riverdale/city"}, 0, "Riverdale"},
		{"a county in its town of a named state", "Anaheim County deputies met in California.", []string{"Anaheim County", "California/region"}, 0, "Anaheim"},
		{"no town: the division the article names most", "Crews on Quorble Lane worked as Kentucky slept; Kentucky and Ohio woke.", []string{"Quorble Lane", "Kentucky/region", "Ohio/region"}, 0, "Kentucky"},
		{"no town to borrow from", "They walked down Quorble Lane.", []string{"Quorble Lane"}, 0, ""},
		{"a town abroad is no container in a story that names a country", "Guards at Moncton Barracks met in Leeds as Britain and Leeds slept.", []string{"Moncton Barracks", "Leeds/city", "Britain/country"}, 0, "Leeds"},
		{"a town abroad is the container in a story that names none", "Guards at Moncton Barracks met.", []string{"Moncton Barracks"}, 0, "Moncton"},
		{"a town of the named country is", "Guards at Windsor Castle met in Leeds as Britain and Leeds slept.", []string{"Windsor Castle", "Leeds/city", "Britain/country"}, 0, "2633842"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			places := placesOf(tc.text, tc.places...)
			var dl *model.Span
			if tc.dateline > 0 {
				dl = &model.Span{Start: 0, End: tc.dateline}
			}
			r.Resolve(tc.text, places, dl, "", nil)
			p := places[0]
			if tc.within == "" {
				if p.Resolution != nil || p.Lat != nil {
					t.Fatalf("got %+v, want unresolved", p)
				}
				return
			}
			if p.Resolved || p.GeoNamesID != 0 || p.Resolution == nil || p.Resolution.Rule != model.RuleWithin || p.Lat == nil {
				t.Fatalf("got %+v (%+v), want a point within %s and no id", p, p.Resolution, tc.within)
			}
			var want int
			for _, q := range places[1:] {
				if q.Name == tc.within {
					want = q.GeoNamesID
				}
			}
			if id, err := strconv.Atoi(tc.within); err == nil {
				want = id // a namesake's id: Windsor, England
			}
			if want == 0 {
				g := r.gaz.Lookup(tc.within)
				c, _ := mostPopulousChoice(onlyIf(g, func(c gaz.Place) bool { return exactName(c, tc.within) }))
				want = c.place.ID
			}
			if p.Resolution.Within != want {
				t.Errorf("within %d, want %d (%s)", p.Resolution.Within, want, tc.within)
			}
		})
	}
}

func TestPartOf(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name      string
		countries []string
		want      int // GeoNames id of the place the part lies in, 0 for none
	}{
		{"West Surrey", []string{"GB"}, 2636512}, // the English county, in a British story
		{"South Venezuela", nil, 3625428},        // the country
		{"East Jerusalem", []string{"IL"}, 0},    // a city or its district, checked below
		{"South Side", []string{"US"}, 0},        // Side, Turkey, is too small
		{"North Africa", nil, 0},                 // a wide name
		{"West Coast", nil, 0},                   // a generic one
		{"Surrey", []string{"GB"}, 0},            // no direction word
		{"Westbrook Surrey", []string{"GB"}, 0},  // nor a direction's prefix
	} {
		a := emptyArticle()
		for _, c := range tc.countries {
			a.countries[c] = true
		}
		c, ok := r.partOf(tc.name, a)
		if tc.name == "East Jerusalem" {
			if !ok || c.place.CountryCode != "IL" {
				t.Errorf("%s: got %+v, want a place in Israel", tc.name, c.place)
			}
			continue
		}
		if got := map[bool]int{true: c.place.ID}[ok]; got != tc.want {
			t.Errorf("%s: got %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestFocusPrefersOutletTowns: a site the text does not place is in the
// town of the outlet's country before a town elsewhere that the story
// names as often; without such a town, the most named one.
func TestFocusPrefersOutletTowns(t *testing.T) {
	r := newResolver(t)
	const text = "A tribute night at the Quorble Theatre drew fans. The singer once played Las Vegas and grew up in Leeds."
	for _, tc := range []struct{ name, url, want string }{
		{"british outlet", "https://www.example.co.uk/news/1", "GB"},
		{"no address", "", "US"},
		{"generic domain", "https://www.example.com/news/1", "US"},
		{"an outlet whose country the story has no town of", "https://www.example.ca/news/1", "US"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			places := placesOf(text, "Quorble Theatre", "Las Vegas/city", "Leeds/city")
			r.Resolve(text, places, nil, tc.url, nil)
			p := places[0]
			if p.Resolution == nil || p.Resolution.Rule != model.RuleWithin || p.CountryCode != tc.want {
				t.Fatalf("got %s by %+v, want a point within a town in %s", p.CountryCode, p.Resolution, tc.want)
			}
		})
	}
}

// TestFocusOutletCountry: a story of an outlet whose country it names but
// none of its towns puts the sites it does not place in that country, not
// in the foreign town it names; a story that does not name the outlet's
// country keeps the town.
func TestFocusOutletCountry(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct{ name, text, url, want string }{
		{"named country", "Shelling hit Quorble Heights. Syria protested to Moscow.", "https://example.sy/en/1", "SY"},
		{"country not named", "Shelling hit Quorble Heights. Officials in Moscow protested.", "https://example.sy/en/1", "RU"},
		{"no outlet", "Shelling hit Quorble Heights. Syria protested to Moscow.", "", "RU"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			names := []string{"Quorble Heights", "Moscow/city"}
			if strings.Contains(tc.text, "Syria") {
				names = append(names, "Syria/country")
			}
			places := placesOf(tc.text, names...)
			r.Resolve(tc.text, places, nil, tc.url, nil)
			p := places[0]
			if p.Resolution == nil || p.Resolution.Rule != model.RuleWithin || p.CountryCode != tc.want {
				t.Fatalf("got %s by %+v, want a point within %s", p.CountryCode, p.Resolution, tc.want)
			}
		})
	}
}
