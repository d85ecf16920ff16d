// Package text analyzes an article's text for every later stage: it splits
// paragraphs and sentences, tokenizes with byte offsets and tags parts of
// speech (prose v3), and owns the casing and word-class helpers that the
// stages share, so no stage reaches into another for them.
package text
