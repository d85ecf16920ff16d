package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// argsEnv, when set, makes the test binary run main with these arguments
// (one a line), so that tests see the process as a user does: its exit
// status, signals, closed descriptors.
const argsEnv = "NEWSEXTRACT_MAIN_ARGS"

func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv(argsEnv); ok {
		os.Args = append([]string{"newsextract"}, strings.Split(args, "\n")...)
		main()
		return
	}
	os.Exit(m.Run())
}

func TestClosedStdoutFails(t *testing.T) {
	in := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(in, []byte("Talks in Paris ended on Tuesday.\n"), 0o644)
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	c := exec.Command("sh", "-c", `exec "$0" >&-`, exe)
	c.Env = append(os.Environ(), argsEnv+"=-q\n"+in)
	out, err := c.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || !strings.Contains(string(out), "standard output is closed") {
		t.Errorf("err %v, stderr %q; want exit 1 and the reason", err, out)
	}
}

// TestSignalStopsRun: SIGINT or SIGTERM while the run waits on a silent
// standard input ends it within stopGrace (a second), with status 128+N.
func TestSignalStopsRun(t *testing.T) {
	for _, tt := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tt.sig.String(), func(t *testing.T) {
			exe, err := os.Executable()
			if err != nil {
				t.Skip(err)
			}
			c := exec.Command(exe)
			c.Env = append(os.Environ(), argsEnv+"=-q\n-")
			stdin, err := c.StdinPipe() // held open, never written
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			var stderr strings.Builder
			c.Stderr = &stderr
			if err := c.Start(); err != nil {
				t.Fatal(err)
			}
			// A run that ignores the signal is killed, to fail rather than hang.
			defer time.AfterFunc(10*time.Second, func() { c.Process.Kill() }).Stop()
			// Time for the handler to be installed and the models loaded.
			time.Sleep(2 * time.Second)
			sent := time.Now()
			c.Process.Signal(tt.sig)
			err = c.Wait()
			took := time.Since(sent)
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != tt.code {
				t.Errorf("err %v, stderr %q; want exit %d", err, stderr.String(), tt.code)
			}
			// The run stops at once, or at stopGrace at the latest; the
			// margin is for a loaded machine, where a stop took 2.07 s
			// at load 8 on 2 cores. A run that ignored the signal would
			// be killed at 10 s.
			if took > stopGrace+2*time.Second {
				t.Errorf("took %v to stop", took)
			}
		})
	}
}

// TestSignalStopsBlockedWrite: SIGTERM while the output is a FIFO nobody
// reads (a write that can never finish) still ends the run within about a
// second, with status 143.
func TestSignalStopsBlockedWrite(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("Talks in Paris ended on Tuesday.\n"), 0o644)
	fifo := filepath.Join(dir, "out.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	c := exec.Command(exe)
	c.Env = append(os.Environ(), argsEnv+"=-q\n-o\n"+fifo+"\n"+in)
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	defer time.AfterFunc(15*time.Second, func() { c.Process.Kill() }).Stop()
	time.Sleep(2 * time.Second)
	sent := time.Now()
	c.Process.Signal(syscall.SIGTERM)
	err = c.Wait()
	took := time.Since(sent)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 143 {
		t.Errorf("err %v; want exit 143", err)
	}
	// stopGrace and the exit, with a margin for a loaded machine (3.6 s at
	// load 8 on 2 cores); a run stuck in the write would be killed at 15 s.
	if took > stopGrace+5*time.Second {
		t.Errorf("took %v to stop", took)
	}
}
