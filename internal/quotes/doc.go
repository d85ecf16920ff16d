// Package quotes finds attributed statements in an article: direct quotes
// (inside quotation marks, also when broken by their attribution or run
// over several paragraphs), mixed ones (reported speech with quoted words)
// and indirect ones ("X said (that) ...", "according to X, ...", "...,
// X told Reuters."), each with its content, its cue (the verb or phrase
// that attributes it) and the mention of its speaker (a name, a title, a
// description or a pronoun).
//
// It reads the tokens, parts of speech and sentences of internal/text and
// knows nothing of entity records: linking a speaker to a person or
// organization is the assembler's work. Its vocabularies (verbs of saying
// and believing, verbs that take an addressee, title nouns, pronouns) are
// embedded word lists under words/, parsed once by New.
package quotes
