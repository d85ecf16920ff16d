package text

// A Token keeps its part-of-speech tag as a byte, a code into posNames,
// rather than as a string (16 bytes): a long article of a token per byte
// pays for every byte of a Token per byte of text.

// posNames are the tags a token may carry, by code: 0 is no tag; then the
// classes of prose's English model (newTagger maps each onto its code and
// fails on a class missing here); then the tags prose's tagger gives
// without the model.
var posNames = [...]string{
	"",
	"EX", "NNPS", "WP$", "TO", ":", "FW", "JJR", "$", "VBN", "CC", "#", "NNP", "VBZ", "VBD", "POS",
	"RB", "CD", "NN", "JJ", "RBS", "MD", "VB", "``", ".", "RP", ")", ",", "(", "WRB", "RBR", "IN",
	"PRP$", "SYM", "DT", "VBP", "PDT", "LS", "JJS", "WDT", "UH", "VBG", "''", "NNS", "WP", "PRP",
	"-", "-NONE-",
}

// posOwnText is the code of a token tagged with its own text: prose's
// tagger tags a bracket token ("-LRB-", any "-XYZ-") so.
const posOwnText = 255

// posCode returns the code of tag name, or false if it has none.
func posCode(name string) (uint8, bool) {
	for i, n := range posNames {
		if n == name {
			return uint8(i), true
		}
	}
	return 0, false
}

// mustPOSCode is posCode for the names of posNames.
func mustPOSCode(name string) uint8 {
	c, ok := posCode(name)
	if !ok {
		panic("no part-of-speech code for " + name)
	}
	return c
}

// POS returns the token's Penn Treebank part-of-speech tag, from prose's
// English model.
func (t Token) POS() string {
	if t.pos == posOwnText {
		return t.Text
	}
	return posNames[t.pos]
}

// End returns the byte offset into the source just past the token.
func (t Token) End() int { return t.Start + len(t.Text) }

// The codes of the tags tagOne gives without the model.
var (
	posDash = mustPOSCode("-")
	posSYM  = mustPOSCode("SYM")
	posNN   = mustPOSCode("NN")
	posNone = mustPOSCode("-NONE-")
)
