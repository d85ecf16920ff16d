package cmd

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

func TestWantBar(t *testing.T) {
	tests := []struct {
		name                                string
		quiet, stderrTTY, stdoutTTY, stdout bool
		total                               int
		want                                bool
	}{
		{"batch on a terminal, output to a file", false, true, true, false, 10, true},
		{"batch on a terminal, stdout piped", false, true, false, true, 10, true},
		{"stdout is the same terminal", false, true, true, true, 10, false},
		{"stderr redirected", false, false, false, true, 10, false},
		{"quiet", true, true, false, true, 10, false},
		{"one article", false, true, false, true, 1, false},
		{"a stream of unknown length", false, true, false, true, -1, true},
	}
	for _, tt := range tests {
		if got := wantBar(tt.quiet, tt.stderrTTY, tt.stdoutTTY, tt.stdout, tt.total); got != tt.want {
			t.Errorf("%s: wantBar = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSummary(t *testing.T) {
	if got := summary(200, 2, 59940*time.Millisecond); got != "200 articles: 198 ok, 2 failed in 59.9 s" {
		t.Errorf("summary = %q", got)
	}
	if got := summary(1, 0, 30*time.Millisecond); got != "1 article: 1 ok, 0 failed in 0.0 s" {
		t.Errorf("summary = %q", got)
	}
}

// TestMessagesAboveBar: a message clears the bar's line first, and starts
// on a line of its own, not after the bar's text.
func TestMessagesAboveBar(t *testing.T) {
	var w bytes.Buffer
	r := newReporter(&w, true, 10)
	r.add()
	r.errorf("%s: %s", "a.txt", "empty input")
	r.add()
	r.finish()
	got := w.String()
	i := strings.Index(got, "newsextract: a.txt: empty input\n")
	if i < 0 {
		t.Fatalf("message missing: %q", got)
	}
	if !strings.HasSuffix(got[:i], "\033[2K\r") {
		t.Errorf("the bar's line is not cleared before the message: %q", got[:i])
	}
	if !strings.Contains(got[i:], "extracting") {
		t.Errorf("the bar is not drawn again after the message: %q", got[i:])
	}
	if !strings.HasSuffix(got, "\033[2K\r") {
		t.Errorf("the bar stays on screen at the end: %q", got)
	}
}

func TestBuildVersion(t *testing.T) {
	settings := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	tests := []struct {
		name, ldflags string
		info          *debug.BuildInfo
		want          string
	}{
		{"ldflags win", "v9.9.9", &debug.BuildInfo{Main: debug.Module{Version: "v1.0.0"}}, "v9.9.9"},
		{"go install", "dev", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{"checkout build", "dev", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"},
			Settings: settings("vcs.revision", "3f2a9c1e07b4aa55", "vcs.modified", "true")}, "dev (3f2a9c1e07b4, modified)"},
		{"nothing recorded", "dev", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev"},
		{"no build info", "dev", nil, "dev"},
	}
	for _, tt := range tests {
		if got := buildVersion(tt.ldflags, tt.info); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDidYouMean(t *testing.T) {
	_, errOut, code := run(t, "", "verison")
	if code != exitUsage || !strings.Contains(errOut, `"verison" is neither a file nor a command; did you mean "newsextract version"?`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	// A name far from every command is a missing file as before.
	_, errOut, code = run(t, "", "-q", "no-such-article.txt")
	if code != exitFailed || !strings.Contains(errOut, "no such file") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// TestArgsCompleteFileNames: the shell completes file names for arguments,
// not only subcommand names.
func TestArgsCompleteFileNames(t *testing.T) {
	out, _, _ := run(t, "", "__complete", "")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if last := lines[len(lines)-1]; last != ":0" {
		t.Errorf("completion directive %q, want :0 (file names offered); output %q", last, out)
	}
	if !strings.Contains(out, "version") {
		t.Errorf("subcommands no longer offered: %q", out)
	}
}
