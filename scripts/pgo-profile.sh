#!/usr/bin/env bash
# Records cmd/newsextract/default.pgo, the CPU profile that `go build` and
# `go run` of the command use for profile-guided optimization (-pgo=auto):
# BenchmarkCorpusBatch, the whole extraction over the fixed corpus of
# development texts, on one core, from a build compiled without a profile.
#
# The profile is sampled: a new recording names the same hot call sites
# with other counts, so it is not the same bytes twice. It changes how the
# compiler inlines and lays out code, never what the program computes (the
# goldens and the development-set comparisons hold the outputs).
# Record it again when the hot code has moved; TestProfileNamesLiveCode
# fails when most of its weight is on functions the source no longer has.
#
# Usage: scripts/pgo-profile.sh [BENCHTIME]   (default 5x: five corpora)
# The shared data must sit beside the repository (../shared/data).
set -euo pipefail
cd "$(dirname "$0")/.."
benchtime=${1:-5x}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go test -pgo=off -c -o "$work/extract.test" ./extract
(cd extract && "$work/extract.test" -test.run '^$' -test.bench '^BenchmarkCorpusBatch$' \
  -test.benchtime "$benchtime" -test.cpu 1 -test.v -test.cpuprofile "$work/cpu.pprof") > "$work/bench.txt"
# A benchmark that skipped (no shared data) leaves a profile of nothing.
if ! grep -q '^BenchmarkCorpusBatch.*ns/op' "$work/bench.txt"; then
  cat "$work/bench.txt" >&2
  echo "pgo-profile: BenchmarkCorpusBatch did not run; is ../shared/data there?" >&2
  exit 1
fi
grep '^BenchmarkCorpusBatch' "$work/bench.txt"
cp "$work/cpu.pprof" cmd/newsextract/default.pgo
echo "wrote cmd/newsextract/default.pgo ($(stat -c %s cmd/newsextract/default.pgo) bytes)"
