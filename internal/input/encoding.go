package input

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names as Document.Encoding reports them.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF16LE = "utf-16le"
	EncodingUTF16BE = "utf-16be"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// ErrUnknownEncoding is returned by LookupEncoding for a name that neither
// the WHATWG nor the IANA list knows.
var ErrUnknownEncoding = errors.New("unknown encoding")

// EncodingError reports bytes that are not valid in the encoding they were
// read as: invalid UTF-8 when no encoding was named.
type EncodingError struct {
	// Offset is the byte offset of the first bad byte in the file.
	Offset int
	// Likely names the encoding the bytes look like ("windows-1252",
	// "utf-16le"), or is empty when there is no good guess.
	Likely string
	// Named is the encoding that was asked for with Options.Encoding, or
	// empty for the default UTF-8.
	Named string
}

func (e *EncodingError) Error() string {
	if e.Named != "" {
		if e.Offset < 0 {
			return fmt.Sprintf("the file is not valid %s", e.Named)
		}
		return fmt.Sprintf("invalid %s at byte %d", e.Named, e.Offset)
	}
	msg := fmt.Sprintf("invalid UTF-8 at byte %d", e.Offset)
	if e.Likely == "" {
		return msg + ": the file is not UTF-8 text; if it is text in another encoding, name it with --encoding"
	}
	return fmt.Sprintf("%s: the file looks like %s; read it with --encoding %s (or convert it: iconv -f %s -t UTF-8)",
		msg, e.Likely, e.Likely, strings.ToUpper(e.Likely))
}

// LookupEncoding finds an encoding by any of its WHATWG or IANA names
// ("latin1", "windows-1252", "ISO-8859-15", "utf-16le") and returns it with
// its canonical name.
func LookupEncoding(name string) (encoding.Encoding, string, error) {
	if e, err := htmlindex.Get(name); err == nil {
		canon, _ := htmlindex.Name(e)
		return e, canon, nil
	}
	if e, err := ianaindex.IANA.Encoding(name); err == nil && e != nil {
		canon, _ := ianaindex.IANA.Name(e)
		return e, strings.ToLower(canon), nil
	}
	return nil, "", fmt.Errorf("%w %q", ErrUnknownEncoding, name)
}

// decode returns data as UTF-8 text and the name of the encoding it was
// read in. A UTF-8 file is returned as it is, byte-order mark included, so
// that offsets into the text are offsets into the file; any other encoding
// is converted and its byte-order mark dropped. named, when not empty,
// forces that encoding.
func decode(data []byte, named string) (string, string, error) {
	if named != "" {
		return decodeNamed(data, named)
	}
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		if !utf8.Valid(data) {
			return "", "", &EncodingError{Offset: firstInvalid(data)}
		}
		return string(data), EncodingUTF8, nil
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeWith(data, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), EncodingUTF16LE)
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeWith(data, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), EncodingUTF16BE)
	}
	if name := utf16WithoutBOM(data); name != "" {
		return "", "", &EncodingError{Offset: bytes.IndexByte(data, 0), Likely: name}
	}
	if utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		// NUL bytes that are not UTF-16 make a binary file, which the
		// extractor refuses as such.
		return string(data), EncodingUTF8, nil
	}
	return "", "", &EncodingError{Offset: firstInvalid(data), Likely: guessSingleByte(data)}
}

// decodeNamed reads data in the named encoding.
func decodeNamed(data []byte, named string) (string, string, error) {
	enc, canon, err := LookupEncoding(named)
	if err != nil {
		return "", "", err
	}
	if canon == EncodingUTF8 {
		if !utf8.Valid(data) {
			return "", "", &EncodingError{Offset: firstInvalid(data), Named: canon}
		}
		return string(data), canon, nil
	}
	if canon == EncodingUTF16LE || canon == EncodingUTF16BE {
		// The WHATWG UTF-16 decoders ignore a byte-order mark that
		// contradicts them; a file with one is read by the mark.
		if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
			return decode(data, "")
		}
	}
	return decodeWith(data, enc, canon)
}

// decodeWith converts data to UTF-8 with enc, refusing bytes enc cannot
// decode rather than replacing them.
func decodeWith(data []byte, enc encoding.Encoding, name string) (string, string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", &EncodingError{Offset: -1, Named: name}
	}
	out = bytes.TrimPrefix(out, bomUTF8)
	if (name == EncodingUTF16LE || name == EncodingUTF16BE) && bytes.ContainsRune(out, utf8.RuneError) {
		// The decoder replaced a lone surrogate or an odd last byte.
		return "", "", &EncodingError{Offset: -1, Named: name}
	}
	return string(out), name, nil
}

// utf16WithoutBOM names the UTF-16 byte order of data that has no
// byte-order mark but NUL bytes in every other place, as ASCII text in
// UTF-16 has, or returns "".
func utf16WithoutBOM(data []byte) string {
	n := min(len(data), 512) &^ 1
	if n < 8 {
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*7 && even*10 < pairs:
		return EncodingUTF16LE
	case even*10 >= pairs*7 && odd*10 < pairs:
		return EncodingUTF16BE
	}
	return ""
}

// guessSingleByte names the single-byte encoding that text which is not
// UTF-8 most likely is in, or "". Western European text is mostly ASCII
// letters with an accented one here and there; it is windows-1252 when it
// uses the bytes 0x80-0x9F for printable characters (curly quotes, dashes,
// the euro sign), as Windows does, else iso-8859-1. Text whose letters are
// mostly high bytes (Cyrillic, Greek, Asian encodings) gets no guess.
func guessSingleByte(data []byte) string {
	var ascii, high, c1 int
	for _, b := range data {
		switch {
		case b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z':
			ascii++
		case b >= 0x80 && b <= 0x9F:
			c1++
			high++
		case b >= 0xA0:
			high++
		}
	}
	switch {
	case high == 0 || high*4 > ascii:
		return ""
	case c1 > 0:
		return "windows-1252"
	}
	return "iso-8859-1"
}

// firstInvalid returns the offset of the first byte that is not valid
// UTF-8, or -1.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
