package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// page wraps a head and an article body in a page with enough text for
// readability to find its content.
func page(head, body string) []byte {
	para := "<p>Ministers from both countries met in Paris on Tuesday to discuss the border, officials said, and agreed to meet again next month in Rome.</p>"
	return []byte("<!doctype html><html><head>" + head + "</head><body><article>" + body + strings.Repeat(para, 3) + "</article></body></html>")
}

func TestHTMLMetadata(t *testing.T) {
	tests := []struct {
		name           string
		html           []byte
		published, src string
		url            string
	}{
		{"open graph published_time", page(`<meta property="article:published_time" content="2024-05-18T21:05:41Z">`, ""), "2024-05-18", FromPublishedTime, ""},
		{"json-ld", page(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-04T14:12:00Z"}</script>`, ""), "2025-03-04", FromDatePublished, ""},
		{"json-ld in a graph", page(`<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-11-07"}]}</script>`, ""), "2024-11-07", FromDatePublished, ""},
		{"json-ld list", page(`<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"datePublished":"2023-01-02T00:00:00+01:00"}]</script>`, ""), "2023-01-02", FromDatePublished, ""},
		{"microdata", page(`<meta itemprop="datePublished" content="2022-02-03">`, ""), "2022-02-03", FromDatePublished, ""},
		{"time element", page("", `<time datetime="2025-06-11T09:30:00+02:00">June 11</time>`), "2025-06-11", FromTimeElement, ""},
		{"the page's local date, not UTC's", page(`<meta property="article:published_time" content="2023-09-26T21:45:00-05:00">`, ""), "2023-09-26", FromPublishedTime, ""},
		{"meta beats json-ld", page(`<meta property="article:published_time" content="2024-01-01"><script type="application/ld+json">{"datePublished":"2024-02-02"}</script>`, ""), "2024-01-01", FromPublishedTime, ""},
		{"a comment's time is not the article's", page("", `<div class="comment"><time datetime="2020-01-01">x</time></div>`), "", "", ""},
		{"an impossible date is skipped for the next source", page(`<meta property="article:published_time" content="0000-00-00 00:00:00"><script type="application/ld+json">{"datePublished":"2025-02-30T10:00:00Z"}</script>`, `<time datetime="2024-04-05">x</time>`), "2024-04-05", FromTimeElement, ""},
		{"a zero date is none", page(`<meta property="article:published_time" content="0001-01-01T00:00:00Z">`, ""), "", "", ""},
		{"broken json-ld", page(`<script type="application/ld+json">{"datePublished": </script>`, ""), "", "", ""},
		{"canonical", page(`<link rel="canonical" href="https://e.example/a"><meta property="og:url" content="https://e.example/b">`, ""), "", "", "https://e.example/a"},
		{"og:url", page(`<meta property="og:url" content="https://e.example/b">`, ""), "", "", "https://e.example/b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Read(tt.html, Options{Kind: KindHTML})
			if err != nil {
				t.Fatal(err)
			}
			if d.Published != tt.published || d.PublishedFrom != tt.src || d.URL != tt.url {
				t.Errorf("got %q from %q, url %q; want %q from %q, url %q", d.Published, d.PublishedFrom, d.URL, tt.published, tt.src, tt.url)
			}
		})
	}
}

func TestHTMLDecoding(t *testing.T) {
	latin := page(`<meta charset="windows-1252"><title>Talks</title>`, "<p>Syria\x92s minister met Fran\xe7ois Bayrou.</p>")
	d, err := Read(latin, Options{Kind: KindHTML})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "Syria’s minister met François Bayrou.") || d.Encoding != "windows-1252" {
		t.Errorf("declared charset not used: %s %q", d.Encoding, d.Text)
	}
	if _, err := Read([]byte("<p>Fran\xe7ois</p>"), Options{Kind: KindHTML}); err == nil {
		t.Error("undeclared Latin-1 page read without an error")
	}
	d, err = Read(append([]byte("\uFEFF"), page("<title>Talks</title>", "")...), Options{Kind: KindHTML})
	if err != nil || strings.HasPrefix(d.Text, "\uFEFF") {
		t.Errorf("a UTF-8 page with a BOM: %v %q", err, d.Text[:10])
	}
	d, err = Read(page("<title>Talks</title>", "<p>ADVERTISEMENT</p>"), Options{Kind: KindHTML})
	if err != nil || strings.Contains(d.Text, "ADVERTISEMENT") {
		t.Errorf("a bare ad label is kept: %v %q", err, d.Text)
	}
	if _, err := Read([]byte("<html><head><title></title></head><body><div class=\"ad-slot\">Buy now</div></body></html>"), Options{Kind: KindHTML}); err != ErrNoContent {
		t.Errorf("a page with no article: err = %v, want ErrNoContent", err)
	}
	furniture := "<html><head><title>Breaking News</title></head><body><nav><a href=/>Home</a><a href=/w>World</a></nav><div class=\"cookie\">We use cookies to improve your experience. Accept all cookies?</div><footer>Contact us. © 2025 Example Media</footer></body></html>"
	if _, err := Read([]byte(furniture), Options{Kind: KindHTML}); err != ErrNoContent {
		t.Errorf("a page of navigation and notices: err = %v, want ErrNoContent", err)
	}
}

// TestTestPages reads the five test pages: each keeps its article's
// paragraphs (its plain-text twin, line for line) and none of the
// navigation, related links, ads, comments or captions around them.
func TestTestPages(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/pages/*.html")
	if len(pages) != 5 {
		t.Fatalf("want the five test pages, found %d", len(pages))
	}
	furniture := []string{"Advertisement", "ADVERTISEMENT", "Related", "Most viewed", "Most read", "Recommended", "Comments", "says:", "Sign up", "Share", "Photograph", "Cookies", "All rights reserved", "Subscribe", "shake hands", "vessel leaves", "power the planned", "voted 6-1"}
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Read(data, Options{Kind: KindOf(p)})
			if err != nil {
				t.Fatal(err)
			}
			twin, err := os.ReadFile(strings.TrimSuffix(p, ".html") + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			for _, para := range strings.Split(strings.TrimSpace(string(twin)), "\n\n") {
				if !strings.Contains(d.Text, para) {
					t.Errorf("paragraph missing from the extracted text: %q", para)
				}
			}
			for _, f := range furniture {
				if strings.Contains(d.Text, f) {
					t.Errorf("page furniture %q kept in the extracted text", f)
				}
			}
			if d.Title == "" || d.URL == "" || d.Published == "" {
				t.Errorf("metadata missing: title %q, url %q, published %q", d.Title, d.URL, d.Published)
			}
			if strings.Contains(d.Title, "|") || strings.Contains(d.Title, " - ") {
				t.Errorf("title %q keeps the site's name", d.Title)
			}
		})
	}
}
