package events

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/model"
)

// madeUpInput analyzes the made-up text built from n parts by part and
// gives every token starting with "Firm" a mention of an organization of
// its own.
func madeUpInput(t *testing.T, n int, part func(i int) string, sep string) Input {
	t.Helper()
	parts := make([]string, n)
	for i := range parts {
		parts[i] = part(i)
	}
	doc := analyze(t, strings.Join(parts, sep))
	var mentions []ner.Mention
	refs := map[int]model.Ref{}
	for i, tok := range doc.Tokens {
		if strings.HasPrefix(tok.Text, "Firm") {
			mentions = append(mentions, ner.Mention{Start: tok.Start, End: tok.End(), First: i, Last: i + 1, Label: ner.LabelORG})
			refs[tok.Start] = model.Ref{Name: tok.Text, Kind: model.KindOrganization, ID: "org-" + tok.Text}
		}
	}
	return Input{Doc: doc, Mentions: mentions, Refs: refsOf(refs)}
}

// firm returns a made-up one-word company name.
func firm(i int) string {
	return "Firm" + strconv.Itoa(i)
}

// stageTimes returns the fastest of several runs of the agreements stage
// on each of small and large, taken in turn so that a busy spell of the
// machine slows both, and the records of each.
func stageTimes(f *Finder, small, large Input) (ts, tl time.Duration, ns, nl int) {
	ts, tl = time.Duration(1<<62), time.Duration(1<<62)
	run := func(in Input, best *time.Duration, n *int) {
		runtime.GC()
		start := time.Now()
		*n = len(f.Agreements(in))
		*best = min(*best, time.Since(start))
	}
	for range 5 {
		run(small, &ts, &ns)
		run(large, &tl, &nl)
	}
	return ts, tl, ns, nl
}

// TestAgreementsLinear checks that the agreements stage takes about four
// times as long on an article four times as long: a quadratic stage takes
// sixteen times (measured 14 to 16 before the look-back bound and the
// per-sentence relative clauses), a linear one 4 to 6 on a loaded machine
// (a larger article fits the caches less well). The small article takes
// about 12 ms (2,000 parts; 500 parts took 3 ms, short enough that a
// loaded machine pushed the ratio past 10 while the rest of the suite
// ran), so that timer noise does not decide; the bound (10, raised from 8
// after runs at 9.4 on a machine loaded by other test packages) sits
// between the two.
func TestAgreementsLinear(t *testing.T) {
	f := newTestFinder(t)
	for _, tt := range []struct {
		name string
		part func(i int) string
		sep  string
	}{
		// Many sentences, each its own acquisition.
		{"sentences", func(i int) string {
			return firm(2*i) + " agreed to buy " + firm(2*i+1) + " , which makes tiles , for cash on Monday ."
		}, " "},
		// A pronoun subject and a later definite mention in each pair of
		// sentences.
		{"mentions", func(i int) string {
			return firm(2*i) + " said it agreed to buy " + firm(2*i+1) + " . Staff at " + firm(2*i+1) + " welcomed the deal ."
		}, " "},
		// One sentence of many clauses, each its own acquisition.
		{"clauses", func(i int) string {
			return firm(2*i) + " , which makes tiles , agreed to buy " + firm(2*i+1)
		}, " , and "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			const k = 2000
			small, large := madeUpInput(t, k, tt.part, tt.sep), madeUpInput(t, 4*k, tt.part, tt.sep)
			// A machine busy with other tests can slow the large run alone;
			// a stage that is quadratic is slow on every attempt.
			for attempt := 1; ; attempt++ {
				ts, tl, ns, nl := stageTimes(f, small, large)
				t.Logf("%d parts: %v, %d records; %d parts: %v, %d records", k, ts, ns, 4*k, tl, nl)
				if ns < k/2 || nl < 2*k {
					t.Fatalf("%d and %d records, want about %d and %d: the made-up text states no agreements", ns, nl, k, 4*k)
				}
				ratio := float64(tl) / float64(ts)
				if ratio <= 10 {
					break
				}
				if attempt == 3 {
					t.Errorf("4 times the text took %.1f times as long (%v and %v) on three attempts, want under 10: the stage is not linear", ratio, ts, tl)
					break
				}
			}
		})
	}
}
