package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/model"
)

// TestMentionRules covers the rules of mentions.go that correct the
// recognizer: each row names the rule, a sentence, and a record the output
// must hold (kind and name) or must not.
func TestMentionRules(t *testing.T) {
	ex := newTestExtractor(t)
	tests := []struct {
		rule, text string
		kind, name string // "person", "place" or "organization"
		absent     bool
	}{
		{"joinBridgedNames", "The final was played at the Estadio del Sol in Seville.", "place", "Estadio del Sol", false},
		{"joinBridgedNames", "The final was played at the Estadio del Sol in Seville.", "organization", "Sol", true},
		{"beforeRegionNoun", "Rivers rose in the Sylhet and Sunamganj districts on Monday.", "place", "Sunamganj", false},
		{"beforeRegionNoun keeps demonyms", "He won the English county championship.", "place", "English", true},
		{"title words cut from a name", "Defence Minister Tavish Orrin spoke. Orrin left.", "person", "Tavish Orrin", false},
		{"a title word that is a given name stays", "Dean Halvorsen took four wickets on Friday.", "person", "Dean Halvorsen", false},
		{"a title word before a given name is a title", "Dean John Halvorsen of the law school spoke on Friday.", "person", "John Halvorsen", false},
		{"a landmark is no person", "Lawmakers on Capitol Hill said the bill would pass.", "person", "Capitol Hill", true},
		{"withHonorific", "Prime Minister Sheikh Hasina visited the camp.", "person", "Sheikh Hasina", false},
		{"withHonorific only after a title", "Yesterday Sheikh Tamim met the envoy in Doha.", "person", "Sheikh Tamim", true},
		{"beforeRegionNoun leaves acronyms", "Officials of the NATO region met on Monday.", "place", "Nato", true},
		{"beforeRegionNoun leaves a noun that goes on", "He runs the Reuters region office in Dubai.", "place", "Reuters", true},
		{"beforeRegionNoun leaves other labels", "He won several Republican districts last year.", "place", "Republican", true},
		{"joinBridgedNames leaves people", "The Leonardo da Vinci Foundation opened a school.", "person", "Leonardo da Vinci Foundation", true},
		{"isCitedSource", "The report was cited by Al-Ikhbariya on Monday.", "organization", "Al-Ikhbariya", false},
		{"knownNameLabels relabels", "Mercedes said on Tuesday it would cut jobs.", "organization", "Mercedes", false},
		{"knownNameLabels relabels", "Mercedes said on Tuesday it would cut jobs.", "person", "Mercedes", true},
		{"knownNameLabels adds", "Fauci warned of a new wave.", "person", "Fauci", false},
		{"knownNameLabels adds", "Talks on the JCPOA resumed in Vienna.", "misc", "JCPOA", false},
		{"knownNameLabels adds", "Biden met Xi in Bali on Monday.", "person", "Xi", false},
		{"shortFormLabels", "Delia Marbury led the talks. Aides to Marbury declined to comment.", "organization", "Marbury", true},
		{"nameKey folds accents", "Antonio García scored twice. Garcia said the team played well.", "person", "Garcia", true},
		{"companyNounLabels", "Shares of sportswear maker Varnholt rose. Varnholt said sales grew.", "organization", "Varnholt", false},
		{"companyNounLabels", "Shares of sportswear maker Varnholt rose. Varnholt said sales grew.", "person", "Varnholt", true},
		{"companyNounLabels leaves roles", "Markets fell, said broker Ivo Hesketh.", "person", "Ivo Hesketh", false},
		{"teamLabels record", "Nebraska ( 4-2 ) lost at home on Saturday. Nebraska next plays Denver.", "organization", "Nebraska", false},
		{"teamLabels match verb", "Oregon beat Utah 31-20 on Saturday.", "organization", "Utah", false},
		{"teamLabels leaves national sides", "England beat Pakistan by 10 wickets.", "organization", "England", true},
		{"shortFormLabels leaves a shared word", "Harlan Quist praised Quist Foods. Quist Foods shares rose.", "organization", "Quist Foods", false},
		{"endsInPlaceHead street", "Police closed Quorn Street after the crash on Monday.", "place", "Quorn Street", false},
		{"endsInPlaceHead cathedral", "Crowds gathered outside Marlow Cathedral on Sunday.", "place", "Marlow Cathedral", false},
		{"endsInPlaceHead estate", "Residents of the Denham Estate protested.", "person", "Denham Estate", true},
		{"locatedFacility", "The concert at the Harbury Concert Hall was cancelled.", "place", "Harbury Concert Hall", false},
		{"locatedFacility not when it acts", "The Harbury Concert Hall said tickets would be refunded.", "organization", "Harbury Concert Hall", false},
		{"a region named before a region noun is a place throughout", "Shelling hit the restive Varnsk province. Residents of Varnsk fled on Monday.", "organization", "Varnsk", true},
		{"endsInMiscHead law", "Parliament passed the Harbour Dredging Act on Tuesday.", "misc", "Harbour Dredging Act", false},
		{"endsInMiscHead event", "The Varnholt Lakeside Marathon was called off.", "misc", "Varnholt Lakeside Marathon", false},
		{"endsInMiscHead leaves one word", "Bill said the vote would be close.", "misc", "Bill", true},
		{"locatedFacility not for schools", "Students at Hollins Valley School were evacuated.", "organization", "Hollins Valley School", false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			res, err := ex.Extract(context.Background(), model.Article{Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if got := slices.Contains(recordNames(res, tt.kind), tt.name); got == tt.absent {
				t.Errorf("%q: %s %q present = %v, want %v (got %q)", tt.text, tt.kind, tt.name, got, !tt.absent, recordNames(res, tt.kind))
			}
		})
	}
}

func recordNames(res model.Result, kind string) []string {
	var out []string
	switch kind {
	case "person":
		for _, p := range res.People {
			out = append(out, p.Name)
		}
	case "place":
		for _, p := range res.Places {
			out = append(out, p.Name)
		}
	case "organization":
		for _, o := range res.Organizations {
			out = append(out, o.Name)
		}
	case "misc":
		for _, m := range res.Misc {
			out = append(out, m.Name)
		}
	}
	return out
}

// TestKnownNamesFoundAlone: knownNameAt finds every known name written
// alone, its label the list's, through the filter of first words that
// turns other tokens away (knownFirstWords). Names the tokenizer does not
// split at their spaces alone cannot be found by their words and are
// left out; the test fails if most are.
func TestKnownNamesFoundAlone(t *testing.T) {
	e := newTestExtractor(t)
	tried := 0
	for name, label := range e.words.knownNames {
		doc := e.analyzer.Analyze(name)
		if len(doc.Tokens) != len(strings.Fields(name)) || len(doc.Sentences) != 1 {
			continue
		}
		tried++
		m, ok := e.knownNameAt(doc, 0, make([]bool, len(doc.Tokens)))
		if !ok || m.Last != len(doc.Tokens) || m.Label != label {
			t.Errorf("known name %q: found %v, mention %+v, want %s over %d tokens", name, ok, m, label, len(doc.Tokens))
		}
	}
	if tried < len(e.words.knownNames)*9/10 {
		t.Errorf("only %d of %d known names tokenize as their words", tried, len(e.words.knownNames))
	}
}

func TestAssemblyWordsLoad(t *testing.T) {
	w, err := loadAssemblyWords()
	if err != nil {
		t.Fatal(err)
	}
	if !w.strongRegion["districts"] || w.strongRegion["state"] || !w.regionWords["state"] {
		t.Errorf("region words: strong districts %v, strong state %v, state %v", w.strongRegion["districts"], w.strongRegion["state"], w.regionWords["state"])
	}
	if !w.nameBridges["del"] || !w.nameHonorifics["sheikh"] || !w.citingVerbs["cited"] ||
		w.knownNames["Brexit"] != "MISC" || !w.companyNouns["maker"] || !w.matchVerbs["beat"] || !w.homeNations["wales"] || w.companyNouns["broker"] || !w.placeHeads["street"] || !w.facilityHeads["hospital"] || w.facilityHeads["school"] || !w.locativePreps["at"] || w.placeAdjectives["Texan"] != "Texas" || !w.givenTitles["dean"] || !w.venuePreps["at"] || !w.companySuffixes["plc"] {
		t.Error("a word list lacks an entry its rule is written for")
	}
}

// TestCountryInstitutions checks that a country and the organization words
// after it become one organization, and that other neighbours stay apart.
func TestCountryInstitutions(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text   string
		first  []string // each mention's first word
		labels []string
		want   []string // the mentions after the rule, "label:text"
	}{
		{"The U.S. Senate voted.", []string{"U.S.", "Senate"}, []string{"LOC", "ORG"}, []string{"ORG:U.S. Senate"}},
		{"Kenya Navy Command sailed.", []string{"Kenya", "Navy"}, []string{"LOC", "ORG"}, []string{"ORG:Kenya Navy Command"}},
		{"Kenya Tusker Lager sold.", []string{"Kenya", "Tusker"}, []string{"LOC", "ORG"}, []string{"LOC:Kenya", "ORG:Tusker Lager"}}, // no organization words
		{"Mombasa Senate voted.", []string{"Mombasa", "Senate"}, []string{"LOC", "ORG"}, []string{"LOC:Mombasa", "ORG:Senate"}},      // no country
	} {
		doc := e.analyzer.Analyze(tc.text)
		var ms []ner.Mention
		for i, w := range tc.first {
			for k, tok := range doc.Tokens {
				if tok.Text == w {
					last := k + 1
					if w == "Navy" || w == "Tusker" {
						last++
					}
					ms = append(ms, ner.Mention{Start: tok.Start, End: doc.Tokens[last-1].End(), First: k, Last: last, Label: tc.labels[i]})
					break
				}
			}
		}
		var got []string
		for _, m := range e.countryInstitutions(doc, ms) {
			got = append(got, m.Label+":"+mentionText(doc, m))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestMajorityLabels checks that a lone differing label of a name takes
// the story's majority label, except a place after a venue's preposition.
func TestMajorityLabels(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text   string
		labels []string // the labels of the mentions of "Varn", in order
		want   []string
	}{
		{"Varn won. Varn lost. Varn drew. Fans of Varn cheered.", []string{"ORG", "ORG", "ORG", "LOC"}, []string{"ORG", "ORG", "ORG", "ORG"}},
		{"Leeds won. Leeds lost. Leeds drew. Boston play at Leeds today.", []string{"ORG", "ORG", "ORG", "LOC"}, []string{"ORG", "ORG", "ORG", "LOC"}},
		{"Varn won. Varn lost. Varn drew. Analysts at Varn said so.", []string{"ORG", "ORG", "ORG", "LOC"}, []string{"ORG", "ORG", "ORG", "ORG"}}, // no known place
		{"Varn won. Varn lost. Varn drew. Boston play at Varn today.", []string{"ORG", "ORG", "ORG", "PER"}, []string{"ORG", "ORG", "ORG", "ORG"}},
		{"Varn won. Varn lost. Boston play at Varn today.", []string{"ORG", "ORG", "LOC"}, []string{"ORG", "ORG", "LOC"}}, // no clear majority
	} {
		doc := e.analyzer.Analyze(tc.text)
		var ms []ner.Mention
		for k, tok := range doc.Tokens {
			if tok.Text == "Varn" || tok.Text == "Leeds" {
				ms = append(ms, ner.Mention{Start: tok.Start, End: tok.End(), First: k, Last: k + 1, Label: tc.labels[len(ms)]})
			}
		}
		var got []string
		for _, m := range e.majorityLabels(doc, ms) {
			got = append(got, m.Label)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q %v: got %v, want %v", tc.text, tc.labels, got, tc.want)
		}
	}
}

// TestPersonOrOrganization checks that every mention of a name read as a
// person and as an organization takes the label most of those readings
// give it, else the first one's, and that a name read only one way, or
// with other labels, keeps its labels.
func TestPersonOrOrganization(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		labels []string // the labels of the mentions of "Varn", in order
		want   []string
	}{
		{[]string{"PER", "ORG", "PER"}, []string{"PER", "PER", "PER"}},
		{[]string{"ORG", "PER", "ORG", "LOC"}, []string{"ORG", "ORG", "ORG", "ORG"}}, // the name, whatever its label
		{[]string{"ORG", "PER", "PER", "ORG"}, []string{"ORG", "ORG", "ORG", "ORG"}}, // a tie: the first
		{[]string{"PER", "PER", "LOC"}, []string{"PER", "PER", "LOC"}},
		{[]string{"ORG", "MISC", "LOC"}, []string{"ORG", "MISC", "LOC"}},
	} {
		doc := e.analyzer.Analyze("Varn won. Varn lost. Varn drew. Fans of Varn cheered.")
		var ms []ner.Mention
		for k, tok := range doc.Tokens {
			if tok.Text == "Varn" && len(ms) < len(tc.labels) {
				ms = append(ms, ner.Mention{Start: tok.Start, End: tok.End(), First: k, Last: k + 1, Label: tc.labels[len(ms)]})
			}
		}
		var got []string
		for _, m := range personOrOrganization(doc, ms) {
			got = append(got, m.Label)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%v: got %v, want %v", tc.labels, got, tc.want)
		}
	}
}

// TestJoinPatronymics checks that a person's name cut at its Arabic parts
// is one person, and that other neighbours stay apart.
func TestJoinPatronymics(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text  string
		names []string // the mentions, in text order
		in    []string // their labels as the recognizer gave them
		want  []string // "label:text" after the rule
	}{
		{"Minister Zayed bin Rashid al-Qaymani spoke.", []string{"Zayed", "Rashid al-Qaymani"}, []string{"PER", "PER"}, []string{"PER:Zayed bin Rashid al-Qaymani"}},
		{"Sheikh Nawaf al-Ahmad al-Sabah took the reins.", []string{"Nawaf"}, []string{"PER"}, []string{"PER:Nawaf al-Ahmad al-Sabah"}},
		{"Trainer Saeed bin Suroor won.", []string{"Saeed", "Suroor"}, []string{"PER", "ORG"}, []string{"PER:Saeed bin Suroor"}},
		{"Karim Hadid and Ali al-Tamimi met.", []string{"Karim Hadid", "Ali al-Tamimi"}, []string{"PER", "PER"}, []string{"PER:Karim Hadid", "PER:Ali al-Tamimi"}},
		{"Oman bin Said Corp rose.", []string{"Oman"}, []string{"LOC"}, []string{"LOC:Oman"}}, // only people go on
		{"He put Zayed in the bin again.", []string{"Zayed"}, []string{"PER"}, []string{"PER:Zayed"}},
	} {
		doc := e.analyzer.Analyze(tc.text)
		ms := labeledRuns(t, doc, tc.names, tc.in)
		var got []string
		for _, m := range e.joinPatronymics(doc, ms) {
			got = append(got, m.Label+":"+mentionText(doc, m))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
