// Package geo is the offline geographic gazetteer: GeoNames countries,
// first-level divisions and populated places (cities500), with Natural Earth
// points and alternate names, embedded in the binary as places.bin.
//
// places.bin is generated, never edited: `go run ./scripts/gengeo` rebuilds
// it byte for byte from pinned inputs (see scripts/gengeo). Load parses it
// once per process; lookups go by folded name (see Fold), by GeoNames id, by
// ISO country code and by admin1 code. The data is GeoNames.org (CC BY 4.0)
// and Natural Earth (public domain); the NOTICE file carries the attribution.
package geo
