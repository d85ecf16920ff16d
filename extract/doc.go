// Package extract is newsextract's engine: it turns an article's text into a
// model.Result. Build one Extractor with New and share it; it is safe for
// concurrent use and loads its models and lexicons once per process.
package extract
