package extract

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// factQuote is a quote the article must attribute: the start of its
// content, its kind and cue, and its speaker (the mention's text and the
// name it stands for). Record, when set, is the name of the person or
// organization record the speaker must refer to; "none" says it refers to
// no record.
type factQuote struct {
	Content string `yaml:"content"`
	Kind    string `yaml:"kind"`
	Cue     string `yaml:"cue"`
	Speaker string `yaml:"speaker"`
	Name    string `yaml:"name"`
	Record  string `yaml:"record"`
}

// checkQuoteFacts finds each listed quote by the start of its content and
// checks the rest.
func checkQuoteFacts(t *testing.T, f articleFacts, res model.Result) {
	t.Helper()
	for _, w := range f.Quotes {
		var q *model.Quote
		for i := range res.Quotes {
			if strings.HasPrefix(res.Quotes[i].Content.Text, w.Content) {
				q = &res.Quotes[i]
				break
			}
		}
		if q == nil {
			t.Errorf("no quote whose content starts %q", w.Content)
			continue
		}
		if string(q.Kind) != w.Kind || q.Cue.Text != w.Cue {
			t.Errorf("quote %q: %s, cue %q; want %s, cue %q", w.Content, q.Kind, q.Cue.Text, w.Kind, w.Cue)
		}
		if q.Speaker == nil {
			t.Errorf("quote %q: no speaker, want %q", w.Content, w.Speaker)
			continue
		}
		if q.Speaker.Text != w.Speaker || q.Speaker.Name != w.Name {
			t.Errorf("quote %q: speaker %q named %q, want %q named %q", w.Content, q.Speaker.Text, q.Speaker.Name, w.Speaker, w.Name)
		}
		checkQuoteRecord(t, w, q.Speaker, res)
	}
}

// checkQuoteRecord checks the record a speaker refers to, and that a
// person lists the quote.
func checkQuoteRecord(t *testing.T, w factQuote, sp *model.Speaker, res model.Result) {
	t.Helper()
	switch w.Record {
	case "":
	case "none":
		if sp.ID != "" {
			t.Errorf("quote %q: speaker refers to %s, want no record", w.Content, sp.ID)
		}
	default:
		if sp.ID == "" || sp.Name != w.Record {
			t.Errorf("quote %q: speaker refers to %q (%s), want the record %q", w.Content, sp.Name, sp.ID, w.Record)
		}
	}
}
