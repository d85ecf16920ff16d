package geo

import (
	"math"
	"slices"

	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
)

// ownNameRatio is how many times more people a town that bears a name only
// as an alternate must have than the town of its country that bears it as
// its own name to stay a candidate: New York City is "New York" whatever
// hamlet is so named.
const ownNameRatio = 20

// exonymRatio is how many times more people it needs than the towns of
// other countries that bear the name as their own: an exonym names a big
// city ("Geneva", Genève, eight times Geneva, Illinois), a former name
// need not ("Montgomery", once the name of Sahiwal, is Alabama's capital).
const exonymRatio = 2

// preferOwnNames drops a town that lists the name only among its
// alternates when a town of the same country bears it as its own name:
// GeoNames keeps old and variant names ("Venice" for Dayton, Ohio;
// "Washington" for a New Jersey borough once so called) that would
// outweigh the real namesakes by population. Only a town ownNameRatio
// times bigger stays, and none beside a capital or a division's seat of
// the name ("New Delhi" is not Delhi). Across countries a town keeps an
// alternate with exonymRatio times the people of every own-name town
// ("Geneva" is Genève beside Geneva, Illinois). A country or division
// keeps its alternates ("Burma", "Sweida"). The list returned may share
// cs's array, whose order it keeps.
func preferOwnNames(name string, cs []gaz.Place) []gaz.Place {
	const seat = math.MaxInt64 / ownNameRatio // outweighed by no town
	var own map[string]int64                  // country → most people of its own-name towns
	var anywhere int64
	key := gaz.Fold(name)
	isOwn := make([]bool, len(cs))
	var buf [64]byte
	folded := buf[:0]
	for i, c := range cs {
		folded = gaz.AppendFold(folded[:0], c.Name)
		isOwn[i] = string(folded) == key
		if !isOwn[i] && c.ASCIIName != c.Name {
			folded = gaz.AppendFold(folded[:0], c.ASCIIName)
			isOwn[i] = string(folded) == key
		}
	}
	if !slices.Contains(isOwn, false) {
		return cs
	}
	for i, c := range cs {
		if c.Class == "P" && isOwn[i] {
			if own == nil {
				own = map[string]int64{}
			}
			n := max(c.Population, 1)
			anywhere = max(anywhere, n)
			if c.Code == "PPLC" || c.Code == "PPLA" {
				n = seat
			}
			own[c.CountryCode] = max(own[c.CountryCode], n)
		}
	}
	if own == nil {
		return cs
	}
	// cs is the gazetteer's, shared with later lookups of the name: the
	// kept candidates go to a list of their own.
	out := make([]gaz.Place, 0, len(cs))
	for i, c := range cs {
		keep := isOwn[i] || isCountry(c) || c.Code == "ADM1"
		if !keep {
			if top, rival := own[c.CountryCode]; rival {
				keep = c.Population > ownNameRatio*top
			} else {
				keep = c.Population > exonymRatio*anywhere
			}
		}
		if keep {
			out = append(out, c)
		}
	}
	return out
}
