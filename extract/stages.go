package extract

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/newsextract/newsextract/internal/events"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/internal/timex"
	"github.com/newsextract/newsextract/model"
)

// job is one article on its way through the stages: its input, its result
// so far, its error once it has one, and what each stage leaves for the
// next.
type job struct {
	in  model.Article
	res model.Result
	err error

	ref         time.Time
	dateline    timex.Dateline
	hasDateline bool
	doc         *text.Document
	mentions    []ner.Mention
	ents        entities
}

// stage is one step of the extraction of an article. It sets j.err when
// the article cannot go on.
type stage func(e *Extractor, j *job)

// stages is the order of the extraction, written once for Extract and
// ExtractBatch. Each inner list is a pass over the batch: every article
// goes through its stages before the next pass starts. The analyzer's
// tables (the tagger's, about 3 MB) and the recognizer's (about 6 MB)
// evict each other from the cache and TLB when an article runs them one
// after the other, so analysis and recognition each get a pass of their
// own; the stages after them read smaller tables, and run article by
// article. The recognizer runs an article through all its passes before
// the next article: its working space (some 150 bytes a token) then goes
// back to its pool at once, where passes over the batch held one per
// article, and under the command's memory limit the heap they kept made
// the collector run about twice as often.
var stages = [][]stage{
	{(*Extractor).prepare},
	{(*Extractor).analyze},
	{(*Extractor).recognize},
	{(*Extractor).datesAndEntities, (*Extractor).resolvePlaces, (*Extractor).eventsAndQuotes},
}

// run takes the jobs through the stages. ctx is checked before every stage
// but the first, so that a cancelled run stops a worker inside a long
// article after the stage at hand. An article that fails, panics or is
// cancelled stops there; the others go on.
func (e *Extractor) run(ctx context.Context, jobs []job) {
	for p, pass := range stages {
		for i := range jobs {
			j := &jobs[i]
			for k, st := range pass {
				if j.err != nil {
					break
				}
				if p > 0 || k > 0 {
					if err := ctx.Err(); err != nil {
						j.err = err
						break
					}
				}
				e.runStage(st, p, j)
			}
			if e.yield != nil && e.yield() {
				// A pass over a batch takes tens of milliseconds:
				// the goroutines waiting for this processor run
				// between articles, not when the runtime preempts
				// (Yielding; README, "Two workers").
				runtime.Gosched()
			}
		}
	}
}

// runStage runs one stage of one article. A bug in one rule must not take
// down a batch of thousands: a panic becomes this article's error, with
// the stack for the bug report.
func (e *Extractor) runStage(st stage, pass int, j *job) {
	defer func() {
		if r := recover(); r != nil {
			j.err = fmt.Errorf("internal error (please report): %v\n%s", r, debug.Stack())
		}
	}()
	if e.beforeStage != nil {
		e.beforeStage(pass, j.in)
	}
	st(e, j)
}

// prepare checks the text and settles the reference date.
func (e *Extractor) prepare(j *job) {
	a := j.in
	j.res = model.Result{
		Schema: model.SchemaVersion,
		ID:     a.ID,
		Source: model.Source{Path: a.Path, Bytes: len(a.Text)},
	}
	if j.err = checkText(a.Text); j.err != nil {
		return
	}
	fallback, err := parseRefDate(a.FallbackRefDate)
	if err != nil {
		j.err = err
		return
	}
	// A dateline without a year ("LONDON, Aug 20 (Reuters) -") takes the
	// year that puts it on or before the article's own date when it has
	// one, else the fallback's.
	yearOf := fallback
	if own, err := parseRefDate(a.RefDate); err == nil && !own.IsZero() {
		yearOf = own
	}
	j.dateline, j.hasDateline = findDatelineAfterBOM(a.Text, yearOf)
	ref, refInfo, err := referenceDate(a, fallback, j.dateline.Date, j.dateline.Evidence, j.hasDateline)
	if err != nil {
		j.err = err
		return
	}
	j.ref = ref
	j.res.RefDate = refInfo
}

// analyze splits the text into sentences and tokens and tags them.
func (e *Extractor) analyze(j *job) {
	j.doc = e.analyzer.Analyze(j.in.Text)
}

// recognize finds the recognizer's mentions.
func (e *Extractor) recognize(j *job) {
	j.mentions = e.recognizer.Recognize(j.doc)
}

// datesAndEntities tags the dates and assembles the mentions into records.
func (e *Extractor) datesAndEntities(j *job) {
	res := &j.res
	res.Dates = e.timex.Tag(j.doc, j.ref)
	j.ents = e.assembleEntities(j.doc, dropDateNames(j.mentions, res.Dates))
	res.Dates = datesOutsideNames(res.Dates, j.ents.mentions)
	res.People, res.Places, res.Organizations, res.Misc = j.ents.people, j.ents.places, j.ents.organizations, j.ents.misc
}

// resolvePlaces gives the places their coordinates and ids.
func (e *Extractor) resolvePlaces(j *job) {
	var dl *model.Span
	if j.hasDateline {
		dl = &j.dateline.Last // the dateline that names the place
	}
	e.resolver.Resolve(j.in.Text, j.res.Places, dl, j.in.URL, namesOfRecords(j.res.Misc, j.res.Organizations))
}

// eventsAndQuotes finds the agreements, meetings and quotes, and puts the
// result in its final order.
func (e *Extractor) eventsAndQuotes(j *job) {
	res := &j.res
	// Names in a dateline ("FRANKFURT, March 4 -") place the story; they
	// are not parties to what the first sentence reports.
	bodyStart := 0
	if j.hasDateline {
		bodyStart = j.dateline.Last.End
	}
	// "WASHINGTON (AP) —": the agency credits the story, it is no party.
	evMentions := withoutAgencies(j.ents.mentions, agencySpans(j.in.Text))
	evIn := events.Prepare(events.Input{Doc: j.doc, Mentions: evMentions, Refs: j.ents.refs, Dates: res.Dates, BodyStart: bodyStart})
	res.Agreements = e.events.Agreements(evIn)
	res.Meetings = e.events.Meetings(evIn)
	events.LinkMeetings(j.doc, res.Agreements, res.Meetings)
	assembleQuotes(j.doc, e.quotes.FindWithPlaces(j.doc, j.ents.isPlace), res, j.ents)
	res.Normalize()
}
