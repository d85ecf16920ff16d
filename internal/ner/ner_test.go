package ner

import (
	"crypto/sha256"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

func TestNERTagSetRoundTrip(t *testing.T) {
	spans := [][3]int{{0, 0, 2}, {1, 3, 4}, {3, 5, 8}}
	for _, scheme := range []int{SchemeBIO, SchemeBILOU} {
		ts := NewTagSet(scheme)
		tags := ts.Encode(9, spans)
		var names []string
		for _, tg := range tags {
			names = append(names, ts.name(int(tg)))
		}
		want := map[int]string{
			SchemeBIO:   "B-PER I-PER O B-LOC O B-MISC I-MISC I-MISC O",
			SchemeBILOU: "B-PER L-PER O U-LOC O B-MISC I-MISC L-MISC O",
		}[scheme]
		if got := strings.Join(names, " "); got != want {
			t.Errorf("scheme %d: encode = %q, want %q", scheme, got, want)
		}
		if got := ts.Decode(tags, 0, nil); !slices.Equal(got, spans) {
			t.Errorf("scheme %d: decode = %v, want %v", scheme, got, spans)
		}
	}
}

func TestNERTagSetAllowed(t *testing.T) {
	ts := NewTagSet(SchemeBILOU)
	bPER, iPER, lPER, uPER := ts.tag(0, partB), ts.tag(0, partI), ts.tag(0, partL), ts.tag(0, partU)
	iLOC := ts.tag(1, partI)
	tests := []struct {
		prev, cur int
		want      bool
	}{
		{-1, 0, true}, {-1, bPER, true}, {-1, iPER, false}, {-1, uPER, true},
		{bPER, iPER, true}, {bPER, lPER, true}, {bPER, 0, false}, {bPER, iLOC, false},
		{lPER, 0, true}, {lPER, iPER, false}, {uPER, bPER, true},
		{bPER, -1, false}, {lPER, -1, true}, {0, -1, true},
	}
	for _, tt := range tests {
		if got := ts.allowed(tt.prev, tt.cur); got != tt.want {
			t.Errorf("allowed(%s, %s) = %v, want %v", tagName(ts, tt.prev), tagName(ts, tt.cur), got, tt.want)
		}
	}
}

func tagName(ts TagSet, t int) string {
	if t < 0 {
		return "edge"
	}
	return ts.name(t)
}

func TestNERViterbiRespectsConstraints(t *testing.T) {
	ts := NewTagSet(SchemeBILOU)
	T := ts.N
	// Emissions favour I-PER everywhere, which is never valid on its own.
	emis := make([]float32, 3*T)
	for i := 0; i < 3; i++ {
		emis[i*T+ts.tag(0, partI)] = 5
		emis[i*T+ts.tag(0, partB)] = 1
		emis[i*T+ts.tag(0, partL)] = 1
	}
	out := make([]uint8, 3)
	Viterbi(ts, emis, make([]float32, T), make([]float32, T*T), make([]float32, T), &ViterbiScratch{}, out)
	var names []string
	for _, tg := range out {
		names = append(names, ts.name(int(tg)))
	}
	if got := strings.Join(names, " "); got != "B-PER I-PER L-PER" {
		t.Errorf("Viterbi = %q, want B-PER I-PER L-PER", got)
	}
}

func TestNERTokenFeatures(t *testing.T) {
	tests := []struct {
		text        string
		caps, start bool
		short       uint32
		flags       uint32
	}{
		{"Berlin", false, false, shortInitCap, flagInitCap | flagAlpha},
		{"NATO", false, false, shortAllCaps, flagInitCap | flagAllCaps | flagAlpha},
		{"U.S.", false, false, shortCapPeriod, flagInitCap | flagAllCaps | flagAlpha | flagHasPeriod},
		{"1996-08-22", false, false, shortDigit, flagHasDigit | flagHasHyphen},
		{"the", false, true, shortLower, flagAlpha | flagLower | flagSentStart},
		{"BERLIN", true, false, shortAllCaps, flagInitCap | flagAllCaps | flagAlpha | flagCapsSent},
		{",", false, false, shortPunct, 0},
	}
	for _, tt := range tests {
		var ti TokenInfo
		var sp spelling
		analyzeToken(&ti, &sp, tt.text, tt.caps, tt.start)
		if uint32(ti.short) != tt.short || uint32(ti.flags) != tt.flags {
			t.Errorf("%q: short=%d flags=%b, want short=%d flags=%b", tt.text, ti.short, ti.flags, tt.short, tt.flags)
		}
	}
	// Curly and straight apostrophes hash alike; a capitals sentence's word
	// feature is its lowercase form.
	var a, b, c, d TokenInfo
	var sp spelling
	analyzeToken(&a, &sp, "’s", false, false)
	analyzeToken(&b, &sp, "'s", false, false)
	analyzeToken(&c, &sp, "BERLIN", true, false)
	analyzeToken(&d, &sp, "berlin", false, false)
	if a.word != b.word || a.Lower != b.Lower {
		t.Error("curly apostrophe hashes differently from straight")
	}
	if c.word != d.word || c.Lower != d.Lower {
		t.Error("capitals sentence word does not hash as its lowercase form")
	}
}

func TestNERCapsSentence(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", true},
		{"BRUSSELS 1996-08-22", true},
		{"EU rejects German call to boycott British lamb .", false},
		{"1996-08-22", false},
	}
	for _, tt := range tests {
		var toks []text.Token
		for _, w := range strings.Fields(tt.text) {
			toks = append(toks, text.Token{Text: w})
		}
		if got := capsSentence(toks); got != tt.want {
			t.Errorf("capsSentence(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLetterCase(t *testing.T) {
	tests := []struct {
		s             string
		letter, lower bool
	}{
		{"", false, false},
		{"1996-08-22", false, false},
		{"NATO", true, false},
		{"iPhone", true, true},
		{"ÉTÉ", true, false},
		{"Été", true, true},
		{"A-é", true, true},
		{"Ω", true, false},
		{"ω", true, true},
		{"١٢٣", false, false},      // Arabic-Indic digits
		{"\xff\xfeA", true, false}, // invalid bytes, then a capital
		{"\xffa", true, true},
	}
	for _, tt := range tests {
		if l, lo := letterCase(tt.s); l != tt.letter || lo != tt.lower {
			t.Errorf("letterCase(%q) = %v, %v; want %v, %v", tt.s, l, lo, tt.letter, tt.lower)
		}
	}
}

// FuzzLetterCase checks the ASCII reading against the rune by rune one.
func FuzzLetterCase(f *testing.F) {
	for _, s := range []string{"", "ABC", "abc", "ÉTÉ", "Aé", "\xffa", "Z\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, lo := letterCase(s)
		wl, wlo := letterCaseRunes(s)
		if l != wl || lo != wlo {
			t.Errorf("letterCase(%q) = %v, %v; rune by rune %v, %v", s, l, lo, wl, wlo)
		}
	})
}

func TestRecognizerEmbeddedModel(t *testing.T) {
	t0 := time.Now()
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model loaded in %v (%d bytes embedded)", time.Since(t0), len(nerModel))
	a, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "Foreign Minister Jane Doe met German Chancellor Olaf Scholz in Berlin on Monday, the Reuters news agency said. " +
		"Syria’s government said on Tuesday that it would talk to the United Nations in Geneva."
	doc := a.Analyze(text)
	var got []string
	for _, m := range r.Recognize(doc) {
		got = append(got, m.Label+" "+text[m.Start:m.End])
	}
	want := []string{"PER Jane Doe", "MISC German", "PER Olaf Scholz", "LOC Berlin", "ORG Reuters",
		"LOC Syria", "ORG United Nations", "LOC Geneva"}
	if !slices.Equal(got, want) {
		t.Errorf("Recognize:\n got %q\nwant %q", got, want)
	}
}

// TestRecognizerLexiconUnchanged fails when the lexicon's files changed
// since the embedded model was trained: its gazetteer features would then
// fire differently from training, which costs accuracy silently.
func TestRecognizerLexiconUnchanged(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if r.set&FeatGazetteer == 0 {
		t.Skip("model has no gazetteer features")
	}
	fp, err := gazetteer.Fingerprint()
	if err != nil {
		t.Fatal(err)
	}
	if fp != r.lexiconFP {
		t.Errorf("internal/gazetteer/lexicon changed since internal/ner/model/ner.bin was trained; retrain it: " +
			"go run ./cmd/newsextract train (see internal/ner/model/README.md)")
	}
}

// TestEmbeddedModelChecksum checks that the embedded model is the one whose
// SHA-256 model/ner.bin.sha256 records (in sha256sum's format) and
// model/README.md quotes: whoever replaces ner.bin records what it is, and
// a rebuild can be compared with it.
func TestEmbeddedModelChecksum(t *testing.T) {
	recorded, err := os.ReadFile("model/ner.bin.sha256")
	if err != nil {
		t.Fatal(err)
	}
	want, name, _ := strings.Cut(strings.TrimSpace(string(recorded)), "  ")
	if name != "ner.bin" {
		t.Errorf("model/ner.bin.sha256 names %q, want ner.bin", name)
	}
	got := fmt.Sprintf("%x", sha256.Sum256(nerModel))
	if got != want {
		t.Errorf("embedded model has sha256 %s, model/ner.bin.sha256 records %s: "+
			"record the new model's checksum (cd internal/ner/model && sha256sum ner.bin > ner.bin.sha256) and README's", got, want)
	}
	readme, err := os.ReadFile("model/README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), got) {
		t.Errorf("model/README.md does not quote the embedded model's sha256 %s", got)
	}
}

func TestRecognizerEdgeCases(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	a, _ := text.Load()
	for _, text := range []string{"", "   ", ".", "Paris", "ANKARA 1996-08-22"} {
		doc := a.Analyze(text)
		ms := r.Recognize(doc)
		for i, m := range ms {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || (i > 0 && ms[i-1].End > m.Start) {
				t.Errorf("%q: bad mention %+v", text, m)
			}
		}
	}
}

func BenchmarkRecognize(b *testing.B) {
	r, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	a, _ := text.Load()
	doc := a.Analyze(benchArticle)
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		r.Recognize(doc)
	}
}

func BenchmarkLoadRecognizer(b *testing.B) {
	for b.Loop() {
		if _, err := Parse(nerModel); err != nil {
			b.Fatal(err)
		}
	}
}

// benchArticle is a made-up 2.7 KB news article.
var benchArticle = strings.Repeat("", 0) + `GENEVA (Reuters) - Foreign ministers from Iran, Russia and Turkey met in Geneva on Tuesday to discuss a new constitution for Syria, a step the United Nations hopes will lead to elections and an end to the eight-year war.
UN special envoy Geir Pedersen said the talks had been "constructive" and that the committee of 150 members would begin work on October 30. "It is a sign of hope for the Syrian people," he told reporters at the Palais des Nations.
Russian Foreign Minister Sergei Lavrov, Iran's Mohammad Javad Zarif and Turkey's Mevlut Cavusoglu issued a joint statement backing the process. The United States and the European Union, which have imposed sanctions on the government of President Bashar al-Assad, said they would watch closely.
"We are not there yet," said a senior State Department official, who spoke on condition of anonymity. Washington has long insisted that any settlement include the departure of Assad, a demand it has softened since 2017.
The committee includes 50 members chosen by the government in Damascus, 50 by the opposition Syrian Negotiations Commission and 50 by the United Nations from civil society. Its first session will be held in Geneva and chaired jointly by Ahmad Kuzbari and Hadi al-Bahra.
Fighting continued in the northwestern province of Idlib, where Syrian and Russian aircraft struck targets near the town of Maarat al-Numan, according to the Syrian Observatory for Human Rights, a British-based monitoring group. At least 12 civilians were killed, it said.
Turkey, which backs some rebel groups, has deployed troops at observation posts around Idlib under a 2018 agreement with Moscow. Ankara fears a new wave of refugees crossing its border; it already hosts 3.6 million Syrians.
Pedersen, a Norwegian diplomat who took over from Staffan de Mistura in January, has made the constitutional committee the centerpiece of his efforts. Diplomats said the next round could take place in November, after meetings in New York during the General Assembly.
Oil prices rose on Tuesday after Saudi Aramco said output would return to normal by the end of the month. Brent crude futures gained 1.2 percent to $64.10 a barrel in London, while U.S. West Texas Intermediate rose 0.9 percent.
Shares of Apple Inc and Microsoft Corp rose in New York trading after analysts at Goldman Sachs raised their price targets, citing strong demand for new devices in China and India.`

// TestPrepareInfosLeavesOrderSorted checks what Recognize relies on when it
// skips DocScratch's own sort: PrepareInfos leaves its order argument as
// the sort would.
func TestPrepareInfosLeavesOrderSorted(t *testing.T) {
	a, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	doc := a.Analyze(benchArticle)
	var order []int32
	infos := PrepareInfos(doc, nil, nil, &order)
	want := slices.Clone(order)
	sortByKey(want, infos)
	if len(order) != len(doc.Tokens) || !slices.Equal(order, want) {
		t.Fatalf("order after PrepareInfos is not sorted by key (%d of %d tokens)", len(order), len(doc.Tokens))
	}
}

// TestRecognizerPasses: documents taken through begin, first and finish a
// pass at a time get the mentions Recognize gives each of them alone (the
// passes keep each document's state in its own scratch), an empty
// document none.
func TestRecognizerPasses(t *testing.T) {
	r, a := loadRecognizer(t)
	texts := []string{
		"Jane Quorble of Acme Corp flew to Zedland on Monday.",
		"",
		"BERLIN, May 2 - The Quornish minister met Olaf Scholz. Scholz said talks with Quornland would go on.",
		"no names here at all.",
	}
	var docs []*text.Document
	var want [][]Mention
	for _, s := range texts {
		d := a.Analyze(s)
		docs = append(docs, d)
		want = append(want, r.Recognize(d))
	}
	ps := make([]pending, len(docs))
	for i, d := range docs {
		ps[i] = r.begin(d)
	}
	for i := range ps {
		r.first(&ps[i])
	}
	for i := range ps {
		got := r.finish(&ps[i])
		if !slices.Equal(got, want[i]) {
			t.Errorf("document %d: passes give %v, Recognize %v", i, got, want[i])
		}
	}
	if len(want[0]) == 0 || len(want[2]) == 0 {
		t.Fatalf("the test's documents should have mentions: %v", want)
	}
}

// TestSecondStageSumsLookedUpAgain checks that a document too long for the
// first stage to keep all its second-stage sums gets the same mentions: the
// second stage looks the base features of the others up again.
func TestSecondStageSumsLookedUpAgain(t *testing.T) {
	r, a := loadRecognizer(t)
	doc := a.Analyze("Talks between Syria and Israel opened in Paris on Tuesday, said John Smith of the United Nations.\n" +
		"SMITH TALKS IN PARIS\nSmith said the talks in Paris would go on. Mr. Quorble of Acme Corp. agreed with Smith.")
	want := r.Recognize(doc)
	defer func(n int) { maxKeptSums = n }(maxKeptSums)
	for _, kept := range []int{0, 5} {
		maxKeptSums = kept
		got := r.Recognize(doc)
		if !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("mentions with the sums of %d tokens kept %v, of all %v", kept, got, want)
		}
	}
}

// TestTokenInfoSize holds TokenInfo to the 32 bytes a token the recognizer
// keeps for every token of an article.
func TestTokenInfoSize(t *testing.T) {
	if n := unsafe.Sizeof(TokenInfo{}); n > 32 {
		t.Errorf("TokenInfo is %d bytes, want at most 32", n)
	}
}

// TestSumsMemo checks that the memo gives back the sums of the same
// feature list only, and forgets the oldest after memoSize lists.
func TestSumsMemo(t *testing.T) {
	var m sumsMemo
	m.reset(2)
	put := func(feats ...uint32) {
		f, e := m.next()
		f = append(f, feats...)
		if m.find(f) != nil {
			t.Fatalf("%v found before it was kept", feats)
		}
		e[0] = int32(feats[0])
		m.keep(f)
	}
	put(1, 2, 3)
	put(1, 2)
	put(1, 2, 4)
	if e := m.find([]uint32{1, 2}); e == nil || e[0] != 1 {
		t.Errorf("find(1 2) = %v", e)
	}
	if e := m.find([]uint32{1, 2, 3, 4}); e != nil {
		t.Errorf("find(1 2 3 4) = %v, want none", e)
	}
	for k := range memoSize {
		put(uint32(10 + k))
	}
	if e := m.find([]uint32{1, 2}); e != nil {
		t.Errorf("find(1 2) after %d others = %v, want none", memoSize, e)
	}
}

// TestPrepareInfosKeepsSpellings checks that the spellings prepareInfos
// keeps are spellingOf's, in capitals sentences, at sentence starts and
// for words with hyphens, digits and letters beyond ASCII, and that its
// TokenInfos are PrepareInfos'.
func TestPrepareInfosKeepsSpellings(t *testing.T) {
	a, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	doc := a.Analyze("QUORBLE WINS IN ZÜRICH\nThe well-known Café Quorble opened on 3 May 2024. Naïve U.S. buyers paid $1,200.")
	var order []int32
	want := PrepareInfos(doc, nil, nil, &order)
	var spells []spelling
	got := prepareInfos(doc, nil, nil, &order, &spells)
	if !slices.Equal(got, want) {
		t.Error("prepareInfos's TokenInfos are not PrepareInfos'")
	}
	if len(spells) != len(doc.Tokens) {
		t.Fatalf("%d spellings for %d tokens", len(spells), len(doc.Tokens))
	}
	for i, tk := range doc.Tokens {
		if spells[i] != spellingOf(tk.Text) {
			t.Errorf("token %d %q: kept spelling %+v, spellingOf %+v", i, tk.Text, spells[i], spellingOf(tk.Text))
		}
	}
}

// TestTouchRows checks that touchRows reads the first word of each found
// row, dense or sparse, the last row of either table too, and nothing of
// a sparse row of no weights (a slot value whose offset may be the end of
// the weights, which checkSlots lets through).
func TestTouchRows(t *testing.T) {
	r := &Recognizer{
		dense:   []uint64{1, 2, 4, 8, 16, 32},      // rows at 0, 2 and 4 (the last)
		weights: []uint32{64, 128, 256, 512, 1024}, // rows at 0 (1), 1 (3) and 4 (1, the last)
		dwords:  2,
	}
	sparse := func(off, n uint32) uint32 { return off<<slotShift | n }
	tests := []struct {
		name         string
		rows, sparse []uint32
		want         uint64
	}{
		{"none", nil, nil, 0},
		{"first dense", []uint32{0}, nil, 1},
		{"last dense", []uint32{4}, nil, 16},
		{"last sparse", nil, []uint32{sparse(4, 1)}, 1024},
		{"sparse of three", nil, []uint32{sparse(1, 3)}, 128},
		{"no weights at the end", nil, []uint32{sparse(5, 0)}, 0},
		{"all", []uint32{0, 2, 4}, []uint32{sparse(0, 1), sparse(1, 3), sparse(4, 1), sparse(5, 0)}, 1 ^ 4 ^ 16 ^ 64 ^ 128 ^ 1024},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.touchRows(tt.rows, tt.sparse); got != tt.want {
				t.Errorf("touchRows(%v, %v) = %d, want %d", tt.rows, tt.sparse, got, tt.want)
			}
		})
	}
}

// TestSpellingsAcrossPooledScratch checks that an article's mentions do
// not depend on the article the pooled scratch served before: a longer
// one whose kept spellings are left past the article's tokens, a shorter
// one whose kept spellings must not serve a longer article read while
// maxKeptSums keeps none.
func TestSpellingsAcrossPooledScratch(t *testing.T) {
	a, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	long := a.Analyze(strings.Repeat("Zürich-based Helvetix AG hired Ana Brevik-Olsen. ", 40) + "OSLO TALKS END\nThe talks ended.")
	short := a.Analyze("Marek Ostrowski of Kestrel Media met officials in Lagos on Monday.")
	fresh, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	want, wantLong := fresh.Recognize(short), fresh.Recognize(long)
	if len(want) == 0 || len(wantLong) == 0 {
		t.Fatal("the articles should have mentions")
	}
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { maxKeptSums = n }(maxKeptSums)
	for _, kept := range []int{maxKeptSums, 0, maxKeptSums} {
		maxKeptSums = kept
		if got := r.Recognize(long); !slices.Equal(got, wantLong) {
			t.Errorf("the long article, spellings of %d tokens kept: %v, want %v", kept, got, wantLong)
		}
		maxKeptSums = len(short.Tokens)
		if got := r.Recognize(short); !slices.Equal(got, want) {
			t.Errorf("after the long article (spellings of %d tokens kept): %v, want %v", kept, got, want)
		}
	}
}

// loadRecognizer loads the recognizer and the text analyzer it reads
// documents of, failing tb when either does not load.
func loadRecognizer(tb testing.TB) (*Recognizer, *text.Analyzer) {
	tb.Helper()
	r, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	a, err := text.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return r, a
}
