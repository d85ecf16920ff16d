package cmd

import (
	"bufio"
	"bytes"
	"testing"
)

// FuzzParseRecord: any line parses to an article or an error, never a
// panic, and a parsed article's ref date is valid or empty.
func FuzzParseRecord(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Talks ended.","ref_date":"2025-08-20"}`))
	f.Add([]byte(`{"id":1,"text":null}`))
	f.Add([]byte(`not json`))
	f.Add([]byte(`{"text":"x","dct":"2013-02-30"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		art, err := parseRecord(line)
		if err == nil && art.RefDate != "" && len(art.RefDate) != 10 {
			t.Fatalf("accepted ref date %q", art.RefDate)
		}
	})
}

// FuzzLineReader: lines come back whole or flagged too long, whatever the
// input, and together they account for every input line.
func FuzzLineReader(f *testing.F) {
	f.Add([]byte("a\nbb\n\nccc"), 2)
	f.Add([]byte("\r\n\r\n"), 1)
	f.Fuzz(func(t *testing.T, data []byte, max int) {
		if max < 1 || max > 1<<16 {
			return
		}
		lr := &lineReader{r: bufio.NewReaderSize(bytes.NewReader(data), 16), max: max}
		n := 0
		for {
			line, tooLong, err := lr.next()
			if err != nil {
				break
			}
			n++
			if tooLong && line != nil || !tooLong && len(line) > max {
				t.Fatalf("line %d: tooLong %v, %d bytes, max %d", n, tooLong, len(line), max)
			}
			if n > len(data)+1 {
				t.Fatal("more lines than bytes")
			}
		}
	})
}
