package model

// QuoteKind says how a quote reports what was said.
type QuoteKind string

// Quote kinds.
const (
	QuoteDirect   QuoteKind = "direct"   // the content is inside quotation marks
	QuoteMixed    QuoteKind = "mixed"    // reported speech with quoted words in it
	QuoteIndirect QuoteKind = "indirect" // reported speech: "X said (that) ...", "according to X, ..."
)

// QuoteKinds returns every QuoteKind.
func QuoteKinds() []QuoteKind {
	return []QuoteKind{QuoteDirect, QuoteMixed, QuoteIndirect}
}

// Enum returns the values of QuoteKind, for the JSON Schema.
func (QuoteKind) Enum() []string { return enumStrings(QuoteKinds()) }

// SpeakerForm says how the text names a quote's speaker.
type SpeakerForm string

// Speaker forms.
const (
	SpeakerName        SpeakerForm = "name"        // "Quorbi", "ZNA"
	SpeakerTitle       SpeakerForm = "title"       // "the minister", "the spokesman"
	SpeakerDescription SpeakerForm = "description" // "a Zedlandic government source", "analysts"
	SpeakerPronoun     SpeakerForm = "pronoun"     // "he", "she", "they"
)

// SpeakerForms returns every SpeakerForm.
func SpeakerForms() []SpeakerForm {
	return []SpeakerForm{SpeakerName, SpeakerTitle, SpeakerDescription, SpeakerPronoun}
}

// Enum returns the values of SpeakerForm, for the JSON Schema.
func (SpeakerForm) Enum() []string { return enumStrings(SpeakerForms()) }

// Quote is one attributed statement: what was said, the words that say it
// was said, and who said it.
type Quote struct {
	// ID identifies the quote within its result ("quote-1"); people refer
	// to it.
	ID string `json:"id" yaml:"id"`
	// Kind is direct, mixed or indirect.
	Kind QuoteKind `json:"kind" yaml:"kind"`
	// Content is what was said: for a quote broken by its attribution
	// ("We will," he said, "not accept it."), from the first part's start
	// to the last part's end. Quotation marks are part of it.
	Content Span `json:"content" yaml:"content"`
	// Parts are the pieces of the content, in text order: one when the
	// content is unbroken.
	Parts []Span `json:"parts" yaml:"parts"`
	// Cue is the verb or phrase that attributes the content ("said",
	// "told", "according to").
	Cue Span `json:"cue" yaml:"cue"`
	// Speaker is who said it, or nil when the text does not say.
	Speaker *Speaker `json:"speaker" yaml:"speaker"`
}

// Speaker is the source of a quote as the text names it at the quote.
type Speaker struct {
	// Span is the speaker's mention at the quote ("the minister", "he"),
	// inlined: a Speaker has text, start and end keys of its own.
	Span `yaml:",inline"`
	// Form is name, title, description or pronoun.
	Form SpeakerForm `json:"form" yaml:"form"`
	// Name is who the mention stands for: the name of the record it refers
	// to, else the fullest earlier mention of the same source ("a Zedlandic
	// government source" for a later "the source"), else the mention's
	// text.
	Name string `json:"name" yaml:"name"`
	// Kind is the kind of the record the mention refers to (person,
	// place, organization or misc; a speaker is a person or an
	// organization); left out when it refers to none.
	Kind EntityKind `json:"kind,omitempty" yaml:"kind,omitempty"`
	// ID is the id of that record ("person-1", "org-2"); left out when the
	// speaker is not a record of the result.
	ID string `json:"id,omitempty" yaml:"id,omitempty"`
}
