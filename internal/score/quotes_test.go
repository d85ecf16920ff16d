package score

import "testing"

func TestQuoteScores(t *testing.T) {
	text := "Smith said taxes would rise.\n\n“We are ready,” she added. “Nothing changes.”\n"
	gold := []GoldQuote{
		{GoldPiece: GoldPiece{Start: 11, End: 27, Text: "taxes would rise"},
			Speaker: &GoldPiece{Start: 0, End: 5, Text: "Smith"}, Cue: &GoldPiece{Start: 6, End: 10, Text: "said"}},
		{GoldPiece: GoldPiece{Start: 30, End: 83, Parts: []GoldPiece{{Start: 30, End: 49}, {Start: 61, End: 83}}},
			Speaker: &GoldPiece{Start: 50, End: 53, Text: "she"}, Cue: &GoldPiece{Start: 54, End: 59, Text: "added"}, Direct: true},
	}
	pred := []QuotePred{
		// the indirect quote, exact, named speaker by name only, cue by stem
		{Parts: []QuoteSpan{{11, 27}}, SpeakerName: "John Smith", Cue: QuoteSpan{0, 0}},
		// the direct quote's first part only, wrong speaker
		{Parts: []QuoteSpan{{30, 49}}, Speaker: []QuoteSpan{{0, 5}}, Cue: QuoteSpan{54, 59}, Direct: true},
		// its second part: redundant
		{Parts: []QuoteSpan{{61, 83}}, Direct: true},
	}
	var c QuoteCounts
	c.Add(text, gold, pred)
	s := c.Scores()
	all := s[QuotesAll]
	if all.Overlap.TP != 2 || all.Pred != 3 || all.Redundant != 1 {
		t.Errorf("overlap %+v pred %d redundant %d, want 2 matched of 3, 1 redundant", all.Overlap, all.Pred, all.Redundant)
	}
	if all.Exact.TP != 1 {
		t.Errorf("exact matches %d, want 1", all.Exact.TP)
	}
	if all.Speaker != (Ratio{1, 2}) || all.Attribution.TP != 1 {
		t.Errorf("speaker %+v attribution %+v, want 1 of 2", all.Speaker, all.Attribution)
	}
	if d := s[QuotesDirect]; d.Gold != 1 || d.Pred != 2 {
		t.Errorf("direct gold %d pred %d, want 1 and 2", d.Gold, d.Pred)
	}
}

func TestCueStems(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{{"said", "says", true}, {"told", "telling", true}, {"noted", "note", true}, {"announces", "announced", true}, {"said", "told", false}} {
		if got := stem(c.a) == stem(c.b) || len(stem(c.a)) > 0 && (hasPrefix(stem(c.a), stem(c.b)) || hasPrefix(stem(c.b), stem(c.a))); got != c.want {
			t.Errorf("%s ~ %s = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func TestIsDirectSpan(t *testing.T) {
	text := "He said “it is over” and it ‘is’ done.\n“Yes,” he said."
	for _, c := range []struct {
		s    span
		want bool
	}{{span{8, 22}, true}, {span{12, 18}, true}, {span{3, 22}, false}, {span{47, 57}, true}} {
		if got := isDirectSpan(text, []span{c.s}); got != c.want {
			t.Errorf("isDirectSpan(%q) = %v, want %v", text[c.s.start:c.s.end], got, c.want)
		}
	}
}
