//go:build unix

// Command rusage runs a command again and again and prints the median of
// the CPU time (user plus system) the kernel accounts to each run as a
// whole process (wait4's rusage), with the quartiles. It starts each run
// as Go's os/exec does (clone with CLONE_VFORK, so the child shares the
// launcher's memory until exec), the cheapest launcher there is: what it
// counts is the process from clone to exit, where perf stat's task-clock
// counts from exec to exit. Standard input, output and error are
// /dev/null. Usage:
//
//	go run ./scripts/rusage [-n 31] COMMAND [ARG...]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"syscall"
	"time"
)

func main() {
	runs := flag.Int("n", 31, "how many runs")
	flag.Parse()
	if flag.NArg() == 0 || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: rusage [-n RUNS] COMMAND [ARG...]")
		os.Exit(2)
	}
	cpu, err := measure(*runs, flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "rusage:", err)
		os.Exit(1)
	}
	slices.Sort(cpu)
	q := func(f float64) time.Duration { return cpu[int(f*float64(len(cpu)-1)+0.5)] }
	fmt.Printf("%d runs: median %.1f ms of CPU (quartiles %.1f, %.1f)\n",
		len(cpu), ms(q(0.5)), ms(q(0.25)), ms(q(0.75)))
}

// measure runs args n times and returns each run's user plus system time.
func measure(n int, args []string) ([]time.Duration, error) {
	cpu := make([]time.Duration, 0, n)
	for range n {
		c := exec.Command(args[0], args[1:]...)
		if err := c.Run(); err != nil {
			return nil, fmt.Errorf("%s: %w", args[0], err)
		}
		ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage)
		if !ok {
			return nil, fmt.Errorf("no resource usage on this system")
		}
		cpu = append(cpu, time.Duration(ru.Utime.Nano()+ru.Stime.Nano()))
	}
	return cpu, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
