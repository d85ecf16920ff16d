package quotes

import "testing"

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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, tt.want)
		})
	}
}
