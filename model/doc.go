// Package model holds newsextract's output types: the public schema.
//
// Every type carries explicit snake_case json and yaml tags, so the keys are a
// contract rather than an accident of Go field names. New fields may be added
// in later versions; consumers should ignore keys they do not know.
//
// All offsets are UTF-8 byte offsets into the input text, end exclusive, so
// that input[start:end] equals the item's text.
package model
