package geo

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/gazetteer"
	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

func newResolver(t testing.TB) *Resolver {
	t.Helper()
	g, err := gaz.Load()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(g, lex)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// placesOf makes one place record per name, with a mention at each
// occurrence of the name in text; a name written "Name/type" takes that
// type.
func placesOf(text string, names ...string) []model.Place {
	var out []model.Place
	for _, n := range names {
		name, typ, _ := strings.Cut(n, "/")
		p := model.Place{Name: name, Type: model.PlaceType(typ)}
		if typ == "" {
			p.Type = model.PlaceOther
		}
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			p.Mentions = append(p.Mentions, model.Span{Start: off + i, End: off + i + len(name)})
			off += i + len(name)
		}
		out = append(out, p)
	}
	return out
}

// TestTraps resolves ambiguous names in made-up sentences: the first place
// listed is checked.
func TestTraps(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name, text string
		places     []string
		dateline   int // length of the dateline, 0 for none
		country    string
		admin1     string // "" to skip
		rule       model.ResolutionRule
	}{
		{"Paris alone", "Ministers met in Paris on Monday.", []string{"Paris/city"}, 0, "FR", "", model.RulePopulation},
		{"Paris in Texas", "The rodeo in Paris drew crowds from all over Texas.", []string{"Paris/city", "Texas/region"}, 0, "US", "US.TX", model.RuleContext},
		{"Paris, Texas", "He grew up in Paris, Texas, before the war.", []string{"Paris/city"}, 0, "US", "US.TX", model.RulePattern},
		{"Georgia the country", "Georgia's president flew to Tbilisi.", []string{"Georgia/country", "Tbilisi/city"}, 0, "GE", "", model.RuleCountry},
		{"Georgia the state", "The governor of Georgia spoke in Atlanta and Savannah.", []string{"Georgia/country", "Atlanta/city", "Savannah/city"}, 0, "US", "US.GA", model.RuleAdmin1},
		{"Washington alone", "Officials in Washington said nothing.", []string{"Washington/city"}, 0, "US", "US.DC", model.RulePopulation},
		{"Washington in a West Virginia story", "The West Virginia senator flew to Washington.", []string{"Washington/city", "West Virginia/region"}, 0, "US", "US.DC", model.RuleContext},
		{"Washington in a story that names England and the United States", "In Washington, diplomats expelled by the United States packed; England waited.", []string{"Washington/city", "England/region", "United States/country"}, 0, "US", "US.DC", model.RuleContext},
		{"Washington in an English story", "In Washington, Sunderland fans cheered as England won.", []string{"Washington/city", "England/region"}, 0, "GB", "GB.ENG", model.RuleContext},
		{"Birmingham in a story that names England and the United States", "In Birmingham, workers met as the United States and England talked.", []string{"Birmingham/city", "England/region", "United States/country"}, 0, "GB", "GB.ENG", model.RuleContext},
		{"a town before a division only an abbreviation names", "Rain fell on Georgetown as officials in SC watched.", []string{"Georgetown/city", "SC/region"}, 0, "US", "US.SC", model.RuleContext},
		{"Portland in a Texas story", "Houston beat Portland as Texas cheered.", []string{"Portland", "Houston/city", "Texas/region"}, 0, "US", "US.OR", model.RuleContext},
		{"Nelson beside a town only Canada has", "Crews left Nelson for Castlegar at dawn.", []string{"Nelson", "Castlegar"}, 0, "CA", "", model.RuleContext},
		{"Nelson alone", "Crews left Nelson at dawn.", []string{"Nelson"}, 0, "NZ", "", model.RulePopulation},
		{"a county typed a city in a British story", "Rain fell on Norfolk as Britain shivered.", []string{"Norfolk/city", "Britain/country"}, 0, "GB", "", model.RuleContext},
		{"a city typed a city in an American story", "Rain fell on Norfolk as the United States shivered.", []string{"Norfolk/city", "United States/country"}, 0, "US", "US.VA", model.RuleContext},
		{"Shelby in a Montana story", "The prison in Shelby is Montana's largest.", []string{"Shelby", "Montana/region"}, 0, "US", "US.MT", model.RuleContext},
		{"Georgia in a list of states", "Storms hit Alabama, Georgia and Florida.", []string{"Georgia/country", "Alabama/region", "Florida/region"}, 0, "US", "US.GA", model.RuleAdmin1},
		{"Georgia in a list of countries", "Talks with Armenia, Georgia and Azerbaijan.", []string{"Georgia/country", "Armenia/country", "Azerbaijan/country"}, 0, "GE", "", model.RuleCountry},
		{"Washington in a list of states", "Wildfires spread across Oregon and California or Washington.", []string{"Washington/city", "California/region"}, 0, "US", "US.WA", model.RuleAdmin1},
		{"Washington between a state and the capital", "Talks between Texas and Washington stalled.", []string{"Washington/city", "Texas/region"}, 0, "US", "US.DC", model.RuleContext},
		{"Washington after a town of the state", "A bakery in Tacoma, Washington opened.", []string{"Washington/city"}, 0, "US", "US.WA", model.RulePattern},
		{"Washington after a town elsewhere", "He flew from Boston, Washington and Chicago.", []string{"Washington/city"}, 0, "US", "US.DC", model.RulePopulation},
		{"Spokane, Washington", "Snow fell on Spokane, Washington, overnight.", []string{"Spokane/city"}, 0, "US", "US.WA", model.RulePattern},
		{"Jordan", "Jordan closed its border.", []string{"Jordan"}, 0, "JO", "", model.RuleCountry},
		{"Turkey", "Turkey raised rates.", []string{"Turkey/country"}, 0, "TR", "", model.RuleCountry},
		{"Chad", "Chad held elections.", []string{"Chad"}, 0, "TD", "", model.RuleCountry},
		{"Niger", "Niger's capital is calm, and so is Minna.", []string{"Niger/country", "Minna/city"}, 0, "NE", "", model.RuleCountry},
		{"Valencia from a Madrid dateline", "MADRID, May 2 - Fans in Valencia cheered.", []string{"MADRID/city", "Valencia/city"}, 14, "ES", "", ""},
		{"unknown", "They walked down Quorble Lane.", []string{"Quorble Lane"}, 0, "", "", ""},
		{"open water, not the town in Iowa", "Storms crossed the Atlantic toward Iowa.", []string{"Atlantic", "Iowa/region"}, 0, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			places := placesOf(tc.text, tc.places...)
			var dl *model.Span
			if tc.dateline > 0 {
				dl = &model.Span{Start: 0, End: tc.dateline}
			}
			r.Resolve(tc.text, places, dl, "", nil)
			p := places[0]
			if tc.name == "Valencia from a Madrid dateline" {
				p = places[1]
				tc.rule = model.RuleDateline
			}
			if tc.country == "" {
				if p.Resolved || p.Name != tc.places[0] {
					t.Fatalf("got %+v, want unresolved with its name", p)
				}
				return
			}
			if !p.Resolved || p.CountryCode != tc.country || p.Resolution.Rule != tc.rule {
				t.Fatalf("got %s in %q by %v, want %q by %q", p.Name, p.CountryCode, p.Resolution, tc.country, tc.rule)
			}
			if tc.admin1 != "" && (p.Admin1 == nil || p.Admin1.Code != tc.admin1) {
				t.Errorf("admin1 %+v, want %s", p.Admin1, tc.admin1)
			}
			if p.Lat == nil || p.Lon == nil || p.GeoNamesID == 0 {
				t.Errorf("no point or id: %+v", p)
			}
		})
	}
}

func TestParisID(t *testing.T) {
	r := newResolver(t)
	places := placesOf("Talks in Paris.", "Paris/city")
	r.Resolve("Talks in Paris.", places, nil, "", nil)
	if p := places[0]; p.GeoNamesID != 2988507 || *p.Lat < 48.8 || *p.Lat > 48.9 || p.FeatureClass != model.FeatureCity {
		t.Errorf("got %+v", p)
	}
}

func TestContinent(t *testing.T) {
	r := newResolver(t)
	places := placesOf("Trade with Asia grew.", "Asia/region")
	r.Resolve("Trade with Asia grew.", places, nil, "", nil)
	if p := places[0]; p.GeoNamesID != 6255147 || p.FeatureClass != model.FeatureContinent {
		t.Errorf("got %+v", p)
	}
}

// TestNamedInsideOrganization: a place with no mention of its own, named
// only inside an organization's name, goes by its best-known sense, not by
// the article's countries.
func TestNamedInsideOrganization(t *testing.T) {
	r := newResolver(t)
	text := "The Bisons of Texas lost to the Rockets."
	places := append(placesOf(text, "Texas/region"), model.Place{Name: "Cambridge", Type: model.PlaceCity, Mentions: []model.Span{}})
	r.Resolve(text, places, nil, "", nil)
	if p := places[1]; p.CountryCode != "GB" || p.Resolution == nil || p.Resolution.Rule != model.RulePopulation {
		t.Errorf("got %s in %q by %+v, want Cambridge, England by population", p.Name, p.CountryCode, p.Resolution)
	}
	places = placesOf("Fans in Cambridge and in Texas.", "Texas/region", "Cambridge/city")
	r.Resolve("Fans in Cambridge and in Texas.", places, nil, "", nil)
	if p := places[1]; p.CountryCode != "US" {
		t.Errorf("a mentioned Cambridge in a Texas story: got %q, want the US by context", p.CountryCode)
	}
}

// TestReconcileType: a place typed a country by its name alone takes the
// type of the entry it resolved to when that is no country.
func TestReconcileType(t *testing.T) {
	for _, tc := range []struct {
		typ      model.PlaceType
		resolved bool
		class    model.FeatureClass
		want     model.PlaceType
	}{
		{model.PlaceCountry, true, model.FeatureAdmin1, model.PlaceRegion}, // Georgia, the US state
		{model.PlaceCountry, true, model.FeatureAdmin2, model.PlaceRegion},
		{model.PlaceCountry, true, model.FeatureCity, model.PlaceCity}, // Panama, the capital
		{model.PlaceCountry, true, model.FeatureCountry, model.PlaceCountry},
		{model.PlaceCountry, true, model.FeatureOther, model.PlaceCountry},
		{model.PlaceCountry, false, "", model.PlaceCountry},
		{model.PlaceCity, true, model.FeatureAdmin1, model.PlaceCity}, // only a country's type is the name's alone
		{model.PlaceRegion, true, model.FeatureCountry, model.PlaceRegion},
	} {
		p := model.Place{Type: tc.typ, Resolved: tc.resolved, FeatureClass: tc.class}
		reconcileType(&p)
		if p.Type != tc.want {
			t.Errorf("%s resolved %v as %q: type %s, want %s", tc.typ, tc.resolved, tc.class, p.Type, tc.want)
		}
	}
}

// TestResolveLeavesLookupsAlone resolves places whose candidates the rules
// filter and reorder, and checks that the gazetteer's lists of them, which
// later lookups share, are as before.
func TestResolveLeavesLookupsAlone(t *testing.T) {
	r := newResolver(t)
	text := "Talks in Venice, Washington and Georgia drew envoys from Paris and Springfield."
	names := []string{"Venice", "Washington", "Georgia/region", "Paris", "Springfield"}
	before := map[string][]gaz.Place{}
	for _, n := range names {
		n, _, _ = strings.Cut(n, "/")
		before[n] = slices.Clone(r.gaz.Lookup(n))
	}
	places := placesOf(text, names...)
	r.Resolve(text, places, nil, "", nil)
	for n, want := range before {
		if got := r.gaz.Lookup(n); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the gazetteer's list changed while resolving", n)
		}
	}
}

// TestExactName: a candidate's own name or ASCII name folds as the place's
// name does, or it is no exact name; and the comparison allocates nothing
// (the resolver makes it for every candidate it weighs).
func TestExactName(t *testing.T) {
	c := gaz.Place{Name: "As Suwaydā’", ASCIIName: "As Suwayda'"}
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Suwayda", true}, {"al-Suwayda", true}, {"AS-SUWAYDA", true}, {"Suwaydah", false}, {"As", false},
	} {
		if got := exactName(c, tt.name); got != tt.want {
			t.Errorf("exactName(%q, %q) = %v, want %v", c.Name, tt.name, got, tt.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { exactName(c, "al-Suwayda") }); n != 0 {
		t.Errorf("exactName allocates %v times", n)
	}
	// A name and an ASCII name that fold apart: either may match.
	c = gaz.Place{Name: "Ḩimş", ASCIIName: "Homs"}
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Homs", true}, {"Hims", true}, {"HOMS", true}, {"Hama", false},
	} {
		if got := exactName(c, tt.name); got != tt.want {
			t.Errorf("exactName(%q/%q, %q) = %v, want %v", c.Name, c.ASCIIName, tt.name, got, tt.want)
		}
	}
}
