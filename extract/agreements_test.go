package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

func TestAgreements(t *testing.T) {
	ex := newTestExtractor(t)
	tests := []struct {
		name    string
		text    string
		status  model.AgreementStatus
		typ     model.AgreementType
		subject string
		agName  string
		parties []string
	}{
		{"verb agreed", "Kenya and Uganda agreed on Monday to reopen the border crossing.", model.StatusAgreed, "security", "reopen the border crossing", "", []string{"Kenya", "Uganda"}},
		{"noun agreement", "The talks ended with an agreement to double food aid to the camps.", model.StatusAgreed, "humanitarian_aid", "double food aid to the camps", "", nil},
		{"renewed commitment is reaffirmed", "Both governments made a renewed commitment to the 1994 border treaty.", model.StatusReaffirmed, "security", "the 1994 border treaty", "1994 border treaty", nil},
		{"signed", "Germany and Poland signed a trade pact in Warsaw.", model.StatusSigned, "trade", "a trade pact", "", []string{"Germany", "Poland"}},
		{"rejected", "Hamas rejected the ceasefire proposal, officials said.", model.StatusRejected, "ceasefire", "the ceasefire proposal", "", []string{"Hamas"}},
		{"proposed", "The European Commission proposed new tariffs on steel imports.", model.StatusProposed, "trade", "new tariffs on steel imports", "", []string{"European Commission"}},
		{"pledged", "Japan pledged to send emergency relief to the flooded region.", model.StatusCommitted, "humanitarian_aid", "send emergency relief to the flooded region", "", []string{"Japan"}},
		{"source is no party", "According to Reuters, the rebels agreed to a ceasefire.", model.StatusAgreed, "ceasefire", "a ceasefire", "", nil},
		{"reported clause", "Prime Minister Anna Berg said on Monday that Norway and Sweden had agreed to share fishing quotas.", model.StatusAgreed, "trade", "share fishing quotas", "", []string{"Norway", "Sweden"}},
		{"partner phrase and trailing date", "Kenya agreed with the World Bank to restructure its debt on Friday.", model.StatusAgreed, "economic", "restructure its debt", "", []string{"Kenya"}},
		{"official acts for the state, dateline place", "BERLIN - German Chancellor Olaf Scholz rejected the plan.", model.StatusRejected, "other", "the plan", "", []string{"Germany"}},
		{"a regulator is no party", "The European Commission cleared the acquisition of Velmo Foods by Harbor Group.", model.StatusAgreed, "merger_acquisition", "Velmo Foods by Harbor Group", "", []string{"Velmo Foods", "Harbor Group"}},
		{"a judge approving a merger is no party", "A judge approved the merger of Acme Corp and Delta Freight Ltd.", model.StatusAgreed, "merger_acquisition", "Acme Corp and Delta Freight Ltd.", "", []string{"Acme Corp", "Delta Freight Ltd."}},
		{"capitals for their governments", "Relations cooled over a defence accord between Oslo and Helsinki.", model.StatusAgreed, "security", "between Oslo and Helsinki", "", []string{"Oslo", "Helsinki"}},
		{"cities of a route are no parties", "Kenya and Uganda reached an agreement to run flights between Nairobi and Kampala.", model.StatusAgreed, "trade", "run flights between Nairobi and Kampala", "", []string{"Kenya", "Uganda"}},
		{"assured an addressee", "Kenya assured Uganda that it would reopen the border.", model.StatusCommitted, "security", "Uganda that it would reopen the border", "", []string{"Kenya", "Uganda"}},
		{"suggest to an addressee", "The mediator said she would suggest to the herders that the vote wait a year.", model.StatusProposed, "other", "the herders that the vote wait", "", nil},
		{"in talks to buy is proposed", "Velmo Foods is in talks to buy a stake in Harbor Group.", model.StatusProposed, "merger_acquisition", "a stake in Harbor Group", "", []string{"Velmo Foods", "Harbor Group"}},
		{"an agency's dateline is no party", "NAIROBI (AP) — Kenya and Uganda signed a trade pact on Friday.", model.StatusSigned, "trade", "a trade pact", "", []string{"Kenya", "Uganda"}},
		{"a place after the subject is no part of it", "Kenya and Uganda signed the border accord at Quorn Castle on Friday.", model.StatusSigned, "security", "the border accord", "", []string{"Kenya", "Uganda"}},
		{"a company's nationality is no party", "Norwegian shipping group Velmo ASA agreed to buy Swedish rival Harbor AB. Norway and Sweden welcomed it.", model.StatusAgreed, "merger_acquisition", "buy Swedish rival Harbor AB", "", []string{"Velmo ASA", "Harbor AB"}},
		{"named treaty signed in the passive is the name", "The Treaty of Varna was signed by Kenya and Uganda.", model.StatusSigned, "other", "by Kenya and Uganda", "Treaty of Varna", []string{"Kenya", "Uganda"}},
		{"named accord, adverb before the passive", "The Varna Accord was formally signed by Kenya and Uganda.", model.StatusSigned, "other", "by Kenya and Uganda", "Varna Accord", []string{"Kenya", "Uganda"}},
		{"secured orders", "Acme Corp secured $2 billion in orders for new trains.", model.StatusAgreed, "contract", "$2 billion in orders for new trains", "", []string{"Acme Corp"}},
		{"a subject pronoun stands for the sayer", "Harbor Group said on Monday that it had signed a supply contract with Velmo Foods.", model.StatusSigned, "contract", "a supply contract with Velmo Foods", "", []string{"Harbor Group", "Velmo Foods"}},
		{"a pronoun before the verb group", "Shares rose after confirmation from Harbor Group Inc that it was considering acquiring Velmo Foods.", model.StatusProposed, "merger_acquisition", "Velmo Foods", "", []string{"Velmo Foods", "Harbor Group Inc"}},
		{"a partner after an adjective", "Chile backed a friendship treaty with neighbouring Peru.", model.StatusAgreed, "diplomatic", "a friendship treaty with neighbouring Peru", "", []string{"Chile", "Peru"}},
		{"a name that ends the sentence", "Analysts welcomed the proposed acquisition of Velmo Foods Inc. by Harbor Group Corp.", model.StatusProposed, "merger_acquisition", "acquisition of Velmo Foods Inc. by Harbor Group Corp", "", []string{"Velmo Foods Inc.", "Harbor Group Corp"}},
		{"the agent of a participle is a side", "The militia and the army observed a truce arranged on Sunday by Ghana.", model.StatusAgreed, "ceasefire", "arranged on Sunday by Ghana", "", []string{"Ghana"}},
		{"the agent of a brokering participle mediates", "The militia and the army observed a truce brokered on Sunday by Ghana.", model.StatusAgreed, "ceasefire", "brokered on Sunday by Ghana", "", nil},
		{"a pronoun skips a relative clause", "Traders noted a statement by Harbor Group, which owns a stake in Velmo Foods, that it is ready to bid for the whole firm.", model.StatusProposed, "merger_acquisition", "the whole firm", "", []string{"Harbor Group"}},
		{"a list of owned names is what is sold", "Harbor Group said it agreed to sell its Velmo, Brandt and Ostmark food units to Delta Foods for $30 million.", model.StatusAgreed, "merger_acquisition", "sell its Velmo, Brandt and Ostmark food units to Delta Foods for $30 million", "", []string{"Harbor Group", "Delta Foods"}},
		{"a partner before a noun's relative clause", "Harbor Group hopes for a friendly deal with Velmo Foods that is likely to involve a 30% stake.", model.StatusProposed, "merger_acquisition", "is likely to involve a 30% stake", "", []string{"Harbor Group", "Velmo Foods"}},
		{"official acts for the state's record", "Officials in Germany said German Chancellor Olaf Scholz rejected the plan.", model.StatusRejected, "other", "the plan", "", []string{"Germany"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ex.Extract(context.Background(), model.Article{Text: tt.text, RefDate: "2025-08-20"})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Agreements) != 1 {
				t.Fatalf("%d agreements, want 1: %+v", len(res.Agreements), res.Agreements)
			}
			a := res.Agreements[0]
			if a.Status != tt.status || a.Type != tt.typ || a.Subject != tt.subject || a.Name != tt.agName {
				t.Errorf("got status %q type %q subject %q name %q\nwant status %q type %q subject %q name %q",
					a.Status, a.Type, a.Subject, a.Name, tt.status, tt.typ, tt.subject, tt.agName)
			}
			if got := partyNames(a.Parties); !slices.Equal(got, tt.parties) {
				t.Errorf("parties = %q, want %q", got, tt.parties)
			}
			if tt.text[a.Evidence.Start:a.Evidence.End] != a.Evidence.Text || tt.text[a.Trigger.Start:a.Trigger.End] != a.Trigger.Text {
				t.Errorf("evidence or trigger offsets wrong: %+v %+v", a.Evidence, a.Trigger)
			}
		})
	}
}

// TestAgreementPlace checks that the place an agreement was reached or
// signed at is read from its clause, and leaves the subject.
func TestAgreementPlace(t *testing.T) {
	ex := newTestExtractor(t)
	tests := []struct {
		name, text, subject, place string // place "" for none
	}{
		{"after the object", "Japan and South Korea signed a currency swap agreement in Tokyo.", "a currency swap agreement", "Tokyo"},
		{"after the object, then a date", "Kenya and Uganda signed a grazing accord in Kampala on Monday.", "a grazing accord", "Kampala"},
		{"at a place", "Germany and Poland signed a river pact at Szczecin.", "a river pact", "Szczecin"},
		{"between parties and trigger", "Kenya and Uganda, meeting in Arusha, agreed to reopen the border.", "reopen the border", "Arusha"},
		{"the object goes on", "Germany and Poland signed a pact in Warsaw to cut tariffs on timber.", "a pact in Warsaw to cut tariffs on timber", "Warsaw"},
		{"an undertaking's place is no place of agreement", "Kenya and Uganda agreed to open a trade office in Nairobi.", "open a trade office in Nairobi", ""},
		{"a party is no place", "Romania signed a friendship treaty with Hungary in Hungary.", "", ""},
		{"the place of a participle in the object", "Kenya and Uganda signed a treaty ending years of strife in Somalia.", "", ""},
		{"the place of a relative clause", "Kenya, whose troops are in Somalia, signed a grazing pact with Uganda.", "", ""},
		{"the place of another verb", "Germany was busy in Austria as Poland signed the timber pact.", "", ""},
		{"the speaker's place is no place of agreement", "Officials in Berlin said Germany and Poland had signed a trade pact.", "a trade pact", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ex.Extract(context.Background(), model.Article{Text: tt.text, RefDate: "2025-08-20"})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Agreements) != 1 {
				t.Fatalf("%d agreements, want 1: %+v", len(res.Agreements), res.Agreements)
			}
			a := res.Agreements[0]
			if tt.subject != "" && a.Subject != tt.subject {
				t.Errorf("subject %q, want %q", a.Subject, tt.subject)
			}
			got := ""
			if a.Place != nil {
				got = a.Place.Name
				if a.Place.Kind != model.KindPlace || !hasRecord(res, a.Place.ID) {
					t.Errorf("place %+v is no place record", a.Place)
				}
			}
			if got != tt.place {
				t.Errorf("place %q, want %q", got, tt.place)
			}
		})
	}
}

// hasRecord reports a place record with the id.
func hasRecord(res model.Result, id string) bool {
	for _, p := range res.Places {
		if p.ID == id {
			return true
		}
	}
	return false
}

// TestCollectivePartner checks that "signed by both countries" refers to
// the sides of the agreement before.
func TestCollectivePartner(t *testing.T) {
	ex := newTestExtractor(t)
	text := "Kenya and Uganda agreed to reopen the border. Officials praised the accords signed by both countries in 2019."
	res, err := ex.Extract(context.Background(), model.Article{Text: text, RefDate: "2025-08-20"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Agreements) != 2 {
		t.Fatalf("%d agreements, want 2: %+v", len(res.Agreements), res.Agreements)
	}
	if got, want := partyNames(res.Agreements[1].Parties), []string{"Kenya", "Uganda"}; !slices.Equal(got, want) {
		t.Errorf("parties = %q, want %q", got, want)
	}
}

// TestDemonymParty checks that a party named only by a national adjective
// takes the country's name and refers to the adjective's misc record, and
// that an official listed after another serves the same state.
func TestDemonymParty(t *testing.T) {
	ex := newTestExtractor(t)
	text := "Talks bringing together Danish Trade Minister Anna Berg, Customs Chief Lars Holm and Norwegian Finance Minister Ola Dahl reaffirmed a commitment to the fisheries accord."
	res, err := ex.Extract(context.Background(), model.Article{Text: text, RefDate: "2025-08-20"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Agreements) != 1 {
		t.Fatalf("%d agreements, want 1: %+v", len(res.Agreements), res.Agreements)
	}
	parties := res.Agreements[0].Parties
	if got, want := partyNames(parties), []string{"Denmark", "Norway"}; !slices.Equal(got, want) {
		t.Fatalf("parties = %q, want %q", got, want)
	}
	for i, want := range []struct{ misc, reps string }{{"Danish", "Anna Berg, Lars Holm"}, {"Norwegian", "Ola Dahl"}} {
		p := parties[i]
		if p.Kind != model.KindMisc || !slices.ContainsFunc(res.Misc, func(m model.Misc) bool { return m.ID == p.ID && m.Name == want.misc }) {
			t.Errorf("party %s = %+v, want a ref to the misc record %s", p.Name, p.Ref, want.misc)
		}
		var reps []string
		for _, r := range p.Representatives {
			reps = append(reps, r.Name)
		}
		if got := strings.Join(reps, ", "); got != want.reps {
			t.Errorf("%s's representatives = %q, want %q", p.Name, got, want.reps)
		}
	}
}

func TestAgreementFalseAlarms(t *testing.T) {
	ex := newTestExtractor(t)
	for _, text := range []string{
		"The rally was a sign of growing anger.",
		"He committed a crime in 2019, the court found.",
		"Traders were offered by the bank a lower rate.",
		"The deal-making culture of the city is famous.",
		"Analysts suggest that the talks are designed to break the impasse.",
		"The minister assured reporters that the economy was sound.",
		"The team secured a win in the final.",
		"The pact was a fine pact for the valley.",
		"The deal was signed on Monday.",
	} {
		res, err := ex.Extract(context.Background(), model.Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Agreements) != 0 {
			t.Errorf("%q: false agreement %+v", text, res.Agreements)
		}
	}
}

// TestDescribedAgreementKept checks that a generic agreement noun the
// clause only describes is dropped alone, not when it restates an
// agreement with parties, a name or a type.
func TestDescribedAgreementKept(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range []struct{ text, want string }{
		{"Kenya and Uganda signed a trade pact. The pact was a fine deal for both.", "Kenya Uganda"},
		{"The tentative pact would end the quarrel over the mill.", ""},
		{"The ceasefire deal was a relief for the villages.", ""},
	} {
		res, err := ex.Extract(context.Background(), model.Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Agreements) != 1 || strings.Join(partyNames(res.Agreements[0].Parties), " ") != tc.want {
			t.Errorf("%q: want one agreement with parties %q, got %+v", tc.text, tc.want, res.Agreements)
		}
	}
}

// partyNames returns the names of parties, nil for none.
func partyNames(parties []model.Party) []string {
	var out []string
	for _, p := range parties {
		out = append(out, p.Name)
	}
	return out
}
