package input

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestBlankMarkdown(t *testing.T) {
	tests := []struct {
		name, md, want string
	}{
		{"link", "Talks in [Paris](https://example.com/paris) ended.", "Talks in  Paris                             ended."},
		{"reference link", "Talks in [Paris][1] ended.", "Talks in  Paris     ended."},
		{"reference definition", "[1]: https://example.com/paris \"Paris\"", "                                      "},
		{"image", "![Ron Dermer at a podium](/img/d.jpg) Dermer spoke.", "                                      Dermer spoke."},
		{"strong and emphasis", "**Ron Dermer** met *Asaad al-Shaibani* and _Tom Barrack_.", "  Ron Dermer   met  Asaad al-Shaibani  and  Tom Barrack ."},
		{"underscores inside a word stay", "see snake_case_name", "see snake_case_name"},
		{"heading", "## Syria and Israel meet ##", "   Syria and Israel meet   "},
		{"setext rule", "Headline\n========", "Headline\n        "},
		{"list and quote", "- Paris\n> Dermer said so.\n1. Rome", "  Paris\n  Dermer said so.\n   Rome"},
		{"autolink and inline tag", "See <https://example.com> or <span class=\"x\">Rome</span>.", "See                       or                 Rome       ."},
		{"code span and strike", "`Paris` and ~~Rome~~", " Paris  and   Rome  "},
		{"escape", "5 \\* 3", "5  * 3"},
		{"no-break space entity", "Ron&nbsp;Dermer and Tom&#160;Barrack", "Ron      Dermer and Tom      Barrack"},
		{"table", "| Name | City |\n|---|---|\n| Dermer | Paris |", "  Name   City  \n         \n  Dermer   Paris  "},
		{"fence", "```\ncode\n```", "   \ncode\n   "},
		{"CRLF kept", "# Title\r\nText", "  Title\r\nText"},
		{"front matter", "---\ntitle: Talks\n---\nText", "   \n            \n   \nText"},
		{"front matter after a byte-order mark", "\ufeff---\ntitle: Talks\n---\nText", "      \n            \n   \nText"},
		{"a rule that opens no front matter", "Text\n---\nMore", "Text\n   \nMore"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := blankMarkdown(tt.md)
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if len(got) != len(tt.md) {
				t.Fatalf("length %d, want %d: offsets would move", len(got), len(tt.md))
			}
			for i := range got {
				if got[i] != tt.md[i] && got[i] != ' ' {
					t.Fatalf("byte %d changed to %q: only blanking is allowed", i, got[i])
				}
			}
		})
	}
}

func TestReadMarkdownKeepsWordsInPlace(t *testing.T) {
	md := "# Talks\n\n**Ron Dermer** met officials in [Paris](https://e.x/p).\n"
	d, err := Read([]byte(md), Options{Kind: KindMarkdown})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Ron Dermer", "Paris", "Talks"} {
		i := strings.Index(d.Text, name)
		if i < 0 || md[i:i+len(name)] != name {
			t.Errorf("%q is not at the same offset in the text and the file", name)
		}
	}
	if strings.ContainsAny(d.Text, "*[]()#") {
		t.Errorf("markup left in %q", d.Text)
	}
}

// FuzzBlankMarkdown checks the promises of blanking on any input: the text
// keeps its length, a byte either stays or becomes a space, and valid UTF-8
// stays valid (no character is cut in half).
func FuzzBlankMarkdown(f *testing.F) {
	for _, seed := range []string{"# T\n**a** [b](c) ![d](e) _f_ `g`", "---\nx: 1\n---\n", "| a | b |\n|---|---|", "\\*x\\*", "<a href=x>y</a>"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, md string) {
		got := blankMarkdown(md)
		if len(got) != len(md) {
			t.Fatalf("length %d, want %d", len(got), len(md))
		}
		for i := range got {
			if got[i] != md[i] && got[i] != ' ' {
				t.Fatalf("byte %d changed to %q", i, got[i])
			}
		}
		if utf8.ValidString(md) && !utf8.ValidString(got) {
			t.Fatalf("blanking cut a character: %q", got)
		}
	})
}
