package events

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/model"
)

// agreementsOf runs the finder over made-up text with no entity mentions.
func agreementsOf(t *testing.T, f *Finder, s string) []model.Agreement {
	t.Helper()
	return f.Agreements(Input{Doc: analyze(t, s)})
}

func TestClauseStatus(t *testing.T) {
	f := newTestFinder(t)
	tests := []struct {
		sentence string
		want     model.AgreementStatus // "" for no record
	}{
		// negation
		{"The two unions did not agree to a new wage scale.", ""},
		{"No agreement was reached on the fishing quotas.", ""},
		{"The round ended without a deal on grain prices.", ""},
		{"The talks failed to produce a deal on the river.", ""},
		{"The cooperative will not accept the offer for its mills.", model.StatusRejected},
		// opinion
		{"Several economists agreed that inflation would slow.", ""},
		{"The coach agreed with the assessment of his deputy.", ""},
		// modality and prospect
		{"The brewers are expected to sign a supply contract next week.", model.StatusProposed},
		{"The two towns hope to sign a water-sharing accord.", model.StatusProposed},
		{"The ferry line is considering a takeover of its smaller rival.", model.StatusProposed},
		{"The charter needs to be ratified by both chambers.", model.StatusProposed},
		{"Delegates opened talks on a new accord for the valley.", model.StatusProposed},
		{"The mill wants to buy a 20 percent stake in the dairy.", model.StatusProposed},
		{"The creamery is in talks to buy a stake in the mill.", model.StatusProposed},
		{"The ferry line is in negotiations to buy a stake in the port.", model.StatusProposed},
		// settled terms: a scheduled signing is agreed
		{"The two provinces will sign the accord on Monday.", model.StatusAgreed},
		// object and transfer triggers
		{"The bakers struck a deal with the flour mill.", model.StatusAgreed},
		{"The dairy reached an agreement with the herders.", model.StatusAgreed},
		{"The shipyard turned down the offer from the navy.", model.StatusRejected},
		{"The council terminated its contract with the builder.", model.StatusRejected},
		{"The grocer sold its bakery unit to a rival.", model.StatusAgreed},
		{"The gallery inked a licence with the estate.", model.StatusSigned},
		{"The envoy discussed with the herders a framework agreement on grazing.", model.StatusProposed},
		{"The valley board is close to completing a deal with the millers.", model.StatusProposed},
		{"Under a May 20 agreement between the towns, the bridge reopened.", model.StatusAgreed},
		// an offer that went through; an agreement someone seeks to undo
		{"The dairy said its takeover offer for the creamery was successful.", model.StatusAgreed},
		{"The miller wants to void a standstill pact with the bakery.", model.StatusAgreed},
		{"The board might decide on Friday to sell its stake in the mill.", model.StatusProposed},
		{"The board decided on Friday to sell its stake in the mill.", model.StatusAgreed},
		// restated
		{"The republic remained committed to the river accords.", model.StatusReaffirmed},
		// a reported clause keeps its status
		{"Officials said the herders and the dairy had agreed to a truce.", model.StatusAgreed},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			got := agreementsOf(t, f, tt.sentence)
			switch {
			case tt.want == "" && len(got) != 0:
				t.Errorf("want no agreement, got %+v", got)
			case tt.want != "" && len(got) != 1:
				t.Errorf("want one %s agreement, got %d: %+v", tt.want, len(got), got)
			case tt.want != "" && got[0].Status != tt.want:
				t.Errorf("status %q, want %q", got[0].Status, tt.want)
			}
		})
	}
}

func TestTraps(t *testing.T) {
	f := newTestFinder(t)
	for _, s := range []string{
		"Wheat futures settled at 104.5 cents after the report.",
		"The settlement price of the September contracts fell.",
		"New settlements were built near the ridge last year.",
		"The governor signed a decree ordering new elections.",
		"The mayor signed the bill into law on Friday.",
		"The ministry must deal with the problem of flooding.",
		"The sprinter won at the grand prix meeting in the rain.",
		"Traders sold out of the stock in early dealing.",
		"The firm refused to comment on the report.",
		"A High Court judge rejected the appeal by the builder.",
		"A brewery offered free drinks to the whole crowd.",
		"The grant is lost unless the tenant agrees to repay it.",
	} {
		if got := agreementsOf(t, f, s); len(got) != 0 {
			t.Errorf("%q: false agreement %+v", s, got)
		}
	}
}

func TestEvidenceIsTheClause(t *testing.T) {
	f := newTestFinder(t)
	tests := []struct{ sentence, want string }{
		{"The agency said on Friday that the two cooperatives signed a three-year accord on river shipping, ending a long dispute.",
			"the two cooperatives signed a three-year accord on river shipping"},
		{"In June, the mill agreed to buy the bakery after months of talks.", "the mill agreed to buy the bakery"},
		{"The herders agreed to a truce and to reopen the market road.", "The herders agreed to a truce"},
	}
	for _, tt := range tests {
		got := agreementsOf(t, f, tt.sentence)
		if len(got) == 0 || got[0].Evidence.Text != tt.want {
			t.Errorf("%q: evidence %+v, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestClauseType checks the type read from whole made-up sentences.
func TestClauseType(t *testing.T) {
	f := newTestFinder(t)
	tests := []struct {
		sentence string
		want     model.AgreementType
	}{
		{"The union rejected the ferry company's offer of a 3 percent raise.", model.AgreementEconomic},
		{"The rovers signed up the young winger on loan for the season.", model.AgreementContract},
		{"The mill agreed to buy a 30 percent stake in the bakery.", model.AgreementMergerAcquisition},
	}
	for _, tt := range tests {
		got := agreementsOf(t, f, tt.sentence)
		if len(got) != 1 || got[0].Type != tt.want {
			t.Errorf("%q: %+v, want one %s agreement", tt.sentence, got, tt.want)
		}
	}
}

func TestOneRecordPerAgreement(t *testing.T) {
	f := newTestFinder(t)
	tests := []struct {
		text     string
		records  int
		mentions int // of the first record
	}{
		{"The mill agreed to buy the bakery. The deal was welcomed by the staff.", 1, 1},
		{"The mill agreed to buy the bakery. Critics said the agreement hurt farmers.", 1, 1},
		{"The towns agreed to share the well and to repair the bridge.", 2, 0},
		// A partyless restatement of the same kind folds; a previous truce
		// is not the new one.
		{"The herders agreed a new truce on Monday. The two chiefs have agreed to cease the raids.", 1, 1},
		{"The herders agreed a new truce on Monday. A previous truce was broken by raids.", 2, 0},
		// "the deal" after a purchase refers back to it, whatever noun
		// first stated it; "the offer" inside a clause too.
		{"The mill agreed to buy the bakery. On Friday the owners signed the deal.", 1, 1},
		{"The mill made a settlement offer to the growers. The growers have until Friday to accept or spurn the offer.", 1, 1},
		// "Under an accord" states the terms of the one reported; "under
		// a new accord" another.
		{"The dairy and its lenders agreed to set up a joint firm. Under an accord signed in May, the workers keep their jobs.", 1, 1},
		{"The dairy and its lenders agreed to set up a joint firm. Under a new accord signed in May, the workers keep their jobs.", 2, 0},
		// Two reaffirmations of one stance by the same sides are one.
		{"The herders and the farmers reaffirmed their commitment to the border truce. Both sides reiterated their commitment to the border truce.", 1, 1},
	}
	for _, tt := range tests {
		got := agreementsOf(t, f, tt.text)
		if len(got) != tt.records {
			t.Errorf("%q: %d records, want %d: %+v", tt.text, len(got), tt.records, got)
			continue
		}
		if len(got[0].Mentions) != tt.mentions {
			t.Errorf("%q: first record with %d mentions, want %d: %+v", tt.text, len(got[0].Mentions), tt.mentions, got)
		}
		for _, a := range got {
			for _, m := range a.Mentions {
				if !strings.Contains(tt.text, m.Text) {
					t.Errorf("mention %q not in text", m.Text)
				}
			}
		}
	}
}

func TestRestatementFolds(t *testing.T) {
	f := newTestFinder(t)
	doc := analyze(t, "Ilse Varga signed a new contract with Rovers. Varga agreed a new deal before the game. Varga also agreed to coach the juniors.")
	// Made-up mentions: Ilse Varga and Varga are one person, Rovers a club.
	var mentions []ner.Mention
	refs := map[int]model.Ref{}
	for i, tok := range doc.Tokens {
		switch tok.Text {
		case "Ilse":
			mentions = append(mentions, ner.Mention{Start: tok.Start, End: doc.Tokens[i+1].End(), First: i, Last: i + 2, Label: ner.LabelPER})
			refs[tok.Start] = model.Ref{Name: "Ilse Varga", Kind: model.KindPerson, ID: "person-1"}
		case "Varga":
			if i > 0 && doc.Tokens[i-1].Text == "Ilse" {
				continue
			}
			mentions = append(mentions, ner.Mention{Start: tok.Start, End: tok.End(), First: i, Last: i + 1, Label: ner.LabelPER})
			refs[tok.Start] = model.Ref{Name: "Ilse Varga", Kind: model.KindPerson, ID: "person-1"}
		case "Rovers":
			mentions = append(mentions, ner.Mention{Start: tok.Start, End: tok.End(), First: i, Last: i + 1, Label: ner.LabelORG})
			refs[tok.Start] = model.Ref{Name: "Rovers", Kind: model.KindOrganization, ID: "org-1"}
		}
	}
	got := f.Agreements(Input{Doc: doc, Mentions: mentions, Refs: refsOf(refs)})
	// The second sentence restates the contract; "also" states a new one.
	if len(got) != 2 || len(got[0].Mentions) != 1 || len(got[0].Parties) != 2 {
		t.Fatalf("got %d records, want 2 (the contract with one mention and two parties): %+v", len(got), got)
	}
}

func TestHeadlineFoldsOnlyIntoItsType(t *testing.T) {
	f := newTestFinder(t)
	head := "Herders agree a truce with the farmers.\n\n"
	for _, tt := range []struct {
		body    string
		records int
	}{
		// A truce headline over a purchase story is a record of its own.
		{"The mill agreed to buy the bakery on Friday.", 2},
		// Over a truce story it is a mention of the body's truce.
		{"The herders agreed a truce with the farmers on Friday.", 1},
	} {
		doc := analyze(t, head+tt.body)
		got := f.Agreements(Input{Doc: doc, BodyStart: len(head)})
		if len(got) != tt.records {
			t.Errorf("%q: %d records, want %d: %+v", tt.body, len(got), tt.records, got)
		}
	}
}
