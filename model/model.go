package model

// SchemaVersion names the output schema. It changes only when a field is
// removed or changes meaning; added fields keep it.
const SchemaVersion = "newsextract/v1"

// Article is one input to the extractor.
type Article struct {
	// ID identifies the article in JSON Lines input and is echoed in the result.
	ID string
	// Path is where the text came from: a file path, or "-" for stdin.
	Path string
	// Text is the article's UTF-8 text.
	Text string
	// RefDate, when not empty, is the YYYY-MM-DD date relative expressions
	// resolve against. It overrides any dateline found in the text.
	RefDate string
	// RefDateFrom says where RefDate came from, RefFromFlag (the default)
	// or RefFromInput.
	RefDateFrom string
}

// Span is a piece of the input: its text and byte offsets.
type Span struct {
	// Text is the input's bytes [Start:End].
	Text string `json:"text" yaml:"text"`
	// Start is the byte offset of the first byte.
	Start int `json:"start" yaml:"start"`
	// End is the byte offset just past the last byte.
	End int `json:"end" yaml:"end"`
}

// Result is everything extracted from one article.
type Result struct {
	// Schema is always SchemaVersion.
	Schema string `json:"schema" yaml:"schema"`
	// ID is the article's id from JSON Lines input; empty otherwise.
	ID string `json:"id,omitempty" yaml:"id,omitempty"`
	// Source identifies the input.
	Source Source `json:"source" yaml:"source"`
	// RefDate is the reference date relative expressions were resolved
	// against, or nil when none was given or found.
	RefDate *RefDate `json:"ref_date" yaml:"ref_date"`
	// People has one entry per person, not per mention.
	People []Person `json:"people" yaml:"people"`
	// Places has one entry per place.
	Places []Place `json:"places" yaml:"places"`
	// Organizations has one entry per organization.
	Organizations []Organization `json:"organizations" yaml:"organizations"`
	// Misc holds other named things: nationalities, events, laws, products.
	Misc []Misc `json:"misc" yaml:"misc"`
	// Dates has one entry per temporal expression, in text order.
	Dates []Date `json:"dates" yaml:"dates"`
	// Agreements has one entry per statement that something was agreed,
	// reaffirmed, committed to, signed, rejected or proposed.
	Agreements []Agreement `json:"agreements" yaml:"agreements"`
}

// Source identifies an input.
type Source struct {
	// Path is the input file's path, or "-" for standard input.
	Path string `json:"path" yaml:"path"`
	// Bytes is the input's size in bytes.
	Bytes int `json:"bytes" yaml:"bytes"`
	// Line is the 1-based line number for JSON Lines input; 0 otherwise.
	Line int `json:"line,omitempty" yaml:"line,omitempty"`
}

// Reference-date sources.
const (
	RefFromFlag     = "flag"     // --ref-date on the command line, or Article.RefDate
	RefFromInput    = "input"    // ref_date field of a JSON Lines record
	RefFromDateline = "dateline" // a date line found in the article
)

// RefDate is the date relative temporal expressions were resolved against.
type RefDate struct {
	// Value is the date as YYYY-MM-DD.
	Value string `json:"value" yaml:"value"`
	// From says where the date came from: flag, input or dateline.
	From string `json:"from" yaml:"from"`
	// Evidence is the dateline text when From is dateline.
	Evidence *Span `json:"evidence,omitempty" yaml:"evidence,omitempty"`
}

// Person is one person, however many times the text mentions them.
type Person struct {
	// Name is the fullest form of the name in the text, without titles.
	Name string `json:"name" yaml:"name"`
	// Mentions are every place the text names this person, in text order.
	Mentions []Span `json:"mentions" yaml:"mentions"`
	// Titles are the roles the text gives the person ("Foreign Minister"),
	// each at its first occurrence.
	Titles []Span `json:"titles" yaml:"titles"`
	// Affiliation is the country or organization the text ties the person
	// to, or nil.
	Affiliation *Affiliation `json:"affiliation" yaml:"affiliation"`
}

// Affiliation ties a person to a country or organization.
type Affiliation struct {
	// Name is the country or organization name ("Syria", "United States").
	Name string `json:"name" yaml:"name"`
	// Type is "country" or "organization".
	Type string `json:"type" yaml:"type"`
	// Evidence is the words that say so ("Syrian", "U.S.").
	Evidence Span `json:"evidence" yaml:"evidence"`
}

// Place types.
const (
	PlaceCountry = "country"
	PlaceCity    = "city"
	PlaceRegion  = "region"
	PlaceOther   = "other"
)

// Place is one geographic place.
type Place struct {
	// Name is the place's name as the text gives it.
	Name string `json:"name" yaml:"name"`
	// Type is country, city, region or other.
	Type string `json:"type" yaml:"type"`
	// Country is the country the place is in, when known; empty for countries.
	Country string `json:"country,omitempty" yaml:"country,omitempty"`
	// Mentions are every place the text names it.
	Mentions []Span `json:"mentions" yaml:"mentions"`
}

// Organization is one organization: agency, ministry, media, armed group,
// company, team, party.
type Organization struct {
	// Name is the organization's fullest name in the text.
	Name string `json:"name" yaml:"name"`
	// Aliases are other names the text defines for it ("SANA").
	Aliases []string `json:"aliases,omitempty" yaml:"aliases,omitempty"`
	// Mentions are every place the text names it.
	Mentions []Span `json:"mentions" yaml:"mentions"`
}

// Misc is a named thing that is not a person, place or organization.
type Misc struct {
	// Name is the thing's name as the text gives it.
	Name string `json:"name" yaml:"name"`
	// Mentions are every place the text names it.
	Mentions []Span `json:"mentions" yaml:"mentions"`
}

// TIMEX3 types.
const (
	TimexDate     = "DATE"
	TimexTime     = "TIME"
	TimexDuration = "DURATION"
	TimexSet      = "SET"
)

// Date is one temporal expression.
type Date struct {
	Span `yaml:",inline"`
	// Type is DATE, TIME, DURATION or SET.
	Type string `json:"type" yaml:"type"`
	// Value is the TIMEX3 value: 2025-08-19, 2025-07, 2025-W33, PT4H,
	// XXXX-05-24, PRESENT_REF...
	Value string `json:"value" yaml:"value"`
	// Mod is the TIMEX3 modifier (START, MID, END, APPROX, MORE_THAN,
	// LESS_THAN...), empty when none.
	Mod string `json:"mod,omitempty" yaml:"mod,omitempty"`
	// Resolved is true when the value is fully specified: either absolute in
	// the text or anchored on the reference date. It is false when a relative
	// expression had no reference date and Value holds X placeholders.
	Resolved bool `json:"resolved" yaml:"resolved"`
}

// Agreement statuses.
const (
	StatusAgreed     = "agreed"
	StatusReaffirmed = "reaffirmed"
	StatusCommitted  = "committed"
	StatusSigned     = "signed"
	StatusRejected   = "rejected"
	StatusProposed   = "proposed"
)

// Agreement is a statement that something was agreed, reaffirmed,
// committed to, signed, rejected or proposed.
type Agreement struct {
	// Status is agreed, reaffirmed, committed, signed, rejected or proposed.
	Status string `json:"status" yaml:"status"`
	// Type is the kind of agreement: ceasefire, humanitarian_aid, security,
	// de-escalation, diplomatic, trade, territorial, political, legal, other.
	Type string `json:"type" yaml:"type"`
	// Subject is what was agreed, in the text's words.
	Subject string `json:"subject" yaml:"subject"`
	// Name is the agreement's name when the text names one
	// ("1974 disengagement agreement").
	Name string `json:"name,omitempty" yaml:"name,omitempty"`
	// Parties are the people, countries or organizations the sentence names
	// as agreeing.
	Parties []string `json:"parties,omitempty" yaml:"parties,omitempty"`
	// Date is the temporal expression the sentence gives, if any.
	Date *Date `json:"date,omitempty" yaml:"date,omitempty"`
	// Trigger is the word that signals the agreement ("agreed", "rejection").
	Trigger Span `json:"trigger" yaml:"trigger"`
	// Evidence is the sentence that says it.
	Evidence Span `json:"evidence" yaml:"evidence"`
}

// ErrorRecord stands in the output for an input that could not be processed
// in a JSON Lines stream, so that output lines stay in step with input lines.
type ErrorRecord struct {
	// Schema is always SchemaVersion.
	Schema string `json:"schema" yaml:"schema"`
	// ID is the record's id when it could be read.
	ID string `json:"id,omitempty" yaml:"id,omitempty"`
	// Source identifies the input and line.
	Source Source `json:"source" yaml:"source"`
	// Error says what was wrong.
	Error string `json:"error" yaml:"error"`
}
