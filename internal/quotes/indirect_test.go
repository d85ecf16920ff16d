package quotes

import "testing"

func TestIndirect(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"X said that", "The minister said that the talks would continue.",
			[]string{"indirect|The minister|said|that the talks would continue"}},
		{"X said without that", "Smith said the deal was dead.",
			[]string{"indirect|Smith|said|the deal was dead"}},
		{"adjunct before that", "Josh Earnest said on Monday that taxes would rise.",
			[]string{"indirect|Josh Earnest|said|that taxes would rise"}},
		{"told an addressee", "The official told Reuters the border would reopen.",
			[]string{"indirect|The official|told|the border would reopen"}},
		{"content then X told Reuters", "The border will reopen next week, a diplomat told Reuters.",
			[]string{"indirect|a diplomat|told|The border will reopen next week"}},
		{"content then said X", "The border will reopen next week, said the spokesman.",
			[]string{"indirect|the spokesman|said|The border will reopen next week"}},
		{"according to X first", "According to the Syrian Arab News Agency (SANA), the meeting focused on aid.",
			[]string{"indirect|the Syrian Arab News Agency (SANA)|According to|the meeting focused on aid"}},
		{"according to X last", "The talks reaffirmed a commitment to unity, according to a Syrian government source.",
			[]string{"indirect|a Syrian government source|according to|The talks reaffirmed a commitment to unity"}},
		{"apposition between speaker and cue", "The source, cited by Al-Ikhbariya, stressed that both sides agreed.",
			[]string{"indirect|The source|stressed|that both sides agreed"}},
		{"mixed", "Clinton said the plan “doesn’t make any sense.”",
			[]string{"mixed|Clinton|said|the plan “doesn’t make any sense.”"}},
		{"belief verb", "Analysts suggest that the talks are designed to break the impasse.",
			[]string{"indirect|Analysts|suggest|that the talks are designed to break the impasse"}},
		{"said to is no report", "He is said to be ill.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.want) })
	}
}
