package main

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// modulePath is the import path of this repository's module.
const modulePath = "github.com/newsextract/newsextract"

// minLiveShare is the least share of the profile's weight, among the call
// edges into this module's code, whose functions the source still has.
const minLiveShare = 0.9

// TestProfileNamesLiveCode checks default.pgo, the profile the compiler
// optimizes the command with: a CPU profile of this module's extraction
// (its hottest code in the recognizer or the analyzer) whose hot call
// sites are still in the source. A profile gone stale after a rename
// optimizes nothing; re-record it with scripts/pgo-profile.sh.
func TestProfileNamesLiveCode(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("SKIP: the go command is not on PATH; default.pgo is not checked")
	}
	out := filepath.Join(t.TempDir(), "profile.txt")
	if b, err := exec.Command(goTool, "tool", "preprofile", "-i", "default.pgo", "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("default.pgo is no profile the compiler reads: %v\n%s", err, b)
	}
	edges := readPreprofile(t, out)
	live := moduleFunctions(t, filepath.Join("..", ".."))
	var total, alive, hot int64
	for _, e := range edges {
		if !inModule(e.caller) && !inModule(e.callee) {
			continue
		}
		total += e.weight
		if liveName(live, e.caller) && liveName(live, e.callee) {
			alive += e.weight
		}
		if strings.Contains(e.callee, "/internal/ner.") || strings.Contains(e.callee, "/internal/text.") {
			hot += e.weight
		}
	}
	if total == 0 {
		t.Fatal("default.pgo has no call edge into this module's code")
	}
	share := float64(alive) / float64(total)
	t.Logf("%.1f%% of the weight into this module's code is on live functions", 100*share)
	if share < minLiveShare {
		t.Errorf("%.0f%% of default.pgo's weight is on functions the source still has, want %.0f%%: re-record it with scripts/pgo-profile.sh", 100*share, 100*minLiveShare)
	}
	if float64(hot) < 0.3*float64(total) {
		t.Errorf("the recognizer and the analyzer hold %d of %d of default.pgo's weight: is it a profile of the extraction?", hot, total)
	}
}

// edge is one call edge of a preprocessed profile and its weight.
type edge struct {
	caller, callee string
	weight         int64
}

// readPreprofile reads the text that `go tool preprofile` writes: a
// header line, then per edge the caller, the callee, and "offset weight".
func readPreprofile(t *testing.T, path string) []edge {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "GO PREPROFILE") || (len(lines)-1)%3 != 0 {
		t.Fatalf("unexpected preprofile layout (%d lines)", len(lines))
	}
	var out []edge
	for i := 1; i+2 < len(lines); i += 3 {
		fields := strings.Fields(lines[i+2])
		if len(fields) != 2 {
			t.Fatalf("line %d: want \"offset weight\", got %q", i+3, lines[i+2])
		}
		w, err := strconv.ParseInt(fields[1], 10, 64)
		if err != nil {
			t.Fatalf("line %d: %v", i+3, err)
		}
		out = append(out, edge{caller: lines[i], callee: lines[i+1], weight: w})
	}
	return out
}

// inModule reports a function of this module, the command's own included.
func inModule(name string) bool {
	return strings.HasPrefix(name, modulePath+"/") || strings.HasPrefix(name, "main.")
}

// closureRE matches the suffix the compiler gives a function literal or a
// wrapper: ".func1", ".func2.1", ".gowrap1", ".deferwrap1".
var closureRE = regexp.MustCompile(`(\.(func|gowrap|deferwrap)\d+(\.\d+)*)+$`)

// typeArgsRE matches a generic instantiation's type arguments.
var typeArgsRE = regexp.MustCompile(`\[[^\[\]]*\]`)

// liveName reports whether a profile's function name is outside this
// module or names a function its source declares.
func liveName(live map[string]bool, name string) bool {
	if !inModule(name) {
		return true
	}
	for typeArgsRE.MatchString(name) {
		name = typeArgsRE.ReplaceAllString(name, "")
	}
	return live[closureRE.ReplaceAllString(name, "")]
}

// moduleFunctions returns the names, as profiles spell them, of the
// functions and methods declared in the module's non-test Go files.
func moduleFunctions(t *testing.T, root string) map[string]bool {
	t.Helper()
	names := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		pkg := modulePath + "/" + filepath.ToSlash(rel)
		if f.Name.Name == "main" {
			pkg = "main"
		}
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok {
				names[pkg+"."+receiverPrefix(fn)+fn.Name.Name] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// receiverPrefix spells a method's receiver as a profile does: "(*T)." for
// a pointer, "T." for a value, "" for a function.
func receiverPrefix(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return ""
	}
	typ := fn.Recv.List[0].Type
	star := false
	if s, ok := typ.(*ast.StarExpr); ok {
		typ, star = s.X, true
	}
	switch g := typ.(type) {
	case *ast.IndexExpr:
		typ = g.X
	case *ast.IndexListExpr:
		typ = g.X
	}
	id, ok := typ.(*ast.Ident)
	if !ok {
		return ""
	}
	if star {
		return "(*" + id.Name + ")."
	}
	return id.Name + "."
}
