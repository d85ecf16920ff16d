package input

import (
	"regexp"
	"strings"
	"sync"
)

// Markdown is read by blanking its markup: every byte of a heading mark,
// list marker, emphasis, link target, image, inline tag or table rule
// becomes a space (a no-break space written as "&nbsp;" too), and the words
// stay where they are. Offsets into the text are then offsets into the
// file, so a span can be checked against the Markdown itself, and the
// sentence splitter still sees the lines. YAML front matter is blanked
// whole.

// markdownPatterns are the expressions that find Markdown's markup. They
// are compiled on the first Markdown file: a process reading text or JSON
// Lines never needs them, and compiling them was a tenth of a millisecond
// at every start.
type markdownPatterns struct {
	fence, heading, closing, rule, quote, list, refDef, tableRule,
	image, link, autolink, tag, nbsp *regexp.Regexp
}

var mdPatterns = sync.OnceValue(func() *markdownPatterns {
	return &markdownPatterns{
		fence:     regexp.MustCompile("^\\s{0,3}(```|~~~)"),
		heading:   regexp.MustCompile(`^\s{0,3}#{1,6}(\s|$)`),
		closing:   regexp.MustCompile(`\s#+\s*$`),
		rule:      regexp.MustCompile(`^\s{0,3}([-*_=])(\s*[-*_=]){2,}\s*$`),
		quote:     regexp.MustCompile(`^(\s{0,3}>)+\s?`),
		list:      regexp.MustCompile(`^\s*([-*+]|\d{1,9}[.)])\s+`),
		refDef:    regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`),
		tableRule: regexp.MustCompile(`^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$`),
		image:     regexp.MustCompile(`!\[[^\]]*\](\([^)]*\)|\[[^\]]*\])`),
		link:      regexp.MustCompile(`\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])`),
		autolink:  regexp.MustCompile(`<(https?://|mailto:)[^>\s]*>`),
		tag:       regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>`),
		nbsp:      regexp.MustCompile(`(?i)&(nbsp|#160|#xa0);`),
	}
})

// blankMarkdown returns md with its markup replaced by spaces, byte for
// byte, so that the result is as long as md and every word keeps its
// offset.
func blankMarkdown(md string) string {
	b := []byte(md)
	off := 0
	lines := strings.SplitAfter(md, "\n")
	front := frontMatterLines(lines)
	p := mdPatterns()
	for i, line := range lines {
		if i < front {
			blankLine(b[off : off+len(line)])
		} else {
			p.blankMarkup(b[off:off+len(line)], line)
		}
		off += len(line)
	}
	return string(b)
}

// frontMatterLines returns how many lines a YAML front matter block at the
// top takes ("---", "title: ...", "---"), or 0; a byte-order mark before
// it does not hide it. It is metadata, not prose.
func frontMatterLines(lines []string) int {
	if len(lines) == 0 || strings.TrimRight(strings.TrimPrefix(lines[0], "\ufeff"), "\r\n") != "---" {
		return 0
	}
	for i := 1; i < len(lines); i++ {
		if l := strings.TrimRight(lines[i], " \r\n"); l == "---" || l == "..." {
			return i + 1
		}
	}
	return 0
}

// blankLine turns every byte of a line but its line ending into a space.
func blankLine(b []byte) {
	for i := range b {
		if b[i] != '\n' && b[i] != '\r' {
			b[i] = ' '
		}
	}
}

// blankMarkup blanks the markup of one line; out is the line's bytes in the
// result, line its original text.
func (p *markdownPatterns) blankMarkup(out []byte, line string) {
	body := strings.TrimRight(line, "\r\n")
	blank := func(s, e int) {
		for i := s; i < e; i++ {
			out[i] = ' '
		}
	}
	if p.fence.MatchString(body) || p.rule.MatchString(body) || p.refDef.MatchString(body) || p.tableRule.MatchString(body) {
		blank(0, len(body))
		return
	}
	for _, re := range []*regexp.Regexp{p.quote, p.heading, p.list} {
		if loc := re.FindStringIndex(string(out[:len(body)])); loc != nil {
			blank(loc[0], loc[1])
		}
	}
	if p.heading.MatchString(body) {
		if loc := p.closing.FindStringIndex(body); loc != nil {
			blank(loc[0], loc[1])
		}
	}
	for _, loc := range p.image.FindAllStringIndex(body, -1) {
		blank(loc[0], loc[1])
	}
	cur := string(out[:len(body)])
	for _, m := range p.link.FindAllStringSubmatchIndex(cur, -1) {
		blank(m[0], m[2]) // "["
		blank(m[3], m[1]) // "](target)" or "][ref]"
	}
	for _, re := range []*regexp.Regexp{p.autolink, p.tag, p.nbsp} {
		for _, loc := range re.FindAllStringIndex(string(out[:len(body)]), -1) {
			blank(loc[0], loc[1])
		}
	}
	blankInline(out[:len(body)])
}

// blankInline blanks emphasis, strike-through, code marks, backslash
// escapes and table bars. An underscore inside a word (snake_case) is
// kept; asterisks and tildes are markup wherever they are.
func blankInline(b []byte) {
	isWord := func(i int) bool {
		if i < 0 || i >= len(b) {
			return false
		}
		c := b[i]
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
	}
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '*', '`', '|':
			b[i] = ' '
		case '~':
			if i+1 < len(b) && b[i+1] == '~' {
				b[i], b[i+1] = ' ', ' '
				i++
			}
		case '_':
			j := i
			for j < len(b) && b[j] == '_' {
				j++
			}
			if !isWord(i-1) || !isWord(j) {
				for k := i; k < j; k++ {
					b[k] = ' '
				}
			}
			i = j - 1
		case '\\':
			if i+1 < len(b) && strings.IndexByte("\\`*_{}[]()#+-.!|~<>", b[i+1]) >= 0 {
				b[i] = ' '
				i++
			}
		}
	}
}
