package geo

import "testing"

// TestShortFormalRule: a formal name cut short is the one named country
// whose formal name it opens.
func TestShortFormalRule(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name, text string
		places     []string // the first is checked
		want       string   // country code, "" for not this rule's
	}{
		{"Iran", "Iran said the Islamic Republic would not bend.", []string{"Islamic Republic", "Iran/country"}, "IR"},
		{"Venezuela", "Venezuela's leader said the Bolivarian Republic would vote.", []string{"Bolivarian Republic", "Venezuela/country"}, "VE"},
		{"Ireland", "Ireland's buses carried patients from the Republic to Derry.", []string{"Republic", "Ireland/country"}, "IE"},
		// traps
		{"no such country named", "Voters in the Republic and in Derry met.", []string{"Republic", "Derry/city"}, ""},
		{"two named", "Ireland and Armenia met; the Republic spoke first.", []string{"Republic", "Ireland/country", "Armenia/country"}, ""},
		{"not a state noun", "Iran said the Islamic Council would not bend.", []string{"Islamic Council", "Iran/country"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			places := placesOf(tc.text, tc.places...)
			r.Resolve(tc.text, places, nil, "", nil)
			p := places[0]
			byRule := p.Resolution != nil && p.Resolution.Rule == "country"
			if tc.want == "" && byRule || tc.want != "" && (!byRule || p.CountryCode != tc.want) {
				t.Errorf("got %q by %+v, want %q", p.CountryCode, p.Resolution, tc.want)
			}
		})
	}
}
