package model

// Normalize makes every list in r non-nil, the lists of each person, place,
// organization, thing and agreement included. encoding/json writes a nil
// slice as null, and the schema wants every list present as an array, so an
// empty list must be written as []. Extract returns normalized results;
// code that builds or edits a Result by hand calls Normalize before writing
// it.
func (r *Result) Normalize() {
	r.People = orEmpty(r.People)
	for i := range r.People {
		p := &r.People[i]
		p.Mentions = orEmpty(p.Mentions)
		p.Titles = orEmpty(p.Titles)
		p.Quotes = orEmpty(p.Quotes)
	}
	r.Places = orEmpty(r.Places)
	for i := range r.Places {
		r.Places[i].Mentions = orEmpty(r.Places[i].Mentions)
	}
	r.Organizations = orEmpty(r.Organizations)
	for i := range r.Organizations {
		o := &r.Organizations[i]
		o.Aliases = orEmpty(o.Aliases)
		o.Mentions = orEmpty(o.Mentions)
	}
	r.Misc = orEmpty(r.Misc)
	for i := range r.Misc {
		r.Misc[i].Mentions = orEmpty(r.Misc[i].Mentions)
	}
	r.Dates = orEmpty(r.Dates)
	r.Agreements = orEmpty(r.Agreements)
	for i := range r.Agreements {
		a := &r.Agreements[i]
		a.Parties = normalizeParties(a.Parties)
		a.Mentions = orEmpty(a.Mentions)
	}
	r.Quotes = orEmpty(r.Quotes)
	for i := range r.Quotes {
		r.Quotes[i].Parts = orEmpty(r.Quotes[i].Parts)
	}
	r.Meetings = orEmpty(r.Meetings)
	for i := range r.Meetings {
		m := &r.Meetings[i]
		m.Participants = normalizeParties(m.Participants)
		m.Mentions = orEmpty(m.Mentions)
		if m.Mediator != nil {
			m.Mediator.Representatives = orEmpty(m.Mediator.Representatives)
		}
	}
}

// normalizeParties fills the lists of each party.
func normalizeParties(ps []Party) []Party {
	ps = orEmpty(ps)
	for i := range ps {
		ps[i].Representatives = orEmpty(ps[i].Representatives)
	}
	return ps
}

// orEmpty returns s, or an empty slice when s is nil.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
