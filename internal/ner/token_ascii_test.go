package ner

import (
	"math/rand/v2"
	"testing"

	"github.com/newsextract/newsextract/internal/testcorpus"
	"github.com/newsextract/newsextract/internal/text"
)

// sameScan reports whether scanASCII leaves the scan scanRunes leaves for
// ASCII token s, and that scanASCII turns any other token down.
func sameScan(t *testing.T, s string, capsSent bool) {
	t.Helper()
	byRunes, byBytes := newTokenScan(), newTokenScan()
	byRunes.scanRunes(s, capsSent)
	ascii := byBytes.scanASCII(s, capsSent)
	if ascii != isASCIIToken(s) {
		t.Fatalf("%q: scanASCII reported %v", s, ascii)
	}
	if ascii && byBytes != byRunes {
		t.Errorf("%q (capitals sentence %v): scanASCII gave %+v, scanRunes %+v", s, capsSent, byBytes, byRunes)
	}
}

func isASCIIToken(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestScanASCIIIsScanRunes checks the bytes' scan against the runes' over
// tokens of every shape: letters of both cases, digits, hyphens, periods,
// marks, one to twelve bytes, and tokens beyond ASCII.
func TestScanASCIIIsScanRunes(t *testing.T) {
	for _, s := range []string{"", "a", "A", "9", "-", ".", "U.S.", "1996-08-22", "Jean-Pierre", "e-mail",
		"--", "x-", "-x", "NATO", "McDonald's", "3rd", "a1B2", "Zürich", "’s", "co-op\u2014"} {
		sameScan(t, s, false)
		sameScan(t, s, true)
	}
	const alphabet = "aAzZmM09-.'\",;()$%&xX"
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		b := make([]byte, 1+rng.IntN(12))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		sameScan(t, string(b), rng.IntN(2) == 0)
	}
}

// TestScanASCIIOnDevelopmentTokens checks the two scans agree on every
// token of CoNLL-2003 dev.
func TestScanASCIIOnDevelopmentTokens(t *testing.T) {
	an, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range testcorpus.GoldRecords(t, "conll2003/conll2003-dev.jsonl") {
		for _, tok := range an.Analyze(rec.Text).Tokens {
			sameScan(t, tok.Text, false)
		}
	}
}

func FuzzScanASCII(f *testing.F) {
	for _, s := range []string{"U.S.", "Jean-Pierre", "1996-08-22", "Zürich", "a-b-c"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, capsSent bool) {
		sameScan(t, s, capsSent)
	})
}

// BenchmarkAnalyzeToken analyzes every token of CoNLL-2003 dev, spelling
// included, and reports tokens/s.
func BenchmarkAnalyzeToken(b *testing.B) {
	an, err := text.Load()
	if err != nil {
		b.Fatal(err)
	}
	var words []string
	for _, rec := range testcorpus.GoldRecords(b, "conll2003/conll2003-dev.jsonl") {
		for _, tok := range an.Analyze(rec.Text).Tokens {
			words = append(words, tok.Text)
		}
	}
	var ti TokenInfo
	var sp spelling
	b.ResetTimer()
	for b.Loop() {
		for k, w := range words {
			analyzeToken(&ti, &sp, w, false, k%20 == 0)
		}
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
