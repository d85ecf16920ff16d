package quotes

import (
	"strings"
	"testing"
)

// TestQuoteAfterDateline checks that a wire dateline opening a sentence is
// left out of the content reported before the attribution, and that
// capitals that are the sentence's own words stay in it.
func TestQuoteAfterDateline(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"place and agency", "QUORBY (Reuters) - The port will reopen next week, the minister said.",
			[]string{"indirect|the minister|said|The port will reopen next week"}},
		{"place, date and agency", "QUORBY, Jan 5 (AFP) - The port will reopen next week, the minister said.",
			[]string{"indirect|the minister|said|The port will reopen next week"}},
		{"place, state and an unspaced dash", "QUORBY, Wash.—The port will reopen next week, the mayor said.",
			[]string{"indirect|the mayor|said|The port will reopen next week"}},
		{"according to after a dateline", "QUORBY (AP) - Ships left the port, according to officials.",
			[]string{"indirect|officials|according to|Ships left the port"}},
		{"capitals that are the content", "NATO ALLIES WILL MEET AGAIN, the minister said.",
			[]string{"indirect|the minister|said|NATO ALLIES WILL MEET AGAIN"}},
		{"a dash inside the content", "The EU - and its allies - will act, the minister said.",
			[]string{"indirect|the minister|said|The EU - and its allies - will act"}},
		{"an acronym subject before a dash", "QX Prime Minister Harlan Quist - under pressure at home - will meet them next week, officials said.",
			[]string{"indirect|officials|said|QX Prime Minister Harlan Quist - under pressure at home - will meet them next week"}},
		{"an acronym before an unspaced dash", "NASQ—which lost two probes—will try again, engineers said.",
			[]string{"indirect|engineers|said|NASQ—which lost two probes—will try again"}},
		{"a dateline after the first line", "Ships leave\nQUORBY (Reuters) - The port will reopen next week, the minister said.",
			[]string{"indirect|the minister|said|The port will reopen next week"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, tt.want)
		})
	}
}

// TestColonAfterPlace checks that a place the caller knows is no speaker
// of "Name: statement", and that the dateline stays out of the reported
// quote found instead.
func TestColonAfterPlace(t *testing.T) {
	a, f := newTestReader(t)
	const src = "QUORBY: Harbour Lines has signed a supply deal, the company said."
	doc := a.Analyze(src)
	isPlace := func(start, end int) bool { return src[start:end] == "QUORBY" }
	var got []string
	for _, q := range f.FindWithPlaces(doc, isPlace) {
		got = append(got, render(doc, q))
	}
	want := []string{"indirect|the company|said|Harbour Lines has signed a supply deal"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
	if without := findAll(t, src); len(without) != 1 || !strings.HasPrefix(without[0], "indirect|QUORBY|:|") {
		t.Errorf("without places: %q, want the colon's quote", without)
	}
}
