package extract

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/model"
)

// startupChildEnv makes the test binary run startupChild instead of the
// tests: start-up is measured in a fresh process, where nothing is loaded.
const startupChildEnv = "NEWSEXTRACT_STARTUP_CHILD"

// maxStartupBytes bounds what a fresh process allocates up to its first
// result. Measured: 1.2 MB, since this test binary no longer links the
// JSON Schema validator (internal/schematest), whose package
// initialization allocated 1.7 MB of every figure before: 2.9 MB with the
// small gazetteers' index read in place, 3.0 MB when it was built at
// start (regular expressions compiled on first use, the small gazetteers
// found through one index over their embedded text, the word lists read
// without a map or a field array per file), 4.1 MB before those changes,
// 5.0 MB before punkt's tables were read in place, 13.3 MB before the
// tagger's table and the long name lists' index were, and 46 MB before
// the recognizer's tables were. The margin leaves room for longer word
// lists.
const maxStartupBytes = 3 << 19 // 1.5 MiB

// TestStartupAllocations guards the fixed cost every process pays before
// its first article, which a Hadoop or Spark task starting per split pays
// again and again. It counts bytes allocated rather than time, which the
// shared machines make too noisy to test.
func TestStartupAllocations(t *testing.T) {
	if os.Getenv(startupChildEnv) == "1" {
		startupChild(t)
		return
	}
	if testing.Short() {
		t.Skip("starts a process")
	}
	out, err := startupChildCommand().CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	_, after, ok := strings.Cut(string(out), "startup-bytes ")
	if !ok {
		t.Fatalf("child printed no figure:\n%s", out)
	}
	n, err := strconv.ParseUint(strings.Fields(after)[0], 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("a fresh process allocates %.1f MB up to its first result", float64(n)/1e6)
	if n > maxStartupBytes {
		t.Errorf("start-up allocates %d bytes, want at most %d: is a model decoded or a table built eagerly again?", n, maxStartupBytes)
	}
}

// startupChildCommand runs this test binary as startupChild. The runtime
// allocates some 18 KB per processor at start (a bare program 1.1 MB with
// 64), so the child runs with two, as on this project's machines, and
// its figure does not grow with the machine the test runs on.
func startupChildCommand() *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestStartupAllocations$")
	cmd.Env = append(os.Environ(), startupChildEnv+"=1", "GOMAXPROCS=2")
	return cmd
}

// startupChild builds an Extractor, extracts one sentence and prints the
// bytes allocated since the process began.
func startupChild(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ex.Extract(context.Background(), model.Article{Text: "Ms. Smith met Mr. Jones in Paris on Monday."}); err != nil {
		t.Fatal(err)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("startup-bytes %d\n", ms.TotalAlloc)
}

// BenchmarkStartup runs a fresh process per iteration that builds an
// Extractor and extracts one sentence, and reports its CPU time (user +
// system) and its bytes allocated: the whole start-up, runtime and
// package initialization included. Compare builds side by side.
func BenchmarkStartup(b *testing.B) {
	var cpu time.Duration
	var bytes uint64
	for b.Loop() {
		cmd := startupChildCommand()
		out, err := cmd.Output()
		if err != nil {
			b.Fatal(err)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		_, after, _ := strings.Cut(string(out), "startup-bytes ")
		n, _ := strconv.ParseUint(strings.Fields(after + " 0")[0], 10, 64)
		bytes += n
	}
	b.ReportMetric(float64(cpu.Microseconds())/1e3/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(bytes)/1e6/float64(b.N), "MB-alloc/op")
}
