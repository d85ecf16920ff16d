// Package testcorpus finds the files tests read: the project's own sample
// articles under testdata/, and the gold data in ../shared/data beside the
// repository, which is not part of it. A test that needs gold data skips,
// with a message that says what is missing, when it is absent; with
// NEWSEXTRACT_REQUIRE_GOLD=1 set it fails instead, so a CI run that should
// have the data cannot pass quietly without it. Linear checks that a
// stage's cost grows no faster than its input.
package testcorpus

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
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

// GoldRecord is what benchmarks read of a gold JSON Lines line.
type GoldRecord struct {
	ID   string  `json:"id"`
	Text string  `json:"text"`
	DCT  *string `json:"dct"`
}

// GoldRecords reads the records of the gold JSON Lines file
// ../shared/data/rel, skipping the test as Gold does when it is absent.
func GoldRecords(tb testing.TB, rel string) []GoldRecord {
	tb.Helper()
	f, err := os.Open(Gold(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []GoldRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r GoldRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatalf("%s: %v", rel, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", rel, err)
	}
	return out
}

// CPUTime returns the process's user and system CPU time in nanoseconds,
// which benchmarks report beside the wall time: a busy machine inflates
// it less (it leaves out the time spent waiting for a core).
func CPUTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
