package geo

import (
	"net/url"
	"strings"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/model"
)

// outletCountry is the ISO code of the country whose domain the article's
// address is under ("www.example.ie": IE, "news.example.co.uk": GB), or ""
// for a generic domain (.com, .org), a domain that sites anywhere use for
// its letters (.tv, .co; shared-domains.txt) unless under a label that
// countries register sites under ("example.com.co": CO;
// second-level-domains.txt), or no address. An address may come without
// its scheme ("www.example.ie/news/1") or with spaces around it. A local
// outlet writes of its own country's towns without naming the country:
// "a burglary in Quorby" on an Irish site is the Irish town.
func (r *Resolver) outletCountry(address string) string {
	address = strings.TrimSpace(address)
	if address == "" {
		return ""
	}
	if !strings.Contains(address, "://") && !strings.HasPrefix(address, "//") {
		address = "//" + address // "example.ie/news": a host, not a path
	}
	u, err := url.Parse(address)
	if err != nil {
		return ""
	}
	labels := strings.Split(strings.TrimSuffix(strings.ToLower(u.Hostname()), "."), ".")
	if len(labels) < 2 {
		return ""
	}
	tld := labels[len(labels)-1]
	if len(tld) != 2 || r.words.sharedDomains[tld] && (len(labels) < 3 || !r.words.secondLevel[labels[len(labels)-2]]) {
		return ""
	}
	if tld == "uk" {
		tld = "gb" // the one ccTLD that is not its country's ISO code
	}
	c, ok := r.gaz.Country(tld)
	if !ok {
		return ""
	}
	return c.CountryCode
}

// outletRule (e3) picks the most populous candidate in the country of the
// outlet's domain, unless a candidate elsewhere dwarfs it: it comes after
// every rule that reads the article itself, which outweighs where it was
// published.
func outletRule(p model.Place, cs []gaz.Place, a *article) (choice, bool) {
	if a.outlet == "" {
		return choice{}, false
	}
	c, ok := within(cs, func(c gaz.Place) bool { return c.CountryCode == a.outlet && !isCountry(c) })
	if !ok || dwarfed(c.place, cs) {
		return choice{}, false
	}
	c.rule = model.RuleOutlet
	return c, true
}
