package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseRecordURL: a JSON Lines record's "url" reaches the article, for
// the resolver's outlet rule; a record without one, or with a "url" that
// is not a string (another producer's shape), gives none and is not refused.
func TestParseRecordURL(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{`{"id": "a", "text": "In Dundalk.", "url": "https://www.example.ie/x"}`, "https://www.example.ie/x"},
		{`{"id": "b", "text": "In Dundalk."}`, ""},
		{`{"id": "c", "text": "In Dundalk.", "url": 5}`, ""},
		{`{"id": "d", "text": "In Dundalk.", "url": {"href": "https://www.example.ie/x"}}`, ""},
		{`{"id": "e", "text": "In Dundalk.", "url": null}`, ""},
	} {
		art, err := parseRecord([]byte(tc.line))
		if err != nil {
			t.Fatalf("%s: %v", tc.line, err)
		}
		if art.URL != tc.want {
			t.Errorf("%s: URL %q, want %q", tc.line, art.URL, tc.want)
		}
	}
}

// TestURLReachesResolver runs the whole command: the outlet's address, from
// a JSON Lines record or a web page's canonical link, puts a town the text
// leaves open in the outlet's country (Dundalk has namesakes in Ireland and
// in Maryland, the American one larger); without it, or with a "url" of
// another shape, population decides.
const dundalkText = "Police were called to a house in Dundalk on Sunday."

func TestURLReachesResolver(t *testing.T) {
	lines := []string{
		`{"id":"ie","text":"` + dundalkText + `","url":"https://www.example.ie/news/1"}`,
		`{"id":"none","text":"` + dundalkText + `"}`,
		`{"id":"number","text":"` + dundalkText + `","url":5}`,
	}
	out, errOut, code := run(t, strings.Join(lines, "\n")+"\n", "-q", "--input", "jsonl", "-f", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := map[string]string{"ie": "IE", "none": "US", "number": "US"}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		id, cc := placeCountry(t, line, "Dundalk")
		if want[id] != cc {
			t.Errorf("record %s: Dundalk in %q, want %q", id, cc, want[id])
		}
		delete(want, id)
	}
	if len(want) > 0 {
		t.Errorf("no result for %v", want)
	}

	page := filepath.Join(t.TempDir(), "page.html")
	html := `<html><head><title>Call-out</title><link rel="canonical" href="https://www.example.ie/news/2"></head>` +
		`<body><article><p>` + dundalkText + `</p></article></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code = run(t, "", "-q", "-f", "jsonl", page)
	if code != 0 {
		t.Fatalf("web page: exit %d: %s", code, errOut)
	}
	if _, cc := placeCountry(t, strings.TrimSpace(out), "Dundalk"); cc != "IE" {
		t.Errorf("web page with an .ie canonical link: Dundalk in %q, want IE", cc)
	}
}

// placeCountry returns a result line's id and the country code of its
// place named name.
func placeCountry(t *testing.T, line, name string) (id, cc string) {
	t.Helper()
	var r struct {
		ID     string `json:"id"`
		Places []struct {
			Name        string `json:"name"`
			CountryCode string `json:"country_code"`
		} `json:"places"`
	}
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		t.Fatalf("%v: %s", err, line)
	}
	for _, p := range r.Places {
		if p.Name == name {
			return r.ID, p.CountryCode
		}
	}
	return r.ID, ""
}
