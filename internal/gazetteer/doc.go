// Package gazetteer holds the word lists every stage consults: countries
// and their aliases, demonyms, cities, regions, person titles and their
// modifiers, given names, organization words and names, and name
// particles. The lists are embedded text files under lexicon/, each with a
// header saying what it holds. Load reads them in place once per process,
// through two hash indexes generated from them and committed (phrases.go,
// names.go); the package's tests check every line and rebuild the indexes.
package gazetteer
