package vocab

// Filter answers "surely not listed" for most words before a map lookup
// of a word list: a bit per (first byte, last byte, length) of the listed
// words, hashed into 4,096. A word the filter lets through may still be
// unlisted; a listed word always goes through. The stages ask a list of
// every token, and most tokens are in none.
type Filter [64]uint64

// filterKey is w's bit among the filter's 4,096.
func filterKey(w string) uint {
	return (uint(w[0])*31 + uint(w[len(w)-1])*7 + uint(len(w))) & 4095
}

// Add lets w through.
func (f *Filter) Add(w string) {
	if w != "" {
		k := filterKey(w)
		f[k>>6] |= 1 << (k & 63)
	}
}

// MayHold reports whether w may be listed: false only for a word never
// added ("" always passes, for a list that holds it).
func (f *Filter) MayHold(w string) bool {
	if w == "" {
		return true
	}
	k := filterKey(w)
	return f[k>>6]&(1<<(k&63)) != 0
}
