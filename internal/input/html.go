package input

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"sync"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrNoContent is returned for a web page in which no main content was
// found.
var ErrNoContent = errors.New("no article text found in the web page")

// Publication-date sources, as Document.PublishedFrom names them.
const (
	FromPublishedTime = "article:published_time" // Open Graph meta property
	FromDatePublished = "datePublished"          // JSON-LD or microdata
	FromTimeElement   = "time"                   // a <time datetime> element
)

// readHTML takes the main content out of a web page with readability
// (codeberg.org/readeck/go-readability, chosen over go-trafilatura on the
// test pages: see the README), and the page's own title, canonical URL and
// publication date. The text is the title, a blank line, and the content's
// paragraphs separated by blank lines.
func readHTML(data []byte, named string) (Document, error) {
	text, enc, err := decodeHTML(data, named)
	if err != nil {
		return Document{}, err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return Document{}, err
	}
	d := Document{Kind: KindHTML, Encoding: enc, URL: canonicalURL(doc)}
	d.Published, d.PublishedFrom = publishedDate(doc)
	dropClutter(doc)
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, nil)
	if err != nil || art.Node == nil {
		return Document{}, ErrNoContent
	}
	d.Title = strings.Join(strings.Fields(art.Title()), " ")
	body := strings.TrimSpace(blockText(art.Node))
	if !hasProse(body) {
		return Document{}, ErrNoContent // navigation, a cookie notice, a footer
	}
	if d.Title != "" && !strings.HasPrefix(body, d.Title) {
		body = d.Title + "\n\n" + body
	}
	d.Text = body + "\n"
	return d, nil
}

// minProseWords is how many words the longest sentence of a page's text
// needs for the text to be an article rather than page furniture.
const minProseWords = 10

// hasProse reports a text with a sentence of minProseWords words or more.
func hasProse(text string) bool {
	words := 0
	for _, w := range strings.Fields(text) {
		words++
		if words >= minProseWords {
			return true
		}
		if strings.ContainsAny(w[len(w)-1:], ".!?") {
			words = 0
		}
	}
	return false
}

// decodeHTML decodes a page: a byte-order mark or --encoding first, then
// UTF-8 when the bytes are valid UTF-8 (a saved page is re-encoded but
// often keeps its old <meta charset>), then the charset the page declares.
func decodeHTML(data []byte, named string) (string, string, error) {
	text, enc, err := decode(data, named)
	var encErr *EncodingError
	if err == nil || named != "" || !errors.As(err, &encErr) || encErr.Likely == EncodingUTF16LE || encErr.Likely == EncodingUTF16BE {
		return text, enc, err
	}
	if declared := declaredCharset(data); declared != "" {
		if e, canon, lerr := LookupEncoding(declared); lerr == nil && canon != EncodingUTF8 {
			return decodeWith(data, e, canon)
		}
	}
	return "", "", err
}

var metaCharset = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)`)
})

// declaredCharset returns the charset a page's <meta> declares in its first
// kilobytes, or "".
func declaredCharset(data []byte) string {
	if m := metaCharset().FindSubmatch(data[:min(len(data), 4096)]); m != nil {
		return string(m[1])
	}
	return ""
}

// canonicalURL returns the page's <link rel="canonical">, else its
// og:url, else "".
func canonicalURL(doc *html.Node) string {
	var canon, og string
	walk(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Link:
			if canon == "" && hasToken(attr(n, "rel"), "canonical") {
				canon = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Meta:
			if og == "" && attr(n, "property") == "og:url" {
				og = strings.TrimSpace(attr(n, "content"))
			}
		case atom.Body:
			return false
		}
		return true
	})
	if canon != "" {
		return canon
	}
	return og
}

// publishedDate returns the page's publication date as YYYY-MM-DD and the
// metadata it was read from: the article:published_time meta property,
// else a JSON-LD or microdata datePublished, else the first <time
// datetime> element. The date is the calendar date as the page writes it,
// in the page's own time zone.
func publishedDate(doc *html.Node) (string, string) {
	var meta, ld, micro, tm string
	walk(doc, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Meta:
			switch {
			case attr(n, "property") == "article:published_time" || attr(n, "name") == "article:published_time":
				meta = first(meta, dateOf(attr(n, "content")))
			case attr(n, "itemprop") == "datePublished":
				micro = first(micro, dateOf(attr(n, "content")))
			}
		case n.DataAtom == atom.Script && strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil:
			ld = first(ld, jsonLDDate(n.FirstChild.Data))
		case n.DataAtom == atom.Time:
			if attr(n, "itemprop") == "datePublished" {
				micro = first(micro, dateOf(attr(n, "datetime")))
			}
			if !insideClass(n, "comment") {
				tm = first(tm, dateOf(attr(n, "datetime")))
			}
		}
		return true
	})
	switch {
	case meta != "":
		return meta, FromPublishedTime
	case ld != "":
		return ld, FromDatePublished
	case micro != "":
		return micro, FromDatePublished
	case tm != "":
		return tm, FromTimeElement
	}
	return "", ""
}

// jsonLDDate finds the first datePublished in a JSON-LD block, however
// deeply it is nested (@graph, arrays).
func jsonLDDate(src string) string {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var find func(any) string
	find = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				if d := dateOf(s); d != "" {
					return d
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if d := find(x[k]); d != "" {
					return d
				}
			}
		case []any:
			for _, e := range x {
				if d := find(e); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v)
}

var isoDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2})`) })

// dateOf returns the YYYY-MM-DD date an ISO 8601 value starts with, or ""
// when there is none or it is no real day after year 1 ("0000-00-00",
// "2025-02-30", "0001-01-01", the zero values of content systems): such a
// date is skipped for the next source, never an error for the page.
func dateOf(s string) string {
	m := isoDate().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	t, err := time.Parse(time.DateOnly, m[1])
	if err != nil || t.Year() < 2 {
		return ""
	}
	return m[1]
}

func first(have, s string) string {
	if have != "" {
		return have
	}
	return s
}

// clutterClasses are class or id words of page furniture that readability
// keeps when it sits inside the article: captions, bylines, timestamps and
// advertisement labels. The headline, byline and date are in the metadata,
// and a caption repeats the story.
var clutterClasses = []string{"caption", "byline", "author", "timestamp", "dateline", "advert", "sponsor", "newsletter", "share", "social"}

// dropClutter removes page furniture from the tree before readability
// scores it: figure captions and elements whose class or id names
// clutter, and ad slots (a class word "ad" or "ads", or one starting with
// "ad-" or ending in "-ad").
func dropClutter(doc *html.Node) {
	var doomed []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom != atom.Body && n.DataAtom != atom.Html && isClutter(n) {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

func isClutter(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		if w == "ad" || w == "ads" || strings.HasPrefix(w, "ad-") || strings.HasPrefix(w, "ads-") || strings.HasSuffix(w, "-ad") || strings.HasSuffix(w, "-ads") {
			return true
		}
		for _, c := range clutterClasses {
			if strings.Contains(w, c) {
				return true
			}
		}
	}
	return false
}

// blockText renders the content as text: block elements become paragraphs
// separated by a blank line, <br> a line break, and runs of white space
// one space.
func blockText(root *html.Node) string {
	var b strings.Builder
	var inline bytes.Buffer
	flush := func() {
		s := strings.Join(strings.Fields(inline.String()), " ")
		inline.Reset()
		if s == "" || strings.EqualFold(s, "advertisement") {
			return // an ad slot's label, left where the ad was
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			inline.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg:
				return
			case atom.Br:
				inline.WriteString(" ")
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
		if block {
			flush()
		}
	}
	visit(root)
	flush()
	return b.String()
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Aside, atom.Header, atom.Footer,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li, atom.Blockquote,
		atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Figure, atom.Dl, atom.Dt, atom.Dd, atom.Hr:
		return true
	}
	return false
}

// walk visits n and its descendants in document order; fn returns false
// to skip a node's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, w := range strings.Fields(strings.ToLower(list)) {
		if w == tok {
			return true
		}
	}
	return false
}

// insideClass reports whether an ancestor of n has a class word containing
// word.
func insideClass(n *html.Node, word string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if strings.Contains(strings.ToLower(attr(p, "class")), word) {
			return true
		}
	}
	return false
}
