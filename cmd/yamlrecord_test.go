package cmd

import (
	"bytes"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/newsextract/newsextract/model"
)

// yamlResult is a result whose records hold s where the text puts names
// and quotes: in spans (one line, flow style), in block-style strings, in
// a speaker's inlined span and in a list of strings.
func yamlResult(s string) model.Result {
	span := model.Span{Text: s, Start: 0, End: len(s)}
	return model.Result{
		Schema: model.SchemaVersion,
		Source: model.Source{Path: s, Bytes: len(s)},
		Text:   s,
		People: []model.Person{
			{ID: "person-1", Name: s, Mentions: []model.Span{span, span}, Titles: []model.Span{span}, Quotes: []string{"quote-1"}},
			{ID: "person-2", Name: "B " + s, Mentions: []model.Span{}, Titles: []model.Span{}, Quotes: []string{}},
		},
		Places:        []model.Place{{ID: "place-1", Name: s, Mentions: []model.Span{span}}},
		Organizations: []model.Organization{{ID: "org-1", Name: s + "\n\n" + s, Aliases: []string{s, "\n" + s + " \n"}, Mentions: []model.Span{span}}},
		Quotes: []model.Quote{{
			ID: "quote-1", Kind: model.QuoteDirect, Content: span, Parts: []model.Span{span}, Cue: span,
			Speaker: &model.Speaker{Span: model.Span{Text: "  " + s + "\n\nend\n", Start: 1, End: 2}, Name: s},
		}},
	}
}

// roundTrips reports whether doc, decoded, gives s back in every field
// yamlResult put it in.
func roundTrips(t *testing.T, doc []byte, s string) bool {
	t.Helper()
	var r model.Result
	if err := yaml.Unmarshal(doc, &r); err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return r.Text == s && r.People[0].Name == s && r.Organizations[0].Name == s+"\n\n"+s &&
		r.Organizations[0].Aliases[1] == "\n"+s+" \n" && r.Quotes[0].Content.Text == s &&
		r.Quotes[0].Speaker.Text == "  "+s+"\n\nend\n" && r.Quotes[0].Speaker.Name == s
}

// TestYAMLRecordsAsOneDocument checks that a result encoded a record at a
// time decodes to the result, and is the result encoded whole, byte for
// byte, for strings that YAML writes plain, quoted, folded or as literal
// blocks with blank lines. The one exception is yaml.v3's: a literal block
// whose first line starts with spaces, nested in a record, loses them when
// the whole result is encoded at once, and keeps them record by record.
func TestYAMLRecordsAsOneDocument(t *testing.T) {
	for _, s := range []string{
		"Zedland", "", "a: b", "- x", "#x", "x\ny", "x\n\ny\n", "  lead", "trail  ", "\n\n", "tab\there",
		"quote \" and ' marks", "ünïcödé ✓", "null", "123", "yes", "~", "a\r\nb", "very long " + string(bytes.Repeat([]byte("word "), 100)),
	} {
		res := yamlResult(s)
		whole, err := encodeYAML(res)
		if err != nil {
			t.Fatal(err)
		}
		got, err := marshalYAML(res)
		if err != nil {
			t.Fatal(err)
		}
		if !roundTrips(t, got, s) {
			t.Errorf("%q: record by record, it does not decode to the result:\n%s", s, got)
		}
		if roundTrips(t, whole, s) && !bytes.Equal(got, whole) {
			t.Errorf("%q: record by record\n%s\nwhole\n%s", s, got, whole)
		}
	}
	// A result without records, and a value other than a result.
	for _, v := range []any{model.Result{Schema: model.SchemaVersion}, model.ErrorRecord{Schema: model.SchemaVersion, Error: "x\ny"}} {
		whole, _ := encodeYAML(v)
		if got, err := marshalYAML(v); err != nil || !bytes.Equal(got, whole) {
			t.Errorf("%#v: got %q, %v; want %q", v, got, err, whole)
		}
	}
}

// FuzzYAMLRecords: for any string in the records, encoding them one at a
// time gives the bytes of the whole result encoded at once, wherever
// those decode to the result.
func FuzzYAMLRecords(f *testing.F) {
	f.Add("Zedland")
	f.Add("x\n\n  y\n")
	f.Fuzz(func(t *testing.T, s string) {
		res := yamlResult(s)
		whole, err := encodeYAML(res)
		if err != nil {
			t.Skip("yaml.v3 cannot encode it")
		}
		got, err := marshalYAML(res)
		if err != nil {
			t.Fatal(err)
		}
		if roundTrips(t, whole, s) && !bytes.Equal(got, whole) {
			t.Fatalf("%q:\nrecord by record\n%s\nwhole\n%s", s, got, whole)
		}
	})
}
