package cmd

import (
	readin "github.com/newsextract/newsextract/internal/input"
	"github.com/newsextract/newsextract/model"
)

// kindOf returns how to read a non-JSON Lines input: as --input says, else
// by its file name's extension (standard input is text).
func (o *extractOptions) kindOf(path string) readin.Kind {
	switch o.Input {
	case inputHTML:
		return readin.KindHTML
	case inputMarkdown:
		return readin.KindMarkdown
	case inputText:
		return readin.KindText
	}
	if path == stdinPath {
		return readin.KindText
	}
	return readin.KindOf(path)
}

// readArticle turns the bytes of a text, HTML or Markdown input into its
// article and source: decoded to UTF-8, a web page's content extracted and
// its metadata taken. The article's reference date follows the rule of
// refDates.
func (o *extractOptions) readArticle(path string, data []byte) (model.Article, model.Source, error) {
	src := model.Source{Path: path, Bytes: len(data)}
	art := model.Article{Path: path}
	doc, err := readin.Read(data, readin.Options{Kind: o.kindOf(path), Encoding: o.Encoding})
	if err != nil {
		return art, src, err
	}
	art.Text = doc.Text
	src.Bytes = len(doc.Text)
	if doc.Kind != readin.KindText {
		src.Kind = string(doc.Kind)
	}
	if doc.Encoding != readin.EncodingUTF8 {
		src.Encoding = doc.Encoding
	}
	src.Title, src.URL = doc.Title, doc.URL
	art.URL = doc.URL
	if doc.Published != "" {
		art.RefDate, art.RefDateFrom, art.RefDateMeta = doc.Published, model.RefFromPage, doc.PublishedFrom
	}
	o.refDates(&art)
	return art, src, nil
}

// refDates sets an article's reference dates from the flags:
// --ref-date-override replaces whatever date the article has of its own
// (a page's publication date, a dateline) except a JSON Lines record's
// ref_date; --ref-date is the fallback for an article with none.
func (o *extractOptions) refDates(art *model.Article) {
	if o.RefDateOverride != "" && (art.RefDate == "" || art.RefDateFrom != model.RefFromInput) {
		art.RefDate, art.RefDateFrom, art.RefDateMeta = o.RefDateOverride, model.RefFromFlag, ""
	}
	art.FallbackRefDate = o.RefDate
}
