package geo

import (
	gaz "github.com/newsextract/newsextract/internal/gazetteer/geo"
)

// continents are the GeoNames continents (feature code CONT), which the
// embedded gazetteer, built from countries, divisions and populated places,
// does not hold. Points are GeoNames'.
var continents = map[string]gaz.Place{
	"africa":        {ID: 6255146, Name: "Africa", Lat: 7.1881, Lon: 21.09375},
	"asia":          {ID: 6255147, Name: "Asia", Lat: 29.84064, Lon: 89.29688},
	"europe":        {ID: 6255148, Name: "Europe", Lat: 48.69096, Lon: 9.14062},
	"north america": {ID: 6255149, Name: "North America", Lat: 46.07323, Lon: -100.54688},
	"south america": {ID: 6255150, Name: "South America", Lat: -14.60485, Lon: -57.65625},
	"oceania":       {ID: 6255151, Name: "Oceania", Lat: -18.31281, Lon: 138.51562},
	"antarctica":    {ID: 6255152, Name: "Antarctica", Lat: -78.15856, Lon: 16.40626},
}

// continent returns the continent the name folds to.
func continent(name string) (gaz.Place, bool) {
	var key [64]byte
	c, ok := continents[string(gaz.AppendFold(key[:0], name))]
	if ok {
		c.HasPoint, c.Class, c.Code = true, "L", "CONT"
	}
	return c, ok
}
