// Package text analyzes an article's text for every later stage: it splits
// paragraphs and sentences (as prose v3's segmenter does, with a splitter
// of its own over byte offsets, sentences.go), tokenizes with byte
// offsets and tags parts of speech (the same tokens and tags as prose v3,
// with code of its own that is linear on any input and looks the tagger's
// features up by hash; two deliberate differences: a sentence's full stop
// that prose glues to a short capitalized last word, "Sea.", is a token of
// its own, fullstop.go, and so is a dash written without spaces,
// "KYIV—Officials", dashes.go), and owns the casing and word-class helpers that
// the stages share, so no stage reaches into another for them.
package text
