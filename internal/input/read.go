package input

import (
	"path/filepath"
	"strings"
)

// Kind is the markup an input is written in.
type Kind string

// Input kinds.
const (
	KindText     Kind = "text"
	KindHTML     Kind = "html"
	KindMarkdown Kind = "markdown"
)

// KindOf returns the kind a file name's extension says: HTML for .html,
// .htm and .xhtml, Markdown for .md and .markdown, text otherwise.
func KindOf(name string) Kind {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return KindHTML
	case ".md", ".markdown":
		return KindMarkdown
	}
	return KindText
}

// Options say how to read an input.
type Options struct {
	// Kind is the input's markup; empty means KindText.
	Kind Kind
	// Encoding, when not empty, is the character encoding to read the bytes
	// in (any WHATWG or IANA name); empty means UTF-8, or UTF-16 when the
	// bytes start with its byte-order mark.
	Encoding string
}

// Document is an input read into article text.
type Document struct {
	// Text is the UTF-8 text to extract from; every offset in a result is
	// into it. For UTF-8 text and Markdown it is as long as the file, byte
	// for byte; for HTML it is the page's title and main content.
	Text string
	// Kind is the kind the input was read as.
	Kind Kind
	// Encoding is the encoding the bytes were read in ("utf-8",
	// "utf-16le", "windows-1252").
	Encoding string
	// Title is a web page's title, without the site's name where the page
	// marks it; empty for other kinds.
	Title string
	// URL is a web page's canonical URL (<link rel="canonical">, else
	// og:url), or empty.
	URL string
	// Published is a web page's publication date, YYYY-MM-DD, or empty.
	Published string
	// PublishedFrom names the metadata Published was read from:
	// FromPublishedTime, FromDatePublished or FromTimeElement.
	PublishedFrom string
}

// Read turns the bytes of one input into a Document. It returns an
// *EncodingError for bytes that are not valid in the encoding they are
// read in, ErrUnknownEncoding (wrapped) for an encoding name it does not
// know, and ErrNoContent for a web page with no article in it.
func Read(data []byte, opts Options) (Document, error) {
	switch opts.Kind {
	case KindHTML:
		return readHTML(data, opts.Encoding)
	case KindMarkdown:
		text, enc, err := decode(data, opts.Encoding)
		if err != nil {
			return Document{}, err
		}
		return Document{Text: blankMarkdown(text), Kind: KindMarkdown, Encoding: enc}, nil
	}
	text, enc, err := decode(data, opts.Encoding)
	if err != nil {
		return Document{}, err
	}
	return Document{Text: text, Kind: KindText, Encoding: enc}, nil
}
