package input

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 in the given byte order, with a BOM when
// bom is true.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecode(t *testing.T) {
	const article = "PARIS — Syria’s minister met Ron Dermer on Tuesday."
	tests := []struct {
		name     string
		data     []byte
		named    string
		want     string
		encoding string
		likely   string // for an *EncodingError: its Likely
	}{
		{"utf-8", []byte(article), "", article, "utf-8", ""},
		{"utf-8 with BOM kept, so offsets are file offsets", []byte("\uFEFF" + article), "", "\uFEFF" + article, "utf-8", ""},
		{"utf-16le with BOM", utf16Bytes(article, false, true), "", article, "utf-16le", ""},
		{"utf-16be with BOM", utf16Bytes(article, true, true), "", article, "utf-16be", ""},
		{"utf-16le without BOM", utf16Bytes(article, false, false), "", "", "", "utf-16le"},
		{"utf-16be without BOM", utf16Bytes(article, true, false), "", "", "", "utf-16be"},
		{"windows-1252 curly quotes", []byte("Syria\x92s minister said \x93yes\x94 to the plan."), "", "", "", "windows-1252"},
		{"latin-1 accents", []byte("Fran\xe7ois Bayrou met the mayor of S\xe8te."), "", "", "", "iso-8859-1"},
		{"binary: left for the extractor to refuse", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff"), "", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff", "utf-8", ""},
		{"mostly high bytes: no guess", []byte("\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0"), "", "", "", ""},
		{"named windows-1252", []byte("Syria\x92s minister"), "windows-1252", "Syria’s minister", "windows-1252", ""},
		{"named latin1 alias", []byte("Fran\xe7ois"), "latin1", "François", "windows-1252", ""},
		{"named IANA-only name", []byte("Fran\xe7ois"), "ISO-8859-15", "François", "iso-8859-15", ""},
		{"named utf-16le without BOM", utf16Bytes(article, false, false), "utf-16le", article, "utf-16le", ""},
		{"named utf-16le, BOM says big-endian", utf16Bytes(article, true, true), "utf-16le", article, "utf-16be", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := decode(tt.data, tt.named)
			if tt.want == "" {
				var ee *EncodingError
				if !errors.As(err, &ee) {
					t.Fatalf("err = %v, want an *EncodingError", err)
				}
				if ee.Likely != tt.likely {
					t.Errorf("Likely = %q, want %q (%v)", ee.Likely, tt.likely, err)
				}
				if tt.likely != "" && !strings.Contains(err.Error(), "--encoding "+tt.likely) {
					t.Errorf("message %q does not name the fix", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || enc != tt.encoding {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tt.want, tt.encoding)
			}
		})
	}
}

func TestEncodingErrorMessages(t *testing.T) {
	_, _, err := decode([]byte("Syria\x92s minister"), "")
	want := "invalid UTF-8 at byte 5: the file looks like windows-1252; read it with --encoding windows-1252 (or convert it: iconv -f WINDOWS-1252 -t UTF-8)"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	_, _, err = decode([]byte{0xFF, 0xFE, 0x00, 0xD8, 'x', 0}, "") // a lone high surrogate
	if err == nil || err.Error() != "the file is not valid utf-16le" {
		t.Errorf("lone surrogate: got %v", err)
	}
	if _, _, err := LookupEncoding("klingon-8"); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("unknown name: got %v", err)
	}
}
