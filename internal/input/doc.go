// Package input turns the bytes of one input file into the UTF-8 article
// text the extractor reads, with what the file says about itself: it
// decodes the character encoding (UTF-8 with or without a byte-order mark
// and UTF-16 with one are read as they are; any other encoding must be
// named), takes the main content out of a web page with its title, canonical
// URL and publication date, and blanks Markdown markup so that names carry
// none of it.
//
// Read is the whole API: bytes, a file name and Options in, a Document out,
// or an *EncodingError for bytes that are not in the expected encoding.
package input
