package geo

import "testing"

func TestOutletCountry(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct{ url, want string }{
		{"https://www.example.ie/news/court-case", "IE"},
		{"http://news.example.co.uk/story", "GB"},
		{"https://www.example.com.au/local/", "AU"},
		{"https://example.ca", "CA"},
		{"https://EXAMPLE.DE./x", "DE"},
		{"www.example.ie/news/1", "IE"}, // no scheme
		{"example.ie", "IE"},
		{"  https://www.example.ie/news/1 \n", "IE"}, // spaces around
		{" example.co.uk ", "GB"},
		{"//example.nz/x", "NZ"},
		{"https://www.example.com.co/noticias", "CO"}, // a shared domain under "com" is the country's
		{"https://example.gov.ms", "MS"},
		{"example.com.tv", "TV"},
		// traps
		{"https://www.example.com/world/ireland", ""},
		{"https://example.org", ""},
		{"https://radio.example.fm/news", ""}, // a domain taken for its letters
		{"https://news.example.tv", ""},
		{"https://example.co", ""},
		{"www.example.co/x", ""},
		{"https://news.example.co", ""}, // "news" is no registry's label
		{"example.com", ""},
		{"   ", ""},
		{"https://example.eu", ""}, // no country
		{"not a url", ""},
		{"", ""},
		{"https://localhost/x", ""},
	} {
		if got := r.outletCountry(tc.url); got != tc.want {
			t.Errorf("outletCountry(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}

// TestOutletRule: a town the text leaves open resolves in the country of
// the outlet's domain, after the rules that read the text and unless a
// namesake dwarfs it.
func TestOutletRule(t *testing.T) {
	r := newResolver(t)
	for _, tc := range []struct {
		name, text, url, place, want string
	}{
		{"irish outlet", "A man was stabbed in Dundalk in January.", "https://www.example.ie/news/1", "Dundalk", "IE"},
		{"no address", "A man was stabbed in Dundalk in January.", "", "Dundalk", "US"},
		{"generic domain", "A man was stabbed in Dundalk in January.", "https://www.example.com/news/1", "Dundalk", "US"},
		{"the text wins", "A man was stabbed in Dundalk, Maryland, in January.", "https://www.example.ie/news/1", "Dundalk", "US"},
		{"dwarfed namesake", "Flights to London resumed.", "https://www.example.ca/news/1", "London", "GB"},
	} {
		places := placesOf(tc.text, tc.place)
		r.Resolve(tc.text, places, nil, tc.url, nil)
		if got := places[0].CountryCode; got != tc.want {
			t.Errorf("%s: %s in %q by %+v, want %s", tc.name, tc.place, got, places[0].Resolution, tc.want)
		}
	}
}
