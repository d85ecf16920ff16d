package quotes

import "testing"

func TestDirect(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"quote then X said", "“We will not accept partition,” the minister told reporters.",
			[]string{"direct|the minister|told|“We will not accept partition,”"}},
		{"quote then said X", "\"The talks went well,\" said Jane Doe, the envoy.",
			[]string{"direct|Jane Doe|said|\"The talks went well,\""}},
		{"X said colon quote", "Shibani said: “Suweida is part of Syria.”",
			[]string{"direct|Shibani|said|“Suweida is part of Syria.”"}},
		{"split by attribution", "\"We will,\" he said, \"not accept it.\"",
			[]string{"direct|he|said|\"We will,\"+\"not accept it.\""}},
		{"split by a full stop", "“We are ready,” she added. “Nothing changes.”",
			[]string{"direct|she|added|“We are ready,”+“Nothing changes.”"}},
		{"several paragraphs", "The envoy said: “The first point is clear.\n\n“The second point is clearer.”",
			[]string{"direct|The envoy|said|“The first point is clear.+“The second point is clearer.”"}},
		{"next paragraph keeps the speaker", "“It is over,” Smith said.\n“Now we rebuild the town together.”",
			[]string{"direct|Smith|said|“It is over,”", "direct|Smith|said|“Now we rebuild the town together.”"}},
		{"a quotation with an unread attribution is not carried", "“It is over,” Smith said.\n“Now we rebuild the town together,” the mayor murmured.",
			[]string{"direct|Smith|said|“It is over,”"}},
		{"two appositions before the cue", "“The levy is unlawful,” Mara Lind, the mayor of Tarvik, one of the towns suing the region, said at a hearing.",
			[]string{"direct|Mara Lind|said|“The levy is unlawful,”"}},
		{"a coordinated cue", "Asked about the vote, the governor shrugged and said, \"We will count again.\"",
			[]string{"direct|the governor|said|\"We will count again.\""}},
		{"a cue after a subordinator", "Supporters filled the square while chanting, \"Four more days!\"",
			[]string{"direct|Supporters|chanting|\"Four more days!\""}},
		{"a participle phrase before the cue", "Students waiting outside the hall shouted \"Not again!\" and left.",
			[]string{"direct|Students|shouted|\"Not again!\""}},
		{"title in quotation marks is no quote", "Washington lifted the so-called “Caesar Act” sanctions.", nil},
		{"a title in single marks is no quote", "Washington lifted the so-called ‘Caesar Act’ sanctions, which don’t apply.", nil},
		{"a headline in single marks", "Hillary Clinton Speaks ‘Directly To White People’ After Latest Shooting",
			[]string{"direct|Hillary Clinton|Speaks|‘Directly To White People’"}},
		{"a nested single quote stays inside", "“They call it ‘a deal’ but it is not one,” Smith said.",
			[]string{"direct|Smith|said|“They call it ‘a deal’ but it is not one,”"}},
		{"signed with a dash", "“Maybe we can build a wall around him.” ― Jorge Falcon\n“No.” ― Ana Ruiz",
			[]string{"direct|Jorge Falcon|―|“Maybe we can build a wall around him.”", "direct|Ana Ruiz|―|“No.”"}},
		{"a dash glued to the closing mark", "“We are in serious trouble.”― Edwin G. Monroy\u00a0\n",
			[]string{"direct|Edwin G. Monroy|―|“We are in serious trouble.”"}},
		{"an honorific split from its name", "\"It is all about enthusiasm for this race,\" Mr. King added.",
			[]string{"direct|Mr. King|added|\"It is all about enthusiasm for this race,\""}},
		{"a long clause after a promised attribution", "“We are not going to follow a script,” Prime Minister Matteo Renzi said after the meeting as leaders left.",
			[]string{"direct|Prime Minister Matteo Renzi|said|“We are not going to follow a script,”"}},
		{"said that after a quote is a new clause", "“It is over.” Smith said the talks would resume on Monday.",
			[]string{"indirect|Smith|said|the talks would resume on Monday"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.want) })
	}
}
