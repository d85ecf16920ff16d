package cmd

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// utf16LE encodes ASCII-only s as UTF-16LE with a byte-order mark, as
// Windows Notepad saves "Unicode".
func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

const tradeArticle = "Britain and France signed a trade agreement on Saturday night, Foreign Secretary David Lammy said in London.\n"

func TestInputsAndRefDates(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	utf16 := write("notepad.txt", utf16LE(tradeArticle))
	cp1252 := write("latin.txt", []byte("Syria\x92s minister met Fran\xe7ois Bayrou in Paris on Tuesday.\n"))
	md := write("post.md", []byte("# Talks in Paris\n\n**Ron Dermer** met officials in [Paris](https://example.com/paris) on *Tuesday*.\n"))
	dated := write("dated.txt", []byte("Trade pact signed\nPublished: 2024-05-18\n\n"+tradeArticle))
	wire := write("wire.txt", []byte("LONDON, Aug 20 (Reuters) - "+tradeArticle))
	undated := write("undated.txt", []byte(tradeArticle))
	jsonl := write("records.jsonl", []byte(`{"id":"a","text":"Published: 2024-05-18\n\nTalks ended on Saturday.","ref_date":"2023-01-02"}`+"\n"+`{"id":"b","text":"Published: 2024-05-18\n\nTalks ended on Saturday."}`+"\n"))

	tests := []struct {
		name    string
		args    []string
		exit    int
		stderr  string // a part of the messages
		refDate string // value/from of every result's ref_date, "" for null
		check   func(t *testing.T, r model.Result)
	}{
		{name: "utf-16 with a BOM is read", args: []string{utf16}, refDate: "",
			check: func(t *testing.T, r model.Result) {
				if r.Source.Encoding != "utf-16le" || len(r.People) != 1 || r.People[0].Name != "David Lammy" {
					t.Errorf("source %+v, people %+v", r.Source, r.People)
				}
			}},
		{name: "windows-1252 is an error naming the fix", args: []string{cp1252}, exit: 1, stderr: "looks like windows-1252; read it with --encoding windows-1252"},
		{name: "--encoding reads it", args: []string{"--encoding", "windows-1252", "--emit-text", cp1252},
			check: func(t *testing.T, r model.Result) {
				if r.Source.Encoding != "windows-1252" || !strings.Contains(r.Text, "Syria’s minister met François Bayrou") {
					t.Errorf("source %+v, text %q", r.Source, r.Text)
				}
			}},
		{name: "unknown --encoding is a usage error", args: []string{"--encoding", "klingon-8", cp1252}, exit: 2, stderr: `invalid --encoding "klingon-8"`},
		{name: "--encoding with JSON Lines is a usage error", args: []string{"--encoding", "windows-1252", "--input", "jsonl", cp1252}, exit: 2, stderr: "JSON Lines is read as UTF-8"},
		{name: "--encoding with a .jsonl file is a usage error", args: []string{"--encoding", "windows-1252", "stream.jsonl"}, exit: 2, stderr: "JSON Lines is read as UTF-8"},
		{name: "markdown markup leaves no trace in names", args: []string{md},
			check: func(t *testing.T, r model.Result) {
				if r.Source.Kind != "markdown" || len(r.People) != 1 || r.People[0].Name != "Ron Dermer" {
					t.Errorf("source %+v, people %+v", r.Source, r.People)
				}
				for _, p := range r.Places {
					if strings.ContainsAny(p.Name, "[]()*#") {
						t.Errorf("place %q keeps markup", p.Name)
					}
				}
			}},
		{name: "--ref-date is only the fallback", args: []string{"--ref-date", "2025-08-20", dated}, refDate: "2024-05-18/dateline",
			check: func(t *testing.T, r model.Result) {
				for _, d := range r.Dates {
					if d.Text == "Saturday night" && !strings.HasPrefix(d.Value, "2024-05-18") {
						t.Errorf("Saturday night = %s, want the article's own Saturday", d.Value)
					}
				}
			}},
		{name: "--ref-date-override forces", args: []string{"--ref-date", "2025-01-01", "--ref-date-override", "2025-08-20", dated}, refDate: "2025-08-20/flag"},
		{name: "the fallback dates an undated article", args: []string{"--ref-date", "2025-08-20", undated}, refDate: "2025-08-20/flag"},
		{name: "a yearless wire dateline takes the year that puts it on or before the fallback", args: []string{"--ref-date", "2024-09-05", wire}, refDate: "2024-08-20/dateline",
			check: func(t *testing.T, r model.Result) {
				for _, p := range r.People {
					if p.Name == "Reuters" || strings.EqualFold(p.Name, "London") {
						t.Errorf("the dateline's %q is a person", p.Name)
					}
				}
				for _, a := range r.Agreements {
					for _, p := range a.Parties {
						if p.Name == "London" || p.Name == "Reuters" {
							t.Errorf("the dateline's %q is a party", p.Name)
						}
					}
				}
			}},
		{name: "a record's ref_date beats the override; the fallback loses to the dateline", args: []string{"-f", "jsonl", "--ref-date-override", "2025-08-20", jsonl},
			check: func(t *testing.T, r model.Result) {
				want := map[string]string{"a": "2023-01-02/input", "b": "2025-08-20/flag"}[r.ID]
				if got := refString(r.RefDate); got != want {
					t.Errorf("record %s: ref_date %s, want %s", r.ID, got, want)
				}
			}},
		{name: "records: the fallback loses to the dateline", args: []string{"-f", "jsonl", "--ref-date", "2025-08-20", jsonl},
			check: func(t *testing.T, r model.Result) {
				want := map[string]string{"a": "2023-01-02/input", "b": "2024-05-18/dateline"}[r.ID]
				if got := refString(r.RefDate); got != want {
					t.Errorf("record %s: ref_date %s, want %s", r.ID, got, want)
				}
			}},
		{name: "invalid --ref-date-override", args: []string{"--ref-date-override", "2025-02-30", undated}, exit: 2, stderr: "invalid --ref-date-override"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := tt.args
			if args[0] != "-f" {
				args = append([]string{"-f", "jsonl"}, args...)
			}
			code := Execute(context.Background(), args, strings.NewReader(""), &out, &errOut)
			if code != tt.exit {
				t.Fatalf("exit %d, want %d: %s", code, tt.exit, errOut.String())
			}
			if !strings.Contains(errOut.String(), tt.stderr) {
				t.Errorf("stderr %q does not say %q", errOut.String(), tt.stderr)
			}
			for line := range bytes.Lines(out.Bytes()) {
				var r model.Result
				if err := json.Unmarshal(line, &r); err != nil {
					t.Fatal(err)
				}
				if tt.check == nil || tt.refDate != "" {
					if got := refString(r.RefDate); got != tt.refDate {
						t.Errorf("ref_date %s, want %s", got, tt.refDate)
					}
				}
				if tt.check != nil {
					tt.check(t, r)
				}
			}
		})
	}
}

func refString(r *model.RefDate) string {
	if r == nil {
		return ""
	}
	return r.Value + "/" + string(r.From)
}
