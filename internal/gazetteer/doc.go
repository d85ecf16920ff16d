// Package gazetteer holds the word lists every stage consults: countries
// and their aliases, demonyms, cities, regions, person titles and their
// modifiers, given names, organization words and names, and name
// particles. The lists are embedded text files under lexicon/, each with a
// header saying what it holds; Load parses them once per process, but for
// the long lists of names (brands, surnames), which are read in place
// through an index generated from them (names.go).
package gazetteer
