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
		{"attribution inside the content", "The museum, Mr. Bush said, celebrated several of his heroes.",
			[]string{"indirect|Mr. Bush|said|The museum, Mr. Bush said, celebrated several of his heroes"}},
		{"attitude verb with a particle", "Trump has called for the complete repeal of the law.",
			[]string{"indirect|Trump|called|the complete repeal of the law"}},
		{"attitude verb after a description", "Some state officials praised the work on the bridge.",
			[]string{"indirect|Some state officials|praised|the work on the bridge"}},
		{"coordinated cue takes the sentence's subject", "Cruz thanked the crowd and said he was standing on principle.",
			[]string{"indirect|Cruz|thanked|the crowd", "indirect|Cruz|said|he was standing on principle"}},
		{"a colon after a name", "Sanders: Clinton needs to get away from all of this",
			[]string{"indirect|Sanders|:|Clinton needs to get away from all of this"}},
		{"a time adjunct is no speaker", "The High Court on Tuesday rejected an appeal by the former minister.",
			[]string{"indirect|The High Court|rejected|an appeal by the former minister"}},
		{"adjuncts only after the cue", "Floods killed 42 people, officials said on Friday.",
			[]string{"indirect|officials|said|Floods killed 42 people"}},
		{"a trailing according to ends the content", "Smith rejected the offer, according to people familiar with it.",
			[]string{"indirect|people|according to|Smith rejected the offer"}},
		{"only the outermost attribution", "The minister said that analysts believe the talks will fail.",
			[]string{"indirect|The minister|said|that analysts believe the talks will fail"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.want) })
	}
}
