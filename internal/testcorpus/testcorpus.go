// Package testcorpus finds the files tests read: the project's own sample
// articles under testdata/, and the gold data in ../shared/data beside the
// repository, which is not part of it. A test that needs gold data skips,
// with a message that says what is missing, when it is absent; with
// NEWSEXTRACT_REQUIRE_GOLD=1 set it fails instead, so a CI run that should
// have the data cannot pass quietly without it.
package testcorpus

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the repository's top folder.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Article returns the text of testdata/articles/name.
func Article(tb testing.TB, name string) string {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(Root(), "testdata", "articles", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// Gold returns the path of ../shared/data/rel, or skips the test (fails it
// under NEWSEXTRACT_REQUIRE_GOLD=1) when the file is absent.
func Gold(tb testing.TB, rel string) string {
	tb.Helper()
	path := filepath.Join(Root(), "..", "shared", "data", rel)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("NEWSEXTRACT_REQUIRE_GOLD") == "1" {
			tb.Fatalf("gold data missing: %v", err)
		}
		tb.Skipf("SKIPPED: gold data %s is absent (%v); put the shared data folder beside the repository to run this test", rel, err)
	}
	return path
}
