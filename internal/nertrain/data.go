package nertrain

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"sync"

	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/score"
	"github.com/newsextract/newsextract/internal/text"
)

// nerExample is one training or evaluation document.
type nerExample struct {
	doc   *text.Document
	gold  []score.Entity // byte spans
	infos []ner.TokenInfo
	tags  []uint8 // gold tags
	base  []int32 // feature ids, -1 for unknown; boff[i]:boff[i+1] per token
	boff  []int32
	docf  []int32 // second-stage feature ids
	doff  []int32
	tags1 []uint8 // first-stage tags (jackknifed on training data)
}

// nerData is a loaded data set plus the alignment statistics of its gold
// spans against prose's tokens.
type nerData struct {
	examples   []*nerExample
	spans      int
	misaligned int
	tokens     int
}

// jsonlDoc is one line of the gold JSON Lines format; fields other than
// these are ignored.
type jsonlDoc struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Entities []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Label string `json:"label"`
	} `json:"entities"`
}

// loadNERData reads a CoNLL-style JSONL file, analyzes every document with
// AnalyzeLines (one sentence a line) and maps gold spans onto tokens.
func loadNERData(ctx context.Context, path string, ts ner.TagSet) (*nerData, error) {
	docs, err := readJSONL(path)
	if err != nil {
		return nil, err
	}
	a, err := text.Load()
	if err != nil {
		return nil, err
	}
	data := &nerData{examples: make([]*nerExample, len(docs))}
	var mu sync.Mutex
	err = parallel(ctx, len(docs), func(i int) {
		ex, mis := newExample(a, &docs[i], ts)
		data.examples[i] = ex
		mu.Lock()
		data.spans += len(ex.gold)
		data.misaligned += mis
		data.tokens += len(ex.doc.Tokens)
		mu.Unlock()
	})
	return data, err
}

// readJSONL reads the documents of a gold JSON Lines file; blank lines are
// skipped.
func readJSONL(path string) ([]jsonlDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []jsonlDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var d jsonlDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// newExample analyzes document d one sentence a line, tags its tokens
// from the gold mentions of the four labels, and returns it with the count
// of mentions that do not start and end on token boundaries.
func newExample(a *text.Analyzer, d *jsonlDoc, ts ner.TagSet) (ex *nerExample, misaligned int) {
	doc := a.AnalyzeLines(d.Text)
	ex = &nerExample{doc: doc}
	var spans [][3]int
	for _, e := range d.Entities {
		lab := slices.Index(ner.Labels[:], e.Label)
		if lab < 0 {
			continue
		}
		ex.gold = append(ex.gold, score.Entity{Start: e.Start, End: e.End, Label: e.Label})
		first, last, exact := tokenSpan(doc.Tokens, e.Start, e.End)
		if !exact {
			misaligned++
		}
		if first < last {
			spans = append(spans, [3]int{lab, first, last})
		}
	}
	ex.tags = ts.Encode(len(doc.Tokens), spans)
	ex.infos = ner.PrepareInfos(doc, nil, nil, new([]int32))
	return ex, misaligned
}

// tokenSpan maps a byte span onto the tokens it covers; exact reports that
// it starts and ends on token boundaries.
func tokenSpan(toks []text.Token, start, end int) (first, last int, exact bool) {
	first = sort.Search(len(toks), func(i int) bool { return toks[i].End() > start })
	last = first
	for last < len(toks) && toks[last].Start < end {
		last++
	}
	exact = first < last && toks[first].Start == start && toks[last-1].End() == end
	return first, last, exact
}

// parallel runs fn(0..n-1) on two goroutines (the machine's cores); results
// must go to per-index slots so the order of completion does not matter.
func parallel(ctx context.Context, n int, fn func(i int)) error {
	const workers = 2
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	var err error
	for i := 0; i < n; i++ {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return err
}
