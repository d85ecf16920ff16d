package geo

import gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"

// NamesInside reports whether name, a place the article names, may be the
// country of the first-level division that division stands for (its name
// or listed abbreviation: "BC", "Victoria") or a place inside that
// division: "Canada" or "Quorby, Vancouver" for "BC". A bare abbreviation
// or a division's name that is a given name too ends many a club's and
// firm's name ("Quorby BC", "Maccabi Quorby"); only such a place makes it
// the division.
func (r *Resolver) NamesInside(name, division string) bool {
	divisions := r.abbreviated(division)
	if len(divisions) == 0 {
		divisions = onlyIf(r.gaz.Lookup(division), func(c gaz.Place) bool { return c.Code == "ADM1" && exactName(c, division) })
	}
	for _, c := range r.gaz.Lookup(name) {
		for _, d := range divisions {
			if c.CountryCode != d.CountryCode {
				continue
			}
			if isCountry(c) || c.Admin1Code == d.Admin1Code && (c.Class == "P" || c.Class == "A") {
				return true
			}
		}
	}
	return false
}
