package model

// AgreementStatus says what stage of an agreement the text reports.
type AgreementStatus string

// Agreement statuses.
const (
	StatusAgreed     AgreementStatus = "agreed"     // reached, in force, or referred to as existing
	StatusReaffirmed AgreementStatus = "reaffirmed" // restated or renewed
	StatusCommitted  AgreementStatus = "committed"  // a new pledge to another party
	StatusSigned     AgreementStatus = "signed"     // signed, initialled or ratified
	StatusRejected   AgreementStatus = "rejected"   // turned down, blocked, cancelled
	StatusProposed   AgreementStatus = "proposed"   // offered, demanded, under negotiation
)

// AgreementStatuses returns every AgreementStatus.
func AgreementStatuses() []AgreementStatus {
	return []AgreementStatus{StatusAgreed, StatusReaffirmed, StatusCommitted, StatusSigned, StatusRejected, StatusProposed}
}

// Enum returns the values of AgreementStatus, for the JSON Schema.
func (AgreementStatus) Enum() []string { return enumStrings(AgreementStatuses()) }

// AgreementType is the kind of an agreement, the twelve of the annotation
// guideline (data/events/GUIDELINES.md of the project's gold data).
type AgreementType string

// Agreement types.
const (
	AgreementCeasefire         AgreementType = "ceasefire"          // truces, halting hostilities
	AgreementPeace             AgreementType = "peace"              // political settlement of a conflict
	AgreementDeEscalation      AgreementType = "de-escalation"      // reducing tension short of a ceasefire
	AgreementSecurity          AgreementType = "security"           // defence pacts, troops, bases, arms control
	AgreementDiplomatic        AgreementType = "diplomatic"         // relations, consulates, agreements to meet
	AgreementTrade             AgreementType = "trade"              // tariffs, quotas, market access, air services
	AgreementEconomic          AgreementType = "economic"           // cooperation, bailouts, debt, wages
	AgreementMergerAcquisition AgreementType = "merger_acquisition" // mergers, takeovers, sales of companies or stakes
	AgreementContract          AgreementType = "contract"           // commercial and player contracts, licences
	AgreementLegalSettlement   AgreementType = "legal_settlement"   // settled lawsuits, plea agreements
	AgreementHumanitarianAid   AgreementType = "humanitarian_aid"   // aid delivery, relief, refugees
	AgreementOther             AgreementType = "other"              // anything else
)

// AgreementTypes returns every AgreementType.
func AgreementTypes() []AgreementType {
	return []AgreementType{AgreementCeasefire, AgreementPeace, AgreementDeEscalation, AgreementSecurity,
		AgreementDiplomatic, AgreementTrade, AgreementEconomic, AgreementMergerAcquisition,
		AgreementContract, AgreementLegalSettlement, AgreementHumanitarianAid, AgreementOther}
}

// Enum returns the values of AgreementType, for the JSON Schema.
func (AgreementType) Enum() []string { return enumStrings(AgreementTypes()) }

// EntityKind is the kind of record a party or reference points to.
type EntityKind string

// Entity kinds.
const (
	KindPerson       EntityKind = "person"
	KindPlace        EntityKind = "place"
	KindOrganization EntityKind = "organization"
	KindMisc         EntityKind = "misc"
)

// EntityKinds returns every EntityKind.
func EntityKinds() []EntityKind {
	return []EntityKind{KindPerson, KindPlace, KindOrganization, KindMisc}
}

// Enum returns the values of EntityKind, for the JSON Schema.
func (EntityKind) Enum() []string { return enumStrings(EntityKinds()) }

// Ref points to a person, place, organization or misc record of the same
// result.
type Ref struct {
	// Name is the record's name, except in a Party named by a national
	// adjective, which takes the country's name ("Israel" for the misc
	// record "Israeli").
	Name string `json:"name" yaml:"name"`
	// Kind is person, place, organization or misc.
	Kind EntityKind `json:"kind" yaml:"kind"`
	// ID is the record's id ("place-2").
	ID string `json:"id" yaml:"id"`
}

// Party is one side of an agreement or meeting: a record of the result,
// with the people the text shows acting for it ("Syrian Foreign Minister X"
// acts for Syria). A country the text names only by its national adjective
// ("Israeli Minister X", no place record of Israel) is the adjective's misc
// record (Kind misc, its ID) under the country's name ("Israel").
type Party struct {
	Ref `yaml:",inline"`
	// Representatives are the people acting for the party; empty when the
	// party acts by itself.
	Representatives []Ref `json:"representatives" yaml:"representatives"`
}

// Agreement is one agreement, however many times the text mentions it.
type Agreement struct {
	// ID identifies the agreement within its result ("agreement-1").
	ID string `json:"id" yaml:"id"`
	// Status is agreed, reaffirmed, committed, signed, rejected or proposed.
	Status AgreementStatus `json:"status" yaml:"status"`
	// Type is ceasefire, peace, de-escalation, security, diplomatic, trade,
	// economic, merger_acquisition, contract, legal_settlement,
	// humanitarian_aid or other.
	Type AgreementType `json:"type" yaml:"type"`
	// Subject is what was agreed, in the text's words.
	Subject string `json:"subject" yaml:"subject"`
	// Name is the agreement's name when the text names one
	// ("1931 Quorby border agreement").
	Name string `json:"name,omitempty" yaml:"name,omitempty"`
	// Parties are the sides bound by, proposing or rejecting it; empty when
	// the text names none.
	Parties []Party `json:"parties" yaml:"parties"`
	// Date is the temporal expression tied to the agreement, if any.
	Date *Date `json:"date,omitempty" yaml:"date,omitempty"`
	// Place is where it was reached or signed, when the text says so.
	Place *Ref `json:"place,omitempty" yaml:"place,omitempty"`
	// Meeting is the id of the meeting it was reached at, if any.
	Meeting string `json:"meeting,omitempty" yaml:"meeting,omitempty"`
	// Trigger is the word that signals the agreement ("agreed", "rejection").
	Trigger Span `json:"trigger" yaml:"trigger"`
	// Evidence is the text that states it.
	Evidence Span `json:"evidence" yaml:"evidence"`
	// Mentions are the later places that refer to the same agreement ("the
	// deal", "the accord"); empty when none.
	Mentions []Span `json:"mentions" yaml:"mentions"`
}

// MeetingStatus says whether a meeting took place.
type MeetingStatus string

// Meeting statuses.
const (
	MeetingHeld      MeetingStatus = "held"
	MeetingPlanned   MeetingStatus = "planned"
	MeetingOngoing   MeetingStatus = "ongoing"
	MeetingCancelled MeetingStatus = "cancelled"
)

// MeetingStatuses returns every MeetingStatus.
func MeetingStatuses() []MeetingStatus {
	return []MeetingStatus{MeetingHeld, MeetingPlanned, MeetingOngoing, MeetingCancelled}
}

// Enum returns the values of MeetingStatus, for the JSON Schema.
func (MeetingStatus) Enum() []string { return enumStrings(MeetingStatuses()) }

// Meeting is one encounter between named parties: talks, a summit, a
// visit, a round of negotiations, held, ongoing, planned or cancelled.
type Meeting struct {
	// ID identifies the meeting within its result ("meeting-1").
	ID string `json:"id" yaml:"id"`
	// Status is held, planned, ongoing or cancelled.
	Status MeetingStatus `json:"status" yaml:"status"`
	// Participants are the sides that take part; empty when none is named.
	Participants []Party `json:"participants" yaml:"participants"`
	// Place is where it happens, when the text says so.
	Place *Ref `json:"place,omitempty" yaml:"place,omitempty"`
	// Date is the temporal expression tied to it, if any.
	Date *Date `json:"date,omitempty" yaml:"date,omitempty"`
	// Mediator is the third party that mediates or hosts as intermediary.
	Mediator *Party `json:"mediator,omitempty" yaml:"mediator,omitempty"`
	// Trigger is the word that names the meeting ("talks", "met").
	Trigger Span `json:"trigger" yaml:"trigger"`
	// Evidence is the text that states it.
	Evidence Span `json:"evidence" yaml:"evidence"`
	// Mentions are the later places that refer to it ("the talks", "That
	// session"); empty when none.
	Mentions []Span `json:"mentions" yaml:"mentions"`
}
