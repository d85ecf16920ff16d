package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// TestPeopleLinear checks that the recognizer and the grouping of people
// take linear time on articles of many different names, the shape that
// made both quadratic (100k capitalized words took 10 s): each name was
// compared with every person before, and the recognizer looked for the
// copies of each name among all the words its first word. Grouping is
// timed from 100 KB: on 25 KB it takes about a millisecond, which a busy
// machine's noise can stretch tenfold.
func TestPeopleLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times made-up articles of up to 100 KB")
	}
	ex := newTestExtractor(t)
	// madeUpName is the i-th of 17,576 made-up surnames.
	madeUpName := func(i int) string {
		return fmt.Sprintf("Zed%c%c%c", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
	}
	type analyzed struct {
		doc      *text.Document
		mentions []ner.Mention
	}
	cache := map[string]analyzed{}
	article := func(sentence func(i int) string) func(n int) string {
		return func(n int) string {
			var b strings.Builder
			for i := 0; b.Len() < n; i++ {
				b.WriteString(sentence(i))
			}
			doc := ex.analyzer.Analyze(b.String())
			cache[b.String()] = analyzed{doc, ex.recognizer.Recognize(doc)}
			return b.String()
		}
	}
	for _, tt := range []struct {
		name  string
		input func(n int) string
	}{
		{"different names", article(func(i int) string { return "Mr " + madeUpName(i) + " said. " })},
		{"one first name", article(func(i int) string { return "John " + madeUpName(i) + " said. John said. " })},
	} {
		t.Run(tt.name+"/recognize", func(t *testing.T) {
			testcorpus.Linear(t, 25_000, tt.input, func(s string) { ex.recognizer.Recognize(cache[s].doc) }, 5*time.Second)
		})
		t.Run(tt.name+"/group", func(t *testing.T) {
			testcorpus.Linear(t, 100_000, tt.input, func(s string) { ex.clusterPeople(cache[s].doc, cache[s].mentions) }, 5*time.Second)
		})
	}
}

// TestAssemblyLinear checks that the assembly rules and the place resolver
// take linear time on shapes that made them cubic or quadratic: one long
// capitalized line (every run of a headline mention's words was looked up)
// and one long run of capitalized words that becomes one place mention
// (every prefix and suffix of its name was looked up), and one sentence of
// meeting words (each meeting scanned every mention of the article).
func TestAssemblyLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times made-up articles of up to 40 KB")
	}
	ex := newTestExtractor(t)
	repeat := func(unit string) func(n int) string {
		return func(n int) string { return strings.Repeat(unit, n/len(unit)+1) }
	}
	for _, tt := range []struct {
		name  string
		input func(n int) string
		size  int // of the small input; 0: 10,000 bytes
	}{
		{"one capitalized line", repeat("The "), 0},
		{"capitalized headline lines", repeat("Quorble Negotiators Agree To Hostage Deal Today\n"), 0},
		{"one long place name", repeat("Upper Quorble "), 0},
		{"a street in a long name", repeat("Quorble Street Road Avenue "), 0},
		{"meeting words in one sentence", repeat("Talks In Quorble "), 0},
		// Sizes where a quadratic grouping shows over the rest's time.
		{"organizations sharing first words", distinctOrgs, 100_000},
	} {
		t.Run(tt.name, func(t *testing.T) {
			size := tt.size
			if size == 0 {
				size = 10_000
			}
			testcorpus.Linear(t, size, tt.input, func(s string) {
				if _, err := ex.Extract(context.Background(), model.Article{Text: s}); err != nil {
					t.Fatal(err)
				}
			}, 10*time.Second)
		})
	}
}

// distinctOrgs writes sentences naming two organizations with a made-up
// town each, all different, all sharing their first words ("University of
// Qab", "University of Qac"): a short form was once looked for among every
// organization with the same first word, quadratic in their number.
func distinctOrgs(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		town := "Q" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26))
		b.WriteString("The University of " + town + " said the Council of " + town + " met on Monday. ")
	}
	return b.String()
}
