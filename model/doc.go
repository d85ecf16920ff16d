// Package model holds newsextract's output types: the public schema.
//
// Every type carries explicit snake_case json and yaml tags, so the keys are a
// contract rather than an accident of Go field names. New fields may be added
// in later versions; consumers should ignore keys they do not know.
//
// All offsets are UTF-8 byte offsets into the input text, end exclusive, so
// that input[start:end] equals the item's text.
//
// A field that takes one of a closed set of values has a string type with a
// named constant per value (PlaceType, DateType, DateMod, AgreementStatus,
// AgreementType, AffiliationType, RefDateSource). JSONSchema writes each
// set as an enum, and every list as an array that is always present:
// Result.Normalize makes the empty ones [] rather than null.
package model
