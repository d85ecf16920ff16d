package model

// SchemaVersion names the output schema. It changes only when a field is
// removed or changes meaning; added fields keep it.
const SchemaVersion = "newsextract/v2"

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
	// RefDateFrom says where RefDate came from: RefFromFlag (the default),
	// RefFromInput or RefFromPage.
	RefDateFrom RefDateSource
	// RefDateMeta names the page metadata RefDate was read from, when
	// RefDateFrom is RefFromPage ("article:published_time").
	RefDateMeta string
	// FallbackRefDate, when not empty, is the YYYY-MM-DD date used only when
	// the article has no date of its own (RefDate or a dateline). It also
	// gives its year to a dateline written without one.
	FallbackRefDate string
	// URL, when not empty, is the article's web address (a JSON Lines
	// record's "url", a web page's own link). Places the text leaves
	// open resolve in the country of its domain (".ie", ".co.uk") before
	// they fall back on population.
	URL string
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
	// Text is the text every offset points into, included on request
	// (--emit-text): for a web page, its extracted title and content.
	Text string `json:"text,omitempty" yaml:"text,omitempty"`
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
	// Agreements has one entry per agreement: what was agreed, reaffirmed,
	// committed to, signed, rejected or proposed.
	Agreements []Agreement `json:"agreements" yaml:"agreements"`
	// Meetings has one entry per meeting: talks, summits, visits,
	// negotiation rounds, held or planned.
	Meetings []Meeting `json:"meetings" yaml:"meetings"`
	// Quotes has one entry per attributed statement, direct or reported,
	// in text order.
	Quotes []Quote `json:"quotes" yaml:"quotes"`
}

// Source identifies an input.
type Source struct {
	// Path is the input file's path, or "-" for standard input.
	Path string `json:"path" yaml:"path"`
	// Bytes is the size of the article text in bytes: for JSON Lines input,
	// of the record's text (0 in an error record whose text could not be
	// read).
	Bytes int `json:"bytes" yaml:"bytes"`
	// Line is the 1-based line number for JSON Lines input; 0 (and left out)
	// otherwise.
	Line int `json:"line,omitempty" yaml:"line,omitempty"`
	// Kind is how the input was read when it was not plain text: html or
	// markdown; left out for text and JSON Lines.
	Kind string `json:"kind,omitempty" yaml:"kind,omitempty"`
	// Encoding is the character encoding the input was converted from when
	// it was not UTF-8 ("utf-16le", "windows-1252"); left out for UTF-8.
	Encoding string `json:"encoding,omitempty" yaml:"encoding,omitempty"`
	// Title is a web page's title; left out for other inputs.
	Title string `json:"title,omitempty" yaml:"title,omitempty"`
	// URL is a web page's canonical URL; left out when the page gives none.
	URL string `json:"url,omitempty" yaml:"url,omitempty"`
}

// RefDateSource says where a reference date came from.
type RefDateSource string

// Reference-date sources.
const (
	RefFromFlag     RefDateSource = "flag"     // --ref-date on the command line, or Article.RefDate
	RefFromInput    RefDateSource = "input"    // ref_date field of a JSON Lines record
	RefFromDateline RefDateSource = "dateline" // a date line found in the article
	RefFromPage     RefDateSource = "page"     // a web page's publication date metadata
)

// RefDateSources returns every RefDateSource.
func RefDateSources() []RefDateSource {
	return []RefDateSource{RefFromFlag, RefFromInput, RefFromDateline, RefFromPage}
}

// Enum returns the values of RefDateSource, for the JSON Schema.
func (RefDateSource) Enum() []string { return enumStrings(RefDateSources()) }

// RefDate is the date relative temporal expressions were resolved against.
type RefDate struct {
	// Value is the date as YYYY-MM-DD.
	Value string `json:"value" yaml:"value"`
	// From says where the date came from: flag, input, dateline or page.
	From RefDateSource `json:"from" yaml:"from"`
	// Evidence is the dateline text when From is dateline.
	Evidence *Span `json:"evidence,omitempty" yaml:"evidence,omitempty"`
	// Meta names the page metadata the date was read from when From is
	// page: article:published_time, datePublished or time.
	Meta string `json:"meta,omitempty" yaml:"meta,omitempty"`
}

// Person is one person, however many times the text mentions them.
type Person struct {
	// ID identifies the record within its result ("person-1"); parties and
	// participants refer to it.
	ID string `json:"id" yaml:"id"`
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
	// Quotes are the ids of the quotes the person is the speaker of, in
	// text order.
	Quotes []string `json:"quotes" yaml:"quotes"`
}

// AffiliationType is the kind of thing a person is affiliated with.
type AffiliationType string

// Affiliation types.
const (
	AffiliationCountry      AffiliationType = "country"
	AffiliationOrganization AffiliationType = "organization"
)

// AffiliationTypes returns every AffiliationType.
func AffiliationTypes() []AffiliationType {
	return []AffiliationType{AffiliationCountry, AffiliationOrganization}
}

// Enum returns the values of AffiliationType, for the JSON Schema.
func (AffiliationType) Enum() []string { return enumStrings(AffiliationTypes()) }

// Affiliation ties a person to a country or organization.
type Affiliation struct {
	// Name is the country or organization name ("Syria", "United States").
	Name string `json:"name" yaml:"name"`
	// Type is country or organization.
	Type AffiliationType `json:"type" yaml:"type"`
	// Evidence is the words that say so ("Syrian", "U.S.").
	Evidence Span `json:"evidence" yaml:"evidence"`
}

// PlaceType is the kind of a place.
type PlaceType string

// Place types.
const (
	PlaceCountry PlaceType = "country"
	PlaceCity    PlaceType = "city"
	PlaceRegion  PlaceType = "region"
	PlaceOther   PlaceType = "other"
)

// PlaceTypes returns every PlaceType.
func PlaceTypes() []PlaceType {
	return []PlaceType{PlaceCountry, PlaceCity, PlaceRegion, PlaceOther}
}

// Enum returns the values of PlaceType, for the JSON Schema.
func (PlaceType) Enum() []string { return enumStrings(PlaceTypes()) }

// Place is one geographic place.
type Place struct {
	// ID identifies the record within its result ("place-1").
	ID string `json:"id" yaml:"id"`
	// Name is the place's name as the text gives it.
	Name string `json:"name" yaml:"name"`
	// Type is country, city, region or other.
	Type PlaceType `json:"type" yaml:"type"`
	// Country is the country the place is in, when known; empty for countries.
	Country string `json:"country,omitempty" yaml:"country,omitempty"`
	// Mentions are every place the text names it.
	Mentions []Span `json:"mentions" yaml:"mentions"`
	// Resolved is true when the place was resolved to a gazetteer entry;
	// the keys below are then set from that entry.
	Resolved bool `json:"resolved" yaml:"resolved"`
	// GeoNamesID is the GeoNames id of the entry; left out when unresolved.
	GeoNamesID int `json:"geonames_id,omitempty" yaml:"geonames_id,omitempty"`
	// Lat is the entry's latitude in degrees; left out when unknown.
	Lat *float64 `json:"lat,omitempty" yaml:"lat,omitempty"`
	// Lon is the entry's longitude in degrees; left out when unknown.
	Lon *float64 `json:"lon,omitempty" yaml:"lon,omitempty"`
	// CountryCode is the ISO 3166-1 alpha-2 code of the entry's country.
	CountryCode string `json:"country_code,omitempty" yaml:"country_code,omitempty"`
	// Admin1 is the first-level division the entry is in, or is.
	Admin1 *Admin1 `json:"admin1,omitempty" yaml:"admin1,omitempty"`
	// FeatureClass is the kind of the entry: continent, country, admin1,
	// admin2, city, natural or other.
	FeatureClass FeatureClass `json:"feature_class,omitempty" yaml:"feature_class,omitempty"`
	// Population is the entry's population; left out when unknown.
	Population int64 `json:"population,omitempty" yaml:"population,omitempty"`
	// Resolution says which rule chose the entry.
	Resolution *Resolution `json:"resolution,omitempty" yaml:"resolution,omitempty"`
}

// FeatureClass is the kind of a resolved place's gazetteer entry.
type FeatureClass string

// Feature classes.
const (
	FeatureContinent FeatureClass = "continent"
	FeatureCountry   FeatureClass = "country"
	FeatureAdmin1    FeatureClass = "admin1"
	FeatureAdmin2    FeatureClass = "admin2"
	FeatureCity      FeatureClass = "city"
	FeatureNatural   FeatureClass = "natural"
	FeatureOther     FeatureClass = "other"
)

// FeatureClasses returns every FeatureClass.
func FeatureClasses() []FeatureClass {
	return []FeatureClass{FeatureContinent, FeatureCountry, FeatureAdmin1, FeatureAdmin2, FeatureCity, FeatureNatural, FeatureOther}
}

// Enum returns the values of FeatureClass, for the JSON Schema.
func (FeatureClass) Enum() []string { return enumStrings(FeatureClasses()) }

// Admin1 is a first-level administrative division (state, province,
// governorate).
type Admin1 struct {
	// Name is the division's name, when the gazetteer has it.
	Name string `json:"name,omitempty" yaml:"name,omitempty"`
	// Code is the GeoNames admin1 code with its country ("SY.05").
	Code string `json:"code" yaml:"code"`
}

// ResolutionRule names the rule that resolved a place, in the order the
// resolver tries them.
type ResolutionRule string

// Resolution rules.
const (
	RuleCountry  ResolutionRule = "country"
	RuleAdmin1   ResolutionRule = "admin1"
	RuleContext  ResolutionRule = "context"
	RulePattern  ResolutionRule = "pattern"
	RuleDateline ResolutionRule = "dateline"
	// RuleOutlet picks a candidate in the country of the article's web
	// domain (".ie", ".co.uk"), when the input gives its address.
	RuleOutlet     ResolutionRule = "outlet"
	RulePopulation ResolutionRule = "population"
	// RuleWithin gives a place no entry matches (a street, a building) the
	// point of the place that contains it; the place keeps no id.
	RuleWithin ResolutionRule = "within"
)

// ResolutionRules returns every ResolutionRule.
func ResolutionRules() []ResolutionRule {
	return []ResolutionRule{RuleCountry, RuleAdmin1, RuleContext, RulePattern, RuleDateline, RuleOutlet, RulePopulation, RuleWithin}
}

// Enum returns the values of ResolutionRule, for the JSON Schema.
func (ResolutionRule) Enum() []string { return enumStrings(ResolutionRules()) }

// Resolution records how a place was resolved.
type Resolution struct {
	// Rule is the rule that chose the entry: country, admin1, context,
	// pattern, dateline, outlet, population or within.
	Rule ResolutionRule `json:"rule" yaml:"rule"`
	// RunnerUp is the GeoNames id of the next candidate when the choice was
	// close; left out otherwise.
	RunnerUp int `json:"runner_up,omitempty" yaml:"runner_up,omitempty"`
	// Within is, for the within rule, the GeoNames id of the place that
	// contains this one and lends it its point; left out otherwise.
	Within int `json:"within,omitempty" yaml:"within,omitempty"`
}

// Organization is one organization: agency, ministry, media, armed group,
// company, team, party.
type Organization struct {
	// ID identifies the record within its result ("org-1").
	ID string `json:"id" yaml:"id"`
	// Name is the organization's fullest name in the text.
	Name string `json:"name" yaml:"name"`
	// Aliases are other names the text defines for it ("SANA"); empty when
	// none.
	Aliases []string `json:"aliases" yaml:"aliases"`
	// Mentions are every place the text names it.
	Mentions []Span `json:"mentions" yaml:"mentions"`
	// Place is the place record of the place the organization's name
	// names ("Zedland" in "Zedland Army", "Zedland" in "Zedlandic News
	// Agency"), or, for a building the text puts something at, or an
	// organization it puts in a town ("at Quorble Academy in Leeds"), the
	// place record of its site; left out otherwise.
	Place *Ref `json:"place,omitempty" yaml:"place,omitempty"`
}

// Misc is a named thing that is not a person, place or organization.
type Misc struct {
	// ID identifies the record within its result ("misc-1").
	ID string `json:"id" yaml:"id"`
	// Name is the thing's name as the text gives it.
	Name string `json:"name" yaml:"name"`
	// Mentions are every place the text names it.
	Mentions []Span `json:"mentions" yaml:"mentions"`
	// Place is, for a nationality or the name of a people ("Syrian",
	// "Texans"), a compound with one ("U.S.-led") or a name that begins
	// with one ("Zedlandic Premier League"), the place record it points to;
	// left out otherwise.
	Place *Ref `json:"place,omitempty" yaml:"place,omitempty"`
}

// DateType is a TIMEX3 type.
type DateType string

// TIMEX3 types.
const (
	TimexDate     DateType = "DATE"
	TimexTime     DateType = "TIME"
	TimexDuration DateType = "DURATION"
	TimexSet      DateType = "SET"
)

// DateTypes returns every DateType.
func DateTypes() []DateType {
	return []DateType{TimexDate, TimexTime, TimexDuration, TimexSet}
}

// Enum returns the values of DateType, for the JSON Schema.
func (DateType) Enum() []string { return enumStrings(DateTypes()) }

// DateMod is a TIMEX3 modifier. TIMEX3 has BEFORE and AFTER too; the
// tagger never writes them, so they are not values of the output.
type DateMod string

// TIMEX3 modifiers.
const (
	ModStart       DateMod = "START"         // early, the beginning of
	ModMid         DateMod = "MID"           // mid-, the middle of
	ModEnd         DateMod = "END"           // late, the end of
	ModApprox      DateMod = "APPROX"        // about, around, or so
	ModMoreThan    DateMod = "MORE_THAN"     // more than, over
	ModLessThan    DateMod = "LESS_THAN"     // less than, nearly, almost, under
	ModEqualOrMore DateMod = "EQUAL_OR_MORE" // at least, no less than
	ModEqualOrLess DateMod = "EQUAL_OR_LESS" // at most, no more than, up to, within
	ModOnOrAfter   DateMod = "ON_OR_AFTER"   // 2015 or later, 2015 and beyond
	ModOnOrBefore  DateMod = "ON_OR_BEFORE"  // 2015 or earlier
)

// DateMods returns every DateMod.
func DateMods() []DateMod {
	return []DateMod{ModStart, ModMid, ModEnd, ModApprox, ModMoreThan, ModLessThan,
		ModEqualOrMore, ModEqualOrLess, ModOnOrAfter, ModOnOrBefore}
}

// Enum returns the values of DateMod, for the JSON Schema.
func (DateMod) Enum() []string { return enumStrings(DateMods()) }

// Date is one temporal expression.
type Date struct {
	// Span is the expression's text and offsets, inlined: a Date has text,
	// start and end keys of its own.
	Span `yaml:",inline"`
	// Type is DATE, TIME, DURATION or SET.
	Type DateType `json:"type" yaml:"type"`
	// Value is the TIMEX3 value: 2025-08-19, 2025-07, 2025-W33, PT4H,
	// XXXX-05-24, PRESENT_REF...
	Value string `json:"value" yaml:"value"`
	// Mod is the TIMEX3 modifier, empty (and left out) when none: START,
	// MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS,
	// ON_OR_AFTER or ON_OR_BEFORE.
	Mod DateMod `json:"mod,omitempty" yaml:"mod,omitempty"`
	// Resolved is true when the value is fully specified: either absolute in
	// the text or anchored on the reference date. It is false when a relative
	// expression had no reference date and Value holds X placeholders.
	Resolved bool `json:"resolved" yaml:"resolved"`
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
