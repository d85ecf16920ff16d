package score

import (
	"math"
	"testing"
)

// agr is a required gold agreement with evidence [start, end).
func agr(start, end int, status, typ string, parties ...string) GoldAgreement {
	return GoldAgreement{Start: start, End: end, Status: status, Type: typ, Parties: parties}
}

// also adds also spans [s0, e0), [s1, e1)... to a gold agreement.
func (g GoldAgreement) also(bounds ...int) GoldAgreement {
	for i := 0; i+1 < len(bounds); i += 2 {
		g.Also = append(g.Also, EventSpan{Start: bounds[i], End: bounds[i+1]})
	}
	return g
}

func (g GoldAgreement) optional() GoldAgreement { g.Optional = true; return g }

// pred is a predicted agreement on [start, end).
func pred(start, end int, status, typ string, parties ...string) EventPred {
	return EventPred{Start: start, End: end, Status: status, Type: typ, Parties: parties}
}

// scoreAgreements scores one document of agreements.
func scoreAgreements(gold []GoldAgreement, preds []EventPred) EventKindScores {
	var c EventCounts
	c.Add(EventGold{Agreements: gold}, preds, nil)
	return c.Scores().Agreements
}

type counts struct{ tp, fp, fn, red, ign int }

func countsOf(s EventKindScores) counts {
	return counts{s.TP, s.FP, s.FN, s.Redundant, s.Ignored}
}

func (g GoldAgreement) named(name string) GoldAgreement { g.Name = name; return g }

func (p EventPred) named(names ...string) EventPred { p.Names = names; return p }

// eventMatchingCases pin which gold item each prediction is matched to,
// seen through the field accuracies of the pairs.
var eventMatchingCases = []struct {
	name                       string
	gold                       []GoldAgreement
	preds                      []EventPred
	want                       counts
	status, typ, recall, named Ratio
}{
	{
		// The prediction overlaps A's evidence and, by more bytes and
		// with the right status, B's also span: evidence comes first.
		name:  "evidence overlap beats affinity and bytes",
		gold:  []GoldAgreement{agr(0, 10, "agreed", "peace"), agr(50, 60, "signed", "peace").also(5, 40)},
		preds: []EventPred{pred(8, 40, "signed", "peace")},
		want:  counts{tp: 1, fn: 1}, status: Ratio{0, 1}, typ: Ratio{1, 1},
	},
	{
		// Both evidences overlap: A by more bytes, B with the right status.
		name:  "affinity beats overlap bytes",
		gold:  []GoldAgreement{agr(0, 20, "agreed", "peace"), agr(20, 30, "signed", "peace")},
		preds: []EventPred{pred(0, 22, "sign", "peace")},
		want:  counts{tp: 1, fn: 1}, status: Ratio{1, 1}, typ: Ratio{1, 1},
	},
	{
		// A has the right status, B the right type: equal affinity.
		name:  "more overlap bytes win on equal affinity",
		gold:  []GoldAgreement{agr(0, 20, "agreed", "peace"), agr(20, 30, "signed", "trade")},
		preds: []EventPred{pred(15, 30, "agreed", "trade")},
		want:  counts{tp: 1, fn: 1}, status: Ratio{0, 1}, typ: Ratio{1, 1},
	},
	{
		name:  "a larger share of parties wins",
		gold:  []GoldAgreement{agr(0, 20, "agreed", "trade", "Israel", "Syria"), agr(20, 40, "agreed", "trade", "Syria")},
		preds: []EventPred{pred(0, 40, "agreed", "trade", "Syria")},
		want:  counts{tp: 1, fn: 1}, status: Ratio{1, 1}, typ: Ratio{1, 1}, recall: Ratio{1, 1},
	},
	{
		name:  "equal keys go to the lower gold index",
		gold:  []GoldAgreement{agr(0, 10, "agreed", "peace"), agr(10, 20, "signed", "peace settlement")},
		preds: []EventPred{pred(5, 15, "rejected", "peace")},
		want:  counts{tp: 1, fn: 1}, status: Ratio{0, 1}, typ: Ratio{1, 1},
	},
	{
		name:  "equal keys go to the lower prediction index",
		gold:  []GoldAgreement{agr(0, 10, "agreed", "peace").named("Oslo Accords")},
		preds: []EventPred{pred(0, 10, "agreed", "peace"), pred(0, 10, "agreed", "peace").named("Oslo")},
		want:  counts{tp: 1, red: 1}, status: Ratio{1, 1}, typ: Ratio{1, 1}, named: Ratio{0, 1},
	},
	{
		// Greedy gives A to the first prediction (better key); the second
		// overlaps only A, so the first is re-seated on B.
		name:  "augmenting path re-seats a matched prediction",
		gold:  []GoldAgreement{agr(0, 10, "agreed", "peace"), agr(10, 20, "signed", "trade")},
		preds: []EventPred{pred(0, 15, "agreed", "peace"), pred(2, 6, "signed", "trade")},
		want:  counts{tp: 2}, status: Ratio{0, 2}, typ: Ratio{0, 2},
	},
	{
		// p0 holds A (could take B), p1 holds B (could take C), p2
		// overlaps only A: p1 moves to C, p0 to B, p2 takes A.
		name: "augmenting path of two steps",
		gold: []GoldAgreement{agr(0, 10, "agreed", "peace"), agr(10, 20, "agreed", "peace"), agr(20, 30, "agreed", "peace")},
		preds: []EventPred{pred(5, 12, "agreed", "peace"), pred(15, 22, "agreed", "peace"),
			pred(0, 3, "agreed", "peace")},
		want: counts{tp: 3}, status: Ratio{3, 3}, typ: Ratio{3, 3},
	},
	{
		name: "redundant, ignored and false positives",
		gold: []GoldAgreement{agr(0, 10, "agreed", "peace").also(100, 110), agr(20, 30, "agreed", "peace").optional()},
		preds: []EventPred{
			pred(0, 10, "agreed", "peace"),    // TP
			pred(105, 108, "agreed", "peace"), // repeats the matched item on its also span
			pred(25, 26, "agreed", "peace"),   // on the optional item only
			pred(8, 22, "agreed", "peace"),    // matched item and optional one: a repeat
			pred(40, 50, "agreed", "peace"),   // on nothing
			pred(0, 0, "agreed", "peace"),     // no usable span
			pred(-1, 5, "agreed", "peace"),    // no usable span
		},
		want: counts{tp: 1, fp: 3, red: 2, ign: 1}, status: Ratio{1, 1}, typ: Ratio{1, 1},
	},
	{
		name:  "optional items are never matched",
		gold:  []GoldAgreement{agr(0, 10, "agreed", "peace").optional()},
		preds: []EventPred{pred(0, 10, "agreed", "peace")},
		want:  counts{ign: 1},
	},
	{
		name:  "touching spans do not overlap",
		gold:  []GoldAgreement{agr(10, 20, "agreed", "peace").also(30, 40)},
		preds: []EventPred{pred(0, 10, "agreed", "peace"), pred(20, 30, "agreed", "peace")},
		want:  counts{fp: 2, fn: 1},
	},
}

func TestEventMatching(t *testing.T) {
	for _, tt := range eventMatchingCases {
		t.Run(tt.name, func(t *testing.T) {
			s := scoreAgreements(tt.gold, tt.preds)
			if got := countsOf(s); got != tt.want {
				t.Errorf("counts %+v, want %+v", got, tt.want)
			}
			got := [4]Ratio{s.Status, s.TypeStrict, s.PartiesRecall, s.Name}
			if want := [4]Ratio{tt.status, tt.typ, tt.recall, tt.named}; got != want {
				t.Errorf("status, type, parties recall, name: %+v, want %+v", got, want)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestEventRates(t *testing.T) {
	gold := []GoldAgreement{agr(0, 10, "agreed", "peace"), agr(20, 30, "agreed", "peace"), agr(40, 50, "agreed", "peace")}
	preds := []EventPred{pred(0, 5, "", ""), pred(5, 10, "", ""), pred(60, 70, "", "")}
	s := scoreAgreements(gold, preds)
	// TP 1, FP 1, redundant 1, FN 2.
	if !near(s.P, 100.0/3) || !near(s.R, 100.0/3) || !near(s.F1, 100.0/3) {
		t.Errorf("P %v R %v F1 %v, want 33.3 each", s.P, s.R, s.F1)
	}
	if !near(s.LenientP, 50) || !near(s.LenientF1, 2*50*(100.0/3)/(50+100.0/3)) {
		t.Errorf("lenient P %v F1 %v", s.LenientP, s.LenientF1)
	}
	s = scoreAgreements(gold, []EventPred{pred(60, 70, "", "")})
	if s.TP != 0 || s.F1 != 0 || s.LenientF1 != 0 || s.P != 0 || s.R != 0 {
		t.Errorf("no true positive: %+v", s)
	}
	s = scoreAgreements(nil, nil)
	if s != (EventKindScores{}) {
		t.Errorf("nothing at all: %+v", s)
	}
}

func TestEventCountsAcrossDocuments(t *testing.T) {
	var c EventCounts
	// Each document is matched on its own: the same offsets in another
	// document do not match.
	c.Add(EventGold{Agreements: []GoldAgreement{agr(0, 10, "agreed", "peace")}, Meetings: []GoldMeeting{}}, nil, nil)
	c.Add(EventGold{Agreements: []GoldAgreement{}, Meetings: []GoldMeeting{}}, []EventPred{pred(0, 10, "agreed", "peace")},
		[]EventPred{{Start: 0, End: 3}})
	c.Add(EventGold{Agreements: []GoldAgreement{agr(0, 5, "agreed", "peace").optional()}}, nil, []EventPred{{Start: 0, End: 3}})
	s := c.Scores()
	if got := countsOf(s.Agreements); got != (counts{fn: 1, fp: 1}) {
		t.Errorf("agreements %+v", got)
	}
	if got := countsOf(s.Meetings); got != (counts{fp: 2}) {
		t.Errorf("meetings %+v", got)
	}
	if s.TrapDocs != 1 || s.TrapRecords != 2 {
		t.Errorf("traps: %d documents, %d records; want 1, 2", s.TrapDocs, s.TrapRecords)
	}
	if s.Agreements.Gold != 1 || s.Agreements.Optional != 1 || s.Agreements.Pred != 1 || s.Meetings.Pred != 2 {
		t.Errorf("totals %+v %+v", s.Agreements, s.Meetings)
	}
}

func TestEventFields(t *testing.T) {
	gold := []GoldAgreement{
		agr(0, 10, "signed", "merger/acquisition", "Cie. Financiere de Paribas", "Alexander Lebed"),
		agr(20, 30, "agreed", "humanitarian aid"),
		agr(40, 50, "proposed", "peace", "Comprehensive Test Ban Treaty | CTBT"),
	}
	gold[1].Name = "Oslo Accords"
	gold[2].Name = "Comprehensive Test Ban Treaty | CTBT"
	preds := []EventPred{
		pred(0, 10, " Signing ", "merger acquisition", "Paribas", "Lebed", "the", "Syria"),
		{Start: 20, End: 30, Status: "agreed", Type: "humanitarian_aid", Parties: []string{"Norway"}, Names: []string{"accords"}},
		{Start: 40, End: 50, Status: "offered", Type: "aid", Names: []string{"the treaty", "CTBT"}},
	}
	s := scoreAgreements(gold, preds)
	checks := []struct {
		name string
		got  Ratio
		want Ratio
	}{
		{"status", s.Status, Ratio{3, 3}},
		{"type strict", s.TypeStrict, Ratio{2, 3}},
		{"type lenient", s.TypeLenient, Ratio{2, 3}},
		{"parties recall", s.PartiesRecall, Ratio{2, 3}},
		// Norway is on a pair whose gold has no parties: not scored.
		{"parties precision", s.PartiesPrecision, Ratio{2, 4}},
		{"name", s.Name, Ratio{2, 2}},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, c.got, c.want)
		}
	}
}

func TestMeetingFields(t *testing.T) {
	gold := []GoldMeeting{
		{Start: 0, End: 10, Participants: []string{"Robert Pelletreau | Pelletreau", "Jalal Talabani | PUK"},
			Place: "Naqoura | south Lebanon", DateText: "next month | September 9", Mediator: "OSCE | Minsk Group"},
		{Start: 20, End: 30},
		{Start: 40, End: 50, Participants: []string{"Iran"}, Place: "Geneva"},
	}
	preds := []EventPred{
		{Start: 0, End: 10, Parties: []string{"PUK", "Baghdad"}, Places: []string{"Lebanon", "Beirut"},
			DateTexts: []string{"September 9 , 1996"}, Mediators: []string{"the group"}},
		// Overlaps the second and the third meeting by as many bytes; the
		// place decides.
		{Start: 25, End: 45, Parties: []string{"Iraq"}, Places: []string{"Geneva"}},
	}
	var c EventCounts
	c.Add(EventGold{Meetings: gold}, nil, preds)
	s := c.Scores().Meetings
	if got := countsOf(s); got != (counts{tp: 2, fn: 1}) {
		t.Fatalf("counts %+v", got)
	}
	checks := []struct {
		name      string
		got, want Ratio
	}{
		{"participants recall", s.PartiesRecall, Ratio{1, 3}},
		{"participants precision", s.PartiesPrecision, Ratio{1, 3}},
		{"place", s.Place, Ratio{2, 2}},
		{"date", s.DateText, Ratio{1, 1}},
		{"mediator", s.Mediator, Ratio{0, 1}},
		{"status (agreements only)", s.Status, Ratio{}},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, c.got, c.want)
		}
	}
}

func TestNormalizeStatus(t *testing.T) {
	for in, want := range map[string]string{
		"agreed": "agreed", " Agrees ": "agreed", "settled": "agreed", "accepted": "agreed",
		"signed": "signed", "Signing": "signed",
		"reaffirmed": "reaffirmed", "reiterated": "reaffirmed", "renewed": "reaffirmed",
		"disagreed": "rejected", "rejected": "rejected", "refused": "rejected", "opposed": "rejected",
		"proposed": "proposed", "proposal": "proposed", "offered": "proposed",
		"committed": "committed", "pledged": "committed",
		"held": "held", " Planned": "planned", "": "",
	} {
		if got := NormalizeStatus(in); got != want {
			t.Errorf("NormalizeStatus(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTypeMatch(t *testing.T) {
	tests := []struct {
		pred, gold      string
		strict, lenient bool
	}{
		{"peace", "peace", true, true},
		{"merger acquisition", "merger/acquisition", true, true},
		{"Humanitarian_Aid", "humanitarian aid", true, true},
		{"deescalation", "de-escalation", true, true},
		{"acquisition", "merger/acquisition", false, true},
		{"legal", "legal settlement", false, true},
		{"aid", "humanitarian aid", false, true},
		{"other", "peace", false, false},
		{"de", "de-escalation", false, false},          // under three letters
		{"end of the war", "the end", false, true},     // "end" is not a stop word
		{"for the peace", "the war for", false, false}, // stop words only in common
		{"", "peace", false, false},
	}
	for _, tt := range tests {
		if s, l := TypeMatch(tt.pred, tt.gold); s != tt.strict || l != tt.lenient {
			t.Errorf("TypeMatch(%q, %q) = %v, %v; want %v, %v", tt.pred, tt.gold, s, l, tt.strict, tt.lenient)
		}
	}
}

func TestNameMatch(t *testing.T) {
	tests := []struct {
		pred, gold string
		want       bool
	}{
		{"Lebed", "Alexander Lebed", true},
		{"Alexander Lebed", "Lebed", true},
		{"Cie. Financiere de Paribas", "Paribas", true},
		{"paribas", "Cie. Financiere de Paribas", true},
		{"Financiere Paribas", "Cie. Financiere de Paribas", false}, // not contiguous
		{"Leb", "Alexander Lebed", false},                           // word-aligned
		{"U.S.", "U.S. | United States", true},
		{"United States", "U.S. | United States", true},
		{"States", "U.S. | United States", true},
		{"Washington", "United States | Washington DC", true},
		{"the", "the", false}, // stop words only never match
		{"of the", "Bank of the West", false},
		{"", "Syria", false},
		{"...", "Syria", false},
		{"the Syrians", "Syria", false},
		{"Syria's", "Syria", true},
		{"Syria", "Syria 's government", true},
		{"1974 accord", "the 1974 accord", true},
	}
	for _, tt := range tests {
		if got := NameMatch(tt.pred, tt.gold); got != tt.want {
			t.Errorf("NameMatch(%q, %q) = %v, want %v", tt.pred, tt.gold, got, tt.want)
		}
	}
}
