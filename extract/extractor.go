package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

	"github.com/newsextract/newsextract/internal/events"
	"github.com/newsextract/newsextract/internal/gazetteer"
	gazgeo "github.com/newsextract/newsextract/internal/gazetteer/geo"
	"github.com/newsextract/newsextract/internal/geo"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/quotes"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/internal/timex"
	"github.com/newsextract/newsextract/model"
)

// Errors for input that is not an article. Extract wraps them in an
// *InputError that says where the problem is.
var (
	ErrEmpty       = errors.New("empty input: no text to extract from")
	ErrBinary      = errors.New("binary input: the text contains NUL bytes")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrRefDate     = errors.New("invalid reference date: want YYYY-MM-DD")
)

// InputError reports an article that cannot be processed.
type InputError struct {
	// Err is one of ErrEmpty, ErrBinary, ErrInvalidUTF8, ErrRefDate.
	Err error
	// Offset is the byte offset of the problem, or -1.
	Offset int
}

func (e *InputError) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("%v at byte %d", e.Err, e.Offset)
	}
	return e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }

// Extractor turns articles into results. Build it once with New: it holds
// the models, lexicons and compiled patterns, and is safe for concurrent use.
type Extractor struct {
	analyzer   *text.Analyzer
	lexicon    *gazetteer.Lexicon
	recognizer *ner.Recognizer
	timex      *timex.Tagger
	words      *assemblyWords
	events     *events.Finder
	resolver   *geo.Resolver
	quotes     *quotes.Finder
	// listedAliases holds the name keys of the listed public figures'
	// short names (listedAliasKeys); personAliases adds an article's own.
	listedAliases map[string][]string
	// beforeStage, when set, is called before every stage of every
	// article with the index of the stage's pass in stages: a seam for
	// tests that make a stage fail.
	beforeStage func(pass int, a model.Article)
	// yield, when set, makes run yield the processor between articles
	// while it reports true (Yielding).
	yield func() bool
}

// Option configures an Extractor.
type Option func(*Extractor)

// Yielding makes an extraction yield its processor (runtime.Gosched)
// between the articles of each pass over a batch whenever busy reports
// true. It is for a caller that runs several extractions at once beside
// goroutines of its own, as the command has a reader and a writer: busy
// should report that the extractions running take every processor
// (runtime.GOMAXPROCS). Then the runtime need not preempt an extraction
// every 10 ms with a signal to run the others (on the development sets the
// command at -j 2 on two cores took 1.08 times the CPU time without
// yields). With a processor idle a yield costs instead: it wakes the idle
// processor, which takes the extraction over with cold caches (-j 1 on
// two cores, yielding always, took 1.11 to 1.16 times the time).
func Yielding(busy func() bool) Option {
	return func(e *Extractor) { e.yield = busy }
}

// New builds an Extractor. Models and lexicons are loaded once per process
// and shared by every Extractor; the first call loads them side by side, as
// their loading is a fixed cost every batch pays before its first article.
func New(opts ...Option) (*Extractor, error) {
	e := &Extractor{}
	var g errgroup.Group
	g.Go(func() (err error) {
		if e.analyzer, err = text.Load(); err != nil {
			return fmt.Errorf("loading prose models: %w", err)
		}
		return nil
	})
	g.Go(func() (err error) {
		// The recognizer reads the lexicon too, so it is loaded on this side.
		if e.lexicon, err = gazetteer.Load(); err != nil {
			return fmt.Errorf("loading lexicons: %w", err)
		}
		if e.recognizer, err = ner.Load(); err != nil {
			return fmt.Errorf("loading entity model: %w", err)
		}
		if e.events, err = events.New(e.lexicon); err != nil {
			return fmt.Errorf("loading event vocabularies: %w", err)
		}
		return nil
	})
	g.Go(func() (err error) {
		if e.timex, err = timex.New(); err != nil {
			return fmt.Errorf("building temporal tagger: %w", err)
		}
		if e.words, err = loadAssemblyWords(); err != nil {
			return fmt.Errorf("loading assembly vocabularies: %w", err)
		}
		if e.quotes, err = quotes.New(); err != nil {
			return fmt.Errorf("loading quote vocabularies: %w", err)
		}
		return nil
	})
	var places *gazgeo.Gazetteer
	g.Go(func() (err error) {
		if places, err = gazgeo.Load(); err != nil {
			return fmt.Errorf("loading geographic gazetteer: %w", err)
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}
	resolver, err := geo.New(places, e.lexicon)
	if err != nil {
		return nil, fmt.Errorf("loading place resolver: %w", err)
	}
	e.resolver = resolver
	e.listedAliases = e.listedAliasKeys()
	for _, opt := range opts {
		opt(e)
	}
	return e, nil
}

// Extract reads one article. It returns an *InputError for text that is not
// an article (empty, binary, invalid UTF-8) and ctx's error when cancelled.
func (e *Extractor) Extract(ctx context.Context, a model.Article) (model.Result, error) {
	jobs := []job{{in: a}}
	e.run(ctx, jobs)
	return jobs[0].res, jobs[0].err
}

// ExtractBatch reads several articles, pass by pass: the analysis runs over
// every article, then the recognizer, then the remaining stages article by
// article, which keeps each pass's tables in the cache and is faster than
// Extract article by article. Result i and
// error i are what Extract returns for articles[i], byte for byte (but
// for the stack in the message of a bug caught in a rule): one
// article's error (bad input, a cancelled ctx, a bug in a rule) is its own
// and leaves the others' results alone. Every article's analysis is held
// until the batch is done, so a batch should be some articles of news,
// not a whole archive.
func (e *Extractor) ExtractBatch(ctx context.Context, articles []model.Article) ([]model.Result, []error) {
	jobs := make([]job, len(articles))
	for i, a := range articles {
		jobs[i].in = a
	}
	e.run(ctx, jobs)
	results, errs := make([]model.Result, len(jobs)), make([]error, len(jobs))
	for i := range jobs {
		results[i], errs[i] = jobs[i].res, jobs[i].err
	}
	return results, errs
}

// findDatelineAfterBOM looks for the dateline past a byte-order mark, so
// that the mark is not part of its evidence.
func findDatelineAfterBOM(article string, fallback time.Time) (timex.Dateline, bool) {
	skip := text.BOMLen(article)
	dl, ok := timex.FindDateline(article[skip:], fallback)
	for _, sp := range []*model.Span{&dl.Evidence, &dl.Last} {
		sp.Start += skip
		sp.End += skip
	}
	return dl, ok
}

// checkText rejects input that is not text.
func checkText(article string) error {
	if strings.TrimSpace(article[text.BOMLen(article):]) == "" {
		return &InputError{Err: ErrEmpty, Offset: -1}
	}
	if i := strings.IndexByte(article, 0); i >= 0 {
		return &InputError{Err: ErrBinary, Offset: i}
	}
	if !utf8.ValidString(article) {
		return &InputError{Err: ErrInvalidUTF8, Offset: firstInvalidUTF8(article)}
	}
	return nil
}

// firstInvalidUTF8 returns the offset of the first byte that is not valid
// UTF-8; the caller knows there is one.
func firstInvalidUTF8(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// referenceDate decides the date relative expressions resolve against: the
// article's own RefDate (a forced date, a record's ref_date or a page's
// publication date), else the dateline found in the text, else the fallback
// reference date, else none (the zero time), never today.
func referenceDate(a model.Article, fallback, dateline time.Time, evidence model.Span, hasDateline bool) (time.Time, *model.RefDate, error) {
	if a.RefDate != "" {
		t, err := parseRefDate(a.RefDate)
		if err != nil {
			return time.Time{}, nil, err
		}
		from := a.RefDateFrom
		if from == "" {
			from = model.RefFromFlag
		}
		return t, &model.RefDate{Value: a.RefDate, From: from, Meta: a.RefDateMeta}, nil
	}
	if hasDateline && !dateline.IsZero() {
		return dateline, &model.RefDate{Value: dateline.Format(time.DateOnly), From: model.RefFromDateline, Evidence: &evidence}, nil
	}
	if !fallback.IsZero() {
		return fallback, &model.RefDate{Value: a.FallbackRefDate, From: model.RefFromFlag}, nil
	}
	return time.Time{}, nil, nil
}

// parseRefDate reads a YYYY-MM-DD reference date; "" is the zero time.
func parseRefDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1 {
		return time.Time{}, &InputError{Err: ErrRefDate, Offset: -1}
	}
	return t, nil
}
