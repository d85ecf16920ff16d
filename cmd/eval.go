package cmd

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/score"
	"github.com/newsextract/newsextract/model"
)

type evalOptions struct {
	IO    *IOStreams
	Gold  []string
	Pred  string
	Jobs  int
	Limit int
}

func newEvalCmd(streams *IOStreams, runF func(*evalOptions) error) *cobra.Command {
	opts := &evalOptions{IO: streams}
	c := &cobra.Command{
		Use:   "eval GOLD.jsonl...",
		Short: "Score extraction against gold-annotated JSON Lines",
		Long: `Score newsextract against gold data in the shared JSON Lines format
({"id", "text", "dct", "entities": [...], "timexes": [...]}, or
"agreements" and "meetings" instead of or beside those).

Entities are scored the CoNLL-2003 way: exact span and label (PER, LOC, ORG,
MISC), precision, recall and F1 per label and micro-averaged. The predicted
mentions are those of the output's people (PER), places (LOC),
organizations (ORG) and misc (MISC) lists. Temporal expressions are scored
the TempEval-3 way: strict span F1 (identical spans), relaxed span F1
(overlapping spans), value F1 and type accuracy, against the output's dates.

Agreements and meetings are scored when the gold has the "agreements" or
"meetings" key (the layout of data/events): per document, each predicted
record is matched to at most one required gold item whose evidence or
"also" spans it overlaps (evidence first, then the agreement of its fields,
then the bytes shared); a second record of a matched item is redundant and
counts against precision, a record on optional items only is ignored.
Precision, recall and F1 are printed with their lenient variant (repeats
not counted), and the accuracy of status, type, parties, name, place, date
and mediator on matched pairs, with the records output in trap documents
(those whose gold has no agreement and no meeting). An agreement's span is
its evidence.

Toponyms are scored when the gold has the "toponyms" key (the layout of
data/geo): per document, gold toponyms and the mentions of the output's
places are paired one to one by overlap (identical spans first, then more
bytes shared, then closer starts). Printed: recognition precision, recall
and F1 (also with identical spans only), and for resolution the accuracy
within 161 km, the AUC of the log error curve, mean and median error in km
(a missed or unresolved toponym counts as 20,039 km) and the exact GeoNames
id rate, over every gold toponym with coordinates and over the recognized
ones; each for all toponyms and for the literal group, where a prediction
on an associative toponym counts neither way. Recall per toponym type
follows.

Quotes are scored when the gold has the "quotes" key (the layout of
data/quotes): per document, predicted quotes are paired one to one with gold
quotes whose content they overlap (largest overlap first, then augmenting
paths). Printed for all, direct and indirect quotes (recall by the gold's
direct flag, precision by the quotation marks around the predicted
content): content detection by overlap (with lenient precision, repeats not
counted) and by the same letters and digits, word overlap, and on matched
pairs the accuracy of the speaker (a predicted speaker mention overlapping
the gold one, or its name matching the gold text), the cue and the direct
flag; attribution F1 counts a quote matched with its speaker right.

Without --pred, eval runs the extractor on each gold text, with the
document's dct as reference date and its "url" (when a string) as the
outlet's address, as a JSON Lines input would give them. With --pred, it scores a file of results
that newsextract wrote earlier with -f jsonl, matched to gold by id.`,
		Example: `  newsextract eval ../shared/data/conll2003/conll2003-test.jsonl
  newsextract --input jsonl -f jsonl < gold.jsonl > pred.jsonl && newsextract eval gold.jsonl --pred pred.jsonl`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Gold = args
			if opts.Jobs < 1 {
				return flagErrorf("invalid --jobs %d: want at least 1", opts.Jobs)
			}
			if opts.Limit < 0 {
				return flagErrorf("invalid --limit %d: want 0 (all) or more", opts.Limit)
			}
			if runF != nil {
				return runF(opts)
			}
			return evalRun(c.Context(), opts)
		},
	}
	c.Flags().StringVar(&opts.Pred, "pred", "", "score this JSON Lines file of results instead of running the extractor")
	c.Flags().IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "documents processed in parallel")
	c.Flags().IntVar(&opts.Limit, "limit", 0, "score only the first N documents of each file (0: all)")
	return c
}

// goldDoc is one line of the shared gold format.
type goldDoc struct {
	ID       docID           `json:"id"`
	Text     string          `json:"text"`
	Dct      string          `json:"dct"`
	URL      json.RawMessage `json:"url"` // used when a string (stringOrEmpty)
	Entities []goldSpan      `json:"entities"`
	Timexes  []goldTimex     `json:"timexes"`
	// EventGold reads the agreements and meetings of the events layout.
	score.EventGold
	// GeoGold reads the toponyms of the geo layout.
	score.GeoGold
	// QuoteGold reads the quotes of the quotes layout.
	score.QuoteGold
}

// docID is a document id written as a string or a number, as in JSON
// Lines input: 7 reads as "7", the id newsextract's output echoes.
type docID string

func (d *docID) UnmarshalJSON(raw []byte) error {
	id, err := recordID(raw)
	*d = docID(id)
	return err
}

type goldSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

type goldTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// evalRun scores each gold file, by running the extractor or by reading
// the predictions file, and prints the tables.
func evalRun(ctx context.Context, o *evalOptions) error {
	var preds map[string]model.Result
	if o.Pred != "" {
		var errorRecords int
		var err error
		if preds, errorRecords, err = readPredictions(o.Pred); err != nil {
			return err
		}
		if errorRecords > 0 {
			fmt.Fprintf(o.IO.ErrOut, "newsextract: %s: %d error records are scored as empty predictions\n", o.Pred, errorRecords)
		}
	}
	var ex *extract.Extractor
	if preds == nil {
		var err error
		if ex, err = extract.New(); err != nil {
			return err
		}
	}
	for _, path := range o.Gold {
		docs, err := readGold(path, o.Limit)
		if err != nil {
			return err
		}
		start := time.Now()
		results := make([]model.Result, len(docs))
		if preds != nil {
			for i, d := range docs {
				r, ok := preds[string(d.ID)]
				if !ok {
					return fmt.Errorf("%s: no prediction for document %q", o.Pred, d.ID)
				}
				results[i] = r
			}
		} else if err := extractAll(ctx, ex, docs, results, o.Jobs); err != nil {
			return err
		}
		printScores(o.IO.Out, path, docs, results, time.Since(start), preds == nil)
	}
	return nil
}

// extractAll runs the extractor over the gold texts on jobs workers, with
// each document's creation date as reference date.
func extractAll(ctx context.Context, ex *extract.Extractor, docs []goldDoc, results []model.Result, jobs int) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(jobs)
	for _, b := range extract.Batches(len(docs), func(i int) int { return len(docs[i].Text) }) {
		g.Go(func() error {
			articles := make([]model.Article, 0, b[1]-b[0])
			for _, d := range docs[b[0]:b[1]] {
				articles = append(articles, model.Article{ID: string(d.ID), Text: d.Text, RefDate: d.Dct, RefDateFrom: model.RefFromInput, URL: stringOrEmpty(d.URL)})
			}
			rs, errs := ex.ExtractBatch(ctx, articles)
			for k, err := range errs {
				if err != nil {
					return fmt.Errorf("document %s: %w", docs[b[0]+k].ID, err)
				}
				results[b[0]+k] = rs[k]
			}
			return nil
		})
	}
	return g.Wait()
}

// eachJSONLine calls fn with every non-blank line of the file at path and
// its line number.
func eachJSONLine(path string, fn func(n int, line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return pathError(path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		if err := fn(n, sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// jsonError words a JSON decoding error without Go type names.
func jsonError(err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	if errors.As(err, &typeErr) || errors.As(err, &syntaxErr) {
		return fmt.Errorf("malformed JSON: %s", jsonReason(err))
	}
	return err // an id of the wrong kind says so in plain words already
}

// errEnough stops reading a gold file at --limit documents.
var errEnough = errors.New("enough documents")

// readGold reads up to limit documents (0: all) of a gold file.
func readGold(path string, limit int) ([]goldDoc, error) {
	var docs []goldDoc
	err := eachJSONLine(path, func(_ int, line []byte) error {
		var d goldDoc
		if err := json.Unmarshal(line, &d); err != nil {
			return jsonError(err)
		}
		docs = append(docs, d)
		if limit > 0 && len(docs) == limit {
			return errEnough
		}
		return nil
	})
	if errors.Is(err, errEnough) {
		err = nil
	}
	return docs, err
}

// readPredictions reads results that newsextract wrote with -f jsonl, by
// id. Error records count as empty predictions; a repeated id is an error.
func readPredictions(path string) (preds map[string]model.Result, errorRecords int, err error) {
	preds = map[string]model.Result{}
	err = eachJSONLine(path, func(_ int, line []byte) error {
		var r struct {
			model.Result
			Error string `json:"error"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return jsonError(err)
		}
		if _, dup := preds[r.ID]; dup {
			return fmt.Errorf("id %q appears twice", r.ID)
		}
		if r.Error != "" {
			errorRecords++
		}
		preds[r.ID] = r.Result
		return nil
	})
	return preds, errorRecords, err
}

// resultEntities lists a result's mentions with the CoNLL label of the list
// they are in.
func resultEntities(r model.Result) []score.Entity {
	var out []score.Entity
	add := func(label string, spans []model.Span) {
		for _, s := range spans {
			out = append(out, score.Entity{Start: s.Start, End: s.End, Label: label})
		}
	}
	for _, p := range r.People {
		add("PER", p.Mentions)
	}
	for _, p := range r.Places {
		add("LOC", p.Mentions)
	}
	for _, o := range r.Organizations {
		add("ORG", o.Mentions)
	}
	for _, m := range r.Misc {
		add("MISC", m.Mentions)
	}
	return out
}

// printScores prints the entity and timex tables of one gold file.
// personAndOrganization counts the name strings of one article that are
// both a person's and an organization's mention: one name, one label, unless
// the text itself separates them.
func personAndOrganization(ents []score.Entity, text string) int {
	per, org := map[string]bool{}, map[string]bool{}
	for _, e := range ents {
		if e.Start < 0 || e.End > len(text) || e.Start > e.End {
			continue
		}
		switch name := text[e.Start:e.End]; e.Label {
		case "PER":
			per[name] = true
		case "ORG":
			org[name] = true
		}
	}
	n := 0
	for name := range per {
		if org[name] {
			n++
		}
	}
	return n
}

// goldEntities are a gold document's entities for the scorer.
func goldEntities(d goldDoc) []score.Entity {
	gold := make([]score.Entity, len(d.Entities))
	for k, e := range d.Entities {
		gold[k] = score.Entity{Start: e.Start, End: e.End, Label: e.Label}
	}
	return gold
}

func printScores(w io.Writer, path string, docs []goldDoc, results []model.Result, took time.Duration, ran bool) {
	var ents score.EntityCounts
	var tx score.TimexCounts
	var nEnt, nTimex, nBytes int
	for i, d := range docs {
		nBytes += len(d.Text)
		gold := goldEntities(d)
		nEnt += len(gold)
		ents.Add(gold, resultEntities(results[i]))
		goldT := make([]score.Timex, len(d.Timexes))
		for k, t := range d.Timexes {
			goldT[k] = score.Timex{Start: t.Start, End: t.End, Type: t.Type, Value: t.Value}
		}
		nTimex += len(goldT)
		var predT []score.Timex
		for _, t := range results[i].Dates {
			predT = append(predT, score.Timex{Start: t.Start, End: t.End, Type: string(t.Type), Value: t.Value})
		}
		tx.Add(goldT, predT)
	}
	events, hasEvents := scoreEvents(docs, results)
	geo, hasGeo := scoreGeo(docs, results)
	quotes, hasQuotes := scoreQuotes(docs, results)
	fmt.Fprintf(w, "%s: %d documents, %d bytes", path, len(docs), nBytes)
	if ran {
		fmt.Fprintf(w, ", extracted in %s (%.2f MB/s)", took.Round(time.Millisecond), float64(nBytes)/1e6/took.Seconds())
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	if nEnt > 0 {
		s := ents.Scores()
		fmt.Fprintln(tw, "entities\tprecision\trecall\tF1\ttp\tfp\tfn\t")
		for _, l := range append(ents.Labels(), score.AllLabels) {
			p := s[l]
			fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\t\n", l, p.P, p.R, p.F1, p.TP, p.FP, p.FN)
		}
		pred, gold := 0, 0
		for i, d := range docs {
			pred += personAndOrganization(resultEntities(results[i]), d.Text)
			gold += personAndOrganization(goldEntities(d), d.Text)
		}
		fmt.Fprintf(tw, "names both person and organization\t%d\t(gold %d)\t\t\t\t\t\n", pred, gold)
	}
	if nTimex > 0 {
		s := tx.Scores()
		fmt.Fprintln(tw, "timexes\tprecision\trecall\tF1\t")
		fmt.Fprintf(tw, "strict span\t%.2f\t%.2f\t%.2f\t\n", s.StrictP, s.StrictR, s.StrictF1)
		fmt.Fprintf(tw, "relaxed span\t%.2f\t%.2f\t%.2f\t\n", s.RelaxedP, s.RelaxedR, s.RelaxedF1)
		fmt.Fprintf(tw, "value\t\t\t%.2f\t\n", s.ValueF1)
		fmt.Fprintf(tw, "type accuracy\t\t\t%.2f\t\n", s.TypeAcc)
		fmt.Fprintf(tw, "gold / predicted\t%d\t%d\t\t\n", s.Gold, s.Pred)
	}
	if hasEvents {
		printEventScores(tw, events)
	}
	if hasGeo {
		printGeoScores(tw, geo)
	}
	if hasQuotes {
		printQuoteScores(tw, quotes)
	}
	tw.Flush()
}

// eventPredictions is the one place that reads a result's agreements and
// meetings for the events scorer: each with its evidence span; agreements
// with status, type, parties and name; meetings with participants, place,
// date text and mediator. A party counts by its name and the names of the
// people acting for it.
func eventPredictions(res model.Result) (agreements, meetings []score.EventPred) {
	for _, a := range res.Agreements {
		p := score.EventPred{Start: a.Evidence.Start, End: a.Evidence.End,
			Status: string(a.Status), Type: string(a.Type), Parties: partyNames(a.Parties)}
		if a.Name != "" {
			p.Names = []string{a.Name}
		}
		agreements = append(agreements, p)
	}
	for _, m := range res.Meetings {
		p := score.EventPred{Start: m.Evidence.Start, End: m.Evidence.End, Parties: partyNames(m.Participants)}
		if m.Place != nil {
			p.Places = []string{m.Place.Name}
		}
		if m.Date != nil {
			p.DateTexts = []string{m.Date.Text}
		}
		if m.Mediator != nil {
			p.Mediators = partyNames([]model.Party{*m.Mediator})
		}
		meetings = append(meetings, p)
	}
	return agreements, meetings
}

// partyNames lists each party's name and its representatives' names.
func partyNames(parties []model.Party) []string {
	var out []string
	for _, p := range parties {
		out = append(out, p.Name)
		for _, r := range p.Representatives {
			out = append(out, r.Name)
		}
	}
	return out
}

// scoreEvents scores agreements and meetings when any document of the file
// has them in the events layout (the agreements or meetings key).
func scoreEvents(docs []goldDoc, results []model.Result) (score.EventScores, bool) {
	if !slices.ContainsFunc(docs, func(d goldDoc) bool { return d.EventGold.Present() }) {
		return score.EventScores{}, false
	}
	var c score.EventCounts
	for i, d := range docs {
		agreements, meetings := eventPredictions(results[i])
		c.Add(d.EventGold, agreements, meetings)
	}
	return c.Scores(), true
}

// printEventScores prints the agreements and meetings table: matching
// figures, then field accuracies on matched pairs (correct/scored).
func printEventScores(tw io.Writer, s score.EventScores) {
	fmt.Fprintln(tw, "events\tprecision\trecall\tF1\tlenient P\tlenient F1\ttp\tfp\tfn\tredundant\tignored\t")
	for _, k := range []struct {
		name string
		s    score.EventKindScores
	}{{"agreements", s.Agreements}, {"meetings", s.Meetings}} {
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\t%d\t%d\t\n", k.name, k.s.P, k.s.R, k.s.F1,
			k.s.LenientP, k.s.LenientF1, k.s.TP, k.s.FP, k.s.FN, k.s.Redundant, k.s.Ignored)
	}
	a, m := s.Agreements, s.Meetings
	fmt.Fprintln(tw, "event fields (matched pairs)\tagreements\tmeetings\t")
	for _, f := range []struct {
		name string
		a, m score.Ratio
	}{
		{"status", a.Status, score.Ratio{}},
		{"type strict", a.TypeStrict, score.Ratio{}},
		{"type lenient", a.TypeLenient, score.Ratio{}},
		{"parties / participants recall", a.PartiesRecall, m.PartiesRecall},
		{"parties / participants precision", a.PartiesPrecision, m.PartiesPrecision},
		{"name", a.Name, score.Ratio{}},
		{"place", score.Ratio{}, m.Place},
		{"date_text", score.Ratio{}, m.DateText},
		{"mediator", score.Ratio{}, m.Mediator},
	} {
		fmt.Fprintf(tw, "%s\t%s\t%s\t\n", f.name, ratio(f.a), ratio(f.m))
	}
	fmt.Fprintf(tw, "records in trap documents\t%d in %d\t\t\n", s.TrapRecords, s.TrapDocs)
}

// ratio formats an accuracy as "81.08 (30/37)", or "-" when nothing was
// scored.
func ratio(r score.Ratio) string {
	if r.Total == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f (%d/%d)", r.Pct(), r.Correct, r.Total)
}

// geoPredictions is the one place that reads a result's places for the
// geoparsing scorer: every mention of every place record, in the list
// order, then every mention of a misc record that points to a place
// (a nationality, "Syrian"). Every mention takes its place record's
// geonames_id, and its lat and lon when the record has a point; a record
// without one is unresolved for the distance scores.
func geoPredictions(res model.Result) []score.GeoPred {
	var out []score.GeoPred
	byID := map[string]model.Place{}
	for _, p := range res.Places {
		byID[p.ID] = p
		for _, m := range p.Mentions {
			out = append(out, geoPred(m, p))
		}
	}
	for _, x := range res.Misc {
		if x.Place == nil {
			continue
		}
		for _, m := range x.Mentions {
			out = append(out, geoPred(m, byID[x.Place.ID]))
		}
	}
	for _, o := range res.Organizations {
		if o.Place == nil {
			continue
		}
		for _, m := range o.Mentions {
			if isShortForm(m.Text, o.Name, byID[o.Place.ID].Name) {
				continue
			}
			out = append(out, geoPred(m, byID[o.Place.ID]))
		}
	}
	return out
}

// isShortForm reports an organization's one-word mention that is a short
// form of its longer name ("ZSC" of the Zedlandic Sports Commission, "Quorb"
// of Quorb India) and does not hold the place's name: the place the full
// name embeds is not in it, so it is no toponym.
func isShortForm(mention, name, place string) bool {
	if mention == name || strings.ContainsAny(mention, " \t\n") {
		return false
	}
	return !strings.Contains(strings.ToLower(mention), strings.ToLower(place))
}

// geoPred is one mention as a prediction with its place's id and point.
func geoPred(m model.Span, p model.Place) score.GeoPred {
	pred := score.GeoPred{Start: m.Start, End: m.End, GeoNameID: p.GeoNamesID}
	if p.Lat != nil && p.Lon != nil {
		pred.Resolved, pred.Lat, pred.Lon = true, *p.Lat, *p.Lon
	}
	return pred
}

// scoreGeo scores toponyms when any document of the file has the toponyms
// key (the geo layout).
func scoreGeo(docs []goldDoc, results []model.Result) (score.GeoScores, bool) {
	if !slices.ContainsFunc(docs, func(d goldDoc) bool { return d.GeoGold.Present() }) {
		return score.GeoScores{}, false
	}
	var c score.GeoCounts
	for i, d := range docs {
		c.Add(d.Toponyms, geoPredictions(results[i]))
	}
	return c.Scores(), true
}

// printGeoScores prints the toponym tables: recognition, resolution over
// the two populations, and recall per gold type.
func printGeoScores(tw io.Writer, s score.GeoScores) {
	fmt.Fprintln(tw, "toponyms\tprecision\trecall\tF1\ttp\tfp\tfn\t")
	for _, r := range []struct {
		name string
		p    score.PRF
	}{
		{"all", s.All.Recognition}, {"all, exact spans", s.All.ExactSpans},
		{"literal", s.Literal.Recognition}, {"literal, exact spans", s.Literal.ExactSpans},
	} {
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\t\n", r.name, r.p.P, r.p.R, r.p.F1, r.p.TP, r.p.FP, r.p.FN)
	}
	fmt.Fprintln(tw, "toponym resolution\tn\twithin 161 km\tAUC\tmean km\tmedian km\texact GeoNames id\t")
	for _, r := range []struct {
		name string
		s    score.ResolutionScores
	}{
		{"all with coordinates", s.All.Resolution}, {"all recognized", s.All.Recognized},
		{"literal with coordinates", s.Literal.Resolution}, {"literal recognized", s.Literal.Recognized},
	} {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%.3f\t%.0f\t%.0f\t%s\t\n", r.name, r.s.N, ratio(r.s.Within161),
			r.s.AUC, r.s.MeanKm, r.s.MedianKm, ratio(r.s.ExactID))
	}
	types := make([]string, 0, len(s.RecallByType))
	for t := range s.RecallByType {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintln(tw, "toponym recall by type\t\t")
	for _, t := range types {
		fmt.Fprintf(tw, "%s\t%s\t\n", t, ratio(s.RecallByType[t]))
	}
}

// quotePredictions is the one place that reads a result's quotes for the
// quote scorer: content parts, the speaker's mention and name, the cue and
// the direct flag.
func quotePredictions(res model.Result) []score.QuotePred {
	var out []score.QuotePred
	for _, q := range res.Quotes {
		p := score.QuotePred{Cue: score.QuoteSpan{Start: q.Cue.Start, End: q.Cue.End}, Direct: q.Kind == model.QuoteDirect}
		for _, s := range q.Parts {
			p.Parts = append(p.Parts, score.QuoteSpan{Start: s.Start, End: s.End})
		}
		if q.Speaker != nil {
			p.Speaker = []score.QuoteSpan{{Start: q.Speaker.Start, End: q.Speaker.End}}
			p.SpeakerName = q.Speaker.Name
		}
		out = append(out, p)
	}
	return out
}

// scoreQuotes scores quotes when any document of the file has the quotes
// key (the quotes layout).
func scoreQuotes(docs []goldDoc, results []model.Result) (map[string]score.QuoteGroupScores, bool) {
	if !slices.ContainsFunc(docs, func(d goldDoc) bool { return d.QuoteGold.Present() }) {
		return nil, false
	}
	var c score.QuoteCounts
	for i, d := range docs {
		c.Add(d.Text, d.Quotes, quotePredictions(results[i]))
	}
	return c.Scores(), true
}

// printQuoteScores prints the quote tables: content detection and
// attribution per group, then accuracies on matched pairs.
func printQuoteScores(tw io.Writer, s map[string]score.QuoteGroupScores) {
	fmt.Fprintln(tw, "quotes\tgold\tpred\toverlap P\tR\tF1\tlenient P\texact F1\ttoken F1\tattribution P\tR\tF1\t")
	for _, g := range score.QuoteGroups() {
		q := s[g]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t\n", g, q.Gold, q.Pred,
			q.Overlap.P, q.Overlap.R, q.Overlap.F1, q.LenientP, q.Exact.F1, q.Token.F1,
			q.Attribution.P, q.Attribution.R, q.Attribution.F1)
	}
	fmt.Fprintln(tw, "quotes (matched pairs)\tspeaker\tspeaker: name\tpronoun\tother\tcue\tdirect flag\t")
	for _, g := range score.QuoteGroups() {
		q := s[g]
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", g, ratio(q.Speaker), ratio(q.SpeakerByForm["name"]),
			ratio(q.SpeakerByForm["pronoun"]), ratio(q.SpeakerByForm["other"]), ratio(q.Cue), ratio(q.DirectFlag))
	}
}
