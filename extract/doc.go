// Package extract is newsextract's library face: New builds an Extractor,
// Extract turns an article's text into a model.Result. An Extractor runs
// the engines under internal/ (text analysis, entity recognition, temporal
// tagging, events) and assembles their mentions into one record per person,
// place, organization and other named thing. It is safe for concurrent use
// and loads its models and lexicons once per process.
package extract
