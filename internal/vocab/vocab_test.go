package vocab

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		min, max  int
		want      int    // entries
		wantError string // substring of the error, "" for none
	}{
		{"comments and blanks skipped", "# header\n\nalpha\n  \r\nbeta\r\n", 1, 1, 2, ""},
		{"two fields", "# h\na\tb\n", 2, 2, 1, ""},
		{"no header", "a\tb\n", 2, 2, 0, ":1: the first line must be a '# ' header"},
		{"too few fields", "# h\na\n", 2, 2, 0, ":2: 1 fields, want 2 to 2"},
		{"too many fields", "# h\na\tb\tc\n", 1, 2, 0, ":2: 3 fields"},
		{"empty field", "# h\na\t\n", 1, 2, 0, "empty field 2"},
		{"outer space", "# h\na \n", 1, 1, 0, "leading or trailing spaces"},
		{"doubled space", "# h\na  b\n", 1, 1, 0, "doubled spaces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("f.txt", tt.text, tt.min, tt.max)
			if tt.wantError != "" {
				var ve *Error
				if !errors.As(err, &ve) || !strings.Contains(err.Error(), tt.wantError) || !strings.HasPrefix(err.Error(), "f.txt:") {
					t.Fatalf("err = %v, want a vocab.Error containing %q", err, tt.wantError)
				}
				return
			}
			if err != nil || len(got) != tt.want {
				t.Fatalf("got %d entries, err %v; want %d", len(got), err, tt.want)
			}
		})
	}
}

func TestWordsAndPairs(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.txt":     {Data: []byte("# words\nprovince\nlocal time\n")},
		"upper.txt":  {Data: []byte("# h\nProvince\n")},
		"dup.txt":    {Data: []byte("# h\na\nb\na\n")},
		"pairs.tsv":  {Data: []byte("# pairs\njan\tjanuary\nfeb\tfebruary\n")},
		"dupkey.tsv": {Data: []byte("# h\njan\tjanuary\njan\tjune\n")},
	}
	w, err := Words(fsys, "ok.txt")
	if err != nil || !w["province"] || !w["local time"] || len(w) != 2 {
		t.Errorf("Words(ok.txt) = %v, %v", w, err)
	}
	if _, err := Words(fsys, "upper.txt"); err == nil || !strings.Contains(err.Error(), "not lower case") {
		t.Errorf("Words(upper.txt) err = %v", err)
	}
	if _, err := Words(fsys, "dup.txt"); err == nil || !strings.Contains(err.Error(), "dup.txt:4: \"a\" already listed on line 2") {
		t.Errorf("Words(dup.txt) err = %v", err)
	}
	p, err := Pairs(fsys, "pairs.tsv")
	if err != nil || p["feb"] != "february" || len(p) != 2 {
		t.Errorf("Pairs(pairs.tsv) = %v, %v", p, err)
	}
	if _, err := Pairs(fsys, "dupkey.tsv"); err == nil || !strings.Contains(err.Error(), "dupkey.tsv:3: \"jan\" already listed on line 2") {
		t.Errorf("Pairs(dupkey.tsv) err = %v, want the repeated key and its first line", err)
	}
	if _, err := Words(fsys, "missing.txt"); err == nil {
		t.Error("Words(missing.txt): want an error")
	}
}

// TestEach checks that Each gives Parse's entries in order, stops at fn's
// error, and refuses a line of more fields than it holds.
func TestEach(t *testing.T) {
	text := "# h\na\tb\n\n# note\nc\r\nd\te\tf\n"
	want, err := Parse("t.txt", text, 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	var got []Line
	err = Each("t.txt", text, 1, 3, func(n int, fields []string) error {
		got = append(got, Line{N: n, Fields: slices.Clone(fields)})
		return nil
	})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Each = %v, %v; Parse = %v", got, err, want)
	}
	stop := errors.New("stop")
	calls := 0
	err = Each("t.txt", text, 1, 3, func(int, []string) error { calls++; return stop })
	if err != stop || calls != 1 {
		t.Errorf("Each with fn failing: %v after %d calls, want fn's error after 1", err, calls)
	}
}

// TestParseManyFields checks that a line may have as many fields as
// maxFields allows, more than Each keeps in its first array, and no more.
func TestParseManyFields(t *testing.T) {
	long := "# h\n" + strings.Repeat("x\t", 16) + "x\n"
	lines, err := Parse("t.txt", long, 1, 20)
	if err != nil || len(lines) != 1 || len(lines[0].Fields) != 17 {
		t.Errorf("Parse of a line of 17 fields, up to 20 allowed: %v, %v", lines, err)
	}
	if _, err := Parse("t.txt", long, 1, 16); err == nil || !strings.Contains(err.Error(), "t.txt:2: 17 fields, want 1 to 16") {
		t.Errorf("Parse of a line of 17 fields, up to 16 allowed: %v, want an error", err)
	}
	huge := "# h\n" + strings.Repeat("x\t", 1<<16) + "x\n"
	if _, err := Parse("t.txt", huge, 1, 3); err == nil || !strings.Contains(err.Error(), "65537 fields") {
		t.Errorf("Parse of a line of 65,537 fields: %v, want an error", err)
	}
}

// FuzzParse: any text gives entries or a vocab.Error, never a panic, and
// every entry has clean fields.
func FuzzParse(f *testing.F) {
	f.Add("# h\na\tb\n", 1, 2)
	f.Add("x  y\r\n\n#\n", 1, 1)
	f.Fuzz(func(t *testing.T, text string, min, max int) {
		lines, err := Parse("fuzz.txt", text, min, max)
		if err != nil {
			var ve *Error
			if !errors.As(err, &ve) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		for _, ln := range lines {
			for _, f := range ln.Fields {
				if f == "" || f != strings.TrimSpace(f) || strings.Contains(f, "\t") {
					t.Fatalf("line %d: bad field %q", ln.N, f)
				}
			}
		}
	})
}
