package quotes

import (
	"strings"
	"testing"
	"unsafe"
)

func TestQuotations(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each quotation's text, "+" before a continuation
	}{
		{"curly", "He said “yes, we will” today.", []string{"“yes, we will”"}},
		{"straight", `He said "yes, we will" today.`, []string{`"yes, we will"`}},
		{"NYT-style apostrophes", "He said ''yes, we will'' today.", []string{"''yes, we will''"}},
		{"mixed marks close", "“Immunity deals should not be required,\" he said.", []string{"“Immunity deals should not be required,\""}},
		{"a line break closes", "“Open to the end\nNext line.", []string{"“Open to the end"}},
		{"runs over paragraphs", "“First part.\n\n“Second part.”", []string{"“First part.", "+“Second part.”"}},
		{"single marks outside double ones", "Clinton Speaks ‘Directly To White People’ Today", []string{"‘Directly To White People’"}},
		{"apostrophes are no marks", "The voters’ choice isn’t Trump’s.", nil},
		{"single marks inside double ones stay inside", "“They call it ‘a deal’ now,” he said.", []string{"“They call it ‘a deal’ now,”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := quotations(tt.text)
			var got []string
			for i, q := range qs {
				s := tt.text[q.Start:q.End]
				if i > 0 && int(qs[i-1].next) == i {
					s = "+" + s
				}
				got = append(got, s)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("quotations = %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("quotation %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestQuoteLike(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"“Caesar Act”", false}, {"“Lies,”", true}, {"“No.”", true}, {"“we will not accept it”", true},
	} {
		q := quotations(c.text)[0]
		if got := q.quoteLike(c.text); got != c.want {
			t.Errorf("quoteLike(%s) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestQuotationsListSized: the list of quotations is made at its size, not
// grown: a run of straight marks is a quotation every two bytes.
func TestQuotationsListSized(t *testing.T) {
	text := strings.Repeat(`"`, 10_000) + "\n“a”"
	qs := quotations(text)
	if len(qs) != 5_001 || cap(qs) != len(qs) {
		t.Errorf("%d quotations in a list of %d", len(qs), cap(qs))
	}
	if n := unsafe.Sizeof(quotation{}); n > 24 {
		t.Errorf("a quotation takes %d bytes, want at most 24", n)
	}
}
