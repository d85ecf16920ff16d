package cmd

import "testing"

// TestParseRecordURL: a JSON Lines record's "url" reaches the article, for
// the resolver's outlet rule; a record without one gives none.
func TestParseRecordURL(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{`{"id": "a", "text": "In Dundalk.", "url": "https://www.example.ie/x"}`, "https://www.example.ie/x"},
		{`{"id": "b", "text": "In Dundalk."}`, ""},
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
