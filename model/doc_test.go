package model

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestOutputDocCoversSchema keeps docs/OUTPUT.md in step with the types:
// every output type has a section, every key of it appears there in
// backticks, and the row of a closed-set field lists exactly its values, in
// backticks and in order (words in parentheses are explanation, not
// values).
func TestOutputDocCoversSchema(t *testing.T) {
	data, err := os.ReadFile("../docs/OUTPUT.md")
	if err != nil {
		t.Fatal(err)
	}
	sections := markdownSections(string(data))
	for _, st := range outputStructs() {
		// "## Error record" documents ErrorRecord.
		sec, ok := sections[strings.ToLower(st.Name())]
		if !ok {
			t.Errorf("docs/OUTPUT.md has no section for %s", st.Name())
			continue
		}
		for _, f := range jsonFields(st) {
			if !strings.Contains(sec, "`"+f.name+"`") {
				t.Errorf("docs/OUTPUT.md, section %s: key `%s` is not documented", st.Name(), f.name)
			}
			if !f.typ.Implements(enumType) {
				continue
			}
			want := enumValues(f.typ)
			row, ok := tableRow(sec, f.name)
			if !ok {
				t.Errorf("docs/OUTPUT.md, section %s: no table row for `%s`", st.Name(), f.name)
				continue
			}
			if got := listedValues(row); !slices.Equal(got, want) {
				t.Errorf("docs/OUTPUT.md, section %s, `%s` lists %q, want %q (the values of model.%s)",
					st.Name(), f.name, got, want, f.typ.Name())
			}
		}
	}
}

// TestGoCommentsListEnumValues checks that the doc comment of every output
// field exists, and that a closed-set field's comment names each of its
// values, in order.
func TestGoCommentsListEnumValues(t *testing.T) {
	docs := fieldDocs(t)
	for _, st := range outputStructs() {
		for _, f := range jsonFields(st) {
			doc, ok := docs[f.owner+"."+f.goName]
			if !ok || strings.TrimSpace(doc) == "" {
				t.Errorf("%s.%s has no doc comment", f.owner, f.goName)
				continue
			}
			if !f.typ.Implements(enumType) {
				continue
			}
			rest := doc
			for _, v := range enumValues(f.typ) {
				loc := wordRE(v).FindStringIndex(rest)
				if loc == nil {
					t.Errorf("the comment of %s.%s does not name %q after the values before it: %q", f.owner, f.goName, v, doc)
					break
				}
				rest = rest[loc[1]:]
			}
		}
	}
}

// markdownSections maps each "## " heading, lower case without spaces, to
// its text.
func markdownSections(doc string) map[string]string {
	out := map[string]string{}
	name := ""
	for line := range strings.Lines(doc) {
		if title, ok := strings.CutPrefix(line, "## "); ok {
			name = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(title), " ", ""))
			continue
		}
		out[name] += line
	}
	return out
}

// tableRow returns the cells after the first of the table row whose first
// cell names key.
func tableRow(section, key string) (string, bool) {
	for line := range strings.Lines(section) {
		cells := strings.Split(line, "|")
		if len(cells) > 2 && strings.HasPrefix(line, "|") && strings.Contains(cells[1], "`"+key+"`") {
			return strings.Join(cells[2:], "|"), true
		}
	}
	return "", false
}

var (
	parenthesized = regexp.MustCompile(`\([^()]*\)`)
	backticked    = regexp.MustCompile("`([^`]+)`")
)

// listedValues returns the backticked words of a row outside parentheses.
func listedValues(row string) []string {
	var out []string
	for _, m := range backticked.FindAllStringSubmatch(parenthesized.ReplaceAllString(row, ""), -1) {
		out = append(out, m[1])
	}
	return out
}

// wordRE matches v as a whole word: "END" not in "ENDED", "other" not in
// "others".
func wordRE(v string) *regexp.Regexp {
	return regexp.MustCompile(`(^|[^\w-])` + regexp.QuoteMeta(v) + `($|[^\w-])`)
}

// fieldDocs maps "Type.Field" to the field's doc comment, for the structs
// declared in this package.
func fieldDocs(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				return false
			}
			for _, field := range st.Fields.List {
				names := field.Names
				if len(names) == 0 { // embedded: named after its type
					if id, ok := field.Type.(*ast.Ident); ok {
						names = []*ast.Ident{id}
					}
				}
				for _, id := range names {
					out[ts.Name.Name+"."+id.Name] = field.Doc.Text()
				}
			}
			return false
		})
	}
	return out
}

// TestEnumListsEveryConstant checks that the list of each closed set (the
// one the schema and the docs are checked against) holds every constant of
// its type declared in this package, so a constant added without being
// listed cannot slip past the schema.
func TestEnumListsEveryConstant(t *testing.T) {
	consts := typedConstants(t)
	for _, typ := range enumTypes() {
		got := slices.Sorted(slices.Values(enumValues(typ)))
		want := slices.Sorted(slices.Values(consts[typ.Name()]))
		if !slices.Equal(got, want) {
			t.Errorf("%s lists %q; its constants are %q", typ.Name(), got, want)
		}
	}
}

// typedConstants maps a type name to the values of the string constants
// declared with that type in this package.
func typedConstants(t *testing.T) map[string][]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				id, ok := vs.Type.(*ast.Ident)
				if !ok {
					continue
				}
				for _, v := range vs.Values {
					if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, err := strconv.Unquote(lit.Value)
						if err != nil {
							t.Fatal(err)
						}
						out[id.Name] = append(out[id.Name], s)
					}
				}
			}
		}
	}
	return out
}
