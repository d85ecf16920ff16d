package score

// Agreements and meetings are scored the way the shared events gold
// describes (the scoring section of data/events/README.md): per document and per kind, predictions matched one to one to
// required gold items whose evidence or also spans they overlap; repeated
// records of one item counted as errors, predictions on optional items
// neutral; fields compared on matched pairs.

// EventSpan is an `also` mention of a gold agreement or meeting.
type EventSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// GoldAgreement is one gold agreement in the JSON layout. Name is "" where
// the file has null.
type GoldAgreement struct {
	Start    int         `json:"start"`
	End      int         `json:"end"`
	Evidence string      `json:"evidence"`
	Status   string      `json:"status"`
	Type     string      `json:"type"`
	Parties  []string    `json:"parties"`
	Name     string      `json:"name"`
	Also     []EventSpan `json:"also"`
	Optional bool        `json:"optional"`
}

// GoldMeeting is one gold meeting in the JSON layout. Place, DateText and
// Mediator are "" where the file has null.
type GoldMeeting struct {
	Start        int         `json:"start"`
	End          int         `json:"end"`
	Evidence     string      `json:"evidence"`
	Participants []string    `json:"participants"`
	Place        string      `json:"place"`
	DateText     string      `json:"date_text"`
	Mediator     string      `json:"mediator"`
	Also         []EventSpan `json:"also"`
	Optional     bool        `json:"optional"`
}

// EventGold is one document's agreements and meetings as the JSON layout
// has them; embedded in a document type, it reads those two keys.
type EventGold struct {
	Agreements []GoldAgreement `json:"agreements"`
	Meetings   []GoldMeeting   `json:"meetings"`
}

// Present reports whether the document had the agreements or meetings key
// (encoding/json leaves a list nil only when its key is absent or null).
func (g EventGold) Present() bool { return g.Agreements != nil || g.Meetings != nil }

// EventPred is one predicted agreement or meeting. Start and End are byte
// offsets into the document's text (End exclusive); a span that is empty or
// starts before 0 matches nothing. A field may hold several values: a
// value-field is correct when any of them matches.
type EventPred struct {
	Start, End int
	// Status and Type are an agreement's.
	Status, Type string
	// Parties are an agreement's parties or a meeting's participants.
	Parties []string
	// Names are an agreement's names.
	Names []string
	// Places, DateTexts and Mediators are a meeting's.
	Places, DateTexts, Mediators []string
}

// Ratio is a count of correct answers out of scored ones.
type Ratio struct{ Correct, Total int }

// Pct is Correct/Total as a percentage, 0 when nothing was scored.
func (r Ratio) Pct() float64 {
	if r.Total == 0 {
		return 0
	}
	return 100 * float64(r.Correct) / float64(r.Total)
}

func (r *Ratio) add(ok bool) {
	r.Total++
	if ok {
		r.Correct++
	}
}

// EventKindScores are the figures of one kind, agreements or meetings.
// Percentages are 0-100, and 0 where their denominator is 0.
type EventKindScores struct {
	// Gold and Optional count the required and optional gold items, Pred the
	// predictions.
	Gold, Optional, Pred int
	// TP are matched pairs, FN unmatched required items. An unmatched
	// prediction is Redundant when it overlaps a matched item, else Ignored
	// when it overlaps optional items only, else a false positive (FP).
	TP, FP, FN, Redundant, Ignored int
	// P is TP over all records counted (TP, FP and Redundant), R is TP over
	// all required items (TP and FN), F1 their harmonic mean (0 when TP is
	// 0). LenientP leaves Redundant out of P's denominator; LenientF1 is
	// from LenientP and R.
	P, R, F1, LenientP, LenientF1 float64
	// Status, TypeStrict, TypeLenient and Name are agreements' field
	// accuracies on matched pairs; Name only where gold has a name.
	Status, TypeStrict, TypeLenient, Name Ratio
	// PartiesRecall counts gold parties (participants for meetings) of
	// matched pairs found among the predicted ones; PartiesPrecision counts
	// predicted parties that match a gold one, on pairs whose gold has any.
	PartiesRecall, PartiesPrecision Ratio
	// Place, DateText and Mediator are meetings' field accuracies on matched
	// pairs whose gold has the field.
	Place, DateText, Mediator Ratio
}

// EventScores are the figures of both kinds, with the records predicted in
// trap documents: documents whose gold has no agreement and no meeting.
type EventScores struct {
	Agreements, Meetings  EventKindScores
	TrapDocs, TrapRecords int
}

// EventCounts accumulates event matches over any number of documents. The
// zero value is ready to use.
type EventCounts struct {
	agreements, meetings  EventKindScores
	trapDocs, trapRecords int
}

// Add scores one document: its gold, and the agreements and meetings
// predicted for it.
func (c *EventCounts) Add(gold EventGold, agreements, meetings []EventPred) {
	addKind(&c.agreements, agreementItems(gold.Agreements), agreements, agreementAffinity, agreementFields)
	addKind(&c.meetings, meetingItems(gold.Meetings), meetings, meetingAffinity, meetingFields)
	if len(gold.Agreements) == 0 && len(gold.Meetings) == 0 {
		c.trapDocs++
		c.trapRecords += len(agreements) + len(meetings)
	}
}

// Scores returns the figures over everything added so far.
func (c *EventCounts) Scores() EventScores {
	return EventScores{
		Agreements:  withRates(c.agreements),
		Meetings:    withRates(c.meetings),
		TrapDocs:    c.trapDocs,
		TrapRecords: c.trapRecords,
	}
}

func withRates(s EventKindScores) EventKindScores {
	s.P = pct(s.TP, s.TP+s.FP+s.Redundant)
	s.R = pct(s.TP, s.TP+s.FN)
	s.LenientP = pct(s.TP, s.TP+s.FP)
	if s.TP > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
		s.LenientF1 = 2 * s.LenientP * s.R / (s.LenientP + s.R)
	}
	return s
}

func pct(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(k) / float64(n)
}

// addKind matches one document's predictions of one kind to its gold items
// and counts the outcome into s.
func addKind(s *EventKindScores, items []eventItem, preds []EventPred,
	affinity func(eventItem, EventPred) float64, fields func(*EventKindScores, eventItem, EventPred)) {
	m := matchEvents(items, preds, affinity)
	for i, it := range items {
		switch {
		case it.optional:
			s.Optional++
		case m.predOf[i] < 0:
			s.Gold++
			s.FN++
		default:
			s.Gold++
			s.TP++
			fields(s, it, preds[m.predOf[i]])
		}
	}
	s.Pred += len(preds)
	for j, p := range preds {
		if m.goldOf[j] >= 0 {
			continue
		}
		switch unmatchedKind(items, m, span{p.Start, p.End}) {
		case redundant:
			s.Redundant++
		case ignored:
			s.Ignored++
		default:
			s.FP++
		}
	}
}

const (
	falsePositive = iota
	redundant
	ignored
)

// unmatchedKind says what an unmatched prediction with span p counts as.
func unmatchedKind(items []eventItem, m matching, p span) int {
	if !usable(p) {
		return falsePositive
	}
	optional := false
	for i, it := range items {
		if !it.overlaps(p) {
			continue
		}
		if m.predOf[i] >= 0 {
			return redundant
		}
		optional = optional || it.optional
	}
	if optional {
		return ignored
	}
	return falsePositive
}

func itemSpans(start, end int, also []EventSpan) []span {
	spans := []span{{start, end}}
	for _, a := range also {
		spans = append(spans, span{a.Start, a.End})
	}
	return spans
}

func agreementItems(gold []GoldAgreement) []eventItem {
	items := make([]eventItem, len(gold))
	for i, g := range gold {
		items[i] = eventItem{spans: itemSpans(g.Start, g.End, g.Also), optional: g.Optional,
			status: g.Status, typ: g.Type, parties: g.Parties, name: g.Name}
	}
	return items
}

func meetingItems(gold []GoldMeeting) []eventItem {
	items := make([]eventItem, len(gold))
	for i, g := range gold {
		items[i] = eventItem{spans: itemSpans(g.Start, g.End, g.Also), optional: g.Optional,
			parties: g.Participants, place: g.Place, dateText: g.DateText, mediator: g.Mediator}
	}
	return items
}

// partiesFound is the fraction of gold parties some predicted party
// matches, 0 when gold has none.
func partiesFound(gold, pred []string) float64 {
	if len(gold) == 0 {
		return 0
	}
	n := 0
	for _, g := range gold {
		if anyNameMatch(pred, g) {
			n++
		}
	}
	return float64(n) / float64(len(gold))
}

func agreementAffinity(it eventItem, p EventPred) float64 {
	a := partiesFound(it.parties, p.Parties)
	if NormalizeStatus(p.Status) == it.status {
		a++
	}
	if _, lenient := TypeMatch(p.Type, it.typ); lenient {
		a++
	}
	return a
}

func meetingAffinity(it eventItem, p EventPred) float64 {
	a := partiesFound(it.parties, p.Parties)
	if it.place != "" && anyNameMatch(p.Places, it.place) {
		a++
	}
	return a
}

// addParties counts the parties' recall and precision of one matched pair.
func addParties(s *EventKindScores, gold, pred []string) {
	for _, g := range gold {
		s.PartiesRecall.add(anyNameMatch(pred, g))
	}
	if len(gold) == 0 {
		return
	}
	for _, p := range pred {
		found := false
		for _, g := range gold {
			found = found || NameMatch(p, g)
		}
		s.PartiesPrecision.add(found)
	}
}

func agreementFields(s *EventKindScores, it eventItem, p EventPred) {
	s.Status.add(NormalizeStatus(p.Status) == it.status)
	strict, lenient := TypeMatch(p.Type, it.typ)
	s.TypeStrict.add(strict)
	s.TypeLenient.add(lenient)
	addParties(s, it.parties, p.Parties)
	if it.name != "" {
		s.Name.add(anyNameMatch(p.Names, it.name))
	}
}

func meetingFields(s *EventKindScores, it eventItem, p EventPred) {
	addParties(s, it.parties, p.Parties)
	if it.place != "" {
		s.Place.add(anyNameMatch(p.Places, it.place))
	}
	if it.dateText != "" {
		s.DateText.add(anyNameMatch(p.DateTexts, it.dateText))
	}
	if it.mediator != "" {
		s.Mediator.add(anyNameMatch(p.Mediators, it.mediator))
	}
}
