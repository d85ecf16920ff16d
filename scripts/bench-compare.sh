#!/usr/bin/env bash
# Compares two builds of newsextract side by side on BenchmarkCorpus (the
# whole extraction over a fixed corpus of development texts, one core):
# each build's benchmark binary runs PAIRS times, the two alternating (A B,
# B A, A B, ...) so that a busy spell of a shared machine slows both, and
# the medians, their ratio and the median of the pairs' ratios are
# printed. Report the ratio; an absolute
# figure means something only beside the load it was taken under.
#
# Usage: scripts/bench-compare.sh BASE [HEAD] [PAIRS]
#   BASE, HEAD  git revisions; HEAD defaults to the working tree
#   PAIRS       runs of each build (default 5)
#   BENCH_BASE, BENCH_HEAD  (environment) the benchmark each build runs,
#               without its Benchmark prefix (default Corpus): e.g.
#               BENCH_HEAD=CorpusBatch compares a build's batched path
#               (ExtractBatch) against BASE's per-article one
# The shared data must sit beside the repository (../shared/data). A
# revision that predates the benchmark gets today's benchmark file copied
# in (it uses only the public API and internal/text). Each build's benchmark
# binary is compiled with its revision's cmd/newsextract/default.pgo, when
# it has one, as the command is.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
base=${1:?usage: scripts/bench-compare.sh BASE [HEAD] [PAIRS]}
head=${2:-}
pairs=${3:-5}
bench_base=Benchmark${BENCH_BASE:-Corpus}
bench_head=Benchmark${BENCH_HEAD:-Corpus}
parent=$(dirname "$repo")
work=$(mktemp -d)
trees=()
cleanup() {
  for t in "${trees[@]}"; do git -C "$repo" worktree remove --force "$t" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# build REV NAME: compiles the extract test binary of REV (the working tree
# when REV is empty) into $work/NAME.test and records the package folder.
build() {
  local rev=$1 name=$2 dir=$repo
  if [[ -n $rev ]]; then
    # Beside the repository, so that the tests find ../shared/data.
    dir=$parent/.bench-$name-$$
    git -C "$repo" worktree add --detach --force "$dir" "$rev" >/dev/null
    trees+=("$dir")
    [[ -e $dir/extract/corpus_bench_test.go ]] || cp "$repo/extract/corpus_bench_test.go" "$dir/extract/"
  fi
  # A revision that ships a profile for the compiler (default.pgo) is
  # measured as `go build` compiles it: with that profile.
  local pgo=off
  [[ -e $dir/cmd/newsextract/default.pgo ]] && pgo=$dir/cmd/newsextract/default.pgo
  (cd "$dir" && go test -pgo="$pgo" -c -o "$work/$name.test" ./extract)
  echo "$dir/extract" > "$work/$name.dir"
}

# run NAME BENCH: one run of the benchmark BENCH; appends ns/op, MB/s and
# the CPU time per op (cpu-ns/op, or 0 from a benchmark that does not
# report it) to $work/NAME.txt.
run() {
  local name=$1 bench=$2
  (cd "$(cat "$work/$name.dir")" && "$work/$name.test" -test.run '^$' -test.bench "^$bench\$" \
    -test.benchtime 1x -test.cpu 1) |
    awk -v b="$bench" '$1 == b || $1 ~ "^" b "-[0-9]+$" {cpu = 0; for (i = 1; i < NF; i++) if ($(i + 1) == "cpu-ns/op") cpu = $i; print $3, $5, cpu}' >> "$work/$name.txt"
}

build "$base" base
build "$head" head
for ((i = 0; i < pairs; i++)); do
  if ((i % 2 == 0)); then run base "$bench_base"; run head "$bench_head"; else run head "$bench_head"; run base "$bench_base"; fi
done
median() { sort -g | awk '{v[NR] = $1} END {printf "%.0f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
b=$(cut -d' ' -f1 "$work/base.txt" | median)
h=$(cut -d' ' -f1 "$work/head.txt" | median)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'base %s (%s): median %.2f s/corpus (runs: %s)\n' "$base" "$bench_base" "$(echo "$b/1000000000" | bc -l)" "$(cut -d' ' -f2 "$work/base.txt" | tr '\n' ' ')MB/s"
printf 'head %s (%s): median %.2f s/corpus (runs: %s)\n' "${head:-working tree}" "$bench_head" "$(echo "$h/1000000000" | bc -l)" "$(cut -d' ' -f2 "$work/head.txt" | tr '\n' ' ')MB/s"
printf 'throughput head/base: %.2fx\n' "$(echo "$b/$h" | bc -l)"
# Each pair ran back to back, so its ratio is less moved by a busy spell
# than the medians taken apart: on a loaded machine, report this one.
paired=$(paste -d' ' <(cut -d' ' -f1 "$work/base.txt") <(cut -d' ' -f1 "$work/head.txt") |
  awk '{printf "%.6f\n", $1 / $2}' | sort -g | awk '{v[NR] = $1} END {printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
printf 'median of the pairs'"'"' ratios (head/base throughput): %sx\n' "$paired"
# CPU time, which a loaded machine inflates less than wall time, when both
# benchmarks report it.
if ! grep -q ' 0$' "$work/base.txt" "$work/head.txt"; then
  cpaired=$(paste -d' ' <(cut -d' ' -f3 "$work/base.txt") <(cut -d' ' -f3 "$work/head.txt") |
    awk '{printf "%.6f\n", $1 / $2}' | sort -g | awk '{v[NR] = $1} END {printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
  printf 'CPU time: base median %.2f s, head median %.2f s; median of the pairs'"'"' ratios (head/base throughput): %sx\n' \
    "$(cut -d' ' -f3 "$work/base.txt" | median | awk '{print $1 / 1e9}')" "$(cut -d' ' -f3 "$work/head.txt" | median | awk '{print $1 / 1e9}')" "$cpaired"
fi
